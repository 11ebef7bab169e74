"""Ids, errors, clock, paths: the small pieces every layer shares."""
