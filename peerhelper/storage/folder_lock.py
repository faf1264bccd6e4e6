"""One writer at a time in a data folder: OS file locks, with or without Qt.

Two locks live in the data folder. Both are operating-system file locks
(``fcntl.flock``, ``msvcrt.locking`` on Windows), so the command line takes
them without a ``QApplication`` and a crashed process leaves no stale lock.

* The **database lock** (``.peerhelper.lock``) is *shared* by everything that
  uses the database — the open window for its whole life, a command-line
  import or backup — and *exclusive* for what replaces the database file: a
  restore, a migration, putting a copy back after damage. A replacement
  waits until nobody else uses the database, and nobody starts using it while
  it is being replaced. Read-only commands (export, lists, printing) take no
  lock: SQLite already gives them a consistent view, and a restore never
  leaves the file half-written.
* The **window lock** (``.peerhelper-window.lock``) is held by the open
  window alone, so that a second window on the same folder knows the first
  is there (see :mod:`peerhelper.ui.single_instance`).

The command-line import while the window is open: it runs. SQLite lets both
write side by side (WAL and a busy timeout), and the window shows the new
rows on its next query. What must never happen — a restore swapping the file
under a running import, so that the import's rows end up only in the copy set
aside — cannot: the restore's exclusive lock waits for the import's shared
one, and a command-line restore while the window is open waits briefly and
then says that the folder is busy (restore from the window's Settings page,
or close it first).

Within one process a lock is counted, not stacked: taking the exclusive lock
while holding the shared one converts it, and letting go converts it back.
On Windows ``msvcrt`` offers exclusive locks only, so there every lock is
exclusive: a command-line import waits for the window to be closed.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peerhelper.errors import DataFolderError, UserFacingError

DATABASE_LOCK = ".peerhelper.lock"
WINDOW_LOCK = ".peerhelper-window.lock"
# Long enough for another program's backup or migration to finish, short
# enough that nobody wonders whether PeerHelper hangs.
WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.05

if sys.platform == "win32":  # mypy reads the Windows branch only there
    import msvcrt

    _ONLY_EXCLUSIVE = True

    def _try_lock(fd: int, exclusive: bool) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    _ONLY_EXCLUSIVE = False

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FolderBusyError(UserFacingError):
    """Another PeerHelper program is using the data folder; try again later."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"The data folder {folder} is busy: another PeerHelper program (the window, "
            "an import, a backup or a restore) is using it. Try again when it has "
            "finished; to restore while the window is open, use its Settings page."
        )
        self.folder = folder


class FolderLock:
    """One lock file, taken shared or exclusive, counted within this process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._held: str | None = None  # None, "shared" or "exclusive"
        self._shared = 0
        self._exclusive = 0
        self._mutex = threading.RLock()

    # -- public ---------------------------------------------------------------
    @contextmanager
    def shared(self, timeout: float = WAIT_SECONDS) -> Iterator[None]:
        self.acquire_shared(timeout)
        try:
            yield
        finally:
            self.release_shared()

    @contextmanager
    def exclusive(self, timeout: float = WAIT_SECONDS) -> Iterator[None]:
        self.acquire_exclusive(timeout)
        try:
            yield
        finally:
            self.release_exclusive()

    def acquire_shared(self, timeout: float = WAIT_SECONDS) -> None:
        with self._mutex:
            if self._held is None:
                self._take("shared", timeout)
            self._shared += 1

    def release_shared(self) -> None:
        with self._mutex:
            self._shared -= 1
            self._settle()

    def acquire_exclusive(self, timeout: float = WAIT_SECONDS) -> None:
        with self._mutex:
            if self._held != "exclusive":
                try:
                    self._take("exclusive", timeout)
                except FolderBusyError:
                    # A failed conversion may have dropped the shared lock: take it back.
                    if self._shared:
                        self._take("shared", None)
                    raise
            self._exclusive += 1

    def release_exclusive(self) -> None:
        with self._mutex:
            self._exclusive -= 1
            self._settle()

    @property
    def held(self) -> str | None:
        return self._held

    # -- inside ---------------------------------------------------------------
    def _settle(self) -> None:
        if self._exclusive:
            return
        if self._shared:
            if self._held == "exclusive":
                self._take("shared", None)
            return
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
        self._fd = None
        self._held = None

    def _take(self, kind: str, timeout: float | None) -> None:
        """Take the lock as ``kind``; ``timeout`` None waits for as long as it takes."""
        if self._fd is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError as exc:
                raise DataFolderError(self.path.parent, exc.strerror or str(exc)) from exc
        if _ONLY_EXCLUSIVE and self._held is not None:
            self._held = kind
            return
        deadline = None if timeout is None else time.monotonic() + timeout
        while not _try_lock(self._fd, kind == "exclusive"):
            if deadline is not None and time.monotonic() >= deadline:
                if self._held is None:
                    os.close(self._fd)
                    self._fd = None
                else:
                    self._held = None  # flock drops the old lock when a conversion fails
                raise FolderBusyError(self.path.parent)
            time.sleep(_POLL_SECONDS)
        self._held = kind


_LOCKS: dict[Path, FolderLock] = {}
_LOCKS_MUTEX = threading.Lock()


def _lock_at(path: Path) -> FolderLock:
    path = path.parent.resolve() / path.name
    with _LOCKS_MUTEX:
        lock = _LOCKS.get(path)
        if lock is None:
            lock = _LOCKS[path] = FolderLock(path)
        return lock


def database_lock(folder: Path) -> FolderLock:
    """The lock guarding the database in ``folder`` (which must exist)."""
    return _lock_at(folder / DATABASE_LOCK)


def window_lock(folder: Path) -> FolderLock:
    """The lock the open window holds in ``folder``."""
    return _lock_at(folder / WINDOW_LOCK)
