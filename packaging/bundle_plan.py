"""What goes into the PeerHelper bundle: names, data files, exclusions, Qt trimming.

The PyInstaller spec (``peerhelper.spec``), the build script (``build.py``)
and the tests in ``tests/packaging/`` all read this one module, so the
rules are stated once and can be checked without building anything. It
imports nothing outside the standard library; PyInstaller is not needed to
read it.

Loaded by file path, never as ``import packaging…``: the folder name would
shadow the PyPI ``packaging`` library.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import Path

APP_NAME = "PeerHelper"
# Reverse-DNS id shared by the Linux desktop entry, AppStream and the macOS bundle.
APP_ID = "fi.peerhelper.PeerHelper"

# The executable of the one-folder app, per platform. Windows gets a second,
# console executable so the command-line functions print where they are run.
LINUX_EXECUTABLE = "peerhelper"
WINDOWS_GUI_EXECUTABLE = "PeerHelper"
WINDOWS_CLI_EXECUTABLE = "peerhelper-cli"
MACOS_EXECUTABLE = "PeerHelper"

# Mirrors peerhelper.paths.PORTABLE_FOLDER (a test keeps them equal).
PORTABLE_FOLDER = "PeerHelperData"

ICON_SVG = "assets/symbols/app-icon.svg"
ICON_PNG = "assets/symbols/app-icon-512.png"
ICON_ICO = "assets/symbols/app-icon.ico"

# Goal for the unpacked Linux one-folder app.
SIZE_GOAL_MB = 150

# (source relative to the repository, folder inside the bundle). The i18n and
# migration folders keep their place beside the package because the code finds
# them through ``Path(__file__)``; Alembic reads its scripts as files.
DATA_FILES: tuple[tuple[str, str], ...] = (
    ("assets/comics", "assets/comics"),
    ("assets/symbols", "assets/symbols"),
    ("assets/icons", "assets/icons"),
    ("assets/fonts", "assets/fonts"),
    # The referral directory's starter entries, read by its migration.
    ("assets/directory", "assets/directory"),
    ("peerhelper/i18n/*.qm", "peerhelper/i18n"),
    ("peerhelper/storage/migrations/env.py", "peerhelper/storage/migrations"),
    ("peerhelper/storage/migrations/script.py.mako", "peerhelper/storage/migrations"),
    ("peerhelper/storage/migrations/versions/*.py", "peerhelper/storage/migrations/versions"),
)

# Qt modules PeerHelper never uses. The network ones matter most: the app
# must never open a connection, and leaving them out keeps it that way.
EXCLUDED_QT_MODULES: tuple[str, ...] = (
    "QtNetwork",
    "QtNetworkAuth",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtSql",
    "QtTest",
    "QtXml",
    "QtDesigner",
    "QtHelp",
    "QtUiTools",
    "QtConcurrent",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtBluetooth",
    "QtPositioning",
    "QtLocation",
    "QtSerialPort",
    "QtLabsStyleKit",
)

# Python modules left out: development tools, other GUI toolkits, and TLS and
# OpenSSL (nothing in the app talks to a network; hashlib and hmac fall back to
# Python's own hash functions, which saves the 5 MB OpenSSL library).
EXCLUDED_MODULES: tuple[str, ...] = (
    *(f"PySide6.{name}" for name in EXCLUDED_QT_MODULES),
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",
    "PIL.AvifImagePlugin",
    "PIL._avif",
    "ssl",
    "_ssl",
    "_hashlib",
    "readline",
    # svglib reads SVG with lxml.etree only.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    # Only reportlab's unused XML-encoding guesser wants it.
    "charset_normalizer",
    "pytest",
    "_pytest",
    "pytestqt",
    "pygments",
    "ruff",
    "pip",
    "setuptools",
    "pkg_resources",
    "distutils",
    "lib2to3",
    "pydoc_data",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # psycopg's own copy of libpq and OpenSSL (10 MB): the organisation server is
    # optional, and psycopg then uses the system's libpq (Debian: libpq5).
    "psycopg_binary",
)

# Migration scripts are read as files by Alembic, not imported as modules.
NOT_MODULES = ("peerhelper.storage.migrations.env",)

# Qt parts dropped from the bundle, as patterns over the destination path
# (forward slashes; the Windows and macOS wheels have no "Qt/" level, hence
# "*plugins"). Kept: the xcb, Wayland and offscreen platforms, the desktop
# portal theme, SVG icons, JPEG/GIF/ICO/SVG/WebP images, input methods.
DROPPED_QT_PATTERNS: tuple[str, ...] = (
    # Embedded-device and remote platforms.
    "PySide6/*plugins/platforms/*eglfs*",
    "PySide6/*plugins/platforms/*linuxfb*",
    "PySide6/*plugins/platforms/*minimalegl*",
    "PySide6/*plugins/platforms/*vkkhrdisplay*",
    "PySide6/*plugins/platforms/*vnc*",
    "PySide6/*plugins/egldeviceintegrations/*",
    "PySide6/*plugins/generic/*",
    # Networking: nothing in the app goes online.
    "PySide6/*plugins/networkinformation/*",
    "PySide6/*plugins/tls/*",
    # The GTK theme drags in the whole GTK stack; Qt's own dialogs do the job.
    "PySide6/*plugins/platformthemes/*gtk3*",
    # Image formats nobody pastes into a guide; the PDF one pulls in QtPdf.
    "PySide6/*plugins/imageformats/*qpdf*",
    "PySide6/*plugins/imageformats/*qtga*",
    "PySide6/*plugins/imageformats/*qtiff*",
    "PySide6/*plugins/imageformats/*qwbmp*",
    "PySide6/*plugins/imageformats/*qicns*",
)

# Linux libraries taken from the computer the app runs on, not bundled (with
# whatever only they need). Each is on every Linux desktop and serves a part of
# that system: the print server (CUPS), the message bus, the font setup, the X
# server, GLib. A bundled copy older than the system's settings or drivers is
# a known cause of broken fonts, missing printers or crashes; bundling them
# also costs about 20 MB. The rarer xcb helper libraries stay bundled.
SYSTEM_LIBRARIES: tuple[str, ...] = (
    "libcups.so*",
    "libgssapi_krb5.so*",  # QtNetwork (which QtPdf needs) links it; CUPS brings it along
    "libdbus-1.so*",
    "libfontconfig.so*",
    "libfreetype.so*",
    "libglib-2.0.so*",
    "libgthread-2.0.so*",
    "libgobject-2.0.so*",
    "libX11.so*",
    "libX11-xcb.so*",
    "libxcb.so*",
    "libstdc++.so*",
    "libgcc_s.so*",
)

# Qt's own translations: only the app's languages, only the catalogue the app loads.
QT_TRANSLATION_LANGUAGES = ("fi", "sv", "en")
KEPT_QT_TRANSLATIONS = tuple(f"qtbase_{lang}.qm" for lang in QT_TRANSLATION_LANGUAGES)


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def is_qt_translation(dest: str) -> bool:
    path = _posix(dest)
    return path.startswith("PySide6/") and "/translations/" in path and path.endswith(".qm")


# python-stdnum's data files: only the IBAN registry is read (by the
# personal-data guard); the others (MAC vendors, phone networks …) are 2 MB.
KEPT_STDNUM_DATA = ("stdnum/iban.dat",)


def keep_entry(dest: str) -> bool:
    """Whether a collected file (by its path inside the bundle) stays in the bundle."""
    path = _posix(dest)
    if path.startswith("stdnum/") and path.endswith(".dat"):
        return path in KEPT_STDNUM_DATA
    if is_qt_translation(path):
        return path.rsplit("/", 1)[-1] in KEPT_QT_TRANSLATIONS
    if "/" not in path and any(fnmatch.fnmatch(path, lib) for lib in SYSTEM_LIBRARIES):
        return False
    return not any(fnmatch.fnmatch(path, pattern) for pattern in DROPPED_QT_PATTERNS)


Entry = tuple[str, str, str]  # PyInstaller TOC entry: (dest, source, typecode)


def prune_binaries(
    entries: Iterable[Entry], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """Drop the entries ``keep_entry`` refuses and the libraries only they needed.

    PyInstaller collects each plugin's libraries before the spec can filter,
    so dropping a plugin leaves its libraries behind (the GTK theme leaves the
    whole GTK stack). A library is removed when a dropped entry reaches it and
    no kept entry does, without passing through a dropped one;
    ``imports_of(source)`` gives the file names a binary links to. Returns
    (kept, removed).
    """
    entries = list(entries)
    dropped = {entry[0] for entry in entries if not keep_entry(entry[0])}
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry[0] not in dropped:
            by_name.setdefault(Path(_posix(entry[0])).name, []).append(entry)

    def reach(start: Iterable[Entry]) -> set[str]:
        seen: set[str] = set()
        todo = list(start)
        while todo:
            entry = todo.pop()
            for name in imports_of(entry[1]):
                for found in by_name.get(Path(name).name, ()):
                    if found[0] not in seen:
                        seen.add(found[0])
                        todo.append(found)
        return seen

    only_for_dropped = reach(e for e in entries if e[0] in dropped)
    roots = [e for e in entries if e[0] not in dropped and e[0] not in only_for_dropped]
    needed = reach(roots) | {entry[0] for entry in roots}
    kept = [entry for entry in entries if entry[0] in needed]
    removed = [entry for entry in entries if entry[0] not in needed]
    return kept, removed


def filter_datas(datas: Iterable[Entry], removed: Iterable[Entry]) -> list[Entry]:
    """The data entries to keep: ``keep_entry`` passes them and no link points at a removed file.

    PyInstaller lists the links it makes beside libraries (``SYMLINK``, the
    source being the link's relative target) among the data entries.
    """
    gone = {_posix(entry[0]) for entry in removed}
    kept = []
    for dest, source, kind in datas:
        if not keep_entry(dest):
            continue
        if kind == "SYMLINK":
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(_posix(dest)), _posix(source))
            )
            if target in gone:
                continue
        kept.append((dest, source, kind))
    return kept


def data_files(root: Path) -> list[tuple[str, str]]:
    """``DATA_FILES`` as PyInstaller ``datas``: absolute source globs, bundle folders."""
    return [(str(root / source), dest) for source, dest in DATA_FILES]


def version(root: Path) -> str:
    """The app's version, read from the package without importing it."""
    text = (root / "peerhelper" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise ValueError("peerhelper/__init__.py has no __version__")
    return found.group(1)


def macos_info_plist(app_version: str) -> dict[str, object]:
    """Extra Info.plist keys for the macOS bundle."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": app_version,
        "CFBundleVersion": app_version,
        "CFBundleDevelopmentRegion": "fi",
        "CFBundleLocalizations": list(QT_TRANSLATION_LANGUAGES),
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "13.0",  # Qt 6.10 and newer support macOS 13+
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "GPL-3.0-or-later",
    }


def make_icns(png: Path, out: Path) -> Path:
    """Write the macOS icon from the 512-pixel PNG (Pillow writes every needed size)."""
    from PIL import Image

    out.parent.mkdir(parents=True, exist_ok=True)
    with Image.open(png) as image:
        image.convert("RGBA").save(out, format="ICNS")
    return out
