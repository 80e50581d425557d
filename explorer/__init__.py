"""Timeline Explorer: explore history as a timeline."""

__version__ = "0.1.0"
