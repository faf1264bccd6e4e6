"""Shared by the printout tests: a small guide made in a temp folder, and PDF readers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from peerhelper.domain.site import SiteProfileData
from peerhelper.guides.model import Guide, LanguageStatus, LocalizedText, Picture, Step

PROFILE = SiteProfileData(
    organisation="Kylän Digiyhdistys ry",
    site_name="Digituki Kirjasto Kallio",
    address="Viides linja 11, 00530 Helsinki",
    opening_hours="ti ja to klo 10–14",
    phone="040 123 4567",
    languages=["fi", "sv", "ar"],
)

# A plain picture of our own, so layout tests do not move when the kit changes.
PICTURE_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400"
 height="300"><rect x="0" y="0" width="400" height="300" fill="#F3F6FA"/>
<rect x="110" y="40" width="180" height="220" rx="18" fill="#1E2A3A"/>
<rect x="124" y="60" width="152" height="180" fill="#FFFFFF"/>
<circle cx="200" cy="150" r="{r}" fill="#1F6FB5"/>
<text x="200" y="225" font-family="Noto Sans, sans-serif" font-size="22" font-weight="bold"
 text-anchor="middle" fill="#1E2A3A">OK</text></svg>"""
SYMBOL_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<circle cx="50" cy="50" r="46" fill="#1F6FB5"/><path d="M30 70 L50 25 L70 70 Z" fill="#FFF"/>
</svg>"""


def make_guide(
    folder: Path,
    captions: dict[str, list[str]],
    titles: dict[str, str] | None = None,
    guide_id: str = "test-guide",
) -> Guide:
    """A guide with one drawn picture per step and the given captions per language."""
    folder.mkdir(parents=True, exist_ok=True)
    count = len(next(iter(captions.values())))
    steps = []
    for index in range(count):
        picture = folder / f"step{index + 1}.svg"
        picture.write_text(PICTURE_SVG.format(r=20 + 5 * index), encoding="utf-8")
        caption = LocalizedText.of({lang: texts[index] for lang, texts in captions.items()})
        steps.append(
            Step(
                index + 1,
                Picture("svg", files=(("", picture),)),
                caption,
                LocalizedText.of({"en": f"Picture {index + 1}"}),
            )
        )
    titles = titles or {lang: f"Title {lang}" for lang in captions}
    return Guide(
        id=guide_id,
        version="2.1",
        folder=folder,
        title=LocalizedText.of(titles),
        summary=LocalizedText.of({lang: "" for lang in captions}),
        topics=("device_basics",),
        service=LocalizedText(),
        licence="CC0-1.0",
        authors=("Test",),
        languages=tuple(LanguageStatus(lang, True) for lang in captions),
        service_languages=("fi", "sv", "en"),
        steps=tuple(steps),
    )


def write_symbol(folder: Path) -> Path:
    path = folder / "symbol.svg"
    path.write_text(SYMBOL_SVG, encoding="utf-8")
    return path


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def page_texts(pdf: Path) -> list[str]:
    """Each page's text in drawing order (pdftotext -raw)."""
    return run("pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-").split("\f")[:-1]


def flat(text: str) -> str:
    return " ".join(text.split())


def font_table(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font in the PDF."""
    lines = run("pdffonts", str(pdf)).splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object-id generation
        fonts.append((parts[0], parts[-5] == "yes"))
    return fonts


def page_size(pdf: Path) -> tuple[float, float]:
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", run("pdfinfo", str(pdf)))
    assert match
    return float(match.group(1)), float(match.group(2))


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def words_on_page(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    """(x_min, y_min, x_max, y_max, word) on one page, y from the top."""
    html = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-")
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in _WORD.findall(html)]
