"""Printing tests: the bundled guides, PDFs read back with poppler."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from peerhelper.guides.loader import load_bundled
from peerhelper.guides.model import Guide


@pytest.fixture(scope="session")
def bundled() -> dict[str, Guide]:
    guides, problems = load_bundled()
    assert not problems
    return {guide.id: guide for guide in guides}


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pairs = (line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout
