"""The referral slip: where the client goes next, in their language and in Finnish.

One A5 slip says where to go (the service's name), its address, opening
hours, phone, web address and the languages it serves in, what to ask for
(the volunteer's note), what to bring, and never to give bank codes to
anyone. Every heading is in the client's language at the start edge and in
the second language (Finnish unless chosen otherwise) at the end edge; the
fixed sentences come in both languages. The footer carries the site's name
and details and the digital-support symbol. On A4 the same slip is printed
twice, side by side, with a dashed cut line between them.

A right-to-left client language mirrors the slip as it does a handout;
addresses, phone numbers and web addresses stay left-to-right units.
Pure function of its inputs: no Qt, no database.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from peerhelper.domain.languages import LOCAL_LANGUAGE, PRINTED_LABEL_LANGUAGES, own_name
from peerhelper.errors import BadInputError
from peerhelper.printing.labels import label
from peerhelper.printing.page import (
    BLUE,
    INK,
    MM,
    MUTED,
    PALE_BLUE,
    RULE,
    Box,
    FooterStyle,
    Text,
    define_form,
    draw_footer,
    new_canvas,
    rule,
    site_lines,
)
from peerhelper.printing.text import (
    baseline_offset,
    draw_line,
    keep_ltr,
    layout_line,
    text_direction,
)

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.domain.directory import DirectoryEntryData
    from peerhelper.domain.site import SiteProfileData

SLIP_PAPERS = ("A5", "A4")
A5 = (148 * MM, 210 * MM)
MARGIN = 26.0
FOOTER = FooterStyle(30, 9, 7.5, 40)
MAX_NOTE = 600  # characters: what to ask for fits on the slip
SMALLEST = 0.6  # the slip's text shrinks no further than this to fit


@dataclass(frozen=True)
class SlipOptions:
    """The client's language, the second language (None: only one), the note, the paper."""

    lang: str
    second_lang: str | None = LOCAL_LANGUAGE
    note: str = ""
    bring: str = ""
    paper: str = "A5"


def slip_languages(options: SlipOptions) -> tuple[str, str | None]:
    """The client's language and the second one, None when it is the same language."""
    second = options.second_lang or None
    return options.lang, None if second == options.lang else second


def check_slip(entry: DirectoryEntryData, options: SlipOptions) -> None:
    """Raise :class:`BadInputError` with a readable message for anything unusable."""
    from peerhelper.printing.handout import _unprintable

    if options.paper not in SLIP_PAPERS:
        raise BadInputError(f"Paper {options.paper!r}: use one of {', '.join(SLIP_PAPERS)}.")
    for lang in (options.lang, options.second_lang):
        if lang and lang not in PRINTED_LABEL_LANGUAGES:
            known = ", ".join(PRINTED_LABEL_LANGUAGES)
            raise BadInputError(f"The slip has no words in {lang!r}; use one of {known}.")
    if len(options.note) > MAX_NOTE:
        raise BadInputError(f"The note is too long for the slip (at most {MAX_NOTE} characters).")
    texts = [options.note, options.bring, entry.name, entry.address, entry.hours, entry.web]
    missing = set().union(*(_unprintable(unicodedata.normalize("NFC", t)) for t in texts))
    if missing:
        shown = " ".join(sorted(missing))
        raise BadInputError(f"The bundled fonts cannot print these characters: {shown}")


def _language_names(codes: list[str]) -> str:
    """The languages served, each named in itself, so the client finds their own."""
    return ", ".join(own_name(code) for code in codes)


class _Slip:
    """The slip's pieces measured at one text scale, ready to draw in a box."""

    def __init__(
        self, entry: DirectoryEntryData, options: SlipOptions, width: float, scale: float
    ) -> None:
        self.lang, self.second = slip_languages(options)
        self.rtl = text_direction(lang=self.lang) == "rtl"
        self.width = width
        self.scale = scale
        s = scale
        self.pieces: list[tuple[str, object, float]] = []  # kind, content, height
        self._text(label("slip_title", self.lang), 15 * s, self.lang, True, BLUE)
        if self.second:
            self._text(label("slip_title", self.second), 10.5 * s, self.second, False, MUTED)
        self._gap(6 * s)
        self._text(entry.name, 20 * s, None, True, INK)
        self._gap(4 * s)
        self.pieces.append(("rule", None, 6 * s))
        details = [
            ("slip_address", entry.address),
            ("slip_hours", entry.hours),
            ("slip_phone", keep_ltr(entry.phone) if entry.phone else ""),
            ("slip_web", keep_ltr(entry.web) if entry.web else ""),
            ("slip_languages", _language_names(entry.languages)),
        ]
        for key, value in details:
            if value.strip():
                self._heading(key)
                self._text(value, 12.5 * s, None, key == "slip_hours", INK)
                self._gap(5 * s)
        if options.note.strip():
            self._heading("slip_ask")
            note = Text.wrap(options.note.strip(), width - 16 * s, 12.5 * s, bold=True)
            self.pieces.append(("note", note, note.height + 12 * s))
            self._gap(5 * s)
        self._heading("slip_bring")
        if options.bring.strip():
            self._text(options.bring.strip(), 11 * s, None, False, INK)
        else:
            self._text(label("slip_bring_default", self.lang), 11 * s, self.lang, False, INK)
            if self.second:
                bring = label("slip_bring_default", self.second)
                self._text(bring, 9.5 * s, self.second, False, MUTED)
        self._gap(7 * s)
        self._text(label("slip_never_codes", self.lang), 10 * s, self.lang, True, INK)
        if self.second:
            self._text(label("slip_never_codes", self.second), 9 * s, self.second, False, MUTED)

    @property
    def height(self) -> float:
        return sum(height for _, _, height in self.pieces)

    def _gap(self, height: float) -> None:
        self.pieces.append(("gap", None, height))

    def _text(self, text: str, size: float, lang: str | None, bold: bool, color: str) -> None:
        paragraph = Text.wrap(text, self.width, size, lang=lang, bold=bold, color=color)
        self.pieces.append(("text", paragraph, paragraph.height))

    def _heading(self, key: str) -> None:
        """The heading in the client's language at the start, the second language at the end."""
        size = 9.5 * self.scale
        first = layout_line(label(key, self.lang), size, lang=self.lang, bold=True)
        second = None
        if self.second:
            second = layout_line(label(key, self.second), size * 0.95, lang=self.second)
        self.pieces.append(("heading", (first, second, size), size * 1.6))

    def draw(self, canvas: Canvas, box: Box, top: float) -> None:
        for kind, content, height in self.pieces:
            if kind == "text":
                content.draw(canvas, box, top, align="start")  # type: ignore[attr-defined]
            elif kind == "rule":
                rule(canvas, box.left, box.right, top - height / 2)
            elif kind == "heading":
                first, second, size = content  # type: ignore[misc]
                baseline = top - baseline_offset(size, height)
                canvas.setFillColor(BLUE)
                start, end = ("right", "left") if box.rtl else ("left", "right")
                draw_line(canvas, first, box.left, baseline, box.width, start)
                if second is not None and first.width + second.width + 12 < box.width:
                    canvas.setFillColor(MUTED)
                    draw_line(canvas, second, box.left, baseline, box.width, end)
            elif kind == "note":
                pad = 8 * self.scale
                canvas.setFillColor(PALE_BLUE)
                canvas.setStrokeColor(RULE)
                canvas.roundRect(box.left, top - height + 4, box.width, height - 4, 6, 1, 1)
                content.draw(canvas, box.inner(pad, box.width - 2 * pad), top - pad + 2)  # type: ignore[attr-defined]
            top -= height


def _fitted(entry: DirectoryEntryData, options: SlipOptions, width: float, room: float) -> _Slip:
    scale = 1.0
    slip = _Slip(entry, options, width, scale)
    while slip.height > room and scale > SMALLEST:
        scale = max(SMALLEST, scale * 0.92)
        slip = _Slip(entry, options, width, scale)
    return slip


def _draw_one(
    canvas: Canvas,
    left: float,
    slip: _Slip,
    site: list[str],
    size: tuple[float, float],
) -> None:
    width, height = size
    box = Box(left + MARGIN, width - 2 * MARGIN, slip.rtl)
    slip.draw(canvas, box, height - MARGIN)
    draw_footer(canvas, box, MARGIN - 8, FOOTER, site, [], "symbol")


def _cut_line(canvas: Canvas, x: float, height: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.8)
    canvas.setDash(6, 4)
    canvas.line(x, 12, x, height - 12)
    # Scissors are not in the bundled fonts: two small circles and blades, drawn.
    canvas.setDash()
    y = height - 26
    canvas.circle(x - 3.5, y + 9, 2.6)
    canvas.circle(x + 3.5, y + 9, 2.6)
    canvas.line(x - 2.5, y + 6.5, x + 3, y - 6)
    canvas.line(x + 2.5, y + 6.5, x - 3, y - 6)
    canvas.restoreState()


def build_slip(
    entry: DirectoryEntryData,
    options: SlipOptions,
    profile: SiteProfileData | None,
    out: Path | IO[bytes],
    symbol: Path | None = None,
) -> int:
    """Write the slip PDF to ``out``; returns the page count (1)."""
    from peerhelper.printing.pictures import symbol_picture

    check_slip(entry, options)
    width, height = A5 if options.paper == "A5" else (297 * MM / 2, 210 * MM)
    room = height - 2 * MARGIN - FOOTER.height - 10
    slip = _fitted(entry, options, width - 2 * MARGIN, room)
    canvas = new_canvas(out, "A4", f"{label('slip_title', options.lang)} {entry.name}")
    canvas.setSubject(entry.uuid or "")
    canvas.setPageSize((2 * width, height) if options.paper == "A4" else (width, height))
    define_form(canvas, "symbol", symbol_picture(symbol), FOOTER.symbol_size, FOOTER.symbol_size)
    site = site_lines(profile)
    _draw_one(canvas, 0, slip, site, (width, height))
    if options.paper == "A4":
        _draw_one(canvas, width, slip, site, (width, height))
        _cut_line(canvas, width, height)
    canvas.showPage()
    canvas.save()
    return 1
