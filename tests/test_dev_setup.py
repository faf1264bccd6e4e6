"""dev.py: a busy package manager is waited for, a failed step is one clear line."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOCKED = (
    "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)\n"
    "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), "
    "is another process using it?\n"
)


@pytest.fixture
def dev(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_under_test", ROOT / "dev.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module.time, "sleep", lambda seconds: None)
    return module


class FakeApt:
    """apt-get that is locked for the first ``busy`` runs, then answers ``code``."""

    def __init__(self, busy: int, code: int = 0, stderr: str = "") -> None:
        self.busy = busy
        self.code = code
        self.stderr = stderr
        self.calls: list[list[str]] = []

    def __call__(self, args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        self.calls.append(args)
        if len(self.calls) <= self.busy:
            return subprocess.CompletedProcess(args, 100, "", LOCKED)
        return subprocess.CompletedProcess(args, self.code, "", self.stderr)


def test_a_busy_package_manager_is_waited_for(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    apt = FakeApt(busy=3)
    monkeypatch.setattr(dev.subprocess, "run", apt)
    dev.run_apt(["apt-get", "install", "-y", "libgl1"], {})
    out = capsys.readouterr().out
    assert "The package manager is busy" in out
    assert "Waiting for it to finish" in out
    assert "Still waiting" in out
    assert len(apt.calls) == 4


def test_waiting_ends_with_advice_not_a_traceback(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dev.subprocess, "run", FakeApt(busy=10_000))
    with pytest.raises(dev.SetupFailed, match="still busy after 5 minutes"):
        dev.run_apt(["apt-get", "update"], {})


def test_another_apt_failure_is_one_clear_line(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    apt = FakeApt(busy=0, code=100, stderr="E: Unable to locate package libfoo\n")
    monkeypatch.setattr(dev.subprocess, "run", apt)
    with pytest.raises(dev.SetupFailed, match="exit code 100"):
        dev.run_apt(["apt-get", "install", "-y", "libfoo"], {})
    assert "Unable to locate package libfoo" in capsys.readouterr().err
    assert len(apt.calls) == 1


def test_main_reports_a_failed_pip_step_without_a_traceback(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(dev, "ensure_system_packages", lambda wanted: None)
    monkeypatch.setattr(dev, "venv_python", lambda: Path(sys.executable))
    monkeypatch.setattr(dev, "STAMP", Path("/nonexistent/stamp"))
    monkeypatch.setattr(
        dev.subprocess, "run", lambda args, **kw: subprocess.CompletedProcess(args, 1)
    )
    assert dev.main(["test"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("PeerHelper setup stopped: Updating pip failed (exit code 1)")
    assert "Traceback" not in err


def test_the_lock_messages_of_apt_and_dpkg_are_recognised(dev: ModuleType) -> None:
    assert dev.package_manager_busy(LOCKED)
    assert dev.package_manager_busy("E: Could not get lock /var/lib/apt/lists/lock")
    assert dev.package_manager_busy("dpkg: error: unable to lock dpkg database")
    assert not dev.package_manager_busy("E: Unable to locate package libfoo")
