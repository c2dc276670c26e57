"""Backchannel: pipeline code (stages, contract, extractor, CLI)."""

__version__ = "0.1.0"
