"""Every user-interface text is translated into Finnish, Swedish and English."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from peerhelper.ui.i18n import I18N_DIR, choose_language

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fi", "sv", "en")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} missing"
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).iter("context"):
        for message in context.findall("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_finished(language: str) -> None:
    messages = _messages(I18N_DIR / f"peerhelper_{language}.ts")
    assert messages
    problems = []
    for (context, source), message in messages.items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} unfinished")
        elif not "".join(translation.itertext()).strip():
            problems.append(f"{context}: {source!r} empty")
        else:
            forms = [f.text or "" for f in translation.findall("numerusform")]
            for text in forms or [translation.text or ""]:
                for placeholder in ("%1", "%2", "%n"):
                    if placeholder in source and placeholder not in text:
                        problems.append(f"{context}: {source!r} loses {placeholder}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_file_knows_every_text_in_the_code(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"peerhelper_{language}.ts"
    shutil.copy(I18N_DIR / fresh.name, fresh)
    sources = sorted(str(p) for p in (ROOT / "peerhelper").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert set(_messages(fresh)) == set(_messages(I18N_DIR / fresh.name)), (
        "run tools/update_translations.py and translate the new texts"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_file_matches_its_source(language: str, tmp_path: Path) -> None:
    ts = I18N_DIR / f"peerhelper_{language}.ts"
    compiled = tmp_path / "out.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes()


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", ["fi-FI", "en-US"], "fi"),
        ("", ["sv_FI"], "sv"),
        ("", ["de-DE", "fr-FR"], "en"),
        ("", ["ar-SA", "sv-SE"], "sv"),
        ("sv", ["fi-FI"], "sv"),
        ("xx", ["fi-FI"], "fi"),
    ],
)
def test_language_follows_setting_then_system_then_english(setting, system, expected) -> None:
    assert choose_language(setting, system) == expected
