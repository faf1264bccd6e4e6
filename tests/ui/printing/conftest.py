"""Printing tests: the bundled guides, PDFs read back with poppler, builds awaited."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerhelper.guides.loader import load_bundled
from peerhelper.guides.model import Guide
from peerhelper.ui.printing.builder import wait_for_builds


@pytest.fixture(scope="session")
def bundled() -> dict[str, Guide]:
    guides, problems = load_bundled()
    assert not problems
    return {guide.id: guide for guide in guides}


@pytest.fixture(autouse=True)
def _no_build_left_running() -> Iterator[None]:
    """A build still running would report to the next test's widgets."""
    yield
    wait_for_builds()


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pairs = (line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout
