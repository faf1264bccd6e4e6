"""Where a command may write its result: one check for every ``--out`` and save dialog.

An export, a PDF or a backup copy is written only to a file the user meant:

- the folder it goes into must already exist (a mistyped path never creates
  folders somewhere unexpected, such as at the root of the disk);
- it is a file name, not a folder;
- it is not inside PeerHelper's own data folder, where it could replace the
  live database, a backup or the settings;
- an existing file is replaced only when the user said so (``--force`` on
  the command line; the window's save dialog asks before replacing).

:func:`check_output_path` raises :class:`~peerhelper.errors.BadInputError`
with a message that names the user's own path and says what to do.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from peerhelper.errors import BadInputError


def _absolute(path: Path) -> Path:
    """``path`` made absolute with links resolved, even when it does not exist yet."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def is_inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or anything under it, links resolved."""
    path, folder = _absolute(Path(path)), _absolute(Path(folder))
    return path == folder or folder in path.parents


def check_output_path(
    path: Path, data_root: Path | None, force: bool = False, example: str = "sessions.csv"
) -> Path:
    """Return ``path`` if a result may be written there, else raise :class:`BadInputError`.

    ``data_root`` is the data folder in use (None when there is none to
    protect). ``force`` allows replacing an existing file; it never allows
    writing into the data folder. ``example`` is a file name the messages
    suggest.
    """
    path = Path(path)
    if "\0" in str(path):
        raise BadInputError(f"{str(path)!r} is not a usable file name")
    if path.is_dir():
        raise BadInputError(
            f"{path} is a folder. Give a file name inside it, such as {path / example}."
        )
    if not path.name or path.name in (".", ".."):
        raise BadInputError(f"{path} is not a file name. Give a name such as {example}.")
    if data_root is not None and is_inside(path, data_root):
        raise BadInputError(
            f"{path} is inside PeerHelper's data folder {data_root}, where it could replace "
            "the database or its backups. Choose a file outside that folder."
        )
    folder = path.parent
    if not folder.exists():
        raise BadInputError(
            f"The folder {folder} does not exist, so {path} cannot be written. "
            "Create the folder first, or choose a file in a folder that exists."
        )
    if not folder.is_dir():
        raise BadInputError(f"{folder} is a file, not a folder, so {path} cannot be written there.")
    if path.exists() and not force:
        raise BadInputError(
            f"{path} already exists. Choose another file name, or give --force to replace it."
        )
    return path


def add_output_options(
    parser: argparse.ArgumentParser, metavar: str, help: str, required: bool = True
) -> None:
    """Add ``--out FILE`` and ``--force`` to a command, worded the same everywhere."""
    parser.add_argument("--out", metavar=metavar, type=Path, required=required, help=help)
    parser.add_argument(
        "--force", action="store_true", help="replace the --out file if it already exists"
    )
