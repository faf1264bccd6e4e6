"""Check-digit and numbering rules behind the personal-data guard (:mod:`.privacy`).

Ordinary session notes are full of numbers that merely look like codes: dates,
form numbers, order numbers, versions. The codes the guard hunts for each carry
a check character or checksum, so testing it turns "has the right shape" into
"almost certainly real" and keeps false alarms rare. The checks themselves come
from python-stdnum, which follows the registries (the 2023 century signs of
the identity code, the IBAN registry's lengths and layouts):

- a Finnish personal identity code (henkilötunnus) ends in a character chosen
  by the birth date and individual number modulo 31, and its date must exist;
- an IBAN has a fixed length per country and a mod-97 checksum (ISO 13616);
- a payment card number satisfies the Luhn formula (ISO/IEC 7812), and so
  does a phone's IMEI, which is not personal data of the client's;
- a Finnish e-invoice address (OVT) is 0037 and a business ID with its own
  check digit, not a phone number.

Phone numbers have no checksum; what makes a Finnish one is its prefix, from
Traficom's numbering plan (kept here as the short list it is).

The functions take already isolated strings; finding them in free text is the
job of the privacy modules.
"""

from __future__ import annotations

import re

# Before any stdnum module: the packaged program has no ssl (see the module).
from peerhelper.domain import stdnum_offline  # noqa: F401

# isort: split
from stdnum import iban as stdnum_iban
from stdnum import luhn as stdnum_luhn
from stdnum import numdb
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.fi import hetu as stdnum_hetu
from stdnum.fi import ytunnus as stdnum_ytunnus

import peerhelper.domain.stdnum_offline  # noqa: F401  (before stdnum: no ssl in the bundle)

# Every century sign: + for the 1800s; - and the 2023 letters Y X W V U for the
# 1900s; A and the 2023 letters B C D E F for the 2000s.
IDENTITY_CENTURY_SIGNS = "+-YXWVUABCDEF"


def identity_code_reading(birth_digits: str, sign: str, individual: str, check: str) -> bool | None:
    """True for a real identity code; False for a real date with the wrong check
    character (a mistyped code); None when it is no code at all (no such day,
    no such century sign)."""
    try:
        stdnum_hetu.validate(birth_digits + sign + individual + check, allow_temporary=True)
    except InvalidChecksum:
        return False
    except ValidationError:
        return None
    return True


def identity_code_without_sign(birth_digits: str, individual: str, check: str) -> bool | None:
    """:func:`identity_code_reading` for a code written without its century sign.

    The check character does not depend on the century, so the code is real
    when its date exists in any of the three centuries.
    """
    readings = {identity_code_reading(birth_digits, s, individual, check) for s in "+-A"}
    if True in readings:
        return True
    return False if False in readings else None


def identity_code_is_valid(code: str) -> bool:
    """True for an 11-character identity code with a real date and the right check character."""
    if len(code) != 11:
        return False
    return identity_code_reading(code[:6], code[6].upper(), code[7:10], code[10].upper()) is True


# The IBAN registry's structures, e.g. "4!n4!n12!c": the whole length is 4 + 4 + 4 + 12.
_BBAN_PART = re.compile(r"([1-9][0-9]*)!([nac])")
IBAN_LENGTHS: dict[str, int] = {
    country: 4 + sum(int(size) for size, _ in _BBAN_PART.findall(info.get("bban", "")))
    for _length, country, _high, info, _children in numdb.get("iban").prefixes
    if info.get("bban")
}


def iban_is_valid(compact: str) -> bool:
    """True for an IBAN without spaces, of its country's length and layout, with mod-97 right."""
    if not (compact.isascii() and compact.isalnum()):
        return False
    if IBAN_LENGTHS.get(compact[:2].upper()) != len(compact):
        return False
    # The national check digits some countries add inside the account number are
    # left unchecked: a code that passes mod-97 is an account number either way.
    return bool(stdnum_iban.is_valid(compact, check_country=False))


def luhn_is_valid(digits: str) -> bool:
    """True when the digit string satisfies the Luhn formula used by payment cards."""
    return digits.isascii() and digits.isdecimal() and bool(stdnum_luhn.is_valid(digits))


def is_imei(digits: str) -> bool:
    """A device's 15-digit IMEI (Luhn-valid); only American Express cards are 15 digits too."""
    return len(digits) == 15 and not digits.startswith(("34", "37")) and luhn_is_valid(digits)


def is_e_invoice_address(digits: str) -> bool:
    """A Finnish e-invoice address: 0037, a business ID with its check digit, up to 5 more."""
    return (
        12 <= len(digits) <= 17
        and digits.startswith("0037")
        and bool(stdnum_ytunnus.is_valid(digits[4:12]))
    )


# Traficom's numbering plan. Area codes: 02 Turku and Pori, 03 Häme, 05 Kymi,
# 06 Vaasa, 08 Oulu, 09 Helsinki, 013–019 the rest; mobile networks: 040–050.
_FINNISH_AREA_AND_MOBILE = ("02", "03", "04", "05", "06", "08", "09")
_FINNISH_AREA_01 = tuple(f"01{digit}" for digit in "3456789")
# Nationwide numbers of companies and authorities (and 0600/0700/0800 service
# numbers): notes legitimately refer clients to them, so they are not flagged.
FINNISH_SERVICE_PREFIXES = ("0800", "0600", "0700", "010", "020", "029", "030")
# Swedish mobile numbers share no prefix with Finnish ones; Finland-Swedish
# notes meet them, written in groups (070-123 45 67).
_SWEDISH_MOBILE = ("070", "072", "073", "076", "079")


def is_finnish_national_phone(digits: str, first_group: str, group_count: int) -> bool:
    """``digits`` (8–11, starting with 0) carry a real Finnish area or mobile prefix.

    A number starting with 0 without one is a customer or reference number.
    """
    if not 8 <= len(digits) <= 11 or digits[0] != "0" or digits[1] == "0":
        return False
    if group_count > 1 and not 2 <= len(first_group) <= 4:
        # An area code or mobile prefix is 2–4 digits with its 0 (09, 040, 0400);
        # five digits are a postal code (02237 684).
        return False
    if digits.startswith(FINNISH_SERVICE_PREFIXES):
        return False
    if digits.startswith(_FINNISH_AREA_AND_MOBILE + _FINNISH_AREA_01):
        return True
    return group_count > 1 and len(first_group) == 3 and digits.startswith(_SWEDISH_MOBILE)


def is_international_phone(number: str, minimum: int) -> bool:
    """``number`` is country code and subscriber number, without + or 00."""
    if not minimum <= len(number) <= 15 or number[0] == "0":
        return False
    if number.startswith("358"):
        national = "0" + number[3:].removeprefix("0")  # "+358 (0)40…" carries the 0 too
        return not national.startswith(FINNISH_SERVICE_PREFIXES)
    return True
