"""The personal-data guard for free text stored with a session: find it, name it, remove it.

A session log holds no client name, identity number or contact details, ever.
Every free-text field (the note, "referred to", and any later one) and every
column of an imported file goes through :func:`check_fields` before saving,
and is refused while anything is found. The volunteer is told only the field
and the *kind* of data found (:func:`kinds_found`, translated by the UI),
never the value, and is offered :func:`remove_personal_data` as a one-click fix.

The text is first normalised (:mod:`.privacy_normalise`): full-width and
Arabic-Indic digits, the many spaces and dashes, invisible characters. What
counts, and why each rule is as strict as it is:

- **E-mail addresses**: ``name@domain.tld``, also spelled out against address
  harvesters (``name (at) domain.fi``, ``name[at]domain.fi``,
  ``name(a)domain.fi``, ``(dot)``), and ``name at domain.fi`` when the name
  looks like an address's or the domain is a mail service.
- **Identity codes** (henkilötunnus): DDMMYY, a century sign (``+`` 1800s;
  ``-`` and the 2023 letters ``Y X W V U`` 1900s; ``A`` and the 2023 letters
  ``B C D E F`` 2000s), three digits and a check character, in either letter
  case, split by single spaces, glued to a word, or with a space or nothing
  in place of the sign. Only a real date with the right check character
  counts: form and order numbers of the same shape are common.
- **IBANs**: a known country code, two check digits and the country's exact
  length, solid or in groups split by spaces or dashes; mod-97 must hold.
- **Payment card numbers**: 13–19 digits, solid or in the printed layouts
  (groups of four, or 4-6-5 and 4-6-4, split by spaces, dashes or dots), in
  the card networks' number ranges, passing the Luhn check. A 15-digit
  Luhn number is a phone's IMEI unless it starts like American Express.
- **Phone numbers**: international (``+`` or ``00`` and a country code; 358
  without its plus from 11 digits) or Finnish national: a leading 0, 8–11
  digits and a real area or mobile prefix (see :mod:`.privacy_checks`), in
  groups joined by spaces, dashes, dots, slashes or brackets. Service numbers
  of companies and authorities and e-invoice addresses (``0037…``) are not
  phones; the layout rules that keep dates, times, amounts and versions out
  are in :mod:`.privacy_numbers`.

When two readings claim the same characters, the one with the strictest check
wins (:class:`.privacy_candidates.Rank`), so a card number is never also
reported as a phone. A string shaped like an identity code or IBAN whose check
fails is not reported, but it keeps its digits from being read as a phone or
card: a mistyped code is not somebody's phone number.

Every finder does work in proportion to the text's length: a pasted page
is checked as quickly as it is typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from peerhelper.domain.privacy_candidates import Candidate, PersonalDataKind
from peerhelper.domain.privacy_normalise import INVISIBLE, SPACES, normalise
from peerhelper.domain.privacy_numbers import numbers
from peerhelper.domain.privacy_words import emails, ibans, identity_codes

__all__ = [
    "Finding",
    "PersonalDataKind",
    "check_fields",
    "contains_personal_data",
    "find_personal_data",
    "kinds_found",
    "remove_personal_data",
]


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its kind, its span ``text[start:end]`` and its field.

    ``field`` is set by :func:`check_fields`; :func:`find_personal_data` leaves it empty.
    """

    kind: PersonalDataKind
    start: int
    end: int
    field: str = ""


def find_personal_data(text: str) -> list[Finding]:
    """Every piece of personal data in ``text``, sorted by position, never overlapping."""
    if not text:  # most cells of an import are empty: a hundred thousand rows ask this
        return []
    normal = normalise(text)
    found = []
    for candidate in _without_overlaps(_candidates(normal.text), len(normal.text)):
        start, end = normal.original_span(candidate.start, candidate.end)
        found.append(Finding(candidate.kind, start, end))
    return found


def check_fields(fields: Mapping[str, str]) -> list[Finding]:
    """Every piece of personal data in each of ``fields`` (name → text), naming its field."""
    return [
        replace(finding, field=name)
        for name, text in fields.items()
        for finding in find_personal_data(text)
    ]


def contains_personal_data(text: str) -> bool:
    return bool(find_personal_data(text))


def kinds_found(findings: Iterable[Finding]) -> list[PersonalDataKind]:
    """The kinds present, each once, in the order :class:`PersonalDataKind` declares them."""
    present = {finding.kind for finding in findings}
    return [kind for kind in PersonalDataKind if kind in present]


def remove_personal_data(text: str, findings: list[Finding] | None = None) -> str:
    """``text`` without the found spans; the spaces around each cut are tidied to one."""
    if findings is None:
        findings = find_personal_data(text)
    result = text
    # From the end backwards, so the offsets of the earlier spans stay right.
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        if not 0 <= finding.start < finding.end <= len(result):
            raise ValueError(f"finding {finding.start}:{finding.end} is outside the text")
        result = _join(result[: finding.start], result[finding.end :])
    return result


def _candidates(text: str) -> list[Candidate]:
    return [*emails(text), *identity_codes(text), *ibans(text), *numbers(text)]


def _without_overlaps(candidates: list[Candidate], length: int) -> list[Candidate]:
    """The reported candidates, after each stronger one has claimed its characters."""
    candidates.sort(key=lambda c: (c.rank, c.start - c.end, c.start))
    # One byte per character: 1 where an accepted candidate lies. Each test and
    # claim costs the candidate's length, and candidates are short or disjoint.
    claimed = bytearray(length)
    taken: list[Candidate] = []
    for candidate in candidates:
        if claimed.find(1, candidate.start, candidate.end) != -1:
            continue
        claimed[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        taken.append(candidate)
    return sorted((c for c in taken if c.checked), key=lambda c: c.start)


_BLANKS = " \t" + SPACES + INVISIBLE


def _join(left: str, right: str) -> str:
    left = left.rstrip(_BLANKS)
    right = right.lstrip(_BLANKS)
    for opening, closing in ("()", "[]", "<>"):
        # Brackets that held only the removed text would be left empty.
        if left.endswith(opening) and right.startswith(closing):
            return _join(left[:-1], right[1:])
    if not left or not right or left[-1] in "\r\n([<" or right[0] in "\r\n,.;:!?)]>":
        return left + right
    return f"{left} {right}"
