"""Vänskapshuset: visitor tally, activity register and reports for a youth meeting place."""

__version__ = "0.1.0"
