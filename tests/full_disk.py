"""A real, small disk for full-disk tests: a tmpfs mounted for the test.

Mounting needs root (CI runs as root). Where it is impossible the test is
skipped with the reason, except on CI (``CI`` set), where a missing full-disk
test would hide a regression: there it fails.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _cannot_mount(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"the full-disk test must run on CI, but {reason}")
    pytest.skip(f"no small disk for a full-disk test: {reason}")


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """Mount a ``size_kb`` KiB tmpfs on ``folder`` for the duration of the block."""
    if os.name != "posix" or not hasattr(os, "geteuid") or os.geteuid() != 0:
        _cannot_mount("mounting a tmpfs needs root on Linux")
    mount = shutil.which("mount")
    if mount is None:
        _cannot_mount("there is no mount command")
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [mount, "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        _cannot_mount(f"mount -t tmpfs failed: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave_bytes: int = 0) -> Path:
    """Fill the disk holding ``folder`` until at most ``leave_bytes`` are free; the filler file."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free
    with filler.open("wb") as handle:
        block = b"\0" * 4096
        with contextlib.suppress(OSError):
            while free > leave_bytes:
                handle.write(block[: min(len(block), free - leave_bytes)])
                handle.flush()
                free = shutil.disk_usage(folder).free
    return filler
