"""Statistics: the figures of a period, the PDF report, the Excel export.

The Statistics screen and the ``report`` and ``sessions export --format
xlsx`` commands call these. The figures are aggregated by the database
(``storage.statistics``); the report is ``printing.report`` with the site's
profile and symbol; the workbook is ``domain.sessions_xlsx`` with the
sessions streamed from storage. Labels come from one labeller: the fixed
vocabularies, the site's own topic names, the guides' titles, the
languages' names (``domain.languages``) and the sites' names, in the
language of the report.

Sessions keep their site (merged site bundles, or the organisation server
where every site's sessions are): :func:`site_names` lists the sites a
database holds, :func:`choose_sites` reads the sites a user names, and a
filter (:func:`period_filter`) may take some of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.domain.languages import UI_LANGUAGES, name_in
from peerhelper.errors import BadInputError
from peerhelper.operations.printouts import Printout
from peerhelper.paths import DataPaths

if TYPE_CHECKING:
    from peerhelper.domain.statistics import Figures, StatsFilter
    from peerhelper.domain.statistics_charts import Labeller
    from peerhelper.storage.database import Database

REPORT_PAPERS = ("A4", "letter")


def language_label(code: str, lang: str) -> str:
    """A language's name in ``lang`` as a chart prints it (the code if it is not known)."""
    name = name_in(code, lang)
    return name[:1].upper() + name[1:]


def labeller(
    db: Database,
    lang: str,
    language_name: Callable[[str, str], str] = language_label,
    *,
    paths: DataPaths | None = None,
    sites: dict[str, str] | None = None,
) -> Labeller:
    """Labels in ``lang`` for every breakdown: this site's topic names, the guides, the services.

    ``language_name(code, lang)`` names a client's language (the screen
    passes one that also knows the rarer languages). With ``paths``, the
    site's local guides are named too, like the bundled ones. ``sites``
    names the sites (:func:`site_names`), read from ``db`` without it.
    """
    from peerhelper.domain.statistics_charts import vocabulary_labeller
    from peerhelper.guides.library import load_all
    from peerhelper.guides.loader import load_bundled
    from peerhelper.storage import sessions_repo
    from peerhelper.storage.directory_repo import names_by_uuid

    topics = {t.code: t.label(lang) for t in sessions_repo.list_topics(db, include_retired=True)}
    guides, _problems = load_all(paths) if paths is not None else load_bundled()
    titles = {g.id: g.title.get(lang) for g in guides}
    if sites is None:
        sites = site_names(db)
    base = vocabulary_labeller(lang, topics, titles, names_by_uuid(db), sites)

    def label(name: str, code: str) -> str:
        if name == "language" and code:
            return language_name(code, lang)
        return base(name, code)

    return label


def period_filter(
    first_day: date,
    last_day: date,
    topic: str = "",
    mode: str = "",
    language: str = "",
    sites: Sequence[str] = (),
) -> StatsFilter:
    """Which sessions count; :class:`BadInputError` for a period that ends before it starts.

    ``sites`` are ids as stored (:func:`choose_sites`); none means every site.
    """
    from peerhelper.domain.statistics import Period, StatsFilter

    if last_day < first_day:
        raise BadInputError(f"--from {first_day} is after --to {last_day}")
    return StatsFilter(Period(first_day, last_day), topic, mode, language, tuple(sites))


def site_names(db: Database) -> dict[str, str]:
    """Every site with sessions in ``db``: its id as stored → its name.

    ``""`` is the sessions of the database's own site, named by its site profile.
    """
    from peerhelper.storage.site_repo import load_site_profile
    from peerhelper.storage.statistics import list_sites

    names = list_sites(db.engine)
    if "" in names:
        profile = load_site_profile(db)
        names[""] = profile.site_name if profile else ""
    return names


def choose_sites(names: dict[str, str], wanted: Sequence[str]) -> tuple[str, ...]:
    """The stored ids of the sites the user named, by id or by name; none for none."""
    chosen: list[str] = []
    for given in wanted:
        matches = [
            site_id
            for site_id, name in names.items()
            if given == site_id or given.casefold() == name.casefold()
        ]
        if not matches:
            known = "; ".join(
                f"{name or '-'} ({site_id or 'this site'})" for site_id, name in names.items()
            )
            raise BadInputError(f"No sessions from a site {given!r}. Sites: {known or 'none'}")
        chosen += matches
    return tuple(dict.fromkeys(chosen))


def compute(db: Database, wanted: StatsFilter) -> Figures:
    """Every figure the dashboard, the report and the summary sheet show."""
    from peerhelper.storage import statistics

    return statistics.compute(db.engine, wanted)


def _check_language(lang: str) -> None:
    if lang not in UI_LANGUAGES:
        raise BadInputError(f"Language {lang!r}: use one of {', '.join(UI_LANGUAGES)}.")


def report(
    db: Database,
    paths: DataPaths,
    figures: Figures,
    labels: Labeller,
    lang: str = "fi",
    paper: str = "A4",
) -> Printout:
    """The report for ``figures``, with the site's name and symbol, built in memory."""
    from peerhelper.printing.report import ReportOptions, build_report
    from peerhelper.storage.site_repo import load_site_profile
    from peerhelper.storage.symbol import current_symbol

    _check_language(lang)
    profile = load_site_profile(db)
    pdf, pages = build_report(
        figures, labels, ReportOptions(lang, paper), profile, current_symbol(paths)
    )
    return Printout(pdf, pages)


def export_xlsx(db: Database, out: Path, figures: Figures, labels: Labeller, lang: str) -> int:
    """Write the sessions of the figures' period and their summary to ``out``, atomically.

    Returns the number of sessions written. The workbook is built in memory
    and written whole or not at all.
    """
    import io

    from peerhelper.atomic import write_atomic
    from peerhelper.domain.sessions_xlsx import XlsxOptions, write_sessions_xlsx
    from peerhelper.printing.report import format_period
    from peerhelper.storage.sessions_csv import sessions_between

    _check_language(lang)
    period = figures.filter.period
    options = XlsxOptions(lang, format_period(figures, lang))
    buffer = io.BytesIO()
    sessions = sessions_between(db, period.first_day, period.last_day, figures.filter.sites)
    count = write_sessions_xlsx(buffer, sessions, figures, labels, options)
    write_atomic(out, buffer.getvalue())
    return count


def export_period_xlsx(
    db: Database,
    paths: DataPaths,
    out: Path,
    first_day: date | None,
    last_day: date | None,
    lang: str,
    sites: Sequence[str] = (),
) -> int:
    """The workbook of a period, labelled in ``lang`` (the report's languages, else English).

    A missing end of the period is the first or the last logged session (today
    when there is none). Returns the number of sessions written.
    """
    from peerhelper.printing.report import REPORT_LANGUAGES

    lang = lang if lang in REPORT_LANGUAGES else "en"
    logged = logged_days(db)
    today = date.today()
    first = first_day or (logged[0] if logged else today)
    last = last_day or (logged[1] if logged else today)
    if first_day is None:
        first = min(first, last)
    if last_day is None:
        last = max(first, last)
    figures = compute(db, period_filter(first, last, sites=sites))
    return export_xlsx(db, out, figures, labeller(db, lang, paths=paths), lang)


def logged_days(db: Database) -> tuple[date, date] | None:
    """The first and the last day with a session (deleted ones left out), or None."""
    from sqlalchemy import func, select

    from peerhelper.storage.models import SupportSession

    table = SupportSession.__table__
    query = select(func.min(table.c.started_at), func.max(table.c.started_at)).where(
        table.c.deleted_at.is_(None)
    )
    with db.engine.connect() as connection:
        first, last = connection.execute(query).one()
    if not isinstance(first, datetime) or not isinstance(last, datetime):
        return None
    return first.date(), last.date()
