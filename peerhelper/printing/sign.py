"""The "Digital support here" sign: a poster for the door or the table.

The symbol large at the top, the words "Digital support here" in each of the
site's languages (the first one largest), and a panel with the site's name,
address, opening hours and phone. A3 is the same poster scaled up.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from peerhelper.domain.languages import UI_LANGUAGES
from peerhelper.errors import BadInputError
from peerhelper.printing.labels import LABELS, label
from peerhelper.printing.page import (
    BLUE,
    INK,
    MUTED,
    PALE_BLUE,
    Box,
    Text,
    new_canvas,
    paper_size,
)
from peerhelper.printing.text import primary_language

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.domain.site import SiteProfileData

SIGN_PAPERS = ("A4", "A3")
FALLBACK_LANGUAGES = UI_LANGUAGES
# More languages than this would make the words too small to read from the door.
MAX_LANGUAGES = 10


def _wanted(profile: SiteProfileData | None, languages: Sequence[str] | None) -> list[str]:
    return list(languages) if languages else (profile.cleaned().languages if profile else [])


def _usable(code: str) -> str | None:
    known = LABELS["digital_support_here"]
    usable = code if code in known else primary_language(code)
    return usable if usable in known else None


def sign_languages(
    profile: SiteProfileData | None, languages: Sequence[str] | None = None
) -> list[str]:
    """The languages the sign speaks: those asked for (else the site's) that have the words.

    Languages without a translation of the sign's words are left out (see
    :func:`left_out_languages`); with none left, the sign is in Finnish,
    Swedish and English.
    """
    chosen: list[str] = []
    for code in _wanted(profile, languages):
        usable = _usable(code)
        if usable is not None and usable not in chosen:
            chosen.append(usable)
    return chosen[:MAX_LANGUAGES] or list(FALLBACK_LANGUAGES)


def left_out_languages(
    profile: SiteProfileData | None, languages: Sequence[str] | None = None
) -> list[str]:
    """The languages asked for (else the site's) that the sign does not show, in order.

    Those without the sign's words in them, and any beyond the most that fit.
    """
    shown = sign_languages(profile, languages)
    return [
        code
        for code in dict.fromkeys(_wanted(profile, languages))
        if code not in shown and _usable(code) not in shown
    ]


def _headlines(languages: list[str], width: float, scale: float) -> list[Text]:
    """The words in every language, the first largest and followed by its subtitle."""
    first = languages[0]
    texts = [
        Text.wrap(
            label("digital_support_here", first),
            width,
            46 * scale,
            lang=first,
            bold=True,
            color=BLUE,
        ),
        Text.wrap(label("sign_subtitle", first), width, 17 * scale, lang=first, color=MUTED),
    ]
    for lang in languages[1:]:
        texts.append(
            Text.wrap(label("digital_support_here", lang), width, 28 * scale, lang=lang, bold=True)
        )
    return texts


def _site_texts(profile: SiteProfileData | None, width: float, scale: float) -> list[Text]:
    if profile is None:
        return []
    p = profile.cleaned()
    parts = [(p.site_name or p.organisation, 26, True, INK), (p.address, 19, False, INK),
             (p.opening_hours, 19, True, BLUE), (p.phone, 19, False, INK)]  # fmt: skip
    if p.site_name and p.organisation:
        parts.append((p.organisation, 13, False, MUTED))
    return [
        Text.wrap(text, width, size * scale, bold=bold, color=color)
        for text, size, bold, color in parts
        if text
    ]


def build_sign(
    profile: SiteProfileData | None,
    paper: str,
    out: Path | IO[bytes],
    symbol: Path | None = None,
    languages: Sequence[str] | None = None,
) -> int:
    """Write the sign as a one-page PDF; returns the page count (1)."""
    from peerhelper.printing.pictures import symbol_picture

    if paper not in SIGN_PAPERS:
        raise BadInputError(f"Paper {paper!r}: use one of {', '.join(SIGN_PAPERS)}.")
    chosen = sign_languages(profile, languages)
    page_width, page_height = paper_size(paper)
    scale = page_width / paper_size("A4")[0]
    margin = 42 * scale
    box = Box(margin, page_width - 2 * margin, False)
    canvas = new_canvas(out, paper, label("digital_support_here", chosen[0]))

    top = page_height - margin
    # Many languages need the room more than the symbol does.
    symbol_size = page_width * (0.42 if len(chosen) <= 4 else 0.3)
    symbol_picture(symbol).draw(
        canvas, (page_width - symbol_size) / 2, top - symbol_size, symbol_size, symbol_size
    )
    top -= symbol_size + 22 * scale

    inner = Box(box.left + 20 * scale, box.width - 40 * scale, False)
    site = _site_texts(profile, inner.width, scale)
    panel = sum(text.height for text in site) + 40 * scale if site else 0.0
    room = top - margin - panel - 24 * scale
    headlines = _headlines(chosen, box.width, scale)
    gap = 8 * scale
    height = sum(text.height + gap for text in headlines) + 2 * gap
    if height > room:  # many or long languages: make the words smaller until they fit
        shrink = room / height
        headlines = _headlines(chosen, box.width, scale * shrink)
        gap *= shrink
    if not site:  # nothing below: centre the words in the free space
        top -= (room - sum(text.height + gap for text in headlines)) / 2
    for index, text in enumerate(headlines):
        top -= text.draw(canvas, box, top, align="center") + gap * (3 if index == 1 else 1)
    if site:
        _draw_panel(canvas, box, inner, margin, panel, site, scale)
    canvas.showPage()
    canvas.save()
    return 1


def _draw_panel(
    canvas: Canvas,
    box: Box,
    inner: Box,
    bottom: float,
    height: float,
    site: list[Text],
    scale: float,
) -> None:
    canvas.setFillColor(PALE_BLUE)
    canvas.roundRect(box.left, bottom, box.width, height, 14 * scale, stroke=0, fill=1)
    y = bottom + height - 20 * scale
    for text in site:
        y -= text.draw(canvas, inner, y, align="center")
