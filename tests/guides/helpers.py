"""Build small guide folders for loader tests."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

SCENE = {
    "device": "phone",
    "screen": {
        "title": {"fi": "Asetukset", "sv": "Inställningar", "en": "Settings"},
        "elements": [{"type": "button", "text": "OK", "id": "ok"}],
    },
    "characters": [{"who": "client", "pose": "point"}],
    "highlight": "ok",
    "pointer": {"target": "ok"},
}


def manifest(steps: int = 5, **changes: Any) -> dict[str, Any]:
    """A valid two-language manifest; keyword arguments replace top-level fields."""
    data: dict[str, Any] = {
        "format": 1,
        "id": "sample",
        "version": "1.0",
        "title": {"fi": "Esimerkki", "en": "Sample"},
        "summary": {"fi": "Lyhyt kuvaus.", "en": "A short summary."},
        "topics": ["device_basics"],
        "service": "Phone",
        "licence": "CC BY 4.0",
        "authors": ["PeerHelper contributors"],
        "sources": [
            {"title": "Phone help", "publisher": "Example Org", "url": "https://example.org/help"}
        ],
        "checked": "2026-12-01",
        "languages": {"fi": {"reviewed": True}, "en": {"reviewed": False}},
        "steps": [
            {
                "picture": {"scene": copy.deepcopy(SCENE)},
                "caption": {"fi": f"Vaihe {n}.", "en": f"Step {n}."},
                "alt": {"fi": "Puhelin.", "en": "A phone."},
            }
            for n in range(1, steps + 1)
        ],
    }
    data.update(changes)
    return data


def write_guide(root: Path, data: object, name: str = "sample") -> Path:
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    (folder / "manifest.json").write_text(text, encoding="utf-8")
    return folder
