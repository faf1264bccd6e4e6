#!/usr/bin/env python3
"""Refresh the Qt translation files after user-interface texts changed.

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` text from the
   package into ``peerhelper/i18n/peerhelper_{fi,sv,en}.ts`` (obsolete entries
   are dropped);
2. English is the source language, so its file is completed from the source
   texts themselves;
3. ``pyside6-lrelease`` compiles each ``.ts`` to the ``.qm`` the app loads.

Finnish and Swedish texts are translated in the ``.ts`` files (Qt Linguist or
any editor); the test suite fails while any entry is untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "peerhelper" / "i18n"
LANGUAGES = ("fi", "sv", "en")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "peerhelper").rglob("*.py"))


def complete_english(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is None or source is None:
            continue
        if message.get("numerus") == "yes":
            # Singular and plural are written by hand (fill_translations.py);
            # only forms still empty get the source text.
            for form in translation.findall("numerusform"):
                if not (form.text or "").strip():
                    form.text = source.text
        else:
            translation.text = source.text
        if message.get("numerus") != "yes" or all(
            (f.text or "").strip() for f in translation.findall("numerusform")
        ):
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def main() -> None:
    for language in LANGUAGES:
        ts = I18N / f"peerhelper_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-target-language",
                language,
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        if language == "en":
            complete_english(ts)
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


if __name__ == "__main__":
    main()
