"""The guide code and the picture kit type-check clean."""

from __future__ import annotations

from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")
ROOT = Path(__file__).resolve().parents[2]


def test_mypy_finds_nothing_in_the_guides_package() -> None:
    out, err, status = api.run(
        ["--ignore-missing-imports", "--no-incremental", str(ROOT / "peerhelper" / "guides")]
    )
    assert status == 0, out + err
