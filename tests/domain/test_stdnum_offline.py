"""The personal-data guard works where Python has no ``ssl`` (the packaged program)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = """
import sys
sys.modules["ssl"] = None  # as in the bundle: "import ssl" fails
from peerhelper.domain.privacy import find_personal_data
assert find_personal_data("hetu 131052-308T"), "identity code not found"
assert "ssl" in sys.modules and sys.modules["ssl"] is None, "a stand-in ssl stayed behind"
print("ok")
"""


def test_the_guard_imports_and_works_without_ssl() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, cwd=ROOT
    )
    assert result.stdout.strip() == "ok", result.stderr
