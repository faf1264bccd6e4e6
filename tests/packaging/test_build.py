"""The build script's measuring and its PyInstaller requirement."""

from __future__ import annotations

from pathlib import Path

from tests.packaging.modules import load

build = load("build")


def test_folder_size_counts_files_and_links_themselves(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "big.bin").write_bytes(b"x" * 5000)
    (tmp_path / "small.txt").write_bytes(b"abc")
    (tmp_path / "link").symlink_to("sub/big.bin")
    size, files = build.folder_size(tmp_path)
    assert files == 3
    assert size == 5000 + 3 + len("sub/big.bin")


def test_size_goal_is_in_decimal_megabytes() -> None:
    line, met = build.size_report(150_000_000, 10, goal_mb=150)
    assert met
    assert "150.0 MB (143.1 MiB)" in line
    assert "10 files" in line
    line, met = build.size_report(150_000_001, 10, goal_mb=150)
    assert not met
    assert "NOT MET" in line


def test_pyinstaller_comes_from_the_package_extra() -> None:
    requirements = build.package_requirements()
    assert any(req.lower().startswith("pyinstaller>=6") for req in requirements)
