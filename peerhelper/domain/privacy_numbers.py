"""Card and phone numbers in normalised text (see :mod:`peerhelper.domain.privacy`).

A written number is a chain of digit groups joined by a space, a dash, a dot,
a slash or brackets: ``040 123 4567``, ``(09) 123 4567``, ``040.123.4567``,
``4111-1111-1111-1111``. Every run of at most :data:`_MAX_GROUPS` consecutive
groups of a chain with 8–19 digits is a *window*, read as a card and as a
phone; the rules below throw out what only looks like one. Each group starts
a bounded number of windows, so the work grows with the text, not faster.

Phones have no checksum, so the rules lean on layout: digits next to a comma
or colon belong to an amount or a time (``1 234,50``, ``9:30``); digits glued
to letters are codes (``SV1234``, ``Windows11``); a window never starts or
ends in the middle of a dotted or slashed number (``14.3.2026``, ``16.4.1``);
with a dot or slash in it, every group after the area code has at least three
digits (so ``02.03.2026`` is a date); a dash between two one- or two-digit
groups is a range of hours (``09-12 13-16``); and d-m-yyyy is a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from peerhelper.domain.privacy_candidates import Candidate, PersonalDataKind, Rank
from peerhelper.domain.privacy_checks import (
    is_e_invoice_address,
    is_finnish_national_phone,
    is_imei,
    is_international_phone,
    luhn_is_valid,
)

_DIGITS = re.compile(r"[0-9]+")
# Between the groups of one written number: a space, a dash or slash with or
# without spaces, a dot, or a bracket as in (09) 123 4567.
_JOINER = re.compile(r" ?(?:[-/] ?)?|\.| ?\(|\) ?")
_DATE_LIKE = re.compile(r"[0-9]{1,2}[-/. ][0-9]{1,2}[-/. ](19|20)[0-9]{2}")
_MAX_DIGITS = 19  # a card; the longest phone is 15 digits after + or 00
_MIN_DIGITS = 8  # the shortest phone; cards are longer
_MAX_GROUPS = 6  # +358 (0)40 123 45 67 has six
_CARD_JOINERS = frozenset(("", " ", "-", " - ", " -", "- ", "."))


class _Chain:
    """Consecutive digit groups of one written number, and what joins them."""

    def __init__(self, text: str, groups: list[re.Match[str]]) -> None:
        self.text = text
        self.digits = [g.group() for g in groups]
        self.starts = [g.start() for g in groups]
        self.ends = [g.end() for g in groups]
        self.joiners = [text[a.end() : b.start()] for a, b in pairwise(groups)]

    def splits_a_number(self, index: int) -> bool:
        """Whether the joiner after group ``index`` belongs to a dotted or slashed number."""
        return index < len(self.joiners) and _is_dot_or_slash(self.joiners[index])


def numbers(text: str) -> Iterator[Candidate]:
    """Card and phone readings (and device or invoice numbers, which block both)."""
    for chain in _chains(text):
        if sum(len(d) for d in chain.digits) < _MIN_DIGITS:
            continue
        for first in range(len(chain.digits)):
            if first and chain.splits_a_number(first - 1):
                continue  # "14.3.2026 …": a window cannot start mid-number
            if chain.digits[first][0] in "1789" and not _after_plus(chain, first):
                continue  # no card, national phone or 358 starts so (fast path)
            digits = ""
            for last in range(first, min(first + _MAX_GROUPS, len(chain.digits))):
                digits += chain.digits[last]
                if len(digits) > _MAX_DIGITS:
                    break
                if len(digits) < _MIN_DIGITS or chain.splits_a_number(last):
                    continue
                yield from _readings(chain, first, last, digits)


def _after_plus(chain: _Chain, index: int) -> bool:
    start = chain.starts[index]
    return chain.text[start - 1 : start] == "+"


def _chains(text: str) -> Iterator[_Chain]:
    groups: list[re.Match[str]] = []
    for group in _DIGITS.finditer(text):
        if not _stands_alone(text, group.start(), group.end()):
            if groups:
                yield _Chain(text, groups)
            groups = []
            continue
        if groups and _JOINER.fullmatch(text, groups[-1].end(), group.start()) is None:
            yield _Chain(text, groups)
            groups = []
        groups.append(group)
    if groups:
        yield _Chain(text, groups)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Not glued to a letter ("SV1234"), not part of an amount or a time ("1 234,50", "9:30")."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if before.isalpha() or after.isalpha() or before == "_" or after == "_":
        return False
    if before in (",", ":") and text[start - 2 : start - 1].isdigit():
        return False
    return not (after in (",", ":") and text[end + 1 : end + 2].isdigit())


def _is_dot_or_slash(joiner: str) -> bool:
    return "." in joiner or "/" in joiner


def _readings(chain: _Chain, first: int, last: int, digits: str) -> Iterator[Candidate]:
    text = chain.text
    start, end = chain.starts[first], chain.ends[last]
    plus = text[start - 1 : start] == "+" and not text[start - 2 : start - 1].isalnum()
    lead = digits[0]
    # Cheap tests first: most windows of a long run of numbers can be neither.
    may_be_card = not plus and len(digits) >= 13 and (lead in "3456" or lead == "2")
    may_be_phone = plus or (lead == "0" and (len(digits) <= 11 or digits[1] == "0"))
    may_be_phone = may_be_phone or digits.startswith("358")
    if not (may_be_card or may_be_phone):
        return
    if first == last and not plus and (is_imei(digits) or is_e_invoice_address(digits)):
        yield Candidate(PersonalDataKind.PHONE, start, end, Rank.NOT_PERSONAL, checked=False)
        return
    if may_be_card:
        joiners = chain.joiners[first:last]
        sizes = [len(d) for d in chain.digits[first : last + 1]]
        if _is_card(digits, joiners, sizes):
            yield Candidate(PersonalDataKind.PAYMENT_CARD, start, end, Rank.PAYMENT_CARD)
    if may_be_phone:
        phone = _phone(chain, first, last, digits, plus)
        if phone is not None:
            yield phone


def _is_card(digits: str, joiners: list[str], sizes: list[int]) -> bool:
    if not 13 <= len(digits) <= 19:
        return False
    if not (digits[0] in "3456" or 2221 <= int(digits[:4]) <= 2720):
        return False  # outside the card networks' number ranges: years, references, phones
    if len(digits) == 13 and digits[0] != "4":
        return False  # only Visa issued 13-digit numbers
    if len(digits) == 15 and not digits.startswith(("34", "37")):
        return False  # only American Express; other 15-digit Luhn numbers are IMEIs
    if not all(joiner in _CARD_JOINERS for joiner in joiners):
        return False  # brackets and slashes belong to phone numbers, not cards
    return _is_card_layout(sizes) and luhn_is_valid(digits)


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


def _phone(chain: _Chain, first: int, last: int, digits: str, plus: bool) -> Candidate | None:
    text = chain.text
    start, end = chain.starts[first], chain.ends[last]
    first_group = chain.digits[first]
    if last > first and len(chain.digits[last]) < 2:
        return None  # "040 123 4567 2 times": the lone digit is not part of the number
    joiners = chain.joiners[first:last]
    groups_after_first = chain.digits[first + 1 : last + 1]
    if plus or digits.startswith("00"):
        # 00 and a country code is at least 12 digits; shorter ones are references.
        national = digits if plus else digits[2:]
        if not _is_phone_punctuation(joiners, groups_after_first, 0 if plus else 3):
            return None
        if not plus and _has_hour_range(chain, max(first - 1, 0), last):
            return None
        if not plus and last > first and len(first_group) == 5 and first_group != "00358":
            return None  # 00100 Helsinki: a postal code, then some other number
        if not is_international_phone(national, minimum=9 if plus else 10):
            return None
        return Candidate(PersonalDataKind.PHONE, start - 1 if plus else start, end, Rank.PHONE)
    # The group before the window tells whether it starts mid-range ("12-08 …").
    if _has_hour_range(chain, max(first - 1, 0), last):
        return None  # opening hours such as 08-16 or 9–12 13–16
    if digits.startswith("358") and (first_group == "358" or len(first_group) >= 10):
        # Written without its plus sign; longer minimum as "358" alone is weaker evidence.
        if not is_international_phone(digits, minimum=11):
            return None
        return Candidate(PersonalDataKind.PHONE, start, end, Rank.PHONE)
    if not is_finnish_national_phone(digits, first_group, last - first + 1):
        return None
    if not _is_phone_punctuation(joiners, groups_after_first, 3):
        return None
    if _DATE_LIKE.fullmatch(text, start, end):
        return None
    if text[start - 1 : start] == "(" and joiners and joiners[0].startswith(")"):
        start -= 1  # "(09) 123 4567": the area code's brackets go with the number
    return Candidate(PersonalDataKind.PHONE, start, end, Rank.PHONE)


def _is_phone_punctuation(joiners: list[str], groups_after_first: list[str], least: int) -> bool:
    """Dots join every group (040.123.4567) or none; a slash only follows the area code
    (09/123 4567); and with either, the groups after the first have at least ``least``
    digits, so that 02.03.2026 is a date and 873/842 2003 not a phone."""
    dots = ["." in joiner for joiner in joiners]
    if any(dots) and not all(dots):
        return False
    if any("/" in joiner for joiner in joiners[1:]):
        return False
    if any(dots) or (joiners and "/" in joiners[0]):
        return min(len(group) for group in groups_after_first) >= least
    return True


def _has_hour_range(chain: _Chain, first: int, last: int) -> bool:
    """True when a dash joins two groups of one or two digits, as in 08-16."""
    return any(
        len(chain.digits[i]) <= 2 and len(chain.digits[i + 1]) <= 2 and "-" in chain.joiners[i]
        for i in range(first, last)
    )
