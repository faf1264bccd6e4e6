from pathlib import Path

import pytest

from peerhelper import symbol
from peerhelper.errors import BadInputError
from peerhelper.paths import DataPaths


def test_default_is_our_own(data_paths: DataPaths) -> None:
    assert symbol.current_symbol(data_paths) == symbol.default_symbol()
    assert symbol.default_symbol().exists()


def test_official_file_is_copied_and_used(data_paths: DataPaths, tmp_path: Path) -> None:
    official = tmp_path / "official.svg"
    official.write_text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')
    installed = symbol.install_symbol(data_paths, official)
    official.unlink()
    assert symbol.current_symbol(data_paths) == installed and installed.exists()
    symbol.reset_symbol(data_paths)
    assert symbol.current_symbol(data_paths) == symbol.default_symbol()


@pytest.mark.parametrize(
    ("name", "content"),
    [("logo.gif", b"GIF89a"), ("fake.png", b"not a png"), ("fake.svg", b"<html></html>")],
)
def test_unusable_files_are_refused(data_paths, tmp_path, name, content) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(BadInputError):
        symbol.install_symbol(data_paths, bad)
    assert symbol.current_symbol(data_paths) == symbol.default_symbol()
