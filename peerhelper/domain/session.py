"""A support session as plain data, and the rules every saved session obeys.

The same rules apply whether a session comes from the form, a one-tap tally,
a paper tally sheet or a CSV import: known codes only, minutes 0–600, a day
in the years 2000–2099, and no personal data in the note (see
``domain.privacy``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from peerhelper.domain.privacy import PersonalDataKind, find_personal_data, kinds_found
from peerhelper.domain.vocabulary import codes_of

MAX_MINUTES = 600
MAX_NOTE_LENGTH = 2000
# The days a session (and a date range asked for) can fall on. Anything outside
# is a typing mistake, and the extremes (year 1, 9999) would break date sums
# and spreadsheets.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
# BCP 47 in the shapes we meet: "fi", "fi-selko", "ckb", "zh-Hant", "pt-BR".
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

# The fields of a session kept in one column each (lists have tables of their own).
SCALAR_FIELDS = (
    "started_at",
    "minutes",
    "mode",
    "channel",
    "device",
    "language",
    "age_band",
    "visit",
    "outcome",
    "independence",
    "referred_to",
    "note",
    "source",
)
SINGLE_CHOICE_FIELDS = ("mode", "channel", "device", "age_band", "visit", "outcome", "independence")


@dataclass
class SessionData:
    started_at: datetime
    mode: str
    topics: list[str]
    minutes: int = 0
    channel: str = ""
    device: str = ""
    language: str = ""
    age_band: str = ""
    visit: str = ""
    outcome: str = ""
    independence: str = ""
    barriers: list[str] = field(default_factory=list)
    referred_to: str = ""
    guides: list[str] = field(default_factory=list)
    note: str = ""
    source: str = "form"
    uuid: str | None = None

    def has_content(self) -> bool:
        """Whether anything about the help itself was entered (not only times or guides)."""
        return bool(
            self.mode
            or self.topics
            or self.note
            or self.referred_to
            or self.outcome
            or self.barriers
            or self.independence
        )

    def copy(self, **changes: object) -> SessionData:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Problem:
    """One reason a session cannot be saved; ``field`` names the culprit."""

    field: str
    code: str
    detail: str = ""
    kinds: tuple[PersonalDataKind, ...] = ()

    def __str__(self) -> str:
        what = self.detail or self.code
        if self.kinds:
            what += " (" + ", ".join(k.value for k in self.kinds) + ")"
        return f"{self.field}: {what}"


def validate(session: SessionData, topic_codes: set[str] | frozenset[str]) -> list[Problem]:
    """Every problem with ``session``; an empty list means it may be saved."""
    problems: list[Problem] = []
    if not FIRST_DAY <= session.started_at.date() <= LAST_DAY:
        detail = f"the date must be in the years {FIRST_DAY.year}–{LAST_DAY.year}"
        problems.append(Problem("started_at", "out_of_range", detail))
    if not session.mode:
        problems.append(Problem("mode", "required", "a mode is required"))
    for name in SINGLE_CHOICE_FIELDS:
        value = getattr(session, name)
        if value and value not in codes_of(name):
            problems.append(Problem(name, "unknown_code", f"unknown code {value!r}"))
    if not session.topics:
        problems.append(Problem("topics", "required", "at least one topic is required"))
    for topic in session.topics:
        if topic not in topic_codes:
            problems.append(Problem("topics", "unknown_code", f"unknown topic {topic!r}"))
    for barrier in session.barriers:
        if barrier not in codes_of("barriers"):
            problems.append(Problem("barriers", "unknown_code", f"unknown barrier {barrier!r}"))
    if not 0 <= session.minutes <= MAX_MINUTES:
        problems.append(Problem("minutes", "out_of_range", f"minutes must be 0–{MAX_MINUTES}"))
    if session.language and not _LANGUAGE_TAG.match(session.language):
        problems.append(
            Problem("language", "bad_language", f"not a language code: {session.language!r}")
        )
    if len(session.note) > MAX_NOTE_LENGTH:
        problems.append(
            Problem("note", "too_long", f"the note is over {MAX_NOTE_LENGTH} characters")
        )
    for name in ("note", "referred_to"):
        findings = find_personal_data(getattr(session, name))
        if findings:
            problems.append(
                Problem(name, "personal_data", "personal data found", tuple(kinds_found(findings)))
            )
    return problems


def dedupe(values: list[str]) -> list[str]:
    """Keep the first of each value, in order."""
    return list(dict.fromkeys(v for v in values if v))
