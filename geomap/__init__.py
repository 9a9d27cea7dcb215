"""geomap: turn news articles into a map of the places they report."""

__version__ = "0.1.0"
