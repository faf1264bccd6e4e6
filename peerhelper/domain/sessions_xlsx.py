"""The session log as an Excel workbook, in the formats coordinators use.

Three sheets:

1. **Read me** — what the file holds, for which period, and that the
   per-session sheet is for the site itself (it is not anonymised further
   than the log is: no names, but small groups can be recognised).
2. **Sessions** — one row per session with readable headers and labels in
   the chosen language; the stored codes follow in extra columns, hidden,
   so a file can be filtered by label and still be processed by code.
3. **Summary** — the counts of every breakdown, with small counts hidden
   ("<5") and shares withheld where they would reveal one: this sheet may
   leave the site.

Written with openpyxl in write-only mode, so a hundred thousand sessions
stream through without building the workbook in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from peerhelper.domain.session import SessionData
from peerhelper.domain.statistics import Figures
from peerhelper.domain.statistics_charts import Labeller, chart_specs, percent
from peerhelper.domain.words import WordTable, pick

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# (session field, breakdown name used for its labels)
_FIELDS = (
    ("started_at", ""),
    ("minutes", ""),
    ("mode", "mode"),
    ("channel", "channel"),
    ("topics", "topic"),
    ("device", "device"),
    ("language", "language"),
    ("age_band", "age_band"),
    ("visit", "visit"),
    ("outcome", "outcome"),
    ("independence", "independence"),
    ("barriers", "barrier"),
    ("referred_to", ""),
    ("referrals", "referral_service"),
    ("guides", "guide"),
    ("note", ""),
    ("source", "source"),
)
_CODED = tuple(name for name, breakdown in _FIELDS if breakdown)

WORDS: WordTable = {
    "readme": {"fi": "Lue tämä", "sv": "Läs detta", "en": "Read me"},
    "sessions_sheet": {"fi": "Tukitilanteet", "sv": "Stödtillfällen", "en": "Sessions"},
    "summary_sheet": {"fi": "Yhteenveto", "sv": "Sammanfattning", "en": "Summary"},
    "title": {
        "fi": "PeerHelper: tukitilanteiden loki",
        "sv": "PeerHelper: logg över stödtillfällen",
        "en": "PeerHelper: support session log",
    },
    "site_only": {
        "fi": "Tukitilanteet-välilehti on vain toimipisteen omaan käyttöön. Siinä ei ole nimiä, "
        "mutta pienet ryhmät voi tunnistaa: älä lähetä sitä eteenpäin. Yhteenveto-välilehden "
        "alle viiden luvut näkyvät muodossa <5, ja sen voi jakaa.",
        "sv": "Fliken Stödtillfällen är bara för verksamhetsställets eget bruk. Den innehåller "
        "inga namn, men små grupper kan kännas igen: skicka den inte vidare. På fliken "
        "Sammanfattning visas tal under fem som <5, och den kan delas.",
        "en": "The Sessions sheet is for the site's own use only. It holds no names, but small "
        "groups can be recognised: do not pass it on. On the Summary sheet, counts under five "
        "are shown as <5, and it may be shared.",
    },
    "period": {"fi": "Ajanjakso", "sv": "Period", "en": "Period"},
    "count": {"fi": "Tukitilanteita", "sv": "Stödtillfällen", "en": "Sessions"},
    "codes": {
        "fi": "Koodit ovat piilotetuissa sarakkeissa tukitilannesarakkeiden oikealla puolella.",
        "sv": "Koderna finns i dolda kolumner till höger om stödtillfällenas kolumner.",
        "en": "The codes are in hidden columns to the right of the session columns.",
    },
    "what": {"fi": "Mitä", "sv": "Vad", "en": "What"},
    "share": {"fi": "Osuus", "sv": "Andel", "en": "Share"},
    "started_at": {"fi": "Aika", "sv": "Tid", "en": "Time"},
    "minutes": {"fi": "Minuutit", "sv": "Minuter", "en": "Minutes"},
    "mode": {"fi": "Tukimuoto", "sv": "Stödform", "en": "Mode"},
    "channel": {"fi": "Kanava", "sv": "Kanal", "en": "Channel"},
    "topics": {"fi": "Aiheet", "sv": "Ämnen", "en": "Topics"},
    "device": {"fi": "Laite", "sv": "Apparat", "en": "Device"},
    "language": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    "age_band": {"fi": "Ikäryhmä", "sv": "Åldersgrupp", "en": "Age group"},
    "visit": {"fi": "Käynti", "sv": "Besök", "en": "Visit"},
    "outcome": {"fi": "Tulos", "sv": "Resultat", "en": "Outcome"},
    "independence": {"fi": "Kuka teki", "sv": "Vem gjorde", "en": "Who did it"},
    "barriers": {"fi": "Esteet", "sv": "Hinder", "en": "Barriers"},
    "referred_to": {"fi": "Ohjattu", "sv": "Hänvisad till", "en": "Referred to"},
    "referrals": {
        "fi": "Ohjattu palveluun",
        "sv": "Hänvisad till tjänst",
        "en": "Referred to service",
    },
    "guides": {"fi": "Oppaat", "sv": "Guider", "en": "Guides"},
    "note": {"fi": "Muistiinpano", "sv": "Anteckning", "en": "Note"},
    "source": {"fi": "Kirjattu", "sv": "Registrerad", "en": "Recorded with"},
    "id": {"fi": "Tunniste", "sv": "Id", "en": "Id"},
    "code": {"fi": "koodi", "sv": "kod", "en": "code"},
}


def word(key: str, lang: str) -> str:
    return pick(WORDS, key, lang)


@dataclass(frozen=True)
class XlsxOptions:
    lang: str = "fi"
    period_text: str = ""


def _label_cell(session: SessionData, name: str, breakdown: str, labeller: Labeller) -> object:
    value = getattr(session, name)
    if name == "started_at":
        return value.replace(second=0, microsecond=0)
    if isinstance(value, list):
        return ", ".join(labeller(breakdown, code) for code in value)
    if breakdown:
        return labeller(breakdown, value) if value else ""
    return value


def _code_cell(session: SessionData, name: str) -> str:
    value = getattr(session, name)
    return "|".join(value) if isinstance(value, list) else str(value)


def _sessions_sheet(
    sheet: WriteOnlyWorksheet, sessions: Iterable[SessionData], labeller: Labeller, lang: str
) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    headers = [word(name, lang) for name, _ in _FIELDS]
    headers += [word("id", lang)] + [f"{name} ({word('code', lang)})" for name in _CODED]
    widths = [17, 9, 14, 14, 30, 14, 9, 11, 12, 14, 16, 26, 24, 30, 24, 40, 14]
    for index in range(len(headers)):
        letter = get_column_letter(index + 1)
        dimension = sheet.column_dimensions[letter]
        if index < len(widths):
            dimension.width = widths[index]
        else:
            dimension.hidden = True
    sheet.freeze_panes = "A2"
    row = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        row.append(cell)
    sheet.append(row)
    count = 0
    for session in sessions:
        values: list[object] = [
            _label_cell(session, name, breakdown, labeller) for name, breakdown in _FIELDS
        ]
        values.append(session.uuid or "")
        values += [_code_cell(session, name) for name in _CODED]
        # Plain values: openpyxl gives datetimes a date format of its own.
        sheet.append([_safe(value) for value in values])
        count += 1
    return count


def _safe(value: object) -> object:
    """Text that a spreadsheet would run as a formula is kept as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _summary_sheet(
    sheet: WriteOnlyWorksheet, figures: Figures, labeller: Labeller, lang: str
) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    bold = Font(bold=True)
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 14
    sheet.column_dimensions["C"].width = 10
    for spec in chart_specs(figures, lang, labeller, protect=True):
        title = WriteOnlyCell(sheet, value=spec.title)
        title.font = bold
        sheet.append([title])
        for row in spec.rows:
            # A hidden count stays text ("<5"); shown ones are numbers to sum.
            count: object = row.value if row.shown == str(row.value) else row.shown
            share = row.share
            if spec.kind == "shares":
                sheet.append([row.label, row.detail, percent(share)])
            else:
                sheet.append([row.label, count, share if share is not None else ""])
        sheet.append([])


def write_sessions_xlsx(
    out: IO[bytes],
    sessions: Iterable[SessionData],
    figures: Figures,
    labeller: Labeller,
    options: XlsxOptions,
) -> int:
    """Write the workbook to ``out``; returns the number of sessions written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    lang = options.lang
    book = Workbook(write_only=True)
    readme = book.create_sheet(word("readme", lang))
    readme.column_dimensions["A"].width = 110
    heading = WriteOnlyCell(readme, value=word("title", lang))
    heading.font = Font(bold=True, size=14)
    readme.append([heading])
    if options.period_text:
        readme.append([f"{word('period', lang)}: {options.period_text}"])
    readme.append([f"{word('count', lang)}: {figures.sessions}"])
    readme.append([])
    warning = WriteOnlyCell(readme, value=word("site_only", lang))
    warning.alignment = Alignment(wrap_text=True, vertical="top")
    warning.font = Font(bold=True)
    readme.append([warning])
    readme.append([word("codes", lang)])
    count = _sessions_sheet(
        book.create_sheet(word("sessions_sheet", lang)), sessions, labeller, lang
    )
    _summary_sheet(book.create_sheet(word("summary_sheet", lang)), figures, labeller, lang)
    book.save(out)
    return count
