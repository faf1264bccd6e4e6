"""The guide library screen, one guide's steps, and the full-screen show-to-client mode.

``library_page.GuidesPage`` is the page the main window shows; it holds the
library (``library_model`` with lazy ``thumbnails`` and ``library_filter``),
opens a ``guide_view.GuideView`` for one guide, and from there the
``show_client.ShowToClientWindow``.
"""
