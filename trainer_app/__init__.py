"""CPIMS+ Trainer: offline training for the rollout of CPIMS+."""

__version__ = "0.1.0"
