"""The languages PeerHelper knows."""

from __future__ import annotations

# The languages of the user interface, of printed labels and of the services' screens.
UI_LANGUAGES = ("fi", "sv", "en")
