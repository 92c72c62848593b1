"""eventwire: structured, geolocated, sourced event data from news reports."""

from .version import __version__

__all__ = ["__version__"]
