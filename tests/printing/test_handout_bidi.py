"""Every line of an Arabic/Persian handout is drawn in the bidi algorithm's order.

Captions, the note, the bring-list and the site's details mix Latin words in
brackets and quotes, times and numbers into Arabic and Persian. Each line the
handout draws is checked against python-bidi's ``get_display`` (mirroring
aside), and the paired brackets against the mirroring rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from peerhelper.domain.site import SiteProfileData
from peerhelper.printing import page, text
from peerhelper.printing.handout import HandoutOptions, build_handout
from peerhelper.printing.text import Line
from tests.printing.bidi_helpers import printed_order, reference_order
from tests.printing.handout_helpers import make_guide, write_symbol

CAPTIONS = {
    "ar": [
        "افتح تطبيق OmaKela (Kela) واضغط «Kirjaudu» الساعة 9:00.",
        "أدخل الرمز 1234 ثم اختر [OK] (الخطوة 2 من 5).",
        'اكتب "Suomi.fi" في المتصفح ثم اضغط Enter.',
    ],
    "fa": [
        "برنامه OmaKela (Kela) را باز کنید و «Kirjaudu» را بزنید.",
        "کد ۱۲۳۴ را وارد کنید (مرحله ۲ از ۵) و OK را بزنید.",
        'در مرورگر "Suomi.fi" را بنویسید، ساعت 10:00–14:00.',
    ],
}
TITLES = {"ar": "كيف تستخدم OmaKela (دليل قصير)", "fa": "راهنمای OmaKela (کوتاه)"}
NOTE = "اتصل بـ \u2068Kela\u2069 يوم الثلاثاء (الساعة 10:00) على 020 692 222."
BRING = "کارت شناسایی (Passi)، گوشی و «BankID» – ساعت 9:30."
PROFILE = SiteProfileData(
    organisation="جمعية Digi (هلسنكي)",
    site_name="مكتبة Kallio",
    address="Viides linja 11، 00530 هلسنكي",
    opening_hours="الثلاثاء 10:00–14:00",
    phone="040 123 4567",
    languages=["ar", "fa"],
)


@pytest.fixture
def drawn_lines(monkeypatch: pytest.MonkeyPatch) -> list[Line]:
    """Every line the handout draws, recorded on its way to the canvas."""
    lines: list[Line] = []
    for module in (page, text):
        original = module.draw_line

        def record(canvas: object, line: Line, *args: object, _draw=original, **kw: object) -> None:
            lines.append(line)
            _draw(canvas, line, *args, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(module, "draw_line", record)
    return lines


@pytest.mark.parametrize(("lang", "second"), [("ar", "fa"), ("fa", "ar")])
@pytest.mark.parametrize("large_print", [False, True])
def test_every_drawn_line_is_in_the_algorithms_order(
    tmp_path: Path, drawn_lines: list[Line], lang: str, second: str, large_print: bool
) -> None:
    guide = make_guide(tmp_path / "guide", CAPTIONS, TITLES)
    options = HandoutOptions(lang, second, large_print=large_print, note=NOTE, bring=BRING)
    build_handout(guide, options, PROFILE, tmp_path / "h.pdf", symbol=write_symbol(tmp_path))

    printed = " ".join(line.source for line in drawn_lines)
    for phrase in ("OmaKela (Kela)", "«Kirjaudu»", "[OK]", '"Suomi.fi"', "(Passi)", "10:00–14:00"):
        assert phrase in printed
    assert "Kela" in printed and "مكتبة Kallio" in printed and "(هلسنكي)" in printed
    checked = 0
    for line in drawn_lines:
        if line.source.strip():
            assert printed_order(line) == reference_order(line.source, line.rtl), line.source
            checked += 1
    assert checked > 20


def test_brackets_of_an_arabic_phrase_are_mirrored_and_of_a_latin_one_not(
    tmp_path: Path, drawn_lines: list[Line]
) -> None:
    guide = make_guide(tmp_path / "guide", CAPTIONS, TITLES)
    options = HandoutOptions("ar", "fa", note=NOTE, bring=BRING)
    build_handout(guide, options, PROFILE, tmp_path / "h.pdf", symbol=write_symbol(tmp_path))
    runs = [run for line in drawn_lines for run in line.runs]
    latin = [run for run in runs if not run.rtl and "(Kela)" in run.source]
    assert latin and all(run.text == run.source for run in latin)
    # "(هلسنكي)" is right to left: its logical "(" is drawn as ")" at the right.
    mirrored = [run for run in runs if run.rtl and run.source.strip() in ("(", ")")]
    assert mirrored and all(run.text.strip() != run.source.strip() for run in mirrored)


def test_the_sites_phone_number_keeps_its_digit_groups_beside_arabic_hours(
    tmp_path: Path, drawn_lines: list[Line]
) -> None:
    guide = make_guide(tmp_path / "guide", CAPTIONS, TITLES)
    build_handout(guide, HandoutOptions("ar"), PROFILE, tmp_path / "h.pdf")
    contact = [line for line in drawn_lines if "4567" in line.source]
    assert contact and all(line.rtl for line in contact)
    for line in contact:
        assert "040 123 4567" in [run.text for run in line.runs]
