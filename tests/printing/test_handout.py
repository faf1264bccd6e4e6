"""Handouts built into real PDFs and read back with poppler."""

from __future__ import annotations

import io
import itertools
import shutil
from pathlib import Path

import pytest

from peerhelper.errors import BadInputError
from peerhelper.guides.loader import load_bundled
from peerhelper.guides.model import Guide
from peerhelper.printing.handout import HandoutOptions, build_handout
from peerhelper.printing.handout_blocks import LARGE, NORMAL
from peerhelper.printing.handout_needs import needs_line
from peerhelper.printing.text_samples import SAMPLE_SENTENCES
from tests.printing.handout_helpers import (
    PROFILE,
    flat,
    font_table,
    make_guide,
    page_size,
    page_texts,
    run,
    words_on_page,
    write_symbol,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def guide() -> Guide:
    guides, _problems = load_bundled()
    return next(g for g in guides if g.id == "phone-basics")


def build(tmp_path: Path, guide: Guide, name: str = "h.pdf", **options: object) -> Path:
    path = tmp_path / name
    options.setdefault("lang", "fi")
    pages = build_handout(guide, HandoutOptions(**options), PROFILE, path)  # type: ignore[arg-type]
    assert pages == len(page_texts(path))
    return path


def test_finnish_handout_has_every_caption_and_only_embedded_fonts(
    tmp_path: Path, guide: Guide
) -> None:
    path = build(tmp_path, guide)
    text = flat(" ".join(page_texts(path)))
    assert flat(guide.title.get("fi")) in text
    for step in guide.steps:
        assert flat(step.caption.get("fi")) in text
    fonts = font_table(path)
    assert fonts and all(embedded for _name, embedded in fonts)
    assert all("Noto" in name for name, _embedded in fonts)


def test_swedish_captions_and_swedish_screen_words(tmp_path: Path, guide: Guide) -> None:
    path = build(tmp_path, guide, lang="sv", service_lang="sv")
    text = flat(" ".join(page_texts(path)))
    for step in guide.steps:
        assert flat(step.caption.get("sv")) in text
    assert "Sida 1 av" in text
    assert "Anteckningar" in text


def test_footer_on_every_page(tmp_path: Path, guide: Guide) -> None:
    path = build(tmp_path, guide)
    pages = page_texts(path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        text = flat(page)
        assert f"Sivu {number} / {len(pages)}" in text
        # The footer names the guide by its title, never by its internal id.
        assert f"{guide.title.get('fi')}, versio {guide.version}" in text
        assert "phone-basics" not in text
        for fact in ("Digituki Kirjasto Kallio", "Viides linja 11", "ti ja to klo 10–14"):
            assert fact in text
        assert "040 123 4567" in text
        assert "tarkistettu 12/2026" in text and "Lähteet: Dummies (Wiley)" in text


def test_sources_line_is_shortened_to_fit(tmp_path: Path) -> None:
    from peerhelper.printing.handout import sources_text

    guides, _problems = load_bundled()
    messages = next(g for g in guides if g.id == "suomi-fi-messages")
    assert len(messages.publishers) >= 4
    wide = sources_text(messages, "en", 7, 10_000)
    narrow = sources_text(messages, "en", 7, 200)
    assert wide.endswith("checked 12/2026") and messages.publishers[-1] in wide
    assert narrow.startswith(f"Sources: {messages.publishers[0]}") and "…" in narrow
    assert len(narrow) < len(wide)


def test_without_a_profile_the_footer_still_numbers_pages(tmp_path: Path, guide: Guide) -> None:
    path = tmp_path / "bare.pdf"
    pages = build_handout(guide, HandoutOptions("en", service_lang="en"), None, path)
    assert f"Page {pages} of {pages}" in flat(page_texts(path)[-1])


def test_large_print_has_bigger_text_and_more_pages(tmp_path: Path, guide: Guide) -> None:
    normal = build(tmp_path, guide, "normal.pdf")
    large = build(tmp_path, guide, "large.pdf", large_print=True)
    assert len(page_texts(large)) > len(page_texts(normal))
    assert LARGE.body >= 16 and LARGE.second >= 16
    # Word boxes grow with the font size: compare a caption word's height.
    word = guide.steps[0].caption.get("fi").split()[0]

    def height(pdf: Path) -> float:
        boxes = [w for w in words_on_page(pdf, 1) if w[4] == word]
        return max(w[3] - w[1] for w in boxes)

    assert height(large) > height(normal) * 16 / NORMAL.body


def test_steps_never_split_across_pages(tmp_path: Path) -> None:
    # Long captions make blocks of very different heights.
    sentence = SAMPLE_SENTENCES["fi"]
    captions = [f"Vaihe-{chr(65 + i)} " + " ".join([sentence] * (1 + i % 4)) for i in range(10)]
    guide = make_guide(tmp_path / "g", {"fi": captions})
    path = build(tmp_path, guide, large_print=True)
    pages = [flat(page) for page in page_texts(path)]
    for caption in captions:
        holding = [index for index, page in enumerate(pages) if flat(caption) in page]
        assert len(holding) == 1, caption[:30]
    for index, page in enumerate(pages):
        # Raw order: each step's number comes right before its picture's "OK".
        words = page.split()
        numbers = [int(w) for w, nxt in itertools.pairwise(words) if nxt == "OK"]
        assert numbers == sorted(numbers)
        assert page.count("OK") == len(numbers), index


def test_right_to_left_page_is_mirrored(tmp_path: Path, guide: Guide) -> None:
    finnish = build(tmp_path, guide, "fi.pdf")
    arabic = build(tmp_path, guide, "ar.pdf", lang="ar", second_lang="fi")
    width, _height = page_size(arabic)

    def badge_x(pdf: Path) -> float:
        # The badge "1" is the only word "1" left of or right of every picture.
        (x_min, _y0, x_max, _y1, _w) = min(
            (w for w in words_on_page(pdf, 1) if w[4] == "1"), key=lambda w: w[1]
        )
        return (x_min + x_max) / 2

    assert badge_x(finnish) < width * 0.15
    assert badge_x(arabic) > width * 0.85
    fonts = {name.split("+")[-1] for name, _embedded in font_table(arabic)}
    assert "NotoSansArabic-Regular" in fonts
    text = flat(" ".join(page_texts(arabic)))
    for step in guide.steps:  # the Finnish beside the Arabic, for an official
        assert flat(step.caption.get("fi")) in text


def test_note_and_bring_list_are_printed(tmp_path: Path, guide: Guide) -> None:
    path = build(
        tmp_path, guide, note="Soita Kelaan: 020 692 207", bring="Puhelin, laturi ja tunnukset"
    )
    last = flat(page_texts(path)[-1])
    assert "Soita Kelaan: 020 692 207" in last
    assert "Puhelin, laturi ja tunnukset" in last
    assert "Ota mukaan ensi kerralla" in last
    assert "Muistiinpanot" in last


def test_letter_paper(tmp_path: Path, guide: Guide) -> None:
    path = build(tmp_path, guide, lang="en", service_lang="en", paper="letter")
    assert page_size(path) == (612, 792)


@pytest.mark.parametrize("lang", ["fi-selko", "so", "ru", "uk", "fa"])
def test_every_bundled_language_prints(lang: str, guide: Guide) -> None:
    out = io.BytesIO()
    assert build_handout(guide, HandoutOptions(lang, second_lang="fi"), PROFILE, out) >= 2
    assert out.getvalue().startswith(b"%PDF")


def test_custom_symbol_file(tmp_path: Path, guide: Guide) -> None:
    path = tmp_path / "s.pdf"
    symbol = write_symbol(tmp_path)
    build_handout(guide, HandoutOptions("fi"), PROFILE, path, symbol=symbol)
    assert path.stat().st_size > 1000


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (HandoutOptions("xx"), "no captions in 'xx'"),
        (HandoutOptions("fi", second_lang="de"), "no captions in 'de'"),
        (HandoutOptions("fi", service_lang="de"), "Service language"),
        (HandoutOptions("fi", paper="A5"), "Paper"),
        (HandoutOptions("fi", note="你好"), "cannot print"),
    ],
)
def test_bad_options_are_refused_before_anything_is_written(
    options: HandoutOptions, message: str, guide: Guide
) -> None:
    out = io.BytesIO()
    with pytest.raises(BadInputError, match=message):
        build_handout(guide, options, PROFILE, out)
    assert out.getvalue() == b""


def test_raster_step_pictures_are_embedded_and_broken_ones_refused(tmp_path: Path) -> None:
    from dataclasses import replace

    from PIL import Image

    from peerhelper.guides.model import Picture

    guide = make_guide(tmp_path / "g", {"fi": ["Ota kuva.", "Lähetä kuva.", "Valmis."]})
    shot = tmp_path / "g" / "shot.png"
    Image.new("RGB", (320, 640), "#3A7D44").save(shot)  # a tall phone screenshot
    steps = (replace(guide.steps[0], picture=Picture("raster", files=(("", shot),))),)
    path = build(tmp_path, replace(guide, steps=steps + guide.steps[1:]))
    rows = run("pdfimages", "-list", str(path)).splitlines()[2:]
    assert [row.split()[3:5] for row in rows] == [["320", "640"]]

    shot.write_bytes(b"not a picture")
    with pytest.raises(BadInputError, match="cannot be printed"):
        build(tmp_path, replace(guide, steps=steps), "broken.pdf")


def _needs_placed(guide: Guide, options: HandoutOptions) -> str:
    """Where the layout put the needs line: "title", "notes" or "" (left out)."""
    from dataclasses import replace

    from peerhelper.guides.model import LocalizedText
    from peerhelper.printing.handout import lay_out_handout
    from peerhelper.printing.handout_needs import NeedsBlock

    pages = lay_out_handout(guide, options).pages
    if any(isinstance(block, NeedsBlock) for block in pages[-1]):
        return "notes"
    bare = lay_out_handout(replace(guide, needs=LocalizedText()), options).pages
    return "title" if pages[0][0].height > bare[0][0].height else ""


def _guide_with_needs_at(place: str, options: HandoutOptions) -> Guide:
    guides, _problems = load_bundled()
    found = [g for g in guides if g.needs.items and _needs_placed(g, options) == place]
    assert found, f"no bundled guide puts the needs line at {place} with {options}"
    return found[0]


def test_the_needs_line_is_in_the_clients_language_where_the_guide_has_it(tmp_path: Path) -> None:
    guides, _problems = load_bundled()
    messages = next(g for g in guides if g.id == "suomi-fi-messages")
    # The client's language, else the second language on the paper, else the volunteer's.
    assert needs_line(messages, HandoutOptions("sv", "fi")) == (
        "Du behöver: " + messages.needs.get("sv"),
        "sv",
    )
    assert needs_line(messages, HandoutOptions("ar", "fi")) == (
        "Tarvitset: " + messages.needs.get("fi"),
        "fi",
    )
    assert needs_line(messages, HandoutOptions("ar", helper_lang="sv"))[1] == "sv"  # type: ignore[index]
    # On paper: under the title, in the chosen language and no other.
    options = HandoutOptions("sv", "fi")
    guide = _guide_with_needs_at("title", options)
    swedish = page_texts(build(tmp_path, guide, "sv.pdf", lang="sv", second_lang="fi"))
    assert flat("Du behöver: " + guide.needs.get("sv")) in flat(swedish[0])
    assert flat(guide.needs.get("fi")) not in flat(" ".join(swedish))


def test_the_needs_line_pushes_no_step_to_another_page() -> None:
    from dataclasses import replace

    from peerhelper.guides.model import LocalizedText
    from peerhelper.printing.handout import lay_out_handout

    guides, _problems = load_bundled()
    for guide in guides:
        bare = replace(guide, needs=LocalizedText())
        for options in (HandoutOptions("fi"), HandoutOptions("ar", "fi", large_print=True)):
            with_line = lay_out_handout(guide, options).pages
            without = lay_out_handout(bare, options).pages
            assert len(with_line) == len(without), (guide.id, options)
            assert len(with_line[0]) == len(without[0]), (guide.id, options)


def test_where_the_title_has_no_room_the_needs_line_goes_above_the_notes(
    tmp_path: Path,
) -> None:
    options = HandoutOptions("fi", "en")
    guide = _guide_with_needs_at("notes", options)
    pages = page_texts(build(tmp_path, guide, lang="fi", second_lang="en"))
    line = flat("Tarvitset: " + guide.needs.get("fi"))
    assert line not in flat(pages[0]) and line in flat(pages[-1])
    last = flat(pages[-1])
    assert last.index(line) < last.index("Muistiinpanot")
