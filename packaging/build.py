#!/usr/bin/env python3
"""Build the PeerHelper desktop package for the platform this runs on.

    python3 packaging/build.py [--no-setup] [--no-archive]

1. Set up, unless ``--no-setup``: the project's ``.venv`` as ``dev.py`` makes
   it (with the system libraries when run as root on Debian/Ubuntu), plus
   PyInstaller from the project's ``package`` extra. The build then runs with
   the ``.venv`` Python. With ``--no-setup`` the Python running this script
   must already have PeerHelper's dependencies and PyInstaller.
2. PyInstaller builds the one-folder app from ``packaging/peerhelper.spec``
   into ``dist/PeerHelper`` (macOS: also ``dist/PeerHelper.app``); its log is
   ``build/pyinstaller.log``.
3. Finishing, unless ``--no-archive``:
   - Linux: the start script, desktop entry, AppStream metainfo and icons go
     into the folder, then ``dist/PeerHelper-VERSION-linux-ARCH.tar.gz``;
   - Windows: ``dist/PeerHelper-VERSION-windows-portable.zip`` (with an empty
     ``PeerHelperData`` folder, so it runs in portable mode at once) and, when
     Inno Setup's ``ISCC`` is found, the installer
     ``dist/PeerHelper-VERSION-windows-setup.exe``;
   - macOS: ``dist/PeerHelper-VERSION-macos.zip`` holding ``PeerHelper.app``.
4. Prints the unpacked size of the one-folder app. On Linux a size over the
   goal (``bundle_plan.SIZE_GOAL_MB``) fails the build.

Uses only the standard library, so it runs with any python3 of 3.11 or newer.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
LOG = ROOT / "build" / "pyinstaller.log"
SPEC = HERE / "peerhelper.spec"
ISS = HERE / "windows" / "peerhelper.iss"

# Used only while pyproject.toml has no "package" extra.
PYINSTALLER_FALLBACK = "pyinstaller>=6.10,<7"


def say(message: str) -> None:
    print(f"[peerhelper build] {message}", flush=True)


def load_module(name: str, path: Path) -> ModuleType:
    """Load a module by file path (``packaging`` must not become a package name)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


plan = load_module("bundle_plan", HERE / "bundle_plan.py")


# --- setting up -----------------------------------------------------------------------------


def package_requirements() -> list[str]:
    """The ``package`` extra of pyproject.toml (PyInstaller)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    extra = project.get("optional-dependencies", {}).get("package")
    if not extra:
        say(f"pyproject.toml has no 'package' extra; using {PYINSTALLER_FALLBACK}")
        return [PYINSTALLER_FALLBACK]
    return list(extra)


def set_up() -> Path:
    """The .venv Python, with the system libraries, the project and PyInstaller in place."""
    dev = load_module("dev", ROOT / "dev.py")
    wanted = dev.QT_HEADLESS + dev.QT_DESKTOP
    if sys.platform.startswith("linux"):
        wanted = [*wanted, "binutils"]  # PyInstaller reads and strips libraries with it
    dev.ensure_system_packages(wanted)
    python = dev.ensure_environment()
    has_pyinstaller = subprocess.run(
        [str(python), "-c", "import PyInstaller"], capture_output=True, check=False
    )
    if has_pyinstaller.returncode != 0:
        say("installing PyInstaller into .venv")
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "install", "-q"]
        subprocess.run([*pip, *package_requirements()], check=True)
    return python


# --- building -------------------------------------------------------------------------------


def run_pyinstaller() -> None:
    LOG.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--workpath", str(WORK), "--distpath", str(DIST), str(SPEC)]
    say(f"PyInstaller is building dist/{plan.APP_NAME} (log: {LOG.relative_to(ROOT)})")
    with LOG.open("w", encoding="utf-8") as log:
        result = subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        lines = LOG.read_text(encoding="utf-8", errors="replace").splitlines()
        print("\n".join(lines[-40:]), file=sys.stderr)
        raise SystemExit(f"PyInstaller failed (exit {result.returncode}); see {LOG}")


def lay_out_linux_extras(app_dir: Path, root: Path = ROOT) -> None:
    """Put the start script, desktop entry, metainfo and icons into the app folder."""
    linux = root / "packaging" / "linux"
    share = app_dir / "share"
    copies = {
        linux / f"{plan.APP_ID}.desktop": share / "applications" / f"{plan.APP_ID}.desktop",
        linux / f"{plan.APP_ID}.metainfo.xml": share / "metainfo" / f"{plan.APP_ID}.metainfo.xml",
        root / plan.ICON_SVG: share / "icons/hicolor/scalable/apps" / f"{plan.APP_ID}.svg",
        root / plan.ICON_PNG: share / "icons/hicolor/512x512/apps" / f"{plan.APP_ID}.png",
        linux / "peerhelper.sh": app_dir / "peerhelper.sh",
    }
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    (app_dir / "peerhelper.sh").chmod(0o755)


def _tar_entry(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Whoever unpacks it should own the files, not the build machine's account.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_tarball(app_dir: Path, out: Path) -> Path:
    """``out`` (.tar.gz) holding ``app_dir`` under its own name; links stay links."""
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname=app_dir.name, filter=_tar_entry)
    return out


def make_portable_zip(app_dir: Path, out: Path) -> Path:
    """``out`` (.zip) holding ``app_dir`` plus an empty PeerHelperData folder beside the program."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(app_dir.rglob("*")):
            archive.write(path, Path(app_dir.name) / path.relative_to(app_dir))
        archive.writestr(f"{app_dir.name}/{plan.PORTABLE_FOLDER}/", "")
    return out


def find_iscc() -> Path | None:
    """Inno Setup's command-line compiler, on PATH or where its installer puts it."""
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        base = os.environ.get(variable)
        if not base:
            continue
        for sub in ("Inno Setup 6", "Programs/Inno Setup 6"):
            candidate = Path(base) / sub / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


def finish(app_dir: Path, version: str) -> list[Path]:
    """The platform's archives and installer; returns what was made."""
    made: list[Path] = []
    if sys.platform.startswith("linux"):
        lay_out_linux_extras(app_dir)
        arch = platform.machine().lower() or "unknown"
        made.append(make_tarball(app_dir, DIST / f"{plan.APP_NAME}-{version}-linux-{arch}.tar.gz"))
    elif sys.platform == "win32":
        made.append(
            make_portable_zip(app_dir, DIST / f"{plan.APP_NAME}-{version}-windows-portable.zip")
        )
        iscc = find_iscc()
        if iscc is None:
            say("Inno Setup 6 (ISCC.exe) not found: no installer made, only the portable zip")
        else:
            defines = [f"/DAppVersion={version}", f"/DSourceDir={app_dir}", f"/O{DIST}"]
            subprocess.run([str(iscc), "/Q", *defines, str(ISS)], check=True)
            made.append(DIST / f"{plan.APP_NAME}-{version}-windows-setup.exe")
    elif sys.platform == "darwin":
        out = DIST / f"{plan.APP_NAME}-{version}-macos.zip"
        bundle = DIST / f"{plan.APP_NAME}.app"
        # ditto keeps the bundle's links and extended attributes; zipfile would not.
        subprocess.run(
            ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(bundle), str(out)],
            check=True,
        )
        made.append(out)
    return made


# --- measuring ------------------------------------------------------------------------------


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of everything under ``folder``; a link counts as itself, not its target."""
    total = files = 0
    for parent, _dirs, names in os.walk(folder):
        for name in names:
            total += os.lstat(os.path.join(parent, name)).st_size
            files += 1
    return total, files


def size_report(size: int, files: int, goal_mb: int = plan.SIZE_GOAL_MB) -> tuple[str, bool]:
    """A one-line size report and whether the goal (decimal megabytes) is met."""
    met = size <= goal_mb * 1_000_000
    line = (
        f"{plan.APP_NAME} one-folder app: {size / 1_000_000:.1f} MB "
        f"({size / 2**20:.1f} MiB) unpacked in {files} files; "
        f"goal <= {goal_mb} MB: {'met' if met else 'NOT MET'}"
    )
    return line, met


# --- the command ----------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--no-setup",
        action="store_true",
        help="build with the Python running this script; do not touch .venv",
    )
    parser.add_argument(
        "--no-archive", action="store_true", help="only the one-folder app; no archives"
    )
    args = parser.parse_args(argv)
    if not args.no_setup:
        python = set_up()
        rest = ["--no-setup", *(["--no-archive"] if args.no_archive else [])]
        return subprocess.call([str(python), str(Path(__file__).resolve()), *rest])

    version = plan.version(ROOT)
    run_pyinstaller()
    app_dir = DIST / plan.APP_NAME
    made = [] if args.no_archive else finish(app_dir, version)
    for path in made:
        say(f"made {path.relative_to(ROOT)} ({path.stat().st_size / 1_000_000:.1f} MB)")
    line, met = size_report(*folder_size(app_dir))
    say(line)
    if sys.platform.startswith("linux") and not met:
        say("the Linux app is over its size goal: see packaging/bundle_plan.py to trim")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
