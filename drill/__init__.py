"""drill: a crisis-drill simulator for social-media customer service."""

__version__ = "0.1.0"
