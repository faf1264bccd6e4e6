"""The statistics report: a summary page, then every chart, for funders and planning.

The report leaves the site, so small counts are always hidden (``protect``
in ``domain.statistics_charts``): a count from 1 to 4 prints as "<5" and a
share that would reveal one is left out. Every page carries the site's name
and symbol in the footer and "page N of M".

The charts are the very :class:`ChartSpec` objects the Statistics screen
shows, drawn by ``printing.charts``; the summary's sentences come from
:func:`evidence_sentence`, which the screen quotes too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING

from peerhelper.domain.statistics import Figures, shown_count, shown_share
from peerhelper.domain.statistics_charts import (
    REPORT_LANGUAGES,
    ChartSpec,
    Labeller,
    chart_specs,
    percent,
)
from peerhelper.domain.words import WordTable, pick
from peerhelper.errors import BadInputError
from peerhelper.printing.page import (
    MUTED,
    Box,
    FooterStyle,
    Text,
    define_form,
    draw_footer,
    new_canvas,
    paper_size,
    site_lines,
)

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.domain.site import SiteProfileData

REPORT_PAPERS = ("A4", "letter")
MARGIN = 48.0
FOOTER = FooterStyle(symbol_size=30, name_size=9, detail_size=7.5, height=44)
SUMMARY_BREAKDOWNS = ("topic", "language", "outcome", "independence")

WORDS: WordTable = {
    "title": {
        "fi": "Digituki lukuina",
        "sv": "Digitalt stöd i siffror",
        "en": "Digital support in figures",
    },
    "period": {"fi": "Ajanjakso", "sv": "Period", "en": "Period"},
    "sessions": {"fi": "Tukitilanteita", "sv": "Stödtillfällen", "en": "Support sessions"},
    "hours": {"fi": "Vapaaehtoisten tunteja", "sv": "Frivilligtimmar", "en": "Volunteer hours"},
    "average": {
        "fi": "Keskimäärin minuuttia",
        "sv": "Minuter i genomsnitt",
        "en": "Average minutes",
    },
    "evidence_title": {
        "fi": "Laite ja nettiyhteys perustarpeena",
        "sv": "Apparat och internet som grundbehov",
        "en": "A device and a connection as basic needs",
    },
    "evidence": {
        "fi": "Ajanjaksolla {period} asiakkaalla ei ollut omaa laitetta tai nettiyhteyttä "
        "{count} tukitilanteessa {total}:stä ({share}); pankkitunnukset puuttuivat "
        "{bank} tilanteessa {total}:stä ({bank_share}).",
        "sv": "Under perioden {period} saknade kunden egen apparat eller internetanslutning vid "
        "{count} av {total} stödtillfällen ({share}); vid {bank} av {total} ({bank_share}) "
        "saknade kunden bankkoder.",
        "en": "In {period}, the client had no device of their own or no internet connection in "
        "{count} of {total} support sessions ({share}); in {bank} of {total} "
        "({bank_share}) the client had no bank ID.",
    },
    "no_sessions": {
        "fi": "Ajanjaksolla ei ole kirjattuja tukitilanteita.",
        "sv": "Inga stödtillfällen har registrerats under perioden.",
        "en": "No support sessions were logged in this period.",
    },
    "hidden": {
        "fi": "Alle viiden luvut näytetään muodossa <5, jotta ketään ei voi tunnistaa.",
        "sv": "Tal under fem visas som <5 så att ingen kan kännas igen.",
        "en": "Counts under five are shown as <5 so that nobody can be recognised.",
    },
    "page": {"fi": "Sivu {n} / {total}", "sv": "Sida {n} av {total}", "en": "Page {n} of {total}"},
    "made": {"fi": "Laadittu {day}", "sv": "Uppgjord {day}", "en": "Made on {day}"},
}


def word(key: str, lang: str, **values: object) -> str:
    return pick(WORDS, key, lang, **values)


def format_day(day: date, lang: str) -> str:
    if lang == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    if lang == "sv":
        return f"{day.day}.{day.month}.{day.year}"
    return day.isoformat()


def format_period(figures: Figures, lang: str) -> str:
    period = figures.filter.period
    return f"{format_day(period.first_day, lang)}–{format_day(period.last_day, lang)}"


def evidence_sentence(figures: Figures, lang: str, *, protect: bool) -> str:
    """A sentence about missing devices and connections that a coordinator can quote."""
    if not figures.sessions:
        return word("no_sessions", lang)
    total = figures.evidence_total()

    def share(count: int) -> str:
        return percent(shown_share(count, total.sessions, protect=protect)) or "–"

    return word(
        "evidence",
        lang,
        period=format_period(figures, lang),
        count=shown_count(total.no_device_or_connection, protect=protect),
        total=shown_count(total.sessions, protect=protect),
        share=share(total.no_device_or_connection),
        bank=shown_count(total.no_bank_id, protect=protect),
        bank_share=share(total.no_bank_id),
    )


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "fi"
    paper: str = "A4"
    today: date | None = None


class _Pages:
    """Places blocks top-down, starting a new page when one does not fit.

    Each finished page gets the footer: the site and symbol, "page N of M"
    (``total`` is known on the second pass) and the day the report was made.
    """

    def __init__(
        self, canvas: Canvas, options: ReportOptions, site: list[str], total: int | None
    ) -> None:
        self.canvas = canvas
        self.options = options
        self.site = site
        self.total = total
        self.width, self.height = paper_size(options.paper)
        self.box = Box(MARGIN, self.width - 2 * MARGIN, False)
        self.bottom = MARGIN + FOOTER.height + 12
        self.top = self.height - MARGIN
        self.count = 1

    def room(self) -> float:
        return self.top - self.bottom

    def need(self, height: float) -> None:
        if height > self.room() and self.top < self.height - MARGIN:
            self.finish_page()
            self.count += 1
            self.top = self.height - MARGIN

    def text(self, text: Text, gap: float = 6.0) -> None:
        self.need(text.height)
        self.top -= text.draw(self.canvas, self.box, self.top, align="start") + gap

    def finish_page(self) -> None:
        lang = self.options.lang
        total = self.total if self.total is not None else self.count
        made = word("made", lang, day=format_day(self.options.today or date.today(), lang))
        ends = [(word("page", lang, n=self.count, total=total), lang, True), (made, lang, False)]
        draw_footer(self.canvas, self.box, MARGIN, FOOTER, self.site, ends, "symbol")
        self.canvas.showPage()


def _summary_lines(
    figures: Figures, spec: ChartSpec, lang: str, limit: int = 5
) -> str:  # pragma: no branch - formatting only
    parts = []
    for row in spec.rows[:limit]:
        share = percent(row.share)
        parts.append(f"{row.label} {row.shown}" + (f" ({share})" if share else ""))
    return f"{spec.title}: " + (", ".join(parts) if parts else "–")


def _draw_summary(
    pages: _Pages, figures: Figures, specs: dict[str, ChartSpec], site: str, options: ReportOptions
) -> None:
    lang = options.lang
    width = pages.box.width
    pages.text(Text.wrap(word("title", lang), width, 22, bold=True), gap=4)
    if site:
        pages.text(Text.wrap(site, width, 13, color=MUTED), gap=2)
    pages.text(
        Text.wrap(f"{word('period', lang)}: {format_period(figures, lang)}", width, 12), gap=16
    )
    average = round(figures.minutes / figures.sessions) if figures.sessions else 0
    for key, value in (
        ("sessions", shown_count(figures.sessions, protect=True)),
        (
            "hours",
            f"{figures.hours:.0f}" if figures.sessions >= 5 or not figures.sessions else "<5",
        ),
        ("average", str(average) if figures.sessions >= 5 or not figures.sessions else "–"),
    ):
        pages.text(Text.wrap(f"{word(key, lang)}: {value}", width, 14, bold=True), gap=3)
    pages.top -= 12
    pages.text(Text.wrap(word("evidence_title", lang), width, 13, bold=True), gap=4)
    pages.text(Text.wrap(evidence_sentence(figures, lang, protect=True), width, 11), gap=14)
    for name in SUMMARY_BREAKDOWNS:
        pages.text(Text.wrap(_summary_lines(figures, specs[name], lang), width, 10), gap=6)
    pages.top -= 6
    pages.text(Text.wrap(word("hidden", lang), width, 8.5, color=MUTED), gap=10)


def _render(
    figures: Figures,
    labeller: Labeller,
    options: ReportOptions,
    out: IO[bytes],
    profile: SiteProfileData | None,
    symbol: Path | None,
    total: int | None,
) -> int:
    from reportlab.graphics import renderPDF

    from peerhelper.printing.charts import chart_drawing
    from peerhelper.printing.pictures import symbol_picture

    lang = options.lang
    specs = {s.key: s for s in chart_specs(figures, lang, labeller, protect=True)}
    site = site_lines(profile)
    canvas = new_canvas(out, options.paper, word("title", lang), format_period(figures, lang))
    define_form(canvas, "symbol", symbol_picture(symbol), FOOTER.symbol_size, FOOTER.symbol_size)
    pages = _Pages(canvas, options, site, total)
    _draw_summary(pages, figures, specs, site[0] if site else "", options)
    for spec in specs.values():
        drawing = chart_drawing(spec, pages.box.width)
        pages.need(drawing.height + 18)
        pages.top -= 10
        renderPDF.draw(drawing, canvas, pages.box.left, pages.top - drawing.height)
        pages.top -= drawing.height + 8
    pages.finish_page()
    canvas.save()
    return pages.count


def build_report(
    figures: Figures,
    labeller: Labeller,
    options: ReportOptions,
    profile: SiteProfileData | None = None,
    symbol: Path | None = None,
) -> tuple[bytes, int]:
    """The report as PDF bytes and its page count.

    Built twice: the first pass counts the pages so that every footer can
    say "page N of M" (the layout does not depend on the footer's text).
    """
    import io

    if options.lang not in REPORT_LANGUAGES:
        raise BadInputError(f"Report language {options.lang!r}: use one of fi, sv, en.")
    if options.paper not in REPORT_PAPERS:
        raise BadInputError(f"Paper {options.paper!r}: use one of {', '.join(REPORT_PAPERS)}.")
    pages = _render(figures, labeller, options, io.BytesIO(), profile, symbol, None)
    final = io.BytesIO()
    _render(figures, labeller, options, final, profile, symbol, pages)
    return final.getvalue(), pages
