"""The printed handout: a picture guide the client takes home.

``build_handout`` lays out the title (and the guide's "what you need" line,
see ``handout_needs``), one block per numbered step (picture, number, tick box,
caption, and the caption in a second language when asked),
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
from peerhelper.printing.handout_needs import NeedsBlock, costs_no_paper, needs_line
from peerhelper.printing.handout_pages import lay_out, place_notes
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
    # The volunteer's (window's) language: the "what you need" line's last choice before English.
    helper_lang: str = ""


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
    needs = needs_line(guide, options)
    if needs:
        texts.append(needs[0])
    for lang in languages:
        texts += [guide.title.get(lang), guide.summary.get(lang)]
        texts += [step.caption.get(lang) for step in guide.steps]
    missing = set().union(*(_unprintable(text) for text in texts))
    if missing:
        shown = " ".join(sorted(missing))
        raise BadInputError(f"The bundled fonts cannot print these characters: {shown}")


def _title(
    guide: Guide,
    options: HandoutOptions,
    style: HandoutStyle,
    width: float,
    needs: tuple[str, str] | None = None,
) -> TitleBlock:
    lang, second = options.lang, options.second_lang
    titles = [("title", guide.title.get(lang), lang)]
    if second:
        titles.append(("second", guide.title.get(second), second))
    titles.append(("summary", guide.summary.get(lang), lang))
    if needs:
        titles.append(("needs", *needs))
    return TitleBlock(style, width, titles)


def _steps(
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
    blocks: list[Block] = []
    for step, picture in zip(guide.steps, pictures, strict=True):
        caption = (step.caption.get(lang), lang)
        other = (step.caption.get(second), second) if second else None
        blocks.append(StepBlock(style, width, step.number, picture, caption, other, frame, target))
    return blocks


def _labels(key: str, lang: str, second: str | None) -> list[tuple[str, str]]:
    return [(label(key, code), code) for code in (lang, second) if code]


@dataclass
class HandoutLayout:
    """The handout's blocks on their pages, before anything is drawn."""

    options: HandoutOptions
    style: HandoutStyle
    box: Box
    page_height: float
    frame: float  # the height blocks may fill on a page
    pages: list[list[Block]]


def lay_out_handout(guide: Guide, options: HandoutOptions) -> HandoutLayout:
    """Check the options, measure every block and put the blocks on pages."""
    from peerhelper.printing.pictures import step_picture

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
    lang, second = options.lang, options.second_lang
    steps = _steps(guide, options, style, box.width, frame, pictures)
    bring: list[Block] = []
    if options.bring.strip():
        bring = [BringBlock(style, box.width, _labels("bring", lang, second), options.bring)]
    notes = NotesBlock(style, box.width, _labels("notes", lang, second), options.note, 1)

    def paginate(blocks: list[Block]) -> list[list[Block]]:
        pages = lay_out(blocks, frame, style.step_gap)
        place_notes(pages, style, box.width, frame, notes)
        return pages

    title = _title(guide, options, style, box.width)
    pages = paginate([title, *steps, *bring])
    needs = needs_line(guide, options)
    if needs:
        # Under the title where that costs no paper, else above the notes, else not at all.
        for blocks in (
            [_title(guide, options, style, box.width, needs), *steps, *bring],
            [title, *steps, NeedsBlock(style, box.width, *needs), *bring],
        ):
            trial = paginate(blocks)
            if costs_no_paper(trial, pages):
                pages = trial
                break
    return HandoutLayout(options, style, box, page_height, frame, pages)


def build_handout(
    guide: Guide,
    options: HandoutOptions,
    profile: SiteProfileData | None,
    out: Path | IO[bytes],
    symbol: Path | None = None,
) -> int:
    """Write the handout PDF to ``out`` (a path or a binary file); returns its page count."""
    from peerhelper.printing.pictures import symbol_picture

    layout = lay_out_handout(guide, options)
    options, style, box, pages = layout.options, layout.style, layout.box, layout.pages
    page_height = layout.page_height
    title = guide.title.get(options.lang)
    canvas = new_canvas(out, options.paper, title, f"{guide.id} {guide.version}")
    size = style.footer.symbol_size
    define_form(canvas, "symbol", symbol_picture(symbol), size, size)
    site = site_lines(profile)
    version = footer_title(guide, options.lang, style.footer.detail_size, box.width * 0.45)
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


def footer_title(guide: Guide, lang: str, size: float, width: float) -> str:
    """The guide's title and version for the footer, the title shortened to fit ``width``."""
    title = guide.title.get(lang)
    while True:
        text = label("guide_version", lang, title=title, version=guide.version)
        if len(title) <= 12 or layout_line(text, size, lang=lang).width <= width:
            return text
        title = title[: max(12, len(title) - 4)].rstrip(" ,.–-:") + "…"


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
