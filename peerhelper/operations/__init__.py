"""User actions: one named function per thing a user asks for, shared by both faces.

The window (``peerhelper.ui``) and the command line (``peerhelper.cli``) call
the very same functions, so an action behaves the same whichever face asked
for it. Each action takes plain values (paths, a database, dates, options),
returns a result, and raises the project's known errors
(:mod:`peerhelper.errors`) for anything the user can put right; it never
prints and never shows a dialog. One module per area:

- :mod:`~peerhelper.operations.backups`: back up, restore, put back what a
  restore kept aside, the daily automatic backup;
- :mod:`~peerhelper.operations.sessions`: import and export the session log;
- :mod:`~peerhelper.operations.printouts`: handouts, the sign, the tally
  sheet, referral slips, built in memory and saved atomically;
- :mod:`~peerhelper.operations.guides`: list and check guides, save them as a
  pack, add guides from a pack, remove a local guide;
- :mod:`~peerhelper.operations.statistics`: the statistics report and the
  Excel export;
- :mod:`~peerhelper.operations.directory`: the referral directory's entries,
  its import and export.

Importing this package loads nothing heavy: each module imports SQLAlchemy,
reportlab or openpyxl inside the functions that need them, so start-up stays
quick (``benchmarks/startup.py``).
"""
