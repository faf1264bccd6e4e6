"""The referral directory as plain data: an entry, its rules, search and staleness.

An entry is a place a client can be sent to: an authority, an association,
a library, a parish, an adult-education centre, a company. Its name,
address, phone, web address and opening hours are the organisation's own
public facts, not personal data, so they are not guarded; the notes are
typed by volunteers and go through the same personal-data guard as a
session's note (``domain.privacy``).

Entries are never deleted while a session refers to them: they are
*retired*, so old sessions keep their meaning. An entry whose details were
last checked over a year ago (:data:`STALE_AFTER`) is marked, so that a
volunteer checks it before sending a client there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from peerhelper.domain.languages import base_language
from peerhelper.domain.privacy import check_fields, kinds_found
from peerhelper.domain.session import FIRST_DAY, LAST_DAY, Problem
from peerhelper.domain.vocabulary import Term

# The kinds of place, named in each interface language (reports print them too).
KIND_TERMS: tuple[Term, ...] = (
    Term("authority", "Viranomainen", "Myndighet", "Authority"),
    Term("association", "Yhdistys tai järjestö", "Förening eller organisation", "Association"),
    Term("library", "Kirjasto", "Bibliotek", "Library"),
    Term("parish", "Seurakunta", "Församling", "Parish"),
    Term("education", "Oppilaitos tai kansalaisopisto", "Läroanstalt eller medborgarinstitut",
         "Adult education"),
    Term("company", "Yritys", "Företag", "Company"),
    Term("other", "Muu", "Annan", "Other"),
)  # fmt: skip
KINDS = tuple(term.code for term in KIND_TERMS)
# How the service is paid for: free, paid, or not recorded ("").
PAID_TERMS: tuple[Term, ...] = (
    Term("free", "Maksuton", "Avgiftsfri", "Free"),
    Term("paid", "Maksullinen", "Avgiftsbelagd", "Paid"),
)
PAID_VALUES = (*(term.code for term in PAID_TERMS), "")
STALE_AFTER = timedelta(days=365)

# Longest texts, each a line or a short paragraph; the notes are like a session note.
MAX_LENGTHS: dict[str, int] = {
    "name": 200,
    "address": 300,
    "phone": 100,
    "web": 300,
    "hours": 300,
    "accessibility": 500,
    "notes": 2000,
    "source": 500,
}
# Volunteers' own words, which could hold a client's details: guarded.
GUARDED_FIELDS = ("notes",)
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_WEB = re.compile(r"(https?://)?[^\s/]+\.[^\s]+", re.IGNORECASE)


@dataclass
class DirectoryEntryData:
    """One referral target. ``uuid`` None means "not saved yet"."""

    name: str
    kind: str = "other"
    topics: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    address: str = ""
    phone: str = ""
    web: str = ""
    hours: str = ""
    accessibility: str = ""
    paid: str = ""
    notes: str = ""
    checked: date | None = None
    retired: bool = False
    # Where the details come from (a starter entry's public page); not exported.
    source: str = ""
    uuid: str | None = None

    def copy(self, **changes: object) -> DirectoryEntryData:
        return replace(self, **changes)  # type: ignore[arg-type]

    def cleaned(self) -> DirectoryEntryData:
        """Trimmed texts, lower-case codes, and each topic and language once."""
        return self.copy(
            name=" ".join(self.name.split()),
            kind=self.kind.strip().lower(),
            topics=_unique(t.strip().lower() for t in self.topics),
            languages=_unique(code.strip() for code in self.languages),
            address=self.address.strip(),
            phone=self.phone.strip(),
            web=self.web.strip(),
            hours=self.hours.strip(),
            accessibility=self.accessibility.strip(),
            paid=self.paid.strip().lower(),
            notes=self.notes.strip(),
            source=self.source.strip(),
        )


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def validate(entry: DirectoryEntryData, topic_codes: Iterable[str]) -> list[Problem]:
    """Every problem with ``entry``; an empty list means it may be saved."""
    problems: list[Problem] = []
    if not entry.name.strip():
        problems.append(Problem("name", "required", "a name is required"))
    if entry.kind not in KINDS:
        detail = f"unknown kind {entry.kind!r}; use one of {', '.join(KINDS)}"
        problems.append(Problem("kind", "unknown_code", detail))
    known = set(topic_codes)
    for topic in entry.topics:
        if topic not in known:
            problems.append(Problem("topics", "unknown_code", f"unknown topic {topic!r}"))
    for code in entry.languages:
        if not _LANGUAGE_TAG.fullmatch(code):
            problems.append(Problem("languages", "bad_language", f"not a language code: {code!r}"))
    if entry.paid not in PAID_VALUES:
        detail = f"{entry.paid!r}; use free, paid or leave it empty"
        problems.append(Problem("paid", "unknown_code", detail))
    if entry.web and not _WEB.fullmatch(entry.web):
        problems.append(Problem("web", "bad_web", f"not a web address: {entry.web[:60]!r}"))
    if entry.checked is not None and not FIRST_DAY <= entry.checked <= LAST_DAY:
        detail = f"the date must be in the years {FIRST_DAY.year}–{LAST_DAY.year}"
        problems.append(Problem("checked", "out_of_range", detail))
    for name, limit in MAX_LENGTHS.items():
        if len(getattr(entry, name)) > limit:
            problems.append(Problem(name, "too_long", f"over {limit} characters", limit=limit))
    findings = check_fields({name: getattr(entry, name) for name in GUARDED_FIELDS})
    for name in dict.fromkeys(finding.field for finding in findings):
        kinds = tuple(kinds_found(f for f in findings if f.field == name))
        problems.append(Problem(name, "personal_data", "personal data found", kinds))
    return problems


def term_label(terms: tuple[Term, ...], code: str, language: str) -> str:
    """The name of ``code`` among ``terms`` in ``language``; the code itself if unknown."""
    return next((t.label(language) for t in terms if t.code == code), code)


def is_stale(entry: DirectoryEntryData, today: date) -> bool:
    """Whether the details were never checked, or checked over a year before ``today``."""
    return entry.checked is None or today - entry.checked > STALE_AFTER


def fold(text: str) -> str:
    """``text`` for comparing words: case and accents ignored (ä ≈ a, é ≈ e)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_text(entry: DirectoryEntryData, names: Mapping[str, str] | None = None) -> str:
    """Every field of ``entry`` as one folded text; ``names`` adds topics' and languages' names."""
    names = names or {}
    parts = [
        entry.name,
        entry.kind,
        entry.address,
        entry.phone,
        entry.web,
        entry.hours,
        entry.accessibility,
        entry.paid,
        entry.notes,
        *entry.topics,
        *entry.languages,
        *(names.get(code, "") for code in (entry.kind, *entry.topics, *entry.languages)),
    ]
    return fold("\n".join(parts))


def matches(
    entry: DirectoryEntryData,
    words: str = "",
    topic: str = "",
    language: str = "",
    names: Mapping[str, str] | None = None,
) -> bool:
    """Whether ``entry`` has every word (in any field), the topic and the language asked for.

    A language matches its base language too: an entry serving ``fi``
    serves a client who reads ``fi-selko``, and one serving ``ar`` an
    ``ar-SY`` client.
    """
    if topic and topic not in entry.topics:
        return False
    if language:
        base = base_language(language)
        if language not in entry.languages and base not in entry.languages:
            return False
    wanted = fold(words).split()
    if not wanted:
        return True
    text = search_text(entry, names)
    return all(word in text for word in wanted)


def search(
    entries: Iterable[DirectoryEntryData],
    words: str = "",
    topic: str = "",
    language: str = "",
    names: Mapping[str, str] | None = None,
) -> list[DirectoryEntryData]:
    """The entries that match (see :func:`matches`), by name."""
    found = [e for e in entries if matches(e, words, topic, language, names)]
    return sorted(found, key=lambda e: (fold(e.name), e.uuid or ""))


def same_name(a: str, b: str) -> bool:
    """Names a volunteer could not tell apart in a list: letter case and spacing aside."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
