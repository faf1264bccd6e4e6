"""The guide code and the picture kit type-check clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_finds_nothing_in_the_guides_package() -> None:
    # In a child process: mypy changes the garbage collector's thresholds of
    # the process it runs in, which other tests measure.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--ignore-missing-imports", "--no-incremental",
         str(ROOT / "peerhelper" / "guides")],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
