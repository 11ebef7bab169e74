"""Frozen dataclasses and enums for the domain."""
