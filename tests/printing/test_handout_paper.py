"""Handouts waste no paper: page 1 is not the title alone, the notes never have a page alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from peerhelper.guides.loader import load_bundled
from peerhelper.guides.model import Guide
from peerhelper.printing.handout import HandoutOptions, build_handout, lay_out_handout
from peerhelper.printing.handout_blocks import NotesBlock, StepBlock, TitleBlock
from peerhelper.printing.handout_pages import lay_out, used
from peerhelper.printing.text_samples import SAMPLE_SENTENCES
from tests.printing.handout_helpers import PROFILE, flat, make_guide, page_texts

CASES = {
    "fi": HandoutOptions("fi"),
    "ar+fi": HandoutOptions("ar", "fi"),
    "large fi": HandoutOptions("fi", large_print=True),
    "large ar+fi": HandoutOptions("ar", "fi", large_print=True),
    "large fi, bring": HandoutOptions("fi", large_print=True, bring="Puhelin ja laturi"),
}


@pytest.fixture(scope="module")
def guides() -> list[Guide]:
    return load_bundled()[0]


class Tall:
    """A block that cannot shrink."""

    def __init__(self, height: float) -> None:
        self.height = height

    def draw(self, *args: object) -> None:
        raise AssertionError("not drawn here")


def test_a_block_that_does_not_fit_whole_goes_to_the_next_page() -> None:
    pages = lay_out([Tall(300), Tall(300), Tall(300)], frame=700, gap=10)
    assert [[b.height for b in page] for page in pages] == [[300, 300], [300]]
    assert [[b.height for b in page] for page in lay_out([Tall(800), Tall(100)], 700, 10)] == [
        [800],
        [100],
    ]
    assert lay_out([], 700, 10) == [[]]


@pytest.mark.parametrize("case", CASES)
def test_no_bundled_handout_wastes_a_page(guides: list[Guide], case: str) -> None:
    options = CASES[case]
    problems = []
    for guide in guides:
        if options.lang not in guide.language_codes:
            continue
        layout = lay_out_handout(guide, options)
        pages, gap = layout.pages, layout.style.step_gap
        first = pages[0]
        if not (isinstance(first[0], TitleBlock) and any(isinstance(b, StepBlock) for b in first)):
            problems.append(f"{guide.id}: page 1 has no step")
        elif len(pages) > 1 and used(first, gap) < layout.frame * 2 / 3:
            problems.append(
                f"{guide.id}: page 1 is only {used(first, gap) / layout.frame:.0%} full"
            )
        if all(isinstance(block, NotesBlock) for block in pages[-1]):
            problems.append(f"{guide.id}: the notes have page {len(pages)} to themselves")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_large_pictures_and_long_captions_still_share_pages(tmp_path: Path) -> None:
    # Ten steps, each two languages of long text: large print used to put the
    # title alone on page 1 and the notes alone on the last page.
    sentence = SAMPLE_SENTENCES["fi"]
    captions = {
        "fi": [f"Vaihe-{n} {sentence} {sentence}" for n in range(1, 11)],
        "ar": [f"{SAMPLE_SENTENCES['ar']} {SAMPLE_SENTENCES['ar']}" for _ in range(10)],
    }
    titles = {"fi": "Pitkä otsikko, joka vie tilaa " * 3, "ar": SAMPLE_SENTENCES["ar"]}
    guide = make_guide(tmp_path / "g", captions, titles)
    path = tmp_path / "h.pdf"
    options = HandoutOptions("fi", "ar", large_print=True)
    count = build_handout(guide, options, PROFILE, path)
    texts = [flat(text) for text in page_texts(path)]
    assert len(texts) == count
    assert "Vaihe-1" in texts[0]  # page 1 holds the title and the first step
    assert "Muistiinpanot" in texts[-1] and "Vaihe-10" in texts[-1]
    layout = lay_out_handout(guide, options)
    assert len(layout.pages) == count <= 10  # at most one page a step, notes included


def test_the_client_language_comes_first_at_full_size(tmp_path: Path, guides) -> None:
    guide = next(g for g in guides if g.id == "wifi-connect")
    layout = lay_out_handout(guide, HandoutOptions("ar", "fi"))
    step = next(b for b in layout.pages[0] if isinstance(b, StepBlock))
    assert step.caption.size == layout.style.body  # the client's language
    assert step.second is not None and step.second.size < step.caption.size  # the helper's
