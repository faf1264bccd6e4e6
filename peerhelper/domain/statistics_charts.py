"""The charts of the statistics, defined once as data.

A :class:`ChartSpec` says what one chart shows: its title, its rows (a label,
the count, the text printed for the count, the share) and its kind. The
Statistics screen draws it, shows it as a table, and the PDF report and
image export draw the very same spec (``printing.charts``), so the screen
and the paper never disagree.

With ``protect`` on (everything meant to leave the site) a count from 1 to 4
is shown as "<5" and a share that would reveal one is left out (see
``domain.statistics``).

The words are data in fi, sv and en, like the other printed labels, because
a report is printed in the language chosen for it, not the window's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from peerhelper.domain.directory import KIND_TERMS
from peerhelper.domain.languages import UI_LANGUAGES
from peerhelper.domain.statistics import (
    BREAKDOWNS,
    Figures,
    Granularity,
    shown_count,
    shown_share,
)
from peerhelper.domain.vocabulary import DEFAULT_TOPICS, VOCABULARIES, Term
from peerhelper.domain.words import WordTable, pick

# (breakdown name, code) → the label printed for it.
Labeller = Callable[[str, str], str]

WORDS: WordTable = {
    "over_time": {
        "fi": "Tukitilanteet ajan mukaan",
        "sv": "Stödtillfällen över tid",
        "en": "Sessions over time",
    },
    "site": {"fi": "Toimipisteet", "sv": "Verksamhetsställen", "en": "Sites"},
    "this_site": {"fi": "Tämä toimipiste", "sv": "Detta verksamhetsställe", "en": "This site"},
    "topic": {"fi": "Aiheet", "sv": "Ämnen", "en": "Topics"},
    "mode": {"fi": "Tukimuoto", "sv": "Stödform", "en": "Mode"},
    "channel": {"fi": "Kanava", "sv": "Kanal", "en": "Channel"},
    "device": {"fi": "Laite", "sv": "Apparat", "en": "Device"},
    "language": {"fi": "Asiakkaan kieli", "sv": "Kundens språk", "en": "Client's language"},
    "age_band": {"fi": "Ikäryhmä", "sv": "Åldersgrupp", "en": "Age group"},
    "visit": {
        "fi": "Ensimmäinen vai palaava käynti",
        "sv": "Första eller återkommande besök",
        "en": "First or returning visit",
    },
    "outcome": {"fi": "Tulos", "sv": "Resultat", "en": "Outcome"},
    "independence": {
        "fi": "Kuka asian teki",
        "sv": "Vem som gjorde ärendet",
        "en": "Who did it",
    },
    "barrier": {"fi": "Esteet", "sv": "Hinder", "en": "Barriers"},
    "referral": {"fi": "Ohjaukset", "sv": "Hänvisningar", "en": "Referrals"},
    "referral_service": {
        "fi": "Ohjaukset palveluittain",
        "sv": "Hänvisningar per tjänst",
        "en": "Referrals by service",
    },
    "referral_kind": {
        "fi": "Ohjaukset palvelun tyypin mukaan",
        "sv": "Hänvisningar per typ av tjänst",
        "en": "Referrals by kind",
    },
    "guide": {
        "fi": "Näytetyt ja tulostetut oppaat",
        "sv": "Visade och utskrivna guider",
        "en": "Guides shown and printed",
    },
    "source": {"fi": "Kirjauksen lähde", "sv": "Registreringens källa", "en": "Source of records"},
    "evidence": {
        "fi": "Ei laitetta tai nettiyhteyttä, osuus kuukausittain",
        "sv": "Ingen apparat eller internetanslutning, andel per månad",
        "en": "No device or no connection, share by month",
    },
    "not_recorded": {"fi": "Ei merkitty", "sv": "Ej angivet", "en": "Not recorded"},
    "source_form": {"fi": "Lomake", "sv": "Formulär", "en": "Form"},
    "source_tally": {"fi": "Pikakirjaus", "sv": "Snabbregistrering", "en": "Quick tally"},
    "source_paper": {"fi": "Paperilomake", "sv": "Pappersblankett", "en": "Paper tally"},
    "source_import": {"fi": "Tuonti", "sv": "Import", "en": "Import"},
    "sessions": {"fi": "tukitilannetta", "sv": "stödtillfällen", "en": "sessions"},
    "week": {"fi": "vk", "sv": "v.", "en": "wk"},
}
MONTHS: dict[str, tuple[str, ...]] = {
    "fi": (
        "tammi",
        "helmi",
        "maalis",
        "huhti",
        "touko",
        "kesä",
        "heinä",
        "elo",
        "syys",
        "loka",
        "marras",
        "joulu",
    ),
    "sv": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
REPORT_LANGUAGES = UI_LANGUAGES


def word(key: str, lang: str) -> str:
    return pick(WORDS, key, lang)


@dataclass(frozen=True)
class ChartRow:
    label: str
    value: int
    # The count as printed ("<5" where it must be hidden).
    shown: str
    # The row's share of the chart's total, or None where it is withheld.
    share: float | None = None
    # For the evidence chart: the counts behind the share, e.g. "41 / 310".
    detail: str = ""


@dataclass(frozen=True)
class ChartSpec:
    key: str
    title: str
    kind: Literal["bars", "columns", "shares"]
    rows: tuple[ChartRow, ...]
    total: int


def bucket_label(start: date, granularity: Granularity, lang: str) -> str:
    if granularity is Granularity.WEEK:
        return f"{word('week', lang)} {start.isocalendar().week}"
    names = MONTHS.get(lang, MONTHS["en"])
    return f"{names[start.month - 1]} {start.year % 100:02d}"


def vocabulary_labeller(
    lang: str,
    topics: dict[str, str] | None = None,
    guides: dict[str, str] | None = None,
    services: dict[str, str] | None = None,
    sites: dict[str, str] | None = None,
) -> Labeller:
    """Labels from the fixed vocabularies, plus the topic, guide, service and site names.

    ``services`` names the referral directory's entries by their UUIDs;
    ``sites`` names the sites by their ids as stored (``""``: this site).
    """
    vocabularies: dict[str, tuple[Term, ...]] = {
        ("barrier" if name == "barriers" else name): terms for name, terms in VOCABULARIES.items()
    }
    vocabularies["topic"] = DEFAULT_TOPICS
    vocabularies["referral_kind"] = KIND_TERMS

    def label(name: str, code: str) -> str:
        if name == "site":
            return (sites or {}).get(code) or (code or word("this_site", lang))
        if not code:
            return word("not_recorded", lang)
        if name == "topic" and topics and code in topics:
            return topics[code]
        if name == "guide" and guides and code in guides:
            return guides[code]
        if name == "referral_service" and services and code in services:
            return services[code]
        if name == "source" and f"source_{code}" in WORDS:
            return word(f"source_{code}", lang)
        for term in vocabularies.get(name, ()):
            if term.code == code:
                return term.label(lang)
        return code

    return label


def _rows(figures: Figures, name: str, labeller: Labeller, protect: bool) -> tuple[ChartRow, ...]:
    total = figures.sessions
    return tuple(
        ChartRow(
            labeller(name, count.code),
            count.sessions,
            shown_count(count.sessions, protect=protect),
            shown_share(count.sessions, total, protect=protect),
        )
        for count in figures.breakdown(name)
    )


def over_time_chart(figures: Figures, lang: str, protect: bool) -> ChartSpec:
    rows = tuple(
        ChartRow(
            bucket_label(bucket.start, figures.granularity, lang),
            bucket.sessions,
            shown_count(bucket.sessions, protect=protect),
        )
        for bucket in figures.over_time
    )
    return ChartSpec("over_time", word("over_time", lang), "columns", rows, figures.sessions)


def evidence_chart(figures: Figures, lang: str, protect: bool) -> ChartSpec:
    rows = []
    for month in figures.evidence:
        count = month.no_device_or_connection
        share = shown_share(count, month.sessions, protect=protect)
        rows.append(
            ChartRow(
                bucket_label(month.month, Granularity.MONTH, lang),
                count,
                shown_count(count, protect=protect),
                share,
                f"{shown_count(count, protect=protect)} / "
                f"{shown_count(month.sessions, protect=protect)}",
            )
        )
    total = figures.evidence_total().no_device_or_connection
    return ChartSpec("evidence", word("evidence", lang), "shares", tuple(rows), total)


def chart_specs(
    figures: Figures, lang: str, labeller: Labeller, *, protect: bool
) -> list[ChartSpec]:
    """Every chart of the dashboard and the report, in the order they are shown."""
    specs = [over_time_chart(figures, lang, protect), evidence_chart(figures, lang, protect)]
    for name in BREAKDOWNS:
        if name == "site" and len(figures.breakdown(name)) < 2:
            continue
        specs.append(
            ChartSpec(
                name,
                word(name, lang),
                "bars",
                _rows(figures, name, labeller, protect),
                figures.sessions,
            )
        )
    return specs


def percent(share: float | None) -> str:
    return "" if share is None else f"{share * 100:.0f} %"
