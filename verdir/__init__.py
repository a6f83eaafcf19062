"""Verdir: local, private SDG (ODD) classification of French municipal budget lines."""

__version__ = "0.1.0"
