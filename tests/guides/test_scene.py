"""Scenes as data: checked against the vocabulary, rendered with the service language."""

from __future__ import annotations

from xml.etree import ElementTree

from peerhelper.guides.kit import palette
from peerhelper.guides.kit.icons import ICONS, icon
from peerhelper.guides.kit.svg import fit, text_width
from peerhelper.guides.scene import render_scene
from peerhelper.guides.scene_check import check_scene
from tests.guides.qt_render import distinct_colours, render_svg

WORDS = {"fi": "Kirjaudu sisään", "sv": "Logga in", "en": "Log in"}
SCENE = {
    "device": "laptop",
    "screen": {
        "url": "example.fi",
        "site": "Palvelu <&> Tjänst",
        "elements": [{"type": "button", "text": WORDS, "icon": "login", "id": "login"}],
    },
    "characters": [{"who": "helper", "pose": "explain"}],
    "bubble": {"by": "helper", "icons": ["login"]},
    "highlight": "login",
    "pointer": {"target": "login"},
    "badge": "done",
}


def test_scene_words_follow_the_service_language() -> None:
    assert check_scene(SCENE) == []
    for lang, words in WORDS.items():
        svg = render_scene(SCENE, lang)
        ElementTree.fromstring(svg)  # well-formed, even with <&> in a text
        assert words in svg
        assert all(other not in svg for other in WORDS.values() if other != words)


def test_every_device_and_pose_renders(qapp) -> None:
    poses = ["stand", "point", "wave", "think", "thumbs_up", "stop", "worried", "explain"]
    for device in ("phone", "laptop", "none"):
        for pose in poses:
            scene = {"device": device, "characters": [{"who": "client", "pose": pose}]}
            assert check_scene(scene) == []
            assert distinct_colours(render_svg(render_scene(scene).encode())) > 5


def test_check_scene_lists_every_mistake() -> None:
    scene = {
        "device": "phone",
        "screen": {
            "title": {"fi": "Vain suomeksi"},
            "elements": [{"type": "carousel"}, {"type": "icon", "name": "unicorn"}],
        },
        "characters": [{"who": "neighbour"}],
        "highlight": "nothing",
        "pointer": {"target": "nothing"},
        "bubble": {"by": "helper", "icons": ["login"]},
        "badge": "sparkles",
    }
    errors = check_scene(scene)
    assert len(errors) == 8, errors
    assert "screen title has no words for service language sv, en" in errors
    assert check_scene({"device": "tablet"}) == [
        "unknown device 'tablet'; use phone, laptop or none"
    ]
    assert check_scene("phone") == ["a scene must be an object"]


def test_long_words_shrink_to_fit() -> None:
    lines, size = fit("Vahvista tunnistautuminen palveluun nyt heti", 150, 18, max_lines=2)
    assert len(lines) <= 2
    assert size < 18
    assert all(text_width(line, size) <= 150 for line in lines)


def test_the_travel_and_battery_icons_draw_in_the_kits_line_and_colours() -> None:
    for name in ("battery_low", "card_reader", "ticket", "qr_code"):
        assert name in ICONS
        drawn = icon(name, 50, 50, 100)
        ElementTree.fromstring(drawn)  # well-formed
        assert palette.BLUE in drawn
    # Red only where it warns: the empty battery, never the ticket or the reader.
    assert palette.RED in icon("battery_low", 50, 50, 100)
    calm = ("card_reader", "ticket", "qr_code")
    assert all(palette.RED not in icon(n, 50, 50, 100) for n in calm)
    scene = {"device": "none", "characters": [{"who": "helper"}]}
    scene["bubble"] = {"by": "helper", "icons": ["card_reader", "ticket", "qr_code", "battery_low"]}
    assert check_scene(scene) == []
