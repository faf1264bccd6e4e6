"""The one palette, line weight and font of every drawn guide picture.

Every kit module takes its colours from here so the whole guide set looks
like one family: a calm blue for the main colour (the digital-support
symbol's blue), a warm amber for whatever the client should look at, red
only for danger and green only for "done".
"""

from __future__ import annotations

# Main colours.
BLUE = "#1F6FB5"
BLUE_DARK = "#174F86"
BLUE_LIGHT = "#DCEBF8"
AMBER = "#F2A93B"
AMBER_LIGHT = "#FDEBC8"
RED = "#D64545"
RED_LIGHT = "#FBE1E1"
GREEN = "#2E9E5B"
GREEN_LIGHT = "#DDF2E5"

# Neutrals.
INK = "#1E2A3A"  # every outline and dark text
GREY = "#8592A3"
GREY_LIGHT = "#E6EAF0"
PAPER = "#FFFFFF"
BACKDROP = "#F3F6FA"
FLOOR = "#E3E9F1"
SCREEN_OFF = "#26303D"

# People.
HELPER_SKIN = "#B97A4B"
HELPER_HAIR = "#2B2024"
HELPER_SHIRT = BLUE
HELPER_TROUSERS = "#3A4557"
CLIENT_SKIN = "#F2C9A4"
CLIENT_HAIR = "#C9CED6"
CLIENT_CARDIGAN = "#D9804F"
CLIENT_SKIRT = "#5A6B8C"

# The one line weight: outlines of people, devices, icons and widgets.
LINE = 3
LINE_THIN = 2

FONT = "Noto Sans, DejaVu Sans, Arial, sans-serif"

TONES = {
    "info": (BLUE, BLUE_LIGHT),
    "danger": (RED, RED_LIGHT),
    "done": (GREEN, GREEN_LIGHT),
    "accent": (AMBER, AMBER_LIGHT),
    "neutral": (GREY, GREY_LIGHT),
}
