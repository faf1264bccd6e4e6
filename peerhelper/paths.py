"""Where PeerHelper keeps its data and finds its bundled files.

The data folder is chosen in this order:

1. ``--data-dir DIR`` on the command line;
2. the ``PEERHELPER_DATA_DIR`` environment variable;
3. portable mode: a folder named ``PeerHelperData`` beside the program (the
   executable of a frozen build, the source checkout otherwise). Creating that
   folder on a USB stick is all it takes to keep every piece of data beside
   the program;
4. the platform's user data folder (``platformdirs``).

Bundled assets (guides, symbols, icons, fonts) live in ``assets/`` at the
top of the source tree, or inside the bundle of a frozen build.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "PeerHelper"
PORTABLE_FOLDER = "PeerHelperData"
ENV_DATA_DIR = "PEERHELPER_DATA_DIR"


def program_dir() -> Path:
    """The folder the program runs from: beside the executable when frozen."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def assets_dir() -> Path:
    """The bundled assets folder (guides, symbols, icons, fonts)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def portable_dir() -> Path:
    return program_dir() / PORTABLE_FOLDER


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """Pick the data folder; see the module docstring for the order."""
    chosen = cli_value or os.environ.get(ENV_DATA_DIR)
    if chosen:
        # realpath, not Path.resolve: a loop of links must reach the folder
        # check (and its message), not raise here.
        return Path(os.path.realpath(Path(chosen).expanduser()))
    if portable_dir().is_dir():
        return portable_dir()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


@dataclass(frozen=True)
class DataPaths:
    """Every file and folder inside one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "peerhelper.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def local_guides(self) -> Path:
        """The organisation's own guides: made in the app or added from packs."""
        return self.root / "guides"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "peerhelper.log"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def draft_file(self) -> Path:
        return self.root / "session-draft.json"
