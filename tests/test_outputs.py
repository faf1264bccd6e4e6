"""The one check every --out and save dialog goes through."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from peerhelper.errors import BadInputError
from peerhelper.outputs import check_output_path, is_inside


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    (root / "backups").mkdir(parents=True)
    (root / "peerhelper.db").write_bytes(b"live")
    return root


def refused(path: Path, data_root: Path | None, force: bool = False) -> str:
    with pytest.raises(BadInputError) as caught:
        check_output_path(path, data_root, force)
    return str(caught.value)


def test_a_new_file_in_an_existing_folder_is_fine(tmp_path: Path, data_root: Path) -> None:
    target = tmp_path / "out.csv"
    assert check_output_path(target, data_root) == target


def test_a_folder_is_refused_with_a_file_name_to_give(tmp_path: Path, data_root: Path) -> None:
    message = refused(tmp_path, data_root)
    assert message.startswith(f"{tmp_path} is a folder.")
    assert str(tmp_path / "sessions.csv") in message


def test_a_missing_folder_is_refused_and_not_created(tmp_path: Path, data_root: Path) -> None:
    target = tmp_path / "no" / "such" / "out.csv"
    message = refused(target, data_root)
    assert f"The folder {target.parent} does not exist" in message
    assert "Create the folder first" in message
    assert not (tmp_path / "no").exists()


def test_a_file_as_the_folder_is_refused(tmp_path: Path, data_root: Path) -> None:
    (tmp_path / "plain").write_text("x")
    assert "is a file, not a folder" in refused(tmp_path / "plain" / "out.csv", data_root)


def test_an_existing_file_needs_force(tmp_path: Path, data_root: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    assert "give --force to replace it" in refused(target, data_root)
    assert check_output_path(target, data_root, force=True) == target


@pytest.mark.parametrize(
    "inside",
    [
        "peerhelper.db",
        "new.csv",
        "backups/copy.db",
        "backups/../peerhelper.db",
    ],
)
def test_nothing_is_written_inside_the_data_folder_even_with_force(
    data_root: Path, inside: str
) -> None:
    message = refused(data_root / inside, data_root, force=True)
    assert "inside PeerHelper's data folder" in message


def test_the_data_folder_reached_through_a_link_is_refused(tmp_path: Path, data_root: Path) -> None:
    link = tmp_path / "shortcut"
    os.symlink(data_root, link)
    assert "inside PeerHelper's data folder" in refused(link / "x.pdf", data_root, force=True)
    relative = Path(os.path.relpath(data_root / "x.pdf"))
    assert "inside PeerHelper's data folder" in refused(relative, data_root)


def test_a_neighbour_with_a_similar_name_is_not_inside(tmp_path: Path, data_root: Path) -> None:
    neighbour = tmp_path / "data-exports"
    neighbour.mkdir()
    assert not is_inside(neighbour / "x.csv", data_root)
    assert check_output_path(neighbour / "x.csv", data_root) == neighbour / "x.csv"


def test_no_data_folder_to_protect(tmp_path: Path) -> None:
    assert check_output_path(tmp_path / "x.pdf", None) == tmp_path / "x.pdf"


def test_a_nul_byte_is_bad_input(tmp_path: Path, data_root: Path) -> None:
    assert "not a usable file name" in refused(tmp_path / "a\0b.csv", data_root)


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["sessions", "export", "--out"], "sessions.csv"),
        (["sign", "--out"], "sign.pdf"),
        (["tally-sheet", "--out"], "tally.pdf"),
        (["handout", "phone-basics", "--lang", "fi", "--out"], "handout.pdf"),
        (["backup", "--out"], "copy.db"),
    ],
)
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_outputs_have_the_users_normal_permissions(
    tmp_path: Path, argv: list[str], name: str, umask: int, mode: int
) -> None:
    import stat

    from peerhelper import cli
    from peerhelper.storage.database import open_database

    data = tmp_path / "data"
    open_database(data / "peerhelper.db", data / "backups").close()
    out = tmp_path / name
    old = os.umask(umask)
    try:
        assert cli.run(["--data-dir", str(data), *argv, str(out)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == mode
