"""The command-line client over the same services."""
