"""Équilibriste: the balance map workshop for sales managers."""

__version__ = "0.1.0"
