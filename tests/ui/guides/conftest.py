"""A small guide library in a temporary folder: three guides, one broken, one incomplete."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from peerhelper.guides.loader import load_library
from peerhelper.guides.model import Guide, Problem
from tests.guides.helpers import SCENE

TITLES = {
    "wifi-connect": {
        "fi": "Yhdistä Wi-Fi-verkkoon",
        "en": "Connect to Wi-Fi",
        "ar": "الاتصال بشبكة الواي فاي",
    },
    "bank-login": {
        "fi": "Kirjaudu pankkitunnuksilla",
        "sv": "Logga in med bankkoder",
        "en": "Log in with bank codes",
    },
    "send-mail": {
        "fi": "Lähetä sähköposti",
        "en": "Send an e-mail",
        "ru": "Отправить электронное письмо",
    },
}
TOPICS = {
    "wifi-connect": ["internet_wifi"],
    "bank-login": ["banking", "strong_id"],
    "send-mail": ["email"],
}


def guide_manifest(guide_id: str, steps: int = 5) -> dict[str, Any]:
    titles = TITLES[guide_id]
    langs = list(titles)
    return {
        "format": 1,
        "id": guide_id,
        "version": "1.0",
        "title": titles,
        "summary": {lang: f"{text} ({lang})" for lang, text in titles.items()},
        "topics": TOPICS[guide_id],
        "service": "Example service",
        "licence": "CC BY 4.0",
        "authors": ["PeerHelper contributors"],
        "sources": [
            {"title": "Help pages", "publisher": "Example Org", "url": "https://example.org/help"}
        ],
        "checked": "2026-11-15",
        "languages": {lang: {"reviewed": lang == "fi"} for lang in langs},
        "steps": [
            {
                "picture": {"scene": SCENE},
                "caption": {lang: f"{guide_id} {n} {lang}" for lang in langs},
                "alt": {lang: f"alt {n} {lang}" for lang in langs},
            }
            for n in range(1, steps + 1)
        ],
    }


def write(root: Path, name: str, data: object) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    (folder / "manifest.json").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    root = tmp_path / "guides"
    for guide_id in TITLES:
        write(root, guide_id, guide_manifest(guide_id))
    write(root, "broken-json", "{ not json")
    short = guide_manifest("send-mail", steps=2)
    short["id"] = "too-short"
    write(root, "too-short", short)
    return root


@pytest.fixture
def good_dir(tmp_path: Path) -> Path:
    root = tmp_path / "good"
    for guide_id in TITLES:
        write(root, guide_id, guide_manifest(guide_id))
    return root


Loader = Callable[[], tuple[list[Guide], list[Problem]]]


@pytest.fixture
def load(library_dir: Path) -> Loader:
    return lambda: load_library(library_dir)


@pytest.fixture
def guides(good_dir: Path) -> dict[str, Guide]:
    loaded, problems = load_library(good_dir)
    assert not problems
    return {guide.id: guide for guide in loaded}


@pytest.fixture
def page(qtbot, context, load):
    from peerhelper.ui.guides.library_page import GuidesPage

    widget = GuidesPage(context, load=load)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
