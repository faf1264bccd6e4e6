"""A guard against a reference-counting defect of PySide6 6.12 on Python 3.11.

In PySide6 6.12.0, every call of a Python slot — a lambda, a plain method or
a method decorated with ``@Slot`` alike — releases one reference to ``None``
that it never took, and emitting a signal with a ``bool`` argument from
Python does the same to ``True``/``False``. On Python 3.12 and newer these
objects are immortal and nothing happens; on 3.11 their counts fall with
every click and timer tick until the interpreter aborts ("deallocating
None"), at the latest when it exits. 6.11 is not affected.
``tests/test_qt_workarounds.py`` measures the defect on the interpreter the
tests run on: it is an expected failure while the defect is there and fails
loudly once an upgrade fixes it, which is the moment to set
``FIXED_IN_PYSIDE`` (and, once Python 3.11 is no longer supported, to drop
this module).

``apply()`` gives the three singletons the immortality Python 3.12 gives
them: a reference count so large that no session of use can exhaust it. It
is fail-safe: every PySide6 from 6.12 on counts as affected on Python < 3.12
until a release with the fix is known. It is called where the application
is created (``peerhelper.app.create_application``, the tests' conftest), not
on import.

The other PySide workaround, :class:`peerhelper.ui.collector.GuiThreadCollector`,
only moves Python's garbage collection to the GUI thread. Neither makes it
safe for a worker thread to touch a Qt object the GUI thread may delete;
background work goes through :mod:`peerhelper.ui.tasks` for that.
"""

from __future__ import annotations

import ctypes
import sys

# Far more than a lifetime of clicks, far below the counter's limit.
_RESERVE = 1 << 48

FIRST_AFFECTED_PYSIDE = (6, 12, 0)
# The first PySide6 release known to be fixed; None while no fixed release is known.
FIXED_IN_PYSIDE: tuple[int, int, int] | None = None

_protected = False


def affected(python: tuple[int, int], pyside: tuple[int, int, int]) -> bool:
    """Whether this Python and PySide6 may have the defect (when in doubt: yes)."""
    if python >= (3, 12) or pyside < FIRST_AFFECTED_PYSIDE:
        return False
    return FIXED_IN_PYSIDE is None or pyside < FIXED_IN_PYSIDE


def protect_singletons() -> None:
    """Raise the reference counts of None, True and False far out of reach (once)."""
    global _protected
    if _protected or sys.version_info >= (3, 12):
        return  # immortal there; their counts must not be touched
    for singleton in (None, True, False):
        # CPython keeps the reference count in the object's first machine word.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _protected = True


def apply() -> bool:
    """Protect None, True and False if this process may be affected; True if it is."""
    import PySide6

    pyside = tuple(PySide6.__version_info__[:3])
    if not affected(sys.version_info[:2], pyside):  # type: ignore[arg-type]
        return False
    protect_singletons()
    return True
