"""Device keys, Open Badges 3.0 credentials, signing and verification, certificate PDFs."""
