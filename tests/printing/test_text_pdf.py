"""Text drawn into real PDFs and read back with poppler's pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table

from peerhelper.printing.fonts import font_name
from peerhelper.printing.text import draw_line, draw_text, layout_line
from peerhelper.printing.text_flowable import BidiParagraph, TextStyle
from peerhelper.printing.text_samples import MIXED_ARABIC, SAMPLE_SENTENCES, render_specimen

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

LEFT, WIDTH = 100.0, 300.0
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)

Word = tuple[float, float, float, float, str]  # x_min, y_min, x_max, y_max (from the top), text


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_words(path: Path) -> list[Word]:
    """Every word on the pages with its box."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in _WORD.findall(html)]


def rows(words: list[Word]) -> list[list[tuple[float, float, str]]]:
    """Words grouped into printed lines, top to bottom, each line left to right.

    Arabic and Latin words on one line have boxes of different heights, so a
    word belongs to the line whose box holds its vertical centre.
    """
    lines: list[tuple[float, float, list[tuple[float, float, str]]]] = []
    for x_min, y_min, x_max, y_max, text in sorted(words, key=lambda w: w[3] - w[1]):
        centre = (y_min + y_max) / 2
        for top, bottom, members in lines:
            if top <= centre <= bottom:
                members.append((x_min, x_max, text))
                break
        else:
            lines.append((y_min, y_max, [(x_min, x_max, text)]))
    return [sorted(members) for _top, _bottom, members in sorted(lines)]


def paragraph_pdf(path: Path, text: str, lang: str, size: float = 12) -> Path:
    canvas = Canvas(str(path), pagesize=A4, initialFontName=font_name())
    draw_text(canvas, text, LEFT, 780, WIDTH, size, lang=lang)
    canvas.save()
    return path


@pytest.mark.parametrize("lang", ["fi", "fi-selko", "sv", "en", "so", "ru", "uk"])
def test_left_to_right_text_reads_back_word_for_word(tmp_path: Path, lang: str) -> None:
    text = SAMPLE_SENTENCES[lang]
    path = paragraph_pdf(tmp_path / f"{lang}.pdf", text, lang)
    assert pdf_text(path).split() == text.split()
    lines = rows(pdf_words(path))
    assert len(lines) > 1
    for line in lines:
        assert line[0][0] == pytest.approx(LEFT, abs=0.5)
        assert line[-1][1] <= LEFT + WIDTH + 0.5


@pytest.mark.parametrize("lang", ["ar", "fa", "ckb"])
def test_right_to_left_lines_are_right_aligned(tmp_path: Path, lang: str) -> None:
    path = paragraph_pdf(tmp_path / f"{lang}.pdf", SAMPLE_SENTENCES[lang], lang)
    lines = rows(pdf_words(path))
    assert len(lines) > 1
    for line in lines:
        assert line[-1][1] == pytest.approx(LEFT + WIDTH, abs=1.0)
        assert line[0][0] >= LEFT - 0.5
    # A short last line is ragged on the left, not the right.
    assert lines[-1][0][0] > LEFT + 20


def test_latin_names_and_numbers_read_left_to_right_inside_arabic(tmp_path: Path) -> None:
    path = paragraph_pdf(tmp_path / "mixed.pdf", MIXED_ARABIC, "ar", size=10)
    words = [word[-1] for word in pdf_words(path)]
    for island in ("Suomi.fi", "2026", "OK", "Kela"):
        assert any(island in word for word in words), island
    (line,) = rows(pdf_words(path))
    order = [word for _x0, _x1, word in line]
    # Visually, left to right: the sentence's end comes first.
    position = {name: next(i for i, w in enumerate(order) if name in w) for name in ("Kela", "OK")}
    assert position["Kela"] < position["OK"]
    suomi = next(i for i, w in enumerate(order) if "Suomi.fi" in w)
    year = next(i for i, w in enumerate(order) if "2026" in w)
    assert position["OK"] < year < suomi


def test_draw_line_anchors_and_alignment(tmp_path: Path) -> None:
    path = tmp_path / "align.pdf"
    canvas = Canvas(str(path), pagesize=A4, initialFontName=font_name())
    line = layout_line("Kela", 12, lang="fi")
    draw_line(canvas, line, 100, 700, 200, "right")
    draw_line(canvas, line, 300, 650, align="center")
    draw_line(canvas, line, 300, 600, align="right")
    canvas.save()
    (right,), (centre,), (anchored,) = rows(pdf_words(path))
    assert right[1] == pytest.approx(300, abs=0.5)
    assert (centre[0] + centre[1]) / 2 == pytest.approx(300, abs=0.5)
    assert anchored[1] == pytest.approx(300, abs=0.5)


def test_flowable_splits_across_pages_without_losing_words(tmp_path: Path) -> None:
    path = tmp_path / "flow.pdf"
    text = " ".join([SAMPLE_SENTENCES["sv"]] * 40)
    doc = SimpleDocTemplate(str(path), pagesize=A4, initialFontName=font_name())
    doc.build([BidiParagraph(text, "sv", TextStyle(size=16))])
    extracted = pdf_text(path)
    assert extracted.count("\f") >= 2  # more than one page
    assert extracted.split() == text.split()


def test_flowable_in_table_cells_keeps_direction_per_cell(tmp_path: Path) -> None:
    path = tmp_path / "table.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, initialFontName=font_name())
    style = TextStyle(size=10)
    table = Table(
        [[BidiParagraph(SAMPLE_SENTENCES["ar"], "ar", style), BidiParagraph("Kela", "fi", style)]],
        colWidths=[200, 150],
    )
    doc.build([table])
    words = pdf_words(path)
    kela = next(w for w in words if w[-1] == "Kela")
    arabic_right = max(w[2] for w in words if w[-1] != "Kela")
    # Arabic hugs the right edge of its cell, Kela the left edge of the next one.
    assert kela[0] - arabic_right == pytest.approx(12, abs=0.5)  # two cell paddings
    assert "Suomi.fi" in pdf_text(path)


def test_flowable_style_defaults_follow_direction() -> None:
    arabic = BidiParagraph(SAMPLE_SENTENCES["ar"], "ar", TextStyle(size=10))
    finnish = BidiParagraph(SAMPLE_SENTENCES["fi"], "fi", TextStyle(size=10))
    assert arabic.rtl and not finnish.rtl
    assert arabic.leading > finnish.leading
    _width, height = finnish.wrap(200, 1000)
    assert height == pytest.approx(finnish.leading * len(finnish.lines))
    assert finnish.split(200, finnish.leading * 1.5)[0].wrap(200, 1000)[1] == finnish.leading
    assert finnish.split(200, finnish.leading * 0.5) == []


def test_specimen_page_holds_every_language(tmp_path: Path) -> None:
    text = pdf_text(render_specimen(tmp_path / "specimen.pdf"))
    for lang in ("fi", "sv", "ru", "uk"):
        assert SAMPLE_SENTENCES[lang].split()[1] in text
    assert text.count("Suomi.fi") == 9  # eight samples and the mixed sentence


def test_split_pieces_rewrap_when_moved_to_a_narrower_frame() -> None:
    paragraph = BidiParagraph(SAMPLE_SENTENCES["fa"], "fa", TextStyle(size=12))
    head, tail = paragraph.split(300, paragraph.leading * 1.2)
    head.wrap(300, 1000)
    tail.wrap(120, 1000)
    assert head.rtl and tail.rtl
    pieces = [line.source for line in (*head.lines, *tail.lines)]
    assert " ".join(pieces).split() == SAMPLE_SENTENCES["fa"].split()
    assert all(line.width <= 120 for line in tail.lines)


def test_flowable_in_auto_sized_table(tmp_path: Path) -> None:
    path = tmp_path / "auto.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, initialFontName=font_name())
    cells = [BidiParagraph("Kela OK", "fi"), BidiParagraph("مرحبا بكم", "ar")]
    doc.build([Table([cells])])
    assert "Kela OK" in pdf_text(path)
