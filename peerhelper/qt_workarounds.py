"""A guard against a reference-counting defect in PySide6 6.12.0 on Python 3.11.

In PySide6 6.12.0, every call of a Python slot not decorated with ``@Slot``
releases one reference to ``None`` that it never took, and emitting a signal
with a ``bool`` argument from Python does the same to ``True``/``False``.
On Python 3.12 and newer these objects are immortal and nothing happens; on
3.11 their counts fall with every click and timer tick until the interpreter
aborts ("deallocating None"), at the latest when it exits. 6.11 is not
affected (tests/test_qt_workarounds.py measures it).

``apply()`` gives the three singletons the immortality Python 3.12 gives
them: a reference count so large that no session of use can exhaust it. It
does nothing on other Python or PySide versions.
"""

from __future__ import annotations

import ctypes
import sys

# Far more than a lifetime of clicks, far below the counter's limit.
_RESERVE = 1 << 48


def affected(python: tuple[int, int], pyside: tuple[int, int, int]) -> bool:
    return python < (3, 12) and pyside == (6, 12, 0)


def apply() -> bool:
    """Protect None, True and False if this process is affected; True if it did."""
    import PySide6

    pyside = tuple(PySide6.__version_info__[:3])
    if not affected(sys.version_info[:2], pyside) or getattr(apply, "done", False):
        return False
    for singleton in (None, True, False):
        # CPython keeps the reference count in the object's first machine word.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    apply.done = True  # type: ignore[attr-defined]
    return True
