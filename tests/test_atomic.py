"""The atomic-write helper: all or nothing, normal permissions, disk full told."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from peerhelper import atomic
from peerhelper.errors import DiskFullError


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    atomic.write_atomic(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_failure_leaves_target_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic.atomic_output(target, "w") as handle:
        handle.write("half")
        raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_normal_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "out.bin"
        atomic.write_atomic(target, b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_missing_folder_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic.write_atomic(tmp_path / "nope" / "out.txt", "x")
    assert not (tmp_path / "nope").exists()


def test_disk_full_becomes_known_error(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with pytest.raises(DiskFullError) as caught, atomic.atomic_output(target) as handle:
        handle.write(b"x")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert "disk is full" in str(caught.value)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_is_disk_full_follows_causes() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "full")
        except OSError as inner:
            raise ValueError("wrapped") from inner
    except ValueError as outer:
        assert atomic.is_disk_full(outer)
    assert not atomic.is_disk_full(ValueError("other"))


def test_copy_atomic(tmp_path: Path) -> None:
    source = tmp_path / "a"
    source.write_bytes(os.urandom(3 << 20))
    atomic.copy_atomic(source, tmp_path / "b")
    assert (tmp_path / "b").read_bytes() == source.read_bytes()
