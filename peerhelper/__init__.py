"""PeerHelper: an offline desktop tool for digital-support volunteers."""

__version__ = "0.1.0"
