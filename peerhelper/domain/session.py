"""A support session as plain data, and the rules every saved session obeys.

The same rules apply whether a session comes from the form, a one-tap tally,
a paper tally sheet or a CSV import: known codes only, minutes 0–600, a day
in the years 2000–2099, texts within their length, guide ids and language
codes of their shape, and no personal data in any text stored with the
session (see ``domain.privacy``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from peerhelper.domain.privacy import PersonalDataKind, check_fields, kinds_found
from peerhelper.domain.vocabulary import codes_of

MAX_MINUTES = 600
MAX_NOTE_LENGTH = 2000
# The days a session (and a date range asked for) can fall on. Anything outside
# is a typing mistake, and the extremes (year 1, 9999) would break date sums
# and spreadsheets.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
MAX_REFERRED_TO_LENGTH = 200  # a service or place, one line
MAX_GUIDE_ID = 80
# BCP 47 in the shapes we meet: "fi", "fi-selko", "ckb", "zh-Hant", "pt-BR".
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
# The shape of a guide folder's id (guides.manifest.ID_PATTERN).
_GUIDE_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

# Free text typed by the volunteer, with its length limit. The form puts the
# personal-data guard on each; add a field here and to the form together.
FREE_TEXT_FIELDS: dict[str, int] = {"note": MAX_NOTE_LENGTH, "referred_to": MAX_REFERRED_TO_LENGTH}

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
# The fields of a session that are lists, kept in a table of their own each.
# ``referrals`` holds the UUIDs of directory entries the client was sent to.
LIST_FIELDS = ("topics", "barriers", "guides", "referrals")
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
    # Directory entries (their UUIDs) the client was referred to.
    referrals: list[str] = field(default_factory=list)
    source: str = "form"
    uuid: str | None = None

    def has_content(self) -> bool:
        """Whether anything about the help itself was entered (not only times or guides)."""
        return bool(
            self.mode
            or self.topics
            or self.note
            or self.referred_to
            or self.referrals
            or self.outcome
            or self.barriers
            or self.independence
        )

    def copy(self, **changes: object) -> SessionData:
        return replace(self, **changes)  # type: ignore[arg-type]


def scalar_values(session: SessionData) -> dict[str, object]:
    """The session's one-column fields by name (``SCALAR_FIELDS``)."""
    return {name: getattr(session, name) for name in SCALAR_FIELDS}


def session_from(
    scalars: Mapping[str, Any], lists: Mapping[str, list[str]], uuid: str | None = None
) -> SessionData:
    """A session from its one-column fields and its lists, each by name.

    The one way storage turns what it read back into a session: a field added
    to ``SCALAR_FIELDS`` or ``LIST_FIELDS`` is read everywhere at once.
    """
    values = {name: scalars[name] for name in SCALAR_FIELDS}
    values |= {name: list(lists.get(name, ())) for name in LIST_FIELDS}
    return SessionData(**values, uuid=uuid)


@dataclass(frozen=True)
class Problem:
    """One reason a session cannot be saved; ``field`` names the culprit."""

    field: str
    code: str
    detail: str = ""
    kinds: tuple[PersonalDataKind, ...] = ()
    limit: int = 0  # for "too_long": the most characters allowed

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
    problems.extend(_text_problems(session))
    return problems


def guarded_texts(session: SessionData) -> dict[str, str]:
    """Every text of ``session`` that a person could have typed personal data into.

    The free-text fields, and the language and guide ids, which the form and
    an imported file let anyone type too.
    """
    texts = {name: getattr(session, name) for name in FREE_TEXT_FIELDS}
    texts["language"] = session.language
    texts["guides"] = "\n".join(session.guides)
    return texts


def _text_problems(session: SessionData) -> list[Problem]:
    """Length, shape and personal data of the texts; personal data is named before shape."""
    problems = []
    findings = check_fields(guarded_texts(session))
    with_personal_data = set()
    for name in dict.fromkeys(finding.field for finding in findings):
        kinds = tuple(kinds_found(f for f in findings if f.field == name))
        problems.append(Problem(name, "personal_data", "personal data found", kinds))
        with_personal_data.add(name)
    for name, limit in FREE_TEXT_FIELDS.items():
        if len(getattr(session, name)) > limit:
            problems.append(Problem(name, "too_long", f"over {limit} characters", limit=limit))
    language = session.language
    if language and "language" not in with_personal_data and not _LANGUAGE_TAG.fullmatch(language):
        problems.append(Problem("language", "bad_language", f"not a language code: {language!r}"))
    if "guides" not in with_personal_data:
        if any(len(guide) > MAX_GUIDE_ID for guide in session.guides):
            detail = f"a guide id is over {MAX_GUIDE_ID} characters"
            problems.append(Problem("guides", "too_long", detail, limit=MAX_GUIDE_ID))
        elif bad := [g for g in session.guides if not _GUIDE_ID.fullmatch(g)]:
            problems.append(Problem("guides", "bad_guide_id", f"not a guide id: {bad[0]!r}"))
    return problems


def dedupe(values: list[str]) -> list[str]:
    """Keep the first of each value, in order."""
    return list(dict.fromkeys(v for v in values if v))
