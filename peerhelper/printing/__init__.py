"""Printed documents with reportlab: handouts, the sign, the tally sheet; fonts and bidi text.

Nothing here is imported when the app starts; reportlab loads with the first printout.
"""
