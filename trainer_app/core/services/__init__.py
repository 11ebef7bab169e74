"""Use cases: one transaction per call, each returning what changed."""
