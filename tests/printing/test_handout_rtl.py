"""A right-to-left handout page compared with a reviewed reference render.

``reference/handout_ar_fi.png`` is the top of page 1 of an Arabic handout
with Finnish beside it, rendered by this test and checked by eye: the page is
mirrored (title, numbers and tick boxes on the right, pictures next to them,
captions to their left), Arabic letters joined and right-aligned, "Suomi.fi",
"Kela", "OK" and numbers left to right inside the Arabic, and the Finnish
captions left-aligned with their bar on the left. After a deliberate layout
change, render it again with ``PEERHELPER_UPDATE_REFERENCES=1``, look at it,
and commit it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from peerhelper.printing.handout import HandoutOptions, build_handout
from peerhelper.printing.text_samples import MIXED_ARABIC, SAMPLE_SENTENCES
from tests.printing.handout_helpers import PROFILE, make_guide, write_symbol

REFERENCE = Path(__file__).parent / "reference" / "handout_ar_fi.png"
SCALE = 0.75  # pixels per point: small file, Arabic letters still distinct
CROP = 0.42  # the top of the page: title and the first two steps

# Anti-aliasing differs a little between machines; a page that is not
# mirrored, or captions in the wrong order, change far more than this.
MAX_MEAN_DIFFERENCE = 1.5
MAX_CHANGED_FRACTION = 0.004

CAPTIONS = {
    "ar": [MIXED_ARABIC, SAMPLE_SENTENCES["ar"], "اضغط OK."],
    "fi": [
        "Kirjaudu Kelaan vuonna 2026 ja paina OK.",
        SAMPLE_SENTENCES["fi"],
        "Paina OK.",
    ],
}
TITLES = {"ar": "كيف تستخدم Suomi.fi (دليل قصير)", "fi": "Näin käytät Suomi.fi-palvelua"}


def build_pdf(folder: Path, lang: str = "ar") -> Path:
    guide = make_guide(folder / "guide", CAPTIONS, TITLES)
    path = folder / f"{lang}.pdf"
    options = HandoutOptions(lang, second_lang="fi" if lang == "ar" else "ar")
    build_handout(guide, options, PROFILE, path, symbol=write_symbol(folder))
    return path


def render_top(pdf: Path, png: Path) -> Image.Image:
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(None)
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * SCALE), round(points.height() * SCALE))
    page = document.render(0, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)  # QtPdf leaves the paper transparent
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    document.close()
    top = image.copy(0, 0, size.width(), round(size.height() * CROP))
    assert top.convertToFormat(QImage.Format.Format_Grayscale8).save(str(png))
    return Image.open(png).convert("L")


def difference(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    """(mean absolute difference, fraction of pixels changed by more than a third)."""
    assert a.size == b.size
    diff = ImageChops.difference(a, b)
    changed = sum(diff.point(lambda value: 255 if value > 85 else 0).histogram()[255:])
    return ImageStat.Stat(diff).mean[0], changed / (a.size[0] * a.size[1])


def test_arabic_handout_matches_reviewed_reference(qapp: object, tmp_path: Path) -> None:
    fresh = render_top(build_pdf(tmp_path), tmp_path / "ar.png")
    if os.environ.get("PEERHELPER_UPDATE_REFERENCES"):
        REFERENCE.parent.mkdir(exist_ok=True)
        fresh.quantize(16).save(REFERENCE, optimize=True)
        pytest.skip("reference rewritten; look at it before committing")
    mean, changed = difference(fresh, Image.open(REFERENCE).convert("L"))
    assert mean <= MAX_MEAN_DIFFERENCE
    assert changed <= MAX_CHANGED_FRACTION


def test_comparison_catches_an_unmirrored_page(qapp: object, tmp_path: Path) -> None:
    # The same guide printed for a Finnish reader: same content, left-to-right page.
    wrong = render_top(build_pdf(tmp_path, "fi"), tmp_path / "fi.png")
    mean, changed = difference(wrong, Image.open(REFERENCE).convert("L"))
    assert mean > MAX_MEAN_DIFFERENCE or changed > MAX_CHANGED_FRACTION


def test_reference_stays_small() -> None:
    assert REFERENCE.stat().st_size < 40_000
