"""Check-digit rules behind the personal-data guard (:mod:`peerhelper.domain.privacy`).

Ordinary session notes are full of numbers that merely look like codes: dates,
form numbers, order numbers, versions. The codes the guard hunts for each carry
a check character or checksum, so testing it turns "has the right shape" into
"almost certainly real" and keeps false alarms rare:

- a Finnish personal identity code (henkilötunnus) ends in a character chosen
  by the birth date and individual number modulo 31, and its date must exist;
- an IBAN has a fixed length per country and a mod-97 checksum (ISO 13616);
- a payment card number satisfies the Luhn formula (ISO/IEC 7812).

The functions take already isolated strings; finding them in free text is the
job of the privacy module.
"""

from __future__ import annotations

from datetime import date

IDENTITY_CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

# Characters typed or pasted for the '-' century sign: hyphen-minus, hyphen,
# non-breaking hyphen, en dash and minus sign all come out of word processors.
DASHES = "-‐‑–−"

# The century sign gives the first year of the birth century. The letters Y–U
# and B–F were added in 2023 so that codes for one birth date cannot run out.
IDENTITY_CENTURY_SIGNS: dict[str, int] = {
    "+": 1800,
    **dict.fromkeys(DASHES, 1900),
    **dict.fromkeys("YXWVU", 1900),
    **dict.fromkeys("ABCDEF", 2000),
}

# Length of the whole IBAN per country code, from the public IBAN registry.
# A candidate of the wrong length is not an IBAN, whatever its checksum.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20,
    "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    "YE": 30,
}  # fmt: skip


def identity_birth_date(birth_digits: str, century_sign: str) -> date | None:
    """The birth date encoded by DDMMYY and the century sign, or None if no such day."""
    century = IDENTITY_CENTURY_SIGNS.get(century_sign.upper())
    if century is None or len(birth_digits) != 6 or not birth_digits.isdecimal():
        return None
    day, month, year = int(birth_digits[:2]), int(birth_digits[2:4]), int(birth_digits[4:])
    try:
        return date(century + year, month, day)
    except ValueError:
        return None


def identity_check_character(birth_digits: str, individual_number: str) -> str:
    """The check character that DDMMYY and the three-digit individual number call for."""
    return IDENTITY_CHECK_CHARACTERS[int(birth_digits + individual_number) % 31]


def identity_code_is_valid(code: str) -> bool:
    """True for an 11-character identity code with a real date and the right check character."""
    if len(code) != 11:
        return False
    birth_digits, sign, individual, check = code[:6], code[6], code[7:10], code[10]
    if not individual.isdecimal() or identity_birth_date(birth_digits, sign) is None:
        return False
    return identity_check_character(birth_digits, individual) == check.upper()


def iban_is_valid(compact: str) -> bool:
    """True for an IBAN without spaces of its country's length whose mod-97 remainder is 1."""
    iban = compact.upper()
    if not (iban.isascii() and iban.isalnum()) or IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    if not iban[2:4].isdecimal():
        return False
    # Moving the country and check digits to the end and reading letters as
    # 10..35 gives one big number that is 1 modulo 97 for every real IBAN.
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def luhn_is_valid(digits: str) -> bool:
    """True when the digit string satisfies the Luhn formula used by payment cards."""
    if not digits.isdecimal() or not digits.isascii():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0
