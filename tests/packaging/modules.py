"""Load the scripts under ``packaging/`` by file path for the tests.

The folder is deliberately not a Python package: its name would shadow the
``packaging`` library from PyPI.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


@cache
def load(name: str) -> ModuleType:
    """``packaging/<name>.py`` as a module (loaded once per test run)."""
    module_name = f"_peerhelper_packaging_{name}"
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses and typing look modules up here
    spec.loader.exec_module(module)
    return module
