from pathlib import Path

import pytest

from peerhelper import paths


def test_command_line_wins_over_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"


def test_environment_wins_over_portable(monkeypatch, tmp_path: Path) -> None:
    (tmp_path / paths.PORTABLE_FOLDER).mkdir()
    monkeypatch.setattr(paths, "program_dir", lambda: tmp_path)
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.resolve_data_dir(None) == tmp_path / "env"


def test_portable_folder_beside_program(monkeypatch, tmp_path: Path) -> None:
    (tmp_path / paths.PORTABLE_FOLDER).mkdir()
    monkeypatch.setattr(paths, "program_dir", lambda: tmp_path)
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    assert paths.resolve_data_dir(None) == tmp_path / paths.PORTABLE_FOLDER


def test_user_data_folder_by_default(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "program_dir", lambda: tmp_path)
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    chosen = paths.resolve_data_dir(None)
    if chosen.is_relative_to(tmp_path / "xdg"):
        assert chosen.name == paths.APP_NAME
    else:  # not on Linux
        pytest.skip("XDG folders are a Linux convention")


def test_assets_are_found() -> None:
    assert (paths.assets_dir() / "comics").is_dir()
