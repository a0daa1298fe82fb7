"""Marika: an offline-first workstation for people who make AI training data by hand."""

__version__ = "0.1.0"
