"""Sample sentences in every printed language, and a specimen page of them.

The sentences are the kind of text handouts carry: a step with a service
name, a number and a bracket. Tests use them to check that every character
has a glyph and that right-to-left lines come out right; ``render_specimen``
prints them all on one page for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE_SENTENCES: dict[str, str] = {
    "fi": (
        "Avaa Kela-sovellus ja kirjaudu pankkitunnuksilla. Hyväksy kirjautuminen "
        "pankin sovelluksessa (vaihe 2/5). Säästä tämä ohje."
    ),
    "fi-selko": "Avaa puhelin. Paina Kela-sovellusta. Kirjoita tunnus. Paina OK.",
    "sv": (
        "Öppna Suomi.fi och logga in med dina bankkoder. Välj sedan tjänsten för "
        "bostadsbidrag (steg 3) – så här gör du."
    ),
    "en": (
        "Open Suomi.fi and sign in with your bank codes. Then choose the housing "
        "allowance service (step 3)."
    ),
    "so": (
        "Fur Suomi.fi oo ku gal koodhadhka bangigaaga. Kadib dooro adeegga "
        "gargaarka guriga (tallaabada 3)."
    ),
    "ru": (
        "Откройте Suomi.fi и войдите с банковскими кодами. Затем выберите услугу "
        "жилищного пособия (шаг 3). Ёлка, подъезд."
    ),
    "uk": (
        "Відкрийте Suomi.fi на своєму ґаджеті й увійдіть за допомогою банківських "
        "кодів. Потім оберіть послугу житлової допомоги (крок 3) і збережіть її."
    ),
    "ar": (
        "افتح Suomi.fi وسجّل الدخول برموز البنك. ثم اختر خدمة دعم السكن (الخطوة 3 من 5) واضغط OK."
    ),
    "fa": (
        "Suomi.fi را باز کنید و با کدهای بانکی وارد شوید. سپس خدمت "
        "کمک\u200cهزینهٔ مسکن را انتخاب کنید (مرحله ۳ از ۵)."
    ),
    "ckb": (
        "Suomi.fi بکەرەوە و بە کۆدەکانی بانک بچۆ ژوورەوە. پاشان خزمەتگوزاریی "
        "یارمەتیی خانوو هەڵبژێرە (هەنگاوی 3)."
    ),
}

# One Arabic sentence with everything that goes wrong in right-to-left
# printing: a Latin service name, a four-digit number and brackets.
MIXED_ARABIC = "سجّل في Suomi.fi قبل 2026 (مهم جداً) ثم اضغط OK في Kela."


def render_specimen(path: Path, size: float = 12.0) -> Path:
    """Write a one-page PDF with every sample sentence, labelled by language."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.printing.fonts import font_name
    from peerhelper.printing.text import draw_text

    canvas = Canvas(str(path), pagesize=A4, initialFontName=font_name())
    page_width, page_height = A4
    margin, label_width = 50.0, 50.0
    width = page_width - 2 * margin - label_width
    top = page_height - margin
    for lang, sentence in [*SAMPLE_SENTENCES.items(), ("ar", MIXED_ARABIC)]:
        canvas.setFont(font_name(bold=True), 9)
        canvas.drawString(margin, top - 12, lang)
        height = draw_text(canvas, sentence, margin + label_width, top, width, size, lang=lang)
        top -= height + size
    canvas.showPage()
    canvas.save()
    return path
