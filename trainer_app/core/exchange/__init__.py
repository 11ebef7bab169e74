"""Records bundles, reports and xAPI."""
