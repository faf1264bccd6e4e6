#!/usr/bin/env python3
"""Merge translations from a JSON file into a Qt ``.ts`` file, then compile it.

    python tools/fill_translations.py fi new-fi.json

The JSON maps context → source text → translation. A text with plural forms
(``tr("%n …", "", n)``) takes a list: one form per plural form of the
language, singular first. Only entries present in the ``.ts`` file are
touched; each one filled is marked finished. Handy for
translating many new texts at once; Qt Linguist does the same one by one.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from update_translations import I18N, tool


def main(language: str, mapping_file: str) -> None:
    mapping: dict[str, dict[str, str]] = json.loads(Path(mapping_file).read_text("utf-8"))
    ts = I18N / f"peerhelper_{language}.ts"
    tree = ET.parse(ts)
    filled = 0
    for context in tree.iter("context"):
        texts = mapping.get(context.findtext("name") or "", {})
        for message in context.findall("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source in texts and translation is not None:
                value = texts[source]
                if isinstance(value, list):
                    forms = translation.findall("numerusform")
                    for form, text in zip(forms, value, strict=False):
                        form.text = text
                else:
                    translation.text = value
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
    )
    print(f"{filled} texts filled in {ts.name}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
