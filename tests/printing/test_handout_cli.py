"""The handout, sign and tally-sheet commands, through a parser built here."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from peerhelper.cli.printouts import add_commands as add_print_commands
from peerhelper.errors import EXIT_OK, BadInputError
from peerhelper.paths import DataPaths
from peerhelper.storage.database import Database
from peerhelper.storage.site_repo import save_site_profile
from tests.printing.handout_helpers import PROFILE, flat, page_texts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def run(paths: DataPaths, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="peerhelper")
    add_print_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return args.handler(paths, args)


@pytest.fixture
def saved_profile(db: Database) -> None:
    save_site_profile(db, PROFILE)


def test_handout_command_uses_the_saved_site(
    data_paths: DataPaths, saved_profile: None, tmp_path: Path
) -> None:
    out = tmp_path / "h.pdf"
    argv = ["handout", "phone-basics", "--lang", "ar", "--second-lang", "fi", "--large-print"]
    assert run(data_paths, *argv, "--bring", "Laturi", "--out", str(out)) == EXIT_OK
    pages = page_texts(out)
    assert "Digituki Kirjasto Kallio" in flat(pages[0])
    assert "Laturi" in flat(pages[-1])


def test_handout_without_a_profile(data_paths: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "h.pdf"
    argv = ["handout", "wifi-connect", "--lang", "sv", "--service-lang", "sv", "--paper", "letter"]
    assert run(data_paths, *argv, "--out", str(out)) == EXIT_OK
    assert "Sida 1 av" in flat(page_texts(out)[0])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["handout", "no-such-guide", "--lang", "fi"], "No guide with the id"),
        (["handout", "phone-basics", "--lang", "de"], "no captions in 'de'"),
        (["handout", "phone-basics", "--lang", "fi", "--second-lang", "xx"], "'xx'"),
    ],
)
def test_bad_handout_input_is_exit_code_two(
    data_paths: DataPaths, tmp_path: Path, argv: list[str], message: str
) -> None:
    out = tmp_path / "h.pdf"
    with pytest.raises(BadInputError, match=message) as raised:
        run(data_paths, *argv, "--out", str(out))
    assert raised.value.exit_code == 2
    assert not out.exists()


@pytest.mark.parametrize("where", ["missing-folder/h.pdf", "."])
def test_unwritable_out_is_bad_input(data_paths: DataPaths, tmp_path: Path, where: str) -> None:
    with pytest.raises(BadInputError):
        run(data_paths, "sign", "--out", str(tmp_path / where))


def test_sign_and_tally_sheet_commands(
    data_paths: DataPaths, saved_profile: None, tmp_path: Path
) -> None:
    sign, tally = tmp_path / "sign.pdf", tmp_path / "tally.pdf"
    assert run(data_paths, "sign", "--paper", "A3", "--out", str(sign)) == EXIT_OK
    assert "Här får du digistöd" in flat(page_texts(sign)[0])
    assert run(data_paths, "tally-sheet", "--lang", "sv", "--out", str(tally)) == EXIT_OK
    text = flat(page_texts(tally)[0])
    assert "Digituki Kirjasto Kallio" in text and "Stödtillfällen totalt" in text


@pytest.mark.parametrize(
    "note",
    [
        "Soita \u2068Kela\u2069",  # an isolate, as phones insert when text is copied
        "اتصل بـ \u2067Kela\u2069 (OmaKela) \u202bالساعة 9:00\u202c \u200f",
        "\u202e\u2066\u2069\u202c\u200d\u200c",  # marks only
    ],
)
def test_handout_with_format_characters_in_the_note_prints(tmp_path: Path, note: str) -> None:
    out = tmp_path / "h.pdf"
    env = {**os.environ, "PEERHELPER_DATA_DIR": str(tmp_path / "data")}
    argv = ["handout", "phone-basics", "--lang", "ar", "--second-lang", "fi", "--note", note]
    result = subprocess.run(
        [sys.executable, "-m", "peerhelper", *argv, "--out", str(out)],
        capture_output=True,
        text=True,
        errors="replace",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert "Traceback" not in result.stderr
    if "Kela" in note:
        assert "Kela" in flat(page_texts(out)[-1])
