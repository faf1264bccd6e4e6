#!/usr/bin/env python3
"""Set up PeerHelper from a fresh checkout, then start it or run the tests.

    python3 dev.py start [ARGS…]   set up, then start the app (ARGS go to peerhelper)
    python3 dev.py test [ARGS…]    set up, then run the whole test suite headless

Setting up means: the Debian/Ubuntu system libraries Qt needs (installed when
run as root, otherwise the one apt-get line to run is printed), a virtual
environment in .venv, and the project with its dependencies installed into
it. Each step is skipped when it is already done, so running again is quick.
While another program holds the package manager (an update running in the
background), it says so and waits up to five minutes; a step that fails
ends with one line saying which and what to do.
Uses only the standard library, so it works with nothing but python3.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".peerhelper-installed"

# Debian packages Qt needs to run headless (tests) …
QT_HEADLESS = [
    "libglib2.0-0",
    "libgl1",
    "libegl1",
    "libx11-6",
    "libxkbcommon0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
]
# … and in a real window; printing needs CUPS' client library.
QT_DESKTOP = [
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libcups2",
]
# Tools for the tests and benchmarks: poppler-utils reads PDFs back; the sqlite3
# shell's own .import is the floor that benchmarks/import.py measures against;
# the organisation-server tests start a PostgreSQL server of their own
# (tests/pg_server.py), on a Unix socket only.
TEST_TOOLS = ["poppler-utils", "sqlite3", "postgresql"]


# How long to wait while another program (an update, Software Center) holds
# the package manager's lock, and how often to look again.
LOCK_WAIT_SECONDS = 300
LOCK_POLL_SECONDS = 5
_LOCK_MESSAGES = (
    "could not get lock",
    "unable to acquire the dpkg frontend lock",
    "unable to lock",
)


class SetupFailed(Exception):
    """A setup step failed; the message says which and what to do."""


def say(message: str) -> None:
    print(f"[peerhelper setup] {message}", flush=True)


def package_manager_busy(stderr: str) -> bool:
    """Whether apt-get failed only because another apt or dpkg run holds its lock."""
    text = stderr.lower()
    return any(message in text for message in _LOCK_MESSAGES)


def run_apt(args: list[str], env: dict[str, str]) -> None:
    """Run an apt-get command; while the package manager is busy, say so and wait."""
    waited = 0
    while True:
        result = subprocess.run(args, env=env, stderr=subprocess.PIPE, text=True, check=False)
        if result.returncode == 0:
            return
        if not package_manager_busy(result.stderr):
            sys.stderr.write(result.stderr)
            raise SetupFailed(
                f"'{' '.join(args)}' failed (exit code {result.returncode}); its messages "
                "are above. Fix what they say and run this command again."
            )
        if waited >= LOCK_WAIT_SECONDS:
            raise SetupFailed(
                f"The package manager is still busy after {LOCK_WAIT_SECONDS // 60} minutes: "
                "another program is installing or updating software. Let it finish (or "
                "restart the computer), then run this command again."
            )
        if waited == 0:
            say(
                "The package manager is busy: another program is installing or updating "
                f"software. Waiting for it to finish (up to {LOCK_WAIT_SECONDS // 60} minutes)…"
            )
        else:
            say(f"Still waiting for the package manager ({waited} s so far)…")
        time.sleep(LOCK_POLL_SECONDS)
        waited += LOCK_POLL_SECONDS


def run_step(args: list[str], what: str) -> None:
    """Run one setup command; a failure is one clear line, not a traceback."""
    code = subprocess.run(args, check=False).returncode
    if code != 0:
        raise SetupFailed(
            f"{what} failed (exit code {code}); its messages are above. Check the "
            "internet connection and free disk space, then run this command again."
        )


def missing_debian_packages(names: list[str]) -> list[str]:
    if shutil.which("dpkg-query") is None:
        return []  # not Debian-like: the user knows their system's packages
    missing = []
    for name in names:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def needs_venv_package() -> bool:
    """Debian's python3 ships ensurepip only with the python3-venv package."""
    try:
        import ensurepip  # noqa: F401
    except ImportError:
        return True
    return False


def ensure_system_packages(wanted: list[str]) -> None:
    if needs_venv_package() and not VENV.exists():
        wanted = [*wanted, "python3-venv"]
    missing = missing_debian_packages(wanted)
    if not missing:
        return
    line = "apt-get install -y " + " ".join(missing)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        say(f"installing system packages: {' '.join(missing)}")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run_apt(["apt-get", "update", "-qq"], env)
        run_apt(["apt-get", "install", "-y", "-qq", *missing], env)
        return
    print("PeerHelper needs these system packages first. Please run:\n")
    print(f"    sudo apt-get update && sudo {line}\n")
    print("and then run this command again.")
    sys.exit(1)


def venv_python() -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    return VENV / folder / ("python.exe" if os.name == "nt" else "python")


def ensure_environment() -> Path:
    python = venv_python()
    if not python.exists():
        say("creating the virtual environment in .venv")
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except (OSError, subprocess.CalledProcessError) as error:
            raise SetupFailed(
                f"Creating the virtual environment in {VENV} failed: {error}"
            ) from None
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        say("installing PeerHelper and its dependencies (first time takes a few minutes)")
        pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
        run_step([*pip, "install", "-q", "--upgrade", "pip"], "Updating pip")
        run_step([*pip, "install", "-q", "-e", f"{ROOT}[test]"], "Installing the Python packages")
        STAMP.write_text(wanted)
    return python


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs on any python3 found
        print("PeerHelper needs Python 3.11 or newer.")
        return 1
    if not argv or argv[0] not in ("start", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    try:
        packages = QT_HEADLESS + (QT_DESKTOP if command == "start" else TEST_TOOLS)
        ensure_system_packages(packages)
        python = ensure_environment()
    except SetupFailed as failure:
        print(f"PeerHelper setup stopped: {failure}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("PeerHelper setup was interrupted; run this command again to finish it.")
        return 130
    if command == "start":
        return subprocess.call([str(python), "-m", "peerhelper", *rest])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
