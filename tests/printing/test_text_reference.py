"""Right-to-left text compared with a reviewed reference render.

``reference/rtl_sample.png`` was rendered by this test and checked by eye:
Arabic and Persian letters joined, words right to left, "Suomi.fi", "2026"
and "OK" left to right, brackets enclosing their words, lines right-aligned.
After a deliberate change in how text looks, render it again with
``PEERHELPER_UPDATE_REFERENCES=1``, look at the new file, and commit it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from reportlab.pdfgen.canvas import Canvas

from peerhelper.printing.fonts import font_name
from peerhelper.printing.text import default_leading, draw_line, draw_text, wrap_text
from peerhelper.printing.text_samples import MIXED_ARABIC

REFERENCE = Path(__file__).parent / "reference" / "rtl_sample.png"
PAGE = (300.0, 100.0)
SCALE = 1.5  # pixels per point: small files, letters still distinct
PERSIAN = "می\u200cخواهم Suomi.fi را باز کنم (مرحله ۳)."

# Anti-aliasing differs a little between machines; a wrong order or an
# unjoined letter changes far more than this.
MAX_MEAN_DIFFERENCE = 1.0
MAX_CHANGED_FRACTION = 0.001  # 67 pixels; two unmirrored brackets change 245


def build_pdf(path: Path, *, direction: str = "rtl") -> Path:
    canvas = Canvas(str(path), pagesize=PAGE, initialFontName=font_name())
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.rect(8, 8, PAGE[0] - 16, PAGE[1] - 16)
    left, width, top = 16.0, PAGE[0] - 32, PAGE[1] - 12
    if direction == "rtl":
        used = draw_text(canvas, MIXED_ARABIC, left, top, width, 14, lang="ar")
        draw_text(canvas, PERSIAN, left, top - used, width, 14, lang="fa")
    else:
        # The same words laid out as if they were left-to-right text.
        baseline = top - 18
        for text in (MIXED_ARABIC, PERSIAN):
            for line in wrap_text(text, width, 14, direction="ltr"):
                draw_line(canvas, line, left, baseline, width)
                baseline -= default_leading(14, True)
    canvas.save()
    return path


def render(pdf: Path, png: Path) -> Image.Image:
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(None)
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    size = QSize(round(PAGE[0] * SCALE), round(PAGE[1] * SCALE))
    page = document.render(0, size)
    # QtPdf leaves the paper transparent; print it on white.
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    document.close()
    assert image.convertToFormat(QImage.Format.Format_Grayscale8).save(str(png))
    return Image.open(png).convert("L")


def difference(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    """(mean absolute difference, fraction of pixels changed by more than a third)."""
    assert a.size == b.size
    diff = ImageChops.difference(a, b)
    changed = sum(diff.point(lambda value: 255 if value > 85 else 0).histogram()[255:])
    return ImageStat.Stat(diff).mean[0], changed / (a.size[0] * a.size[1])


def test_rtl_sample_matches_reviewed_reference(qapp: object, tmp_path: Path) -> None:
    fresh = render(build_pdf(tmp_path / "rtl.pdf"), tmp_path / "rtl.png")
    if os.environ.get("PEERHELPER_UPDATE_REFERENCES"):
        REFERENCE.parent.mkdir(exist_ok=True)
        fresh.save(REFERENCE, optimize=True)
        pytest.skip("reference rewritten; look at it before committing")
    mean, changed = difference(fresh, Image.open(REFERENCE).convert("L"))
    assert mean <= MAX_MEAN_DIFFERENCE
    assert changed <= MAX_CHANGED_FRACTION


def test_comparison_catches_left_to_right_layout(qapp: object, tmp_path: Path) -> None:
    wrong = render(build_pdf(tmp_path / "ltr.pdf", direction="ltr"), tmp_path / "ltr.png")
    mean, changed = difference(wrong, Image.open(REFERENCE).convert("L"))
    assert mean > MAX_MEAN_DIFFERENCE or changed > MAX_CHANGED_FRACTION


def test_reference_stays_small() -> None:
    assert REFERENCE.stat().st_size < 20_000
