"""Tests against real servers on loopback: a strict xAPI LRS and PostgreSQL (scripts/services.sh)."""
