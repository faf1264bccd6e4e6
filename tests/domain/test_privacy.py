"""The personal-data guard: what it must catch, what it must leave alone, how it removes."""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import pairwise

import pytest

from peerhelper.domain.privacy import (
    Finding,
    PersonalDataKind,
    check_fields,
    contains_personal_data,
    find_personal_data,
    kinds_found,
    remove_personal_data,
)
from peerhelper.domain.privacy_checks import (
    iban_is_valid,
    identity_code_is_valid,
    is_e_invoice_address,
    luhn_is_valid,
)

ID = PersonalDataKind.IDENTITY_CODE
PHONE = PersonalDataKind.PHONE
EMAIL = PersonalDataKind.EMAIL
IBAN = PersonalDataKind.IBAN
CARD = PersonalDataKind.PAYMENT_CARD

# --- small independent helpers that build valid codes, so the cases are not hand-copied ---

_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(day: int, month: int, year: int, sign: str, individual: int) -> str:
    """A valid identity code; ``year`` is the two-digit year printed in the code."""
    stem = f"{day:02d}{month:02d}{year:02d}"
    number = f"{individual:03d}"
    return f"{stem}{sign}{number}{_CHECK[int(stem + number) % 31]}"


def wrong_check(code: str) -> str:
    """The same code with a different, wrong check character."""
    right = _CHECK.index(code[-1])
    return code[:-1] + _CHECK[(right + 7) % 31]


def with_luhn_digit(body: str) -> str:
    """``body`` followed by the digit that makes the whole Luhn-valid."""
    for last in "0123456789":
        digits = body + last
        total = 0
        for position, char in enumerate(reversed(digits)):
            value = int(char) * (2 if position % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return digits
    raise AssertionError("unreachable: one of ten digits always fits")


def grouped(digits: str, size: int = 4) -> str:
    return " ".join(digits[i : i + size] for i in range(0, len(digits), size))


def iban(country: str, bban: str) -> str:
    """A valid IBAN for ``bban``: check digits computed here from ISO 13616's rule."""
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def spans(text: str) -> list[tuple[PersonalDataKind, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_personal_data(text)]


# --- what must be found ---

# Each century sign once: the old ones and the letters added in 2023.
IDENTITY_CODES = [
    hetu(15, 7, 85, "+", 123),  # 1885
    hetu(13, 10, 52, "-", 308),
    hetu(1, 1, 99, "Y", 2),
    hetu(28, 2, 76, "X", 456),
    hetu(31, 12, 40, "W", 900),
    hetu(5, 5, 5, "V", 77),
    hetu(30, 6, 68, "U", 899),
    hetu(29, 2, 0, "A", 345),  # 29 Feb 2000 exists
    hetu(17, 11, 10, "B", 11),
    hetu(3, 3, 23, "C", 222),
    hetu(24, 12, 19, "D", 501),
    hetu(9, 9, 9, "E", 999),
    hetu(1, 8, 24, "F", 3),
]

FOUND = [
    *[(f"Asiakkaan tunnus {code} kirjoitettiin vahingossa.", ID, code) for code in IDENTITY_CODES],
    ("DVV:n esimerkki 131052-308T", ID, "131052-308T"),
    ("lowercase letters 131052a308t too", ID, "131052a308t"),
    ("en dash from a word processor 131052–308T", ID, "131052–308T"),
    ("Soitin numeroon 040 123 4567 ja sovittiin uusi aika.", PHONE, "040 123 4567"),
    ("puh. 040-1234567", PHONE, "040-1234567"),
    ("tel:0401234567", PHONE, "0401234567"),
    ("Call back on +358 40 123 4567 tomorrow", PHONE, "+358 40 123 4567"),
    ("numero +358401234567.", PHONE, "+358401234567"),
    ("Helsingin numero (09) 123 4567 toimii", PHONE, "(09) 123 4567"),
    ("lankapuhelin 09 1234 567", PHONE, "09 1234 567"),
    ("Ring tillbaka på +46 70 123 45 67 i morgon", PHONE, "+46 70 123 45 67"),
    ("Ring tillbaka på 070-123 45 67 i morgon", PHONE, "070-123 45 67"),
    ("vanha muoto 00358 40 1234567", PHONE, "00358 40 1234567"),
    ("with trunk zero +358 (0)40 123 4567", PHONE, "+358 (0)40 123 4567"),
    ("Tampere 03 1234 5678", PHONE, "03 1234 5678"),
    ("mobile 0400 123 456", PHONE, "0400 123 456"),
    ("UK number +44 7700 900123", PHONE, "+44 7700 900123"),
    ("US +1 (555) 123-4567", PHONE, "+1 (555) 123-4567"),
    ("without plus 358 40 1234567", PHONE, "358 40 1234567"),
    ("non-breaking\u00a0040\u00a0123\u00a04567 spaces", PHONE, "040\u00a0123\u00a04567"),
    ("room 204 040 123 4567", PHONE, "040 123 4567"),
    ("called 040 123 4567 2 times", PHONE, "040 123 4567"),
    ("mistyped FI21 1234 5600 0007 86 ja 040 123 4567", PHONE, "040 123 4567"),
    ("mistyped FI21 1234 5600 0007 86 040 123 4567", PHONE, "040 123 4567"),
    ("puh: +358-40-1234567.", PHONE, "+358-40-1234567"),
    ("klo 9.30 040 123 45 67, sitten", PHONE, "040 123 45 67"),
    ("ilman plussaa 358401234567", PHONE, "358401234567"),
    ("sähköposti matti.meikalainen@example.fi.", EMAIL, "matti.meikalainen@example.fi"),
    ("e-post anna+kela@posti.example.com, sen", EMAIL, "anna+kela@posti.example.com"),
    ("<liisa_99@example.org>", EMAIL, "liisa_99@example.org"),
    ("tili FI21 1234 5600 0007 85 tarkistettu", IBAN, "FI21 1234 5600 0007 85"),
    ("tili FI2112345600000785", IBAN, "FI2112345600000785"),
    ("tili fi21 1234 5600 0007 85", IBAN, "fi21 1234 5600 0007 85"),
    ("konto DE89 3704 0044 0532 0130 00.", IBAN, "DE89 3704 0044 0532 0130 00"),
    ("account GB82 WEST 1234 5698 7654 32", IBAN, "GB82 WEST 1234 5698 7654 32"),
    ("konto NO93 8601 1117 947 og mer", IBAN, "NO93 8601 1117 947"),
    ("compte FR14 2004 1010 0505 0001 3M02 606", IBAN, "FR14 2004 1010 0505 0001 3M02 606"),
    ("konto SE45 5000 0000 0583 9825 7466 2026", IBAN, "SE45 5000 0000 0583 9825 7466"),
    ("kortti 4111 1111 1111 1111 hukassa", CARD, "4111 1111 1111 1111"),
    ("kortti 4111-1111-1111-1111", CARD, "4111-1111-1111-1111"),
    ("card 5555555555554444", CARD, "5555555555554444"),
    ("amex 3782 822463 10005", CARD, "3782 822463 10005"),
    ("diners 3056 930902 5904", CARD, "3056 930902 5904"),
    ("room 204 4111 1111 1111 1111", CARD, "4111 1111 1111 1111"),
    ("13 digits " + with_luhn_digit("422222222222"), CARD, with_luhn_digit("422222222222")),
    ("19 digits " + grouped(with_luhn_digit("601111111111111111")), CARD,
     grouped(with_luhn_digit("601111111111111111"))),
    # identity codes as people really type them
    ("space for the sign 131052 308T", ID, "131052 308T"),
    ("no separator 131052308T.", ID, "131052308T"),
    ("lower case 131052308t", ID, "131052308t"),
    ("spaces around the sign 131052 - 308T", ID, "131052 - 308T"),
    ("split date 13 10 52-308T", ID, "13 10 52-308T"),
    ("split check 131052-308 T", ID, "131052-308 T"),
    ("glued hetu131052-308T", ID, "131052-308T"),
    ("glued after 131052-308Tsoitti", ID, "131052-308T"),
    ("HETU:131052A308t", ID, "131052A308t"),
    ("new sign lower case " + hetu(17, 11, 10, "b", 11).lower(), ID,
     hetu(17, 11, 10, "B", 11).lower()),
    ("new sign spaced " + hetu(28, 2, 76, "X", 456).replace("X", " X "), ID,
     hetu(28, 2, 76, "X", 456).replace("X", " X ")),
    ("digit check, space for the sign " + hetu(1, 1, 99, "-", 2).replace("-", " "), ID,
     hetu(1, 1, 99, "-", 2).replace("-", " ")),
    ("full-width １３１０５２－３０８Ｔ", ID, "１３１０５２－３０８Ｔ"),
    ("minus sign 131052−308T", ID, "131052−308T"),
    ("zero-width 1310​52-308T inside", ID, "1310​52-308T"),
    # phones with dots, slashes and every kind of space and digit
    ("puh 040.123.4567", PHONE, "040.123.4567"),
    ("puh 040/123 4567", PHONE, "040/123 4567"),
    ("puh 040 / 123 4567", PHONE, "040 / 123 4567"),
    ("Helsinki 09/123 4567", PHONE, "09/123 4567"),
    ("Helsinki 09.1234567", PHONE, "09.1234567"),
    ("Joensuu 013 123 4567", PHONE, "013 123 4567"),
    ("mobile 0451234567", PHONE, "0451234567"),
    ("mobile 050 123 45 67", PHONE, "050 123 45 67"),
    ("+358.40.123.4567 dotted", PHONE, "+358.40.123.4567"),
    ("thin spaces 040 123 4567", PHONE, "040 123 4567"),
    ("narrow 040 123 4567", PHONE, "040 123 4567"),
    ("zero-width 040​123​4567", PHONE, "040​123​4567"),
    ("word joiner 040⁠123⁠4567", PHONE, "040⁠123⁠4567"),
    ("full-width ０４０ １２３ ４５６７", PHONE, "０４０ １２３ ４５６７"),
    ("full-width plus ＋３５８ ４０ １２３ ４５６７", PHONE, "＋３５８ ４０ １２３ ４５６７"),
    ("Arabic-Indic ٠٤٠ ١٢٣ ٤٥٦٧", PHONE,
     "٠٤٠ ١٢٣ ٤٥٦٧"),
    ("Persian ۰۴۰۱۲۳۴۵۶۷", PHONE,
     "۰۴۰۱۲۳۴۵۶۷"),
    ("Arabic text رقم ٠٥٠-١٢٣٤٥٦٧", PHONE,
     "٠٥٠-١٢٣٤٥٦٧"),
    ("en dash 040–123–4567", PHONE, "040–123–4567"),
    ("Estonian 00 372 5123 4567", PHONE, "00 372 5123 4567"),
    ("Estonian 0037251234567", PHONE, "0037251234567"),
    # e-mail addresses spelled out
    ("posti anna (at) example.fi kiitos", EMAIL, "anna (at) example.fi"),
    ("posti anna(at)example.fi", EMAIL, "anna(at)example.fi"),
    ("posti anna[at]example.fi", EMAIL, "anna[at]example.fi"),
    ("posti anna [at] example.fi", EMAIL, "anna [at] example.fi"),
    ("posti anna{ät}example.fi", EMAIL, "anna{ät}example.fi"),
    ("posti anna(a)example.fi", EMAIL, "anna(a)example.fi"),
    ("posti anna (AT) example (dot) fi", EMAIL, "anna (AT) example (dot) fi"),
    ("posti anna.virtanen at example.fi", EMAIL, "anna.virtanen at example.fi"),
    ("posti anna_v at example.com", EMAIL, "anna_v at example.com"),
    ("posti anna85 at example.com", EMAIL, "anna85 at example.com"),
    ("posti annav at gmail.com", EMAIL, "annav at gmail.com"),
    ("full-width anna＠example.fi", EMAIL, "anna＠example.fi"),
    # IBANs and cards with other separators
    ("tili FI21-1234-5600-0007-85", IBAN, "FI21-1234-5600-0007-85"),
    ("tili FI21 - 1234 - 5600 - 0007 - 85", IBAN, "FI21 - 1234 - 5600 - 0007 - 85"),
    ("tili FI21 1234 5600 0007 85", IBAN,
     "FI21 1234 5600 0007 85"),
    ("kortti 4111.1111.1111.1111", CARD, "4111.1111.1111.1111"),
    ("kortti 4111 - 1111 - 1111 - 1111", CARD, "4111 - 1111 - 1111 - 1111"),
    ("kortti ４１１１ １１１１ １１１１ １１１１", CARD, "４１１１ １１１１ １１１１ １１１１"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_finds_personal_data(text: str, kind: PersonalDataKind, value: str) -> None:
    assert spans(text) == [(kind, value)]


# --- what must be left alone ---

NOT_FOUND = [
    # everyday notes
    "called Kela at 10.15",
    "helped with 2 apps",
    "appointment 14.3.2026 at 9:30",
    "took 45 minutes",
    "version 16.4.1",
    "room 204",
    "printed 3 pages, 2 copies",
    "bus line 550",
    "form SV 1234",
    "Windows 11, Android 14",
    "Windows11 and iOS 17.4.1 updated",
    "year 2026",
    "short numbers 1 2 3 12 99",
    "paid 1 234,50 €",
    "Asiakas maksoi 1 234 567,00 € laskun",
    "Ajanvaraus 14.3.2026 klo 9.30–11.00, tulostettiin 3 sivua.",
    "Opastettiin OmaKantaan, kesti 45 min, seuraava kerta 21.3.",
    "Hjälpte med BankID-appen, 2 gånger, buss 550 klo 14:15",
    "Ålder 78, 3 barn, bor i Vanda sedan 1998",
    "open 09-12 13-16",
    "aukiolo 09–12 13–16",
    "US date 03-14-2026",
    "date 14 03 2026",
    "ISO date 2026-03-14",
    "time 09:30-10:15",
    "local number without area code 123 4567",
    "order 2026 1234 5678",
    "Kela-kortti ja 2 lomaketta (SV 12, SV 1234)",
    "vastaus 0 kertaa",
    "Mannerheimintie 5, 00100 Helsinki",
    "ISBN 978-951-0-12345-6",
    "EAN 6412345678901",
    "vuosina 2024-2026",
    "klo 9-16, la 10-14",
    # service numbers of companies and authorities
    "Kelan numero 020 692 207",
    "Verohallinto 029 497 000",
    "maksuton 0800 123 456",
    "+358 20 692 207",
    "yrityksen vaihde 010 123 4567",
    # identity-code shapes that fail their check
    wrong_check("131052-308T"),
    *[wrong_check(code) for code in IDENTITY_CODES],
    "290223-123" + _CHECK[int("290223123") % 31],  # 29 Feb 2023 never was
    "310490-123" + _CHECK[int("310490123") % 31],  # 31 April
    "001090-123" + _CHECK[int("001090123") % 31],  # day zero
    "151390A123" + _CHECK[int("151390123") % 31],  # month 13
    "131052Z308T",  # Z is no century sign
    "010190-1230",  # digit check character, wrong
    # IBANs with a wrong check, unknown country or wrong length
    "FI21 1234 5600 0007 86",
    "FI22 1234 5600 0007 85",
    "DE88 3704 0044 0532 0130 00",
    "ZZ21 1234 5600 0007 85",
    "FI21 1234 5600 0007 8",
    # card numbers that fail Luhn
    "4111 1111 1111 1112",
    "5555555555554445",
    "3782 822463 10006",
    # Luhn-valid by chance, but outside the card networks' ranges or layouts
    "years 1991 2015 2030 1998",
    "grouped " + grouped(with_luhn_digit("4234560000078")),  # 4-4-4-2 is no card layout
    # number runs that only look like phones
    "SV 3582 2017 878",
    "358 11-19 1999",
    "klo 11:03 1991 469",
    "ranges 08-18 665 08-16",
    # an e-mail needs a domain with a dot and a name part
    "meet @ 10, at@home",
    # "at" in a sentence, and list markers, are not addresses
    "logged in at suomi.fi",
    "kirjauduttiin at omakanta.fi klo 9.30",
    "klo 9.30 at kela.fi",
    "opened 2x at kela.fi",
    "meet at 10.30",
    "vaihtoehto (a) kela.fi tai (b) vero.fi",
    "item (a) and (b)",
    # an IMEI is the phone's, not the client's; a 15-digit Luhn number that is no Amex
    "IMEI " + with_luhn_digit("35209900176148"),
    "IMEI " + with_luhn_digit("86012345678901"),
    # Finnish e-invoice addresses (OVT): 0037 and a business ID
    "verkkolaskuosoite 003712345671",
    "OVT 00371234567100",
    # numbers starting with 0 without a Finnish area or mobile prefix
    "asiakasnumero 0712345677",
    "0712345678",  # a solid ten-digit number, though also a date and its check digit
    "viite 01234567",
    "tilaus 0112345678",
    "viite 00123456789",
    "laskun numero 0012 3456 78",
    # dates, times, versions, sums, postal codes and bus lines with dots and slashes
    "02.03.2026",
    "02/03/2026 klo 10",
    "ajat 02.03.2026 ja 05.03.2026",
    "1.2.2026 klo 10.00-11.30",
    "version 0.12.345",
    "Android 14.0.1, iOS 17.4",
    "summa 1.234.567 €",
    "sum 1 234.50 €",
    "klo 09.30-10.15",
    "posti 00100 Helsinki, 02100 Espoo",
    "00100 1234567",
    "02237 684",
    "bussit 550/551 ja 1/2",
    "lomake SV 129",
    "lomakkeet SV 129 ja Y 38",
    "hours 08/16",
    # checks that fail in the new ways of writing
    "131052 308U",
    "131052308U",
    "131052 - 308U",
    "13 10 52-308U",
    "FI21-1234-5600-0007-86",
    "4111.1111.1111.1112",
    "4111-1111-1111-1112",
    "131052 308 kertaa",  # a word after the number, not a check character
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_leaves_ordinary_text_alone(text: str) -> None:
    assert find_personal_data(text) == []


def test_wrong_check_without_a_sign_does_not_hide_a_phone() -> None:
    # Ten digits: a phone number, and a date-like start, but no identity code.
    assert spans("soita 0401234567") == [(PHONE, "0401234567")]


def test_e_invoice_address_check_uses_the_business_id() -> None:
    assert is_e_invoice_address("003712345671")
    assert not is_e_invoice_address("003712345672")  # wrong business ID check digit
    # Without a valid business ID, 00 372 … is an Estonian phone number.
    assert spans("0037212345672") == [(PHONE, "0037212345672")]


# --- overlaps and precedence ---


def test_card_number_is_not_also_a_phone() -> None:
    # 14 solid digits starting with 358 also read as an international phone number.
    card = with_luhn_digit("3584012345678")
    assert spans(f"kortti {card}") == [(CARD, card)]
    not_a_card = card[:-1] + str((int(card[-1]) + 1) % 10)
    assert spans(f"kortti {not_a_card}") == [(PHONE, not_a_card)]


def test_an_imei_is_neither_a_card_nor_a_phone() -> None:
    imei = with_luhn_digit("35840123456789")  # 15 digits passing Luhn
    assert find_personal_data(f"puhelimen IMEI {imei}") == []
    not_an_imei = imei[:-1] + str((int(imei[-1]) + 1) % 10)
    assert spans(f"numero {not_an_imei}") == [(PHONE, not_an_imei)]
    amex = with_luhn_digit("37828224631000")  # American Express cards are 15 digits too
    assert spans(f"kortti {amex}") == [(CARD, amex)]


def test_identity_code_is_one_finding() -> None:
    code = hetu(1, 2, 3, "A", 45)
    assert spans(f"hetu {code} puh 040 123 4567") == [(ID, code), (PHONE, "040 123 4567")]


def test_wrong_iban_does_not_leave_a_card_behind() -> None:
    bban = with_luhn_digit("43704004405320130")  # 18 digits, a card number on their own
    assert spans(grouped(bban)) == [(CARD, grouped(bban))]
    valid = iban("DE", bban)
    wrong = valid[:2] + f"{(int(valid[2:4]) + 1) % 100:02d}" + valid[4:]
    assert spans(grouped(valid)) == [(IBAN, grouped(valid))]
    assert find_personal_data(grouped(wrong)) == []
    assert find_personal_data("ZZ" + grouped(valid)[2:]) == []  # no such country


def test_digits_inside_an_email_are_part_of_the_email() -> None:
    assert spans("0401234567@example.fi") == [(EMAIL, "0401234567@example.fi")]


def test_several_findings_are_sorted_and_separate() -> None:
    text = "a@b.fi, 040 123 4567, 4111 1111 1111 1111, FI21 1234 5600 0007 85, 131052-308T"
    found = find_personal_data(text)
    assert [f.kind for f in found] == [EMAIL, PHONE, CARD, IBAN, ID]
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_two_phones_side_by_side() -> None:
    assert spans("0401234567 0507654321") == [(PHONE, "0401234567"), (PHONE, "0507654321")]


# --- removal ---

REMOVALS = [
    ("Soitin numeroon 040 123 4567 ja sovittiin aika.", "Soitin numeroon ja sovittiin aika."),
    ("Puhelin (040 123 4567), posti a@b.fi.", "Puhelin, posti."),
    ("040 123 4567 soitti", "soitti"),
    ("soitti 040 123 4567", "soitti"),
    ("Rivi 1\n040 123 4567\nRivi 3", "Rivi 1\n\nRivi 3"),
    (
        "Keep  these  doubled spaces, drop 131052-308T here",
        "Keep  these  doubled spaces, drop here",
    ),
    ("Nothing to see at 10.15", "Nothing to see at 10.15"),
    ("tili FI21 1234 5600 0007 85 ja kortti 4111 1111 1111 1111.", "tili ja kortti."),
]


@pytest.mark.parametrize(("text", "expected"), REMOVALS)
def test_removal_keeps_the_rest_of_the_note(text: str, expected: str) -> None:
    cleaned = remove_personal_data(text)
    assert cleaned == expected
    assert find_personal_data(cleaned) == []


def test_removal_cuts_what_was_written_not_its_normal_form() -> None:
    text = "Soita ０４０ １２３\u200b ４５６７ huomenna, posti anna (at) example.fi."
    assert remove_personal_data(text) == "Soita huomenna, posti."
    assert remove_personal_data("\u2068040 123 4567\u2069 soitti") == "soitti"


def test_removal_uses_given_findings() -> None:
    text = "a@b.fi and 040 123 4567"
    only_phone = [f for f in find_personal_data(text) if f.kind is PHONE]
    assert remove_personal_data(text, only_phone) == "a@b.fi and"
    assert remove_personal_data(text, []) == text


def test_removal_rejects_findings_from_another_text() -> None:
    with pytest.raises(ValueError):
        remove_personal_data("short", [Finding(PHONE, 2, 40)])


def test_kinds_found_are_unique_in_declared_order() -> None:
    text = "4111 1111 1111 1111, a@b.fi, 040 123 4567, 050 765 4321, 131052-308T"
    assert kinds_found(find_personal_data(text)) == [ID, PHONE, EMAIL, CARD]
    assert kinds_found([]) == []
    assert contains_personal_data(text)
    assert not contains_personal_data("took 45 minutes")


# --- several fields at once ---


def test_check_fields_names_the_field_of_each_finding() -> None:
    found = check_fields(
        {"note": "Soita 040 123 4567", "referred_to": "anna (at) example.fi", "language": "fi"}
    )
    assert [(f.field, f.kind) for f in found] == [("note", PHONE), ("referred_to", EMAIL)]
    assert found[1].start == 0 and found[1].end == len("anna (at) example.fi")
    assert check_fields({"note": "took 45 minutes", "referred_to": ""}) == []


# --- long and hostile text ---


def test_large_hostile_text_is_read_correctly() -> None:
    # 200 KB of digit groups, dashes and would-be addresses around three real findings.
    filler = "1 08-16 02.03.2026 a@ (at) FI21 131052- 0 " * 5000
    text = filler + " 040 123 4567 " + filler + " anna@example.fi " + filler + " 131052-308T"
    assert len(text) > 600_000
    assert spans(text) == [
        (PHONE, "040 123 4567"),
        (EMAIL, "anna@example.fi"),
        (ID, "131052-308T"),
    ]


def test_large_text_of_one_kind_has_each_finding() -> None:
    phones = "040 123 4567, " * 15_000  # 210 KB
    found = find_personal_data(phones)
    assert len(found) == 15_000 and {f.kind for f in found} == {PHONE}


# --- the check rules on their own ---


def test_check_rules() -> None:
    assert identity_code_is_valid("131052-308T")
    assert not identity_code_is_valid("131052-308U")
    assert iban_is_valid("FI2112345600000785")
    assert not iban_is_valid("FI2112345600000786")
    assert not iban_is_valid("FI21123456000007")  # right checksum rule, wrong length for FI
    assert luhn_is_valid("4111111111111111")
    assert not luhn_is_valid("4111111111111112")
    # Every century sign of the 2023 reform, upper and lower case.
    for sign in "+-YXWVUABCDEF":
        code = hetu(1, 2, 3, sign, 45)
        assert identity_code_is_valid(code) and identity_code_is_valid(code.lower())


# --- property-style checks over generated text ---

_WORDS = [
    *("asiakas", "opastettiin", "kela", "omakanta", "pankki", "sovellus", "puhelin", "klo"),
    *("päivitys", "ajanvaraus", "tulostettiin", "sivua", "kertaa", "min", "kesti", "seuraava"),
    *("hjälpte", "med", "appen", "gånger", "buss", "tid"),
    *("helped", "with", "the", "app", "printed", "pages", "copies", "minutes", "appointment"),
    *("room", "line", "form", "version"),
]


def _ordinary_token(rng: random.Random) -> str:
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(3000))
    makers = [
        lambda: rng.choice(_WORDS),
        lambda: rng.choice(_WORDS),
        lambda: str(rng.randrange(1000)),
        lambda: str(rng.randrange(1990, 2031)),
        lambda: f"{rng.randrange(24)}:{rng.randrange(60):02d}",
        lambda: f"{rng.randrange(24)}.{rng.randrange(60):02d}",
        lambda: f"{day.day}.{day.month}.{day.year}",
        lambda: f"{day.day}.{day.month}.",
        lambda: f"{rng.randrange(1, 30)}.{rng.randrange(10)}.{rng.randrange(10)}",
        lambda: f"{rng.randrange(1, 5000)},{rng.randrange(100):02d} €",
        lambda: f"{rng.randrange(1, 10)} {rng.randrange(1000):03d},{rng.randrange(100):02d} €",
        lambda: f"{rng.randrange(7, 13):02d}-{rng.randrange(13, 20)}",
        lambda: f"SV {rng.randrange(1, 10000)}",
        lambda: f"Android {rng.randrange(8, 16)}",
        lambda: f"{day.day:02d}.{day.month:02d}.{day.year}",
        lambda: f"{day.day:02d}/{day.month:02d}/{day.year}",
        lambda: f"{day.day:02d}.{day.month:02d}.",
        lambda: f"{rng.randrange(3)}.{rng.randrange(100)}.{rng.randrange(1000)}",
        lambda: f"0{rng.randrange(10000):04d}",  # postal code
        lambda: f"{rng.randrange(1, 1000)}/{rng.randrange(1, 1000)}",
        lambda: f"{rng.randrange(24):02d}.{rng.randrange(60):02d}-{rng.randrange(24):02d}.00",
        lambda: f"{rng.randrange(1, 10)}.{rng.randrange(1000):03d}.{rng.randrange(1000):03d} €",
    ]
    return rng.choice(makers)()


def test_random_ordinary_notes_have_no_findings() -> None:
    rng = random.Random(20260314)
    for _ in range(1500):
        note = " ".join(_ordinary_token(rng) for _ in range(rng.randrange(3, 15)))
        assert find_personal_data(note) == [], note


def test_random_identity_codes_are_found_and_broken_ones_are_not() -> None:
    rng = random.Random(20260314)
    signs = {"+": 1800, "-": 1900, "Y": 1900, "U": 1900, "A": 2000, "F": 2000}
    for _ in range(400):
        sign, century = rng.choice(list(signs.items()))
        born = date(century, 1, 1) + timedelta(days=rng.randrange(36500))
        code = hetu(born.day, born.month, born.year % 100, sign, rng.randrange(2, 900))
        assert spans(f"note {code}, ok") == [(ID, code)]
        assert find_personal_data(f"note {wrong_check(code)}, ok") == []
        if not code[-1].isdigit():  # with a letter check, also without the sign
            for written in (code[:6] + " " + code[7:], code[:6] + code[7:], code.lower()):
                assert spans(f"hetu{written} ok") == [(ID, written)]
                wrong = written[:-1] + ("A" if written[-1].upper() != "A" else "B")
                assert find_personal_data(f"hetu {wrong} ok") == []


def test_random_phone_numbers_in_notes_are_found() -> None:
    rng = random.Random(11)
    for _ in range(300):
        subscriber = "".join(rng.choice("0123456789") for _ in range(7))
        number = rng.choice(
            [
                f"04{rng.randrange(10)} {subscriber[:3]} {subscriber[3:]}",
                f"050-{subscriber}",
                f"+358 4{rng.randrange(10)} {subscriber}",
                f"(09) {subscriber[:3]} {subscriber[3:]}",
            ]
        )
        note = f"{rng.choice(_WORDS)} {number}, {rng.randrange(1, 60)} min"
        assert spans(note) == [(PHONE, number)], note
