"""The data-folder lock between real processes: shared users, one replacer."""

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from peerhelper.storage.folder_lock import FolderBusyError, FolderLock, database_lock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from peerhelper.storage.folder_lock import database_lock

    lock = database_lock(Path(sys.argv[1]))
    getattr(lock, "acquire_" + sys.argv[2])()
    print("held", flush=True)
    sys.stdin.read()  # until the test closes our stdin
    """
)


@contextmanager
def held_elsewhere(folder: Path, kind: str) -> Iterator[None]:
    """Another process holds the folder's database lock as ``kind`` meanwhile."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder), kind],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert child.stdout is not None and child.stdin is not None
    try:
        assert child.stdout.readline().strip() == "held"
        yield
    finally:
        child.stdin.close()
        child.wait(timeout=30)
        child.stdout.close()


def _fresh(folder: Path) -> FolderLock:
    # Not the process-wide registry: each test sees only its own holders.
    folder.mkdir(parents=True, exist_ok=True)
    return FolderLock(folder / ".peerhelper.lock")


def test_users_share_and_a_replacer_waits_for_them(tmp_path: Path) -> None:
    lock = _fresh(tmp_path)
    with held_elsewhere(tmp_path, "shared"):
        with lock.shared(timeout=1):
            assert lock.held == "shared"
        with pytest.raises(FolderBusyError, match="is busy"), lock.exclusive(timeout=0.3):
            pass
    with lock.exclusive(timeout=1):
        assert lock.held == "exclusive"
    assert lock.held is None


def test_nobody_uses_the_database_while_it_is_replaced(tmp_path: Path) -> None:
    lock = _fresh(tmp_path)
    with held_elsewhere(tmp_path, "exclusive"), pytest.raises(FolderBusyError):
        lock.acquire_shared(timeout=0.3)
    lock.acquire_shared(timeout=1)
    lock.release_shared()


def test_a_failed_conversion_keeps_the_shared_lock(tmp_path: Path) -> None:
    lock = _fresh(tmp_path)
    lock.acquire_shared()
    try:
        with held_elsewhere(tmp_path, "shared"):
            with pytest.raises(FolderBusyError):
                lock.acquire_exclusive(timeout=0.2)
            assert lock.held == "shared"
        # Still shared: another process cannot replace the database under us.
        other = FolderLock(tmp_path / ".peerhelper.lock")
        with pytest.raises(FolderBusyError):
            other.acquire_exclusive(timeout=0.2)
        with lock.exclusive(timeout=1):
            assert lock.held == "exclusive"
        assert lock.held == "shared"
    finally:
        lock.release_shared()
    assert lock.held is None


def test_one_process_counts_its_own_locks(tmp_path: Path) -> None:
    lock = database_lock(tmp_path)
    with lock.shared(), lock.exclusive(timeout=0), lock.shared():
        assert lock.held == "exclusive"
    assert lock.held is None
    assert database_lock(tmp_path) is lock


def test_a_folder_that_cannot_be_made_is_a_data_folder_error(tmp_path: Path) -> None:
    from peerhelper.errors import DataFolderError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataFolderError):
        FolderLock(blocker / "data" / ".peerhelper.lock").acquire_shared()
