"""What the bundle holds: data files, left-out modules, Qt trimming, pruning of libraries."""

from __future__ import annotations

import ast
import glob
from collections.abc import Callable
from pathlib import Path

import pytest

import peerhelper
from peerhelper.paths import PORTABLE_FOLDER
from tests.packaging.modules import ROOT, load

plan = load("bundle_plan")


def test_every_data_source_exists() -> None:
    for source, _dest in plan.DATA_FILES:
        assert glob.glob(str(ROOT / source)), f"{source} matches nothing"


def test_every_assets_folder_is_bundled() -> None:
    bundled = {dest for _source, dest in plan.DATA_FILES}
    folders = {f"assets/{path.name}" for path in (ROOT / "assets").iterdir() if path.is_dir()}
    assert folders <= bundled


def test_migrations_and_translations_are_bundled_as_files() -> None:
    files = {
        (Path(found).relative_to(ROOT).as_posix(), dest)
        for source, dest in plan.data_files(ROOT)
        for found in glob.glob(source)
    }
    migrations = ROOT / "peerhelper/storage/migrations"
    for script in [migrations / "env.py", migrations / "script.py.mako"]:
        assert (script.relative_to(ROOT).as_posix(), "peerhelper/storage/migrations") in files
    for revision in (migrations / "versions").glob("*.py"):
        entry = (revision.relative_to(ROOT).as_posix(), "peerhelper/storage/migrations/versions")
        assert entry in files
    for lang in ("fi", "sv", "en"):
        assert (f"peerhelper/i18n/peerhelper_{lang}.qm", "peerhelper/i18n") in files


def _imported_modules(source: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_app_imports_nothing_the_bundle_leaves_out() -> None:
    excluded = set(plan.EXCLUDED_MODULES)
    offenders = []
    for source in (ROOT / "peerhelper").rglob("*.py"):
        for name in _imported_modules(source):
            parts = name.split(".")
            prefixes = {".".join(parts[: i + 1]) for i in range(len(parts))}
            if prefixes & excluded:
                offenders.append(f"{source.relative_to(ROOT)}: {name}")
    assert not offenders, f"imports left out of the bundle (packaging/bundle_plan.py): {offenders}"


def test_network_modules_stay_out() -> None:
    for name in ("PySide6.QtNetwork", "ssl", "PySide6.QtWebEngineCore", "PySide6.QtQml"):
        assert name in plan.EXCLUDED_MODULES


def test_names_match_the_app() -> None:
    assert plan.PORTABLE_FOLDER == PORTABLE_FOLDER
    assert plan.version(ROOT) == peerhelper.__version__
    for icon in (plan.ICON_SVG, plan.ICON_PNG, plan.ICON_ICO):
        assert (ROOT / icon).is_file()


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/translations/qtbase_fi.qm",
        "PySide6/Qt/translations/qtbase_sv.qm",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6\\translations\\qtbase_en.qm",
        "pillow.libs/libxcb-9065bb12.so.1.1.0",
        "libxcb-cursor.so.0",
        "libsqlite3.so.0",
    ],
)
def test_kept(dest: str) -> None:
    assert plan.keep_entry(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_fi.qm",
        "PySide6\\plugins\\platforms\\qvnc.dll",
        "PySide6\\translations\\qtbase_ja.qm",
        "libcups.so.2",
        "libfontconfig.so.1",
        "libstdc++.so.6",
    ],
)
def test_dropped(dest: str) -> None:
    assert not plan.keep_entry(dest)


def _graph(links: dict[str, list[str]]) -> Callable[[str], list[str]]:
    """A tiny stand-in for the linker's view: source -> the libraries it links."""
    return lambda source: links.get(source, [])


def test_libraries_only_a_dropped_plugin_needs_go_with_it() -> None:
    entries = [
        ("PySide6/QtGui.abi3.so", "src/QtGui", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "src/libQt6Gui", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "src/gtk3", "BINARY"),
        ("libgtk-3.so.0", "src/libgtk", "BINARY"),
        ("libpango-1.0.so.0", "src/libpango", "BINARY"),
        ("libz.so.1", "src/libz", "BINARY"),
    ]
    links = {
        "src/QtGui": ["libQt6Gui.so.6"],
        "src/libQt6Gui": ["libz.so.1", "libc.so.6"],
        "src/gtk3": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        "src/libgtk": ["libpango-1.0.so.0", "libz.so.1"],
    }
    kept, removed = plan.prune_binaries(entries, _graph(links))
    assert {entry[0] for entry in removed} == {
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "libgtk-3.so.0",
        "libpango-1.0.so.0",
    }
    assert {"PySide6/Qt/lib/libQt6Gui.so.6", "libz.so.1"} <= {entry[0] for entry in kept}


def test_a_system_library_takes_its_own_dependencies_along() -> None:
    entries = [
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "src/cupsplugin", "BINARY"),
        ("libcups.so.2", "src/libcups", "BINARY"),
        ("libgnutls.so.30", "src/libgnutls", "BINARY"),
        ("libxkbcommon.so.0", "src/xkb", "BINARY"),
    ]
    links = {
        "src/cupsplugin": ["libcups.so.2", "libxkbcommon.so.0"],
        "src/libcups": ["libgnutls.so.30"],
    }
    kept, removed = plan.prune_binaries(entries, _graph(links))
    assert {entry[0] for entry in removed} == {"libcups.so.2", "libgnutls.so.30"}
    assert {entry[0] for entry in kept} == {
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "libxkbcommon.so.0",
    }


def test_links_to_removed_libraries_are_dropped_with_them() -> None:
    removed = [("PySide6/Qt/lib/libQt6Pdf.so.6", "src", "BINARY")]
    datas = [
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("assets/fonts/OFL.txt", "/src/OFL.txt", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
    ]
    assert [entry[0] for entry in plan.filter_datas(datas, removed)] == [
        "libQt6Gui.so.6",
        "assets/fonts/OFL.txt",
    ]


def test_macos_bundle_settings() -> None:
    info = plan.macos_info_plist("1.2.3")
    assert info["CFBundleShortVersionString"] == "1.2.3"
    assert info["CFBundleName"] == plan.APP_NAME
    assert plan.APP_ID.count(".") >= 2


def test_macos_icon_is_made_from_the_png(tmp_path: Path) -> None:
    from PIL import Image

    icns = plan.make_icns(ROOT / plan.ICON_PNG, tmp_path / "icons" / "PeerHelper.icns")
    with Image.open(icns) as image:
        assert image.format == "ICNS"
        assert {(512, 512, 1), (256, 256, 1), (128, 128, 1)} <= set(image.info["sizes"])
