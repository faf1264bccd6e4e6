"""What the personal-data finders hand back: a kind, a span, and how strongly it counts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class PersonalDataKind(StrEnum):
    IDENTITY_CODE = "identity_code"
    PHONE = "phone"
    EMAIL = "email"
    IBAN = "iban"
    PAYMENT_CARD = "payment_card"


class Rank(IntEnum):
    """Which reading wins where two claim the same characters: the lowest rank.

    The strictest checks come first. A device or invoice number ranks above
    cards and phones so that its digits are not read as either; an identity
    code written without its century sign and with a digit for its check
    character is the weakest reading of all.
    """

    EMAIL = 0
    IDENTITY_CODE = 1
    IBAN = 2
    NOT_PERSONAL = 3
    PAYMENT_CARD = 4
    PHONE = 5
    WEAK_IDENTITY_CODE = 6


@dataclass(frozen=True)
class Candidate:
    kind: PersonalDataKind
    start: int
    end: int
    rank: Rank
    # False: a shape that failed its check, or a number that is known not to be
    # personal data. It is never reported, but it keeps weaker readings off its
    # characters: a mistyped identity code is not somebody's phone number.
    checked: bool = True
