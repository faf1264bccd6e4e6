"""The shared picture kit: palette, icons, the two people, device frames and screen elements.

Everything here returns SVG text. ``peerhelper.guides.scene`` puts the
pieces together into a whole picture; guide authors never call the kit
directly but name its parts in a scene (see ``docs/guide-format.md``).
"""
