"""The personal-data guard for session notes: find it, name its kind, remove it.

A session log holds no client name, identity number or contact details, ever.
The short free-text note is the only field where such data could slip in, so
the UI and the CSV import run :func:`find_personal_data` before saving and
refuse the note while anything is found. They tell the volunteer only the
*kind* of data found (:func:`kinds_found`, translated by the UI), never the
value, and offer :func:`remove_personal_data` as a one-click fix.

What counts, and why each rule is as strict as it is:

- **E-mail addresses**: ``name@domain.tld``. The shape alone is telling enough.
- **Identity codes** (henkilötunnus): DDMMYY, a century sign (``+`` 1800s;
  ``-`` and the 2023 letters ``Y X W V U`` 1900s; ``A`` and the 2023 letters
  ``B C D E F`` 2000s), three digits and a check character. Only a real date
  with the right check character counts: form and order numbers of the same
  shape are common.
- **IBANs**: a known country code, two check digits and the country's exact
  length, written solid or in groups; the mod-97 checksum must hold.
- **Payment card numbers**: 13–19 digits, solid or in the printed layouts
  (groups of four, or 4-6-5 and 4-6-4), in the card networks' number ranges
  (starting 2221–2720 or 3–6), passing the Luhn check. The ranges keep runs
  of years and reference numbers out, and no card starts with 0 as phone
  numbers do.
- **Phone numbers**: international (``+`` or ``00`` and a country code, 9–15
  digits; 358 without its plus from 11 digits) or Finnish national (a leading
  0 and 8–11 digits, such as 040 123 4567 or (09) 123 4567), in groups joined
  by spaces, dashes or brackets. Phones have no checksum, so the rules lean on
  layout: digits next to a dot, comma or colon belong to a date, time, version
  or amount (14.3.2026, 9:30, 16.4.1, 1 234,50); digits glued to letters are
  codes (``SV1234``, ``Windows11``); a dash between two one- or two-digit
  groups is a range of hours (``09-12 13-16``); and d-m-yyyy (``03-14-2026``)
  is a date. Nationwide service numbers (0800, 0600, 0700, 010, 020, 029, 030)
  belong to companies and authorities that notes legitimately refer clients
  to, so they are not flagged. A number without its area or country code
  (123 4567) cannot be told from an amount and is not flagged either.

When two readings claim the same characters, the one with the strictest check
wins (e-mail, identity code, IBAN, card, then phone), so a card number is never
also reported as a phone. A string shaped like an identity code or IBAN whose
check fails is not reported, but it still keeps its digits from being read as
a phone or a card: a mistyped code is not somebody's phone number.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from peerhelper.domain.privacy_checks import (
    DASHES,
    IBAN_LENGTHS,
    iban_is_valid,
    identity_birth_date,
    identity_check_character,
    luhn_is_valid,
)


class PersonalDataKind(StrEnum):
    IDENTITY_CODE = "identity_code"
    PHONE = "phone"
    EMAIL = "email"
    IBAN = "iban"
    PAYMENT_CARD = "payment_card"


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its kind and its character span ``text[start:end]``."""

    kind: PersonalDataKind
    start: int
    end: int


# Strictest check first: that reading wins where two overlap.
_PRECEDENCE = (
    PersonalDataKind.EMAIL,
    PersonalDataKind.IDENTITY_CODE,
    PersonalDataKind.IBAN,
    PersonalDataKind.PAYMENT_CARD,
    PersonalDataKind.PHONE,
)

_SPACES = " \u00a0"
_DASH = re.escape(DASHES)  # for use inside a character class
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
_IDENTITY_CODE = re.compile(
    rf"(?<![^\W_])(\d{{6}})([+{_DASH}A-FU-Y])(\d{{3}})([0-9A-Z])(?![^\W_])", re.IGNORECASE
)
_IBAN_START = re.compile(r"(?<![^\W_])[A-Za-z]{2}[0-9]{2}")
# Upper-case IBAN lookalikes: solid, or in printed groups of up to four characters.
_IBAN_SHAPE = re.compile(
    rf"[A-Z]{{2}}[0-9]{{2}}(?:[A-Z0-9]{{11,30}}|(?:[{_SPACES}]?[A-Z0-9]{{1,4}}){{3,8}})(?![^\W_])"
)
# A run of ASCII digits touching no letter ("Windows11") and not part of a
# time, date or decimal number ("11:03", "14.3.", "977,52").
_DIGIT_GROUP = re.compile(r"(?<![^\W_])(?<![0-9][.,:])[0-9]+(?![^\W_])(?![.,:][0-9])")
# What may stand between the groups of one written number: a space, a dash
# with or without spaces, or a bracket as in (09) 123 4567.
_JOINER = re.compile(rf"[{_SPACES}]?(?:[{_DASH}][{_SPACES}]?)?|[{_SPACES}]?\(|\)[{_SPACES}]?")
_DATE_SEPARATOR = rf"[{_DASH}/{_SPACES}]"
_DATE_LIKE = re.compile(
    rf"[0-9]{{1,2}}{_DATE_SEPARATOR}[0-9]{{1,2}}{_DATE_SEPARATOR}(19|20)[0-9]{{2}}"
)
_FINNISH_SERVICE_PREFIXES = ("0800", "0600", "0700", "010", "020", "029", "030")
# No written number the guard looks for has more digits than a 19-digit card
# or a 15-digit phone number with its 00 prefix; longer windows are skipped.
_MAX_DIGITS = 19
_MIN_DIGITS = 8  # the shortest phone number; cards are longer


@dataclass(frozen=True)
class _Candidate:
    kind: PersonalDataKind
    start: int
    end: int
    # False: the shape of the kind with a failing check. It is never reported,
    # but it keeps weaker readings off its characters.
    checked: bool = True


def find_personal_data(text: str) -> list[Finding]:
    """Every piece of personal data in ``text``, sorted by position, never overlapping."""
    candidates = [*_emails(text), *_identity_codes(text), *_ibans(text), *_numbers(text)]
    candidates.sort(key=lambda c: (_PRECEDENCE.index(c.kind), c.start - c.end, c.start))
    # Accepted spans, kept sorted by start; being disjoint, their ends are sorted too.
    starts: list[int] = []
    taken: list[_Candidate] = []
    for candidate in candidates:
        index = bisect_right(starts, candidate.start)
        if index and taken[index - 1].end > candidate.start:
            continue  # overlaps the accepted span that starts before it
        if index < len(taken) and taken[index].start < candidate.end:
            continue  # overlaps the accepted span that starts after it
        starts.insert(index, candidate.start)
        taken.insert(index, candidate)
    return [Finding(c.kind, c.start, c.end) for c in taken if c.checked]


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


def _join(left: str, right: str) -> str:
    left = left.rstrip(_SPACES + "\t")
    right = right.lstrip(_SPACES + "\t")
    for opening, closing in ("()", "[]", "<>"):
        # Brackets that held only the removed text would be left empty.
        if left.endswith(opening) and right.startswith(closing):
            return _join(left[:-1], right[1:])
    if not left or not right or left[-1] in "\r\n([<" or right[0] in "\r\n,.;:!?)]>":
        return left + right
    return f"{left} {right}"


def _emails(text: str) -> Iterator[_Candidate]:
    if "@" not in text:
        return
    for match in _EMAIL.finditer(text):
        yield _Candidate(PersonalDataKind.EMAIL, match.start(), match.end())


def _identity_codes(text: str) -> Iterator[_Candidate]:
    for match in _IDENTITY_CODE.finditer(text):
        birth_digits, sign, individual, check = match.groups()
        if identity_birth_date(birth_digits, sign) is None:
            continue  # not a date: just a number with a letter in it
        valid = identity_check_character(birth_digits, individual) == check.upper()
        yield _Candidate(PersonalDataKind.IDENTITY_CODE, match.start(), match.end(), valid)


def _ibans(text: str) -> Iterator[_Candidate]:
    for match in _IBAN_START.finditer(text):
        start = match.start()
        length = IBAN_LENGTHS.get(match.group()[:2].upper())
        # Where each further character of the code ends; single spaces may split groups.
        char_ends = list(_iban_char_ends(text, match.end()))
        if length is not None and len(char_ends) >= length - 4:
            end = char_ends[length - 5]
            if not text[end : end + 1].isalnum():
                compact = re.sub(rf"[{_SPACES}]", "", text[start:end])
                valid = iban_is_valid(compact)
                if valid or match.group()[:2].isupper():
                    yield _Candidate(PersonalDataKind.IBAN, start, end, checked=valid)
                continue
        # A wrong length or an unknown country, yet written like an IBAN: keep its
        # digits from being read as a card or phone.
        shape = _IBAN_SHAPE.match(text, start)
        if shape is not None and sum(char.isdecimal() for char in shape.group()) >= 10:
            yield _Candidate(PersonalDataKind.IBAN, start, shape.end(), checked=False)


def _iban_char_ends(text: str, position: int) -> Iterator[int]:
    """End offsets of the IBAN characters after ``position``, at most 30 of them."""
    count = 0
    while count < 30 and position < len(text):
        char = text[position]
        if _is_iban_char(char):
            count += 1
            yield position + 1
        elif not (char in _SPACES and _is_iban_char(text[position + 1 : position + 2])):
            return
        position += 1


def _is_iban_char(char: str) -> bool:
    return len(char) == 1 and char.isascii() and char.isalnum()


def _numbers(text: str) -> Iterator[_Candidate]:
    """Card and phone readings of every run of consecutive digit groups in a chain."""
    for chain in _digit_chains(text):
        for first in range(len(chain)):
            digits = ""
            for last in range(first, len(chain)):
                digits += chain[last].group()
                if len(digits) > _MAX_DIGITS:
                    break
                if len(digits) < _MIN_DIGITS:
                    continue
                window = chain[first : last + 1]
                card = _card(text, window, digits)
                if card is not None:
                    yield card
                # The group before the window tells whether it starts mid-range ("12-08 …").
                context = chain[max(first - 1, 0) : last + 1]
                phone = _phone(text, window, digits, context)
                if phone is not None:
                    yield phone


def _digit_chains(text: str) -> Iterator[list[re.Match[str]]]:
    chain: list[re.Match[str]] = []
    for group in _DIGIT_GROUP.finditer(text):
        if chain and _JOINER.fullmatch(text, chain[-1].end(), group.start()):
            chain.append(group)
        else:
            if chain:
                yield chain
            chain = [group]
    if chain:
        yield chain


def _joiners(text: str, window: list[re.Match[str]]) -> list[str]:
    return [text[a.end() : b.start()] for a, b in pairwise(window)]


def _card(text: str, window: list[re.Match[str]], digits: str) -> _Candidate | None:
    start, end = window[0].start(), window[-1].end()
    if not 13 <= len(digits) <= 19 or text[start - 1 : start] == "+":
        return None
    if not (digits[0] in "3456" or 2221 <= int(digits[:4]) <= 2720):
        return None  # outside the card networks' number ranges: years, references, phones
    if len(digits) == 13 and digits[0] != "4":
        return None  # only Visa issued 13-digit numbers
    if any(joiner.strip(_SPACES + DASHES) for joiner in _joiners(text, window)):
        return None  # brackets belong to phone numbers, not cards
    if not _is_card_layout([len(group.group()) for group in window]):
        return None
    if not luhn_is_valid(digits):
        return None
    return _Candidate(PersonalDataKind.PAYMENT_CARD, start, end)


def _is_card_layout(sizes: list[int]) -> bool:
    """Solid digits, or a printed layout: 4-4-4-4, 4-4-4-1, 4-4-4-4-1…3, 4-6-5, 4-6-4."""
    if len(sizes) == 1:
        return True
    if sizes[0] != 4:
        return False
    if len(sizes) == 3:
        return sizes[1] == 6 and sizes[2] in (4, 5)
    if not all(size == 4 for size in sizes[:-1]):
        return False
    return (len(sizes) == 4 and sizes[-1] in (1, 4)) or (len(sizes) == 5 and sizes[-1] <= 3)


def _phone(
    text: str, window: list[re.Match[str]], digits: str, context: list[re.Match[str]]
) -> _Candidate | None:
    start, end = window[0].start(), window[-1].end()
    first_group = window[0].group()
    if len(window) > 1 and len(window[-1].group()) < 2:
        return None  # "040 123 4567 2 times": the lone digit is not part of the number
    plus = text[start - 1 : start] == "+" and not text[start - 2 : start - 1].isalnum()
    if plus or digits.startswith("00"):
        national = digits if plus else digits[2:]
        if not _is_international_phone(national, minimum=9):
            return None
        return _Candidate(PersonalDataKind.PHONE, start - 1 if plus else start, end)
    if _has_hour_range(text, context):
        return None  # opening hours such as 08-16 or 9–12 13–16
    if digits.startswith("358") and (first_group == "358" or len(first_group) >= 10):
        # Written without its plus sign; longer minimum as "358" alone is weaker evidence.
        if not _is_international_phone(digits, minimum=11):
            return None
        return _Candidate(PersonalDataKind.PHONE, start, end)
    if not _is_finnish_national_phone(digits, first_group, len(window)):
        return None
    if _DATE_LIKE.fullmatch(text[start:end]):
        return None
    joiners = _joiners(text, window)
    if text[start - 1 : start] == "(" and joiners and joiners[0].startswith(")"):
        start -= 1  # "(09) 123 4567": the area code's brackets go with the number
    return _Candidate(PersonalDataKind.PHONE, start, end)


def _has_hour_range(text: str, groups: list[re.Match[str]]) -> bool:
    """True when a dash joins two groups of one or two digits, as in 08-16."""
    return any(
        len(a.group()) <= 2 and len(b.group()) <= 2 and any(c in DASHES for c in joiner)
        for (a, b), joiner in zip(pairwise(groups), _joiners(text, groups), strict=True)
    )


def _is_international_phone(number: str, minimum: int) -> bool:
    """``number`` is country code and subscriber number, without + or 00."""
    if not minimum <= len(number) <= 15 or number[0] == "0":
        return False
    if number.startswith("358"):
        national = "0" + number[3:].removeprefix("0")  # "+358 (0)40…" carries the 0 too
        return not national.startswith(_FINNISH_SERVICE_PREFIXES)
    return True


def _is_finnish_national_phone(digits: str, first_group: str, group_count: int) -> bool:
    if not 8 <= len(digits) <= 11 or digits[0] != "0" or digits[1] == "0":
        return False
    if group_count > 1 and not 2 <= len(first_group) <= 5:
        return False  # an area code or mobile prefix is 2–5 digits with its 0
    return not digits.startswith(_FINNISH_SERVICE_PREFIXES)
