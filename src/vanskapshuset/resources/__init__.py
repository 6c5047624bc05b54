"""Bundled data files (fonts) located with importlib.resources."""
