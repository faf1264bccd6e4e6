"""The one way PeerHelper writes a file: all of it, or nothing.

Every writer (settings, the session draft, exports, backups, PDFs from the
command line and the window) goes through :func:`atomic_output` or
:func:`write_atomic`. The data goes to a temporary file beside the target
(its own unique name, so two writers never share one), is flushed and
fsynced, and only then renamed over the target; the folder is fsynced so the
rename itself survives a power cut. If anything fails the temporary file is
removed and the target is exactly as it was.

A full disk is turned into :class:`~peerhelper.errors.DiskFullError`, a known
error the user is told about in plain words.

Files are created with the user's normal permissions (``0666`` less the
umask), not the ``0600`` that :func:`tempfile.mkstemp` gives.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Literal, overload

from peerhelper.errors import DiskFullError

PARTIAL_SUFFIX = ".partial"

_NO_SPACE = {errno.ENOSPC, errno.EDQUOT}


def is_disk_full(error: BaseException) -> bool:
    """True when ``error`` (or what caused it) says the disk or quota is full."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _NO_SPACE:
            return True
        text = str(current).lower()
        if "database or disk is full" in text or "no space left" in text:
            return True
        current = current.__cause__ or current.__context__
    return False


def _umask() -> int:
    # os.umask can only be read by setting it; put it straight back.
    current = os.umask(0o022)
    os.umask(current)
    return current


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where folders can't be opened)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@overload
def atomic_output(
    path: Path, mode: Literal["wb"] = "wb", *, encoding: None = None, newline: None = None
) -> contextlib.AbstractContextManager[IO[bytes]]: ...
@overload
def atomic_output(
    path: Path, mode: Literal["w"], *, encoding: str = "utf-8", newline: str | None = None
) -> contextlib.AbstractContextManager[IO[str]]: ...
def atomic_output(
    path: Path,
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> contextlib.AbstractContextManager[IO]:  # type: ignore[type-arg]
    """Open a temporary file for writing; on success it replaces ``path``.

    ``mode`` is ``"wb"`` or ``"w"`` (text, UTF-8 unless ``encoding`` says
    otherwise). The folder must exist: a missing folder is the caller's
    error to report, never silently created here.
    """
    if mode not in ("wb", "w"):
        raise ValueError(f"atomic_output writes only, not {mode!r}")
    return _atomic_output(Path(path), mode, encoding, newline)


@contextlib.contextmanager
def _atomic_output(
    path: Path, mode: str, encoding: str | None, newline: str | None
) -> Iterator[IO]:  # type: ignore[type-arg]
    folder = path.parent
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX, dir=folder)
    except OSError as exc:
        # Name the file the user asked for, not the temporary one beside it.
        if is_disk_full(exc):
            raise DiskFullError(path) from exc
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    partial = Path(temporary)
    try:
        os.chmod(partial, 0o666 & ~_umask())
        if mode == "w":
            handle: IO = os.fdopen(fd, "w", encoding=encoding or "utf-8", newline=newline)  # type: ignore[type-arg]
        else:
            handle = os.fdopen(fd, "wb")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
        fsync_folder(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, OSError) and is_disk_full(exc):
            raise DiskFullError(path) from exc
        raise


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A unique temporary file beside ``path``; on success it replaces ``path``.

    For writers that need a file *name* rather than a handle (SQLite writes a
    backup or a restored copy through its own connection). The caller fills
    the file and closes it inside the ``with`` block; it is then fsynced and
    renamed over ``path``. On any error it is removed and ``path`` is as it was.
    """
    folder = path.parent
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX, dir=folder)
    os.close(fd)
    partial = Path(temporary)
    try:
        os.chmod(partial, 0o666 & ~_umask())
        yield partial
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
        fsync_folder(folder)
    except BaseException as exc:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, OSError) and is_disk_full(exc):
            raise DiskFullError(path) from exc
        raise


def write_atomic(path: Path, data: bytes | str, *, encoding: str = "utf-8") -> None:
    """Write all of ``data`` to ``path`` or leave ``path`` as it was."""
    if isinstance(data, str):
        data = data.encode(encoding)
    with atomic_output(path) as handle:
        handle.write(data)


def copy_atomic(source: Path, target: Path, *, chunk: int = 1 << 20) -> None:
    """Copy ``source`` to ``target`` through a temporary file (for backups)."""
    with source.open("rb") as reading, atomic_output(target) as writing:
        while block := reading.read(chunk):
            writing.write(block)
