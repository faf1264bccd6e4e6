"""Fixed texts in the report languages for what is made outside Qt.

The PDF report, the chart definitions and the Excel workbook are made in
worker threads and from the command line, where Qt's translations are not
at hand; each keeps its own table of words (``key → {language: text}``) and
looks them up here, so the rule for a missing language is the same everywhere:
English.
"""

from __future__ import annotations

WordTable = dict[str, dict[str, str]]


def pick(table: WordTable, key: str, lang: str, **values: object) -> str:
    """``table[key]`` in ``lang`` (English where it is missing), with ``values`` filled in."""
    texts = table[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**values) if values else text
