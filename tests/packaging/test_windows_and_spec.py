"""The Inno Setup script, the portable zip and the PyInstaller spec."""

from __future__ import annotations

import ast
import re
import zipfile
from pathlib import Path, PureWindowsPath

from tests.packaging.modules import PACKAGING, load

plan = load("bundle_plan")
build = load("build")
ISS = PACKAGING / "windows" / "peerhelper.iss"
SPEC = PACKAGING / "peerhelper.spec"


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _setup_values() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _iss_sections()["Setup"])


def test_installs_per_user_without_admin_rights() -> None:
    setup = _setup_values()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])


def test_start_menu_entry_and_uninstaller_point_at_the_gui_program() -> None:
    setup = _setup_values()
    exe = f"{plan.WINDOWS_GUI_EXECUTABLE}.exe"
    assert f'#define AppExe "{exe}"' in ISS.read_text(encoding="utf-8")
    assert setup["UninstallDisplayIcon"] == "{app}\\{#AppExe}"
    menu = [line for line in _iss_sections()["Icons"] if "{autoprograms}" in line]
    assert menu and 'Filename: "{app}\\{#AppExe}"' in menu[0]


def test_installer_icon_and_output_name_match_the_build_script() -> None:
    setup = _setup_values()
    icon = (ISS.parent / Path(PureWindowsPath(setup["SetupIconFile"]).as_posix())).resolve()
    assert icon == (build.ROOT / plan.ICON_ICO).resolve()
    name = setup["OutputBaseFilename"].replace("{#AppName}", plan.APP_NAME)
    assert name == f"{plan.APP_NAME}-{{#AppVersion}}-windows-setup"


def test_portable_zip_has_the_data_folder_beside_the_program(tmp_path: Path) -> None:
    app = tmp_path / plan.APP_NAME
    (app / "_internal").mkdir(parents=True)
    (app / "PeerHelper.exe").write_bytes(b"MZ")
    (app / "_internal" / "python311.dll").write_bytes(b"MZ")
    out = build.make_portable_zip(app, tmp_path / "portable.zip")
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
    assert f"PeerHelper/{plan.PORTABLE_FOLDER}/" in names
    assert {"PeerHelper/PeerHelper.exe", "PeerHelper/_internal/python311.dll"} <= names


def _plan_names_used_by_spec() -> set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "plan"
    }


def test_spec_takes_its_contents_and_names_from_the_plan() -> None:
    used = _plan_names_used_by_spec()
    assert {"data_files", "EXCLUDED_MODULES", "prune_binaries", "filter_datas"} <= used
    assert {"APP_ID", "APP_NAME", "macos_info_plist", "make_icns", "ICON_ICO"} <= used
    for name in used:
        assert hasattr(plan, name), f"the spec uses plan.{name}, which does not exist"


def test_spec_builds_one_folder_apps_and_a_macos_bundle() -> None:
    calls = {
        node.func.id
        for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= calls
    assert "bundle_identifier=plan.APP_ID" in SPEC.read_text(encoding="utf-8")
