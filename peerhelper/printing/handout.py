"""The printed handout: a picture guide the client takes home.

``build_handout`` lays out the title, one block per numbered step (picture,
number, tick box, caption, and the caption in a second language when asked),
a lined notes area and an optional "next time bring" box, then a footer on
every page with the site's details, the symbol, the guide's id and version
and "page X of Y". Whole blocks are placed on pages, so a step never splits.
Large print uses bigger text and pictures with the caption under the
picture, so fewer steps fit a page. A right-to-left client language mirrors
the page.

Pure function of its inputs: no Qt, no database. The app previews and prints
the PDF it writes; the CLI saves it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from peerhelper.errors import BadInputError
from peerhelper.picture_check import PictureError
from peerhelper.printing.handout_blocks import (
    LARGE,
    NORMAL,
    Block,
    BringBlock,
    HandoutStyle,
    NotesBlock,
    StepBlock,
    TitleBlock,
)
from peerhelper.printing.labels import label
from peerhelper.printing.page import (
    MUTED,
    Box,
    define_form,
    draw_footer,
    new_canvas,
    paper_size,
    site_lines,
)
from peerhelper.printing.text import draw_line, layout_line, text_direction

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.domain.site import SiteProfileData
    from peerhelper.guides.model import Guide
    from peerhelper.printing.pictures import PrintPicture

HANDOUT_PAPERS = ("A4", "letter")
MARGIN_SIDE = 40.0
MARGIN_TOP = 36.0
MARGIN_BOTTOM = 28.0
FOOTER_GAP = 14.0
# The sources line under the footer band: small, but readable when printed.
SOURCES_SIZE = {False: 7.0, True: 9.5}


@dataclass(frozen=True)
class HandoutOptions:
    """What the volunteer chose in the print dialog (or on the command line)."""

    lang: str
    second_lang: str | None = None
    service_lang: str = "fi"
    large_print: bool = False
    paper: str = "A4"
    note: str = ""
    bring: str = ""


def _unprintable(text: str) -> set[str]:
    from peerhelper.printing.fonts import Script, font_name, missing_characters

    text = unicodedata.normalize("NFC", text)
    latin = missing_characters(text, font_name(Script.LATIN))
    return latin & missing_characters(text, font_name(Script.ARABIC)) if latin else set()


def check_options(guide: Guide, options: HandoutOptions) -> None:
    """Raise :class:`BadInputError` with a readable message for anything unusable."""
    from peerhelper.domain.languages import SERVICE_LANGUAGES

    have = ", ".join(guide.language_codes)
    for lang in (options.lang, options.second_lang):
        if lang is not None and lang not in guide.language_codes:
            raise BadInputError(
                f"The guide {guide.id} has no captions in {lang!r} (it has {have})."
            )
    if options.service_lang not in SERVICE_LANGUAGES:
        choices = ", ".join(SERVICE_LANGUAGES)
        raise BadInputError(f"Service language {options.service_lang!r}: use one of {choices}.")
    if options.paper not in HANDOUT_PAPERS:
        raise BadInputError(f"Paper {options.paper!r}: use one of {', '.join(HANDOUT_PAPERS)}.")
    languages = [lang for lang in (options.lang, options.second_lang) if lang]
    texts = [options.note, options.bring]
    for lang in languages:
        texts += [guide.title.get(lang), guide.summary.get(lang)]
        texts += [step.caption.get(lang) for step in guide.steps]
    missing = set().union(*(_unprintable(text) for text in texts))
    if missing:
        shown = " ".join(sorted(missing))
        raise BadInputError(f"The bundled fonts cannot print these characters: {shown}")


def _blocks(
    guide: Guide,
    options: HandoutOptions,
    style: HandoutStyle,
    width: float,
    frame: float,
    pictures: list[PrintPicture],
) -> list[Block]:
    lang, second = options.lang, options.second_lang
    # Steps a page should hold: three in normal print, two in large print.
    per_page = 2 if style.stacked else 3
    target = (frame - style.step_gap * (per_page - 1)) / per_page
    titles = [("title", guide.title.get(lang), lang)]
    if second:
        titles.append(("second", guide.title.get(second), second))
    titles.append(("summary", guide.summary.get(lang), lang))
    blocks: list[Block] = [TitleBlock(style, width, titles)]
    for step, picture in zip(guide.steps, pictures, strict=True):
        caption = (step.caption.get(lang), lang)
        other = (step.caption.get(second), second) if second else None
        blocks.append(StepBlock(style, width, step.number, picture, caption, other, frame, target))
    if options.bring.strip():
        blocks.append(BringBlock(style, width, _labels("bring", lang, second), options.bring))
    return blocks


def _labels(key: str, lang: str, second: str | None) -> list[tuple[str, str]]:
    return [(label(key, code), code) for code in (lang, second) if code]


def _place_notes(
    pages: list[list[Block]], style: HandoutStyle, width: float, frame: float, notes: NotesBlock
) -> None:
    """Add the notes area to the last page, its lines filling the room left, or on a new page."""
    used = sum(block.height for block in pages[-1]) + style.step_gap * len(pages[-1])
    lines = notes.lines_fitting(frame - used)
    if not lines:
        pages.append([])
        lines = notes.lines_fitting(frame)
    pages[-1].append(NotesBlock(style, width, notes.label_texts, notes.note_text, lines))


def paginate(heights: list[float], frame: float, gap: float) -> list[list[int]]:
    """Block indexes per page: each block on the current page if it fits, else on a new one."""
    pages: list[list[int]] = [[]]
    room = frame
    for index, height in enumerate(heights):
        need = height + (gap if pages[-1] else 0.0)
        if need > room + 1e-6 and pages[-1]:
            pages.append([])
            room, need = frame, height
        pages[-1].append(index)
        room -= need
    return pages


def build_handout(
    guide: Guide,
    options: HandoutOptions,
    profile: SiteProfileData | None,
    out: Path | IO[bytes],
    symbol: Path | None = None,
) -> int:
    """Write the handout PDF to ``out`` (a path or a binary file); returns its page count."""
    from peerhelper.printing.pictures import step_picture, symbol_picture

    check_options(guide, options)
    if options.second_lang == options.lang:
        options = HandoutOptions(**{**options.__dict__, "second_lang": None})
    style = LARGE if options.large_print else NORMAL
    page_width, page_height = paper_size(options.paper)
    rtl = text_direction(lang=options.lang) == "rtl"
    box = Box(MARGIN_SIDE, page_width - 2 * MARGIN_SIDE, rtl)
    footer_top = MARGIN_BOTTOM + style.footer.height
    frame = page_height - MARGIN_TOP - footer_top - FOOTER_GAP

    try:
        pictures = [step_picture(guide, step, options.service_lang) for step in guide.steps]
    except PictureError as error:
        name = f"A picture of the guide {guide.id} cannot be printed ({error.name})"
        raise PictureError(name, error.problem, error.file) from error
    except (OSError, ValueError) as error:
        raise BadInputError(
            f"A picture of the guide {guide.id} cannot be printed: {error}"
        ) from error
    blocks = _blocks(guide, options, style, box.width, frame, pictures)
    layout = paginate([block.height for block in blocks], frame, style.step_gap)
    pages = [[blocks[index] for index in indexes] for indexes in layout]
    notes = NotesBlock(
        style, box.width, _labels("notes", options.lang, options.second_lang), options.note, 1
    )
    _place_notes(pages, style, box.width, frame, notes)

    title = guide.title.get(options.lang)
    canvas = new_canvas(out, options.paper, title, f"{guide.id} {guide.version}")
    size = style.footer.symbol_size
    define_form(canvas, "symbol", symbol_picture(symbol), size, size)
    site = site_lines(profile)
    version = label("guide_version", options.lang, id=guide.id, version=guide.version)
    for number, page in enumerate(pages, start=1):
        top = page_height - MARGIN_TOP
        for block in page:
            block.draw(canvas, box, top)
            top -= block.height + style.step_gap
        page_label = label("page", options.lang, page=number, pages=len(pages))
        ends = [(page_label, options.lang, True), (version, options.lang, False)]
        draw_footer(canvas, box, MARGIN_BOTTOM, style.footer, site, ends, "symbol")
        _draw_sources(canvas, guide, options, box)
        canvas.showPage()
    canvas.save()
    return len(pages)


def sources_text(guide: Guide, lang: str, size: float, width: float) -> str:
    """The sources' publishers and the month they were checked, shortened to fit ``width``."""
    if guide.checked is None or not guide.publishers:
        return ""
    date = f"{guide.checked.month:02d}/{guide.checked.year}"
    publishers = list(guide.publishers)
    while True:
        names = ", ".join(publishers) + ("…" if len(publishers) < len(guide.publishers) else "")
        text = label("sources_checked", lang, sources=names, date=date)
        if len(publishers) == 1 or layout_line(text, size, lang=lang).width <= width:
            return text
        publishers.pop()


def _draw_sources(canvas: Canvas, guide: Guide, options: HandoutOptions, box: Box) -> None:
    size = SOURCES_SIZE[options.large_print]
    text = sources_text(guide, options.lang, size, box.width)
    if text:
        canvas.setFillColor(MUTED)
        draw_line(
            canvas,
            layout_line(text, size, lang=options.lang),
            box.left,
            MARGIN_BOTTOM - 14,
            box.width,
        )
