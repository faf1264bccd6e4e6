"""Printing from the window: handout options, a preview of the real PDF, the printer, PDF files.

The PDFs themselves come from :mod:`peerhelper.operations.printouts`, the same
functions the command line calls; this package only chooses the options,
shows the pages and sends them on.
"""
