"""Everything that is not Qt: domain values, pure rules, packs, storage, credentials, exchange, services."""
