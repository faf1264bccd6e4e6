"""The whole package type-checks clean with mypy (configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_finds_nothing_in_the_package() -> None:
    # In a child process: mypy changes the garbage collector's thresholds of
    # the process it runs in, which other tests measure.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "peerhelper"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr
