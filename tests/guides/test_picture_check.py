"""Picture checks measured from the drawn scene: covered labels, cut-off parts, print size."""

from __future__ import annotations

import copy

from peerhelper.guides.picture_check import check_picture
from peerhelper.guides.scene import lay_out_scene, render_scene
from peerhelper.guides.scene_check import check_scene
from tests.guides.helpers import SCENE

LIST_SCENE = {
    "device": "phone",
    "screen": {
        "title": "Wi-Fi",
        "elements": [
            {
                "type": "list",
                "items": [
                    {"icon": "wifi", "text": "Kirjasto-Vieras", "trailing": "lock", "id": "net"},
                    {"icon": "wifi", "text": "Kahvila", "trailing": "lock"},
                ],
            }
        ],
    },
    "characters": [{"who": "client", "pose": "point"}],
    "highlight": "net",
    "pointer": {"target": "net"},
}


def kinds(scene: dict) -> set[str]:
    return {finding.kind for finding in check_picture(scene, "fi")}


def test_the_hand_is_placed_beside_the_words_it_points_at() -> None:
    assert "covered" not in kinds(LIST_SCENE)
    layout = lay_out_scene(LIST_SCENE, "fi")
    target = layout.drawn.targets["net"]
    assert layout.pointer is not None
    x, y, _angle = layout.pointer
    assert target.x <= x <= target.x + target.w and target.y <= y <= target.y + target.h


def test_the_badge_steps_aside_from_the_status_icons_or_is_reported() -> None:
    scene = copy.deepcopy(SCENE)
    scene["screen"]["status"] = {"wifi": True, "charging": True}
    scene["characters"] = [{"who": "helper"}, {"who": "client", "pose": "point"}]
    scene["badge"] = "done"
    layout = lay_out_scene(scene)
    assert layout.badge is not None and layout.badge[0] < layout.drawn.frame.x
    assert not any("badge" in f.detail for f in check_picture(scene, "fi"))
    # With a speech bubble in the free corner the badge stays and the check says so.
    scene["bubble"] = {"by": "helper", "icons": ["question"]}
    details = [f.detail for f in check_picture(scene, "fi") if f.kind == "covered"]
    assert any("badge" in detail for detail in details)


def test_people_never_leave_the_picture() -> None:
    for device in ("phone", "laptop", "none"):
        scene = {
            "device": device,
            "characters": [{"who": "helper", "pose": "explain"}, {"who": "client", "pose": "stop"}],
        }
        if device != "none":
            scene["screen"] = {"elements": []}
        assert "cut_off" not in kinds(scene), device
        for _who, left, _top, right in lay_out_scene(scene).people:
            assert left >= 0 and right <= 800


def test_small_words_at_the_point_of_the_step_are_reported_with_their_print_size() -> None:
    # A paragraph is more than a zoom shows: its small words are reported.
    scene = copy.deepcopy(LIST_SCENE)
    scene["screen"]["elements"] = [{"type": "notice", "id": "net", "text": "Lue tämä. " * 14}]
    details = [f.detail for f in check_picture(scene, "fi") if f.kind == "small_print"]
    assert any("normal handout" in d and "7 pt" in d for d in details)
    assert any("large print" in d and "10 pt" in d for d in details)
    big = copy.deepcopy(LIST_SCENE)
    big["screen"]["elements"] = [{"type": "button", "text": "OK", "id": "net"}]
    big["screen"]["elements"][0]["style"] = "primary"
    assert all("'OK'" not in f.detail for f in check_picture(big, "fi") if f.kind == "covered")


def test_the_hand_may_not_hide_a_neighbours_label_either() -> None:
    # The middle app of a row: from the side the hand hides a neighbour, from below its own name.
    names = ["Puhelin", "Viestit", "Kamera", "Kello", "Asetukset", "Internet"]
    apps = [{"icon": "settings", "text": name} for name in names]
    apps[4]["id"] = "settings"
    scene = {
        "device": "phone",
        "screen": {"kind": "home", "elements": [{"type": "apps", "items": apps}]},
        "characters": [{"who": "client", "pose": "point"}],
        "highlight": "settings",
        "pointer": {"target": "settings", "from": "right"},
    }
    details = [f.detail for f in check_picture(scene, "fi") if f.kind == "covered"]
    assert details and details[0].startswith("the hand covers"), details
    assert "'Asetukset'" not in details[0]  # a neighbour, not the app it points at


def test_a_laptop_scene_points_with_the_mouse_arrow_beside_the_words() -> None:
    tiles = [{"text": f"Pankki {n}"} for n in range(1, 12)]
    tiles[4]["id"] = "bank"
    scene = {
        "device": "laptop",
        "screen": {
            "site": "Suomi.fi",
            "content_width": 456,
            "elements": [{"type": "tiles", "columns": 4, "items": tiles}],
        },
        "characters": [{"who": "client", "pose": "point"}],
        "highlight": "bank",
        "pointer": {"target": "bank"},
    }
    layout = lay_out_scene(scene, "fi")
    assert layout.pointer_kind == "mouse"
    assert "covered" not in kinds(scene)
    svg = render_scene(scene, "fi")
    assert "M0 0 L0 34" in svg  # the arrow's outline, not the hand's cardigan cuff
    # The author may still ask for the hand; it is bigger and here hides a neighbouring tile.
    scene["pointer"] = {"target": "bank", "kind": "hand", "from": "below"}
    assert lay_out_scene(scene, "fi").pointer_kind == "hand"
    assert "covered" in kinds(scene)
    scene["pointer"] = {"target": "bank", "kind": "finger"}
    assert any("pointer kind" in error for error in check_scene(scene))
