"""E-mail addresses, identity codes and IBANs in normalised text (see :mod:`.privacy`).

Every pattern here is bounded: each starting point is tried against at most a
few dozen characters, or the pattern cannot start again inside the run it
consumed (the look-behinds), so a finder's work grows with the text and never
with its square.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from peerhelper.domain.privacy_candidates import Candidate, PersonalDataKind, Rank
from peerhelper.domain.privacy_checks import (
    IBAN_LENGTHS,
    iban_is_valid,
    identity_code_reading,
    identity_code_without_sign,
)

# -- e-mail addresses ----------------------------------------------------------------

_LOCAL = r"(?<![\w.%+-])[\w.%+-]+"
# A dot, or one spelled out against address harvesters: (dot), [piste], {punkt}.
_DOT = r"(?:\.| ?[(\[{] ?(?:dot|piste|punkt) ?[)\]}] ?)"
_DOMAIN = rf"[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[^\W\d_]{{2,}}(?![\w-])"
# "@", or spelled out: (at), [at], {ät}, <at>, and name(a)domain without spaces.
_AT = r"(?:@| ?[(\[{<] ?(?:at|ät) ?[)\]}>] ?|[(\[]a[)\]])"
_EMAIL = re.compile(rf"{_LOCAL}{_AT}{_DOMAIN}", re.IGNORECASE)
# "anna.virtanen at example.fi": a plain "at" is an address only when the name
# looks like an address's (words joined by . _ + or -, or a word and digits, not
# "in" of "logged in at suomi.fi" or "9.30") or the domain is a mail service.
_PLAIN_AT = re.compile(
    rf"({_LOCAL}) (?:at|ät) ([\w-]+(?:\.[\w-]+)*\.[^\W\d_]{{2,}})(?![\w-])", re.IGNORECASE
)
_ADDRESS_LIKE_NAME = re.compile(r"[^\W\d_][._+-][^\W\d_]|[^\W\d_]{2}[0-9]+$")
MAIL_SERVICES = frozenset(
    (
        *("gmail.com", "googlemail.com", "hotmail.com", "hotmail.fi", "outlook.com"),
        *("outlook.fi", "live.com", "live.fi", "msn.com", "yahoo.com", "icloud.com"),
        *("me.com", "luukku.com", "suomi24.fi", "elisanet.fi", "kolumbus.fi"),
        *("saunalahti.fi", "welho.com", "netti.fi", "jippii.fi", "protonmail.com"),
        *("proton.me", "gmx.com", "gmx.net", "telia.com", "dnainternet.net"),
    )
)


def emails(text: str) -> Iterator[Candidate]:
    lowered = text.lower()
    if "@" in text or "(" in text or "[" in text or "{" in text or "<" in text:
        for match in _EMAIL.finditer(text):
            yield Candidate(PersonalDataKind.EMAIL, match.start(), match.end(), Rank.EMAIL)
    if " at " in lowered or " ät " in lowered:
        for match in _PLAIN_AT.finditer(text):
            name, domain = match.groups()
            if _ADDRESS_LIKE_NAME.search(name) or domain.lower() in MAIL_SERVICES:
                yield Candidate(PersonalDataKind.EMAIL, match.start(), match.end(), Rank.EMAIL)


# -- identity codes ------------------------------------------------------------------

# DDMMYY, the century sign, three digits and the check character. Letters may
# touch it ("hetu131052-308T"), digits may not; single spaces may split the
# date, stand around the sign or before the check character.
_WITH_SIGN = re.compile(
    r"(?<![0-9])([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([-+A-FU-Y]) ?([0-9]{3}) ?([0-9A-Y])(?![0-9])",
    re.IGNORECASE,
)
# The same with a space or nothing for the sign: 131052 308T, 131052308T. Ten
# solid digits (0712345678) are left alone: one number in 31 has the "right"
# last digit, and notes are full of customer and order numbers.
_WITHOUT_SIGN = re.compile(r"(?<![0-9])([0-9]{6}) ?([0-9]{3}) ?([0-9A-Y])(?![0-9])", re.IGNORECASE)


def identity_codes(text: str) -> Iterator[Candidate]:
    for match in _search_all(_WITH_SIGN, text):
        day, month, year, sign, individual, check = match.groups()
        reading = identity_code_reading(day + month + year, sign.upper(), individual, check.upper())
        if reading is not None:
            kind = PersonalDataKind.IDENTITY_CODE
            yield Candidate(kind, match.start(), match.end(), Rank.IDENTITY_CODE, reading)
    for match in _search_all(_WITHOUT_SIGN, text):
        birth, individual, check = match.groups()
        if text[match.start(3) - 1] == " " and text[match.end() : match.end() + 1].isalnum():
            continue  # "131052 308 kertaa": a word, not a check character
        if check.isdigit() and match.end(1) == match.start(2):
            continue  # ten solid digits: one order number in 31 would pass
        if identity_code_without_sign(birth, individual, check.upper()):
            # A digit check character makes it a plain number as well.
            rank = Rank.WEAK_IDENTITY_CODE if check.isdigit() else Rank.IDENTITY_CODE
            yield Candidate(PersonalDataKind.IDENTITY_CODE, match.start(), match.end(), rank)


def _search_all(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match, overlapping ones included; matches are short, so this stays linear."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.start() + 1


# -- IBANs ---------------------------------------------------------------------------

_IBAN_START = re.compile(r"(?<![^\W_])[A-Za-z]{2}[0-9]{2}")
# The characters of an IBAN after its first four, solid or in groups split by a
# space, a dash or " - ": at most 30 of them.
_IBAN_REST = re.compile(r"(?:(?: - |[ -])?[A-Za-z0-9]){1,30}")
_SEPARATORS = re.compile(r"[ -]")
# Upper-case IBAN lookalikes: solid, or in printed groups of up to four characters.
_IBAN_SHAPE = re.compile(
    r"[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?:(?: - |[ -])?[A-Z0-9]{1,4}){3,8})(?![^\W_])"
)


def ibans(text: str) -> Iterator[Candidate]:
    for match in _IBAN_START.finditer(text):
        start = match.start()
        country = match.group()[:2]
        length = IBAN_LENGTHS.get(country.upper())
        rest = _IBAN_REST.match(text, match.end())
        if length is not None and rest is not None:
            end = _end_of_nth_character(rest, length - 4)
            if end is not None and not text[end : end + 1].isalnum():
                valid = iban_is_valid(_SEPARATORS.sub("", text[start:end]))
                if valid or country.isupper():
                    yield Candidate(PersonalDataKind.IBAN, start, end, Rank.IBAN, checked=valid)
                continue
        # A wrong length or an unknown country, yet written like an IBAN: keep its
        # digits from being read as a card or phone.
        shape = _IBAN_SHAPE.match(text, start)
        if shape is not None and sum(char.isdecimal() for char in shape.group()) >= 10:
            yield Candidate(PersonalDataKind.IBAN, start, shape.end(), Rank.IBAN, checked=False)


def _end_of_nth_character(rest: re.Match[str], count: int) -> int | None:
    """Where the ``count``-th IBAN character of ``rest`` ends, separators skipped."""
    seen = 0
    for offset, char in enumerate(rest.group()):
        if char.isalnum():
            seen += 1
            if seen == count:
                return rest.start() + offset + 1
    return None
