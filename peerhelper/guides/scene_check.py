"""Check a scene mapping against the kit's vocabulary before drawing it.

``check_scene`` returns plain English sentences, one per mistake, so a
guide author sees every mistake at once; the loader turns them into
``bad_scene`` problems.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from peerhelper.domain.languages import SERVICE_LANGUAGES
from peerhelper.guides.kit.characters import FACES, PEOPLE, POSES
from peerhelper.guides.kit.devices import (
    ELEMENT_DRAWERS,
    LAPTOP_PARTS,
    PHONE_PARTS,
    SCREEN_KINDS,
)
from peerhelper.guides.kit.icons import ICONS
from peerhelper.guides.kit.item_widgets import TRAILERS
from peerhelper.guides.kit.marks import POINTER_ACTIONS, POINTER_FROM, POINTER_KINDS
from peerhelper.guides.kit.widgets import BUTTON_STYLES, TEXT_SIZES

DEVICES = ("phone", "laptop", "none")
# Keys holding words shown inside the picture, per element type.
_WORD_KEYS = ("text", "label", "value", "placeholder", "detail", "from")
_REQUIRED = {
    "text": ("text",),
    "heading": ("text",),
    "button": ("text",),
    "checkbox": ("text",),
    "toggle": ("text",),
    "notice": ("text",),
    "message": ("text",),
    "icon": ("name",),
    "list": ("items",),
    "tiles": ("items",),
    "apps": ("items",),
}


def _words(value: object, where: str, errors: list[str]) -> None:
    if isinstance(value, str):
        return
    if isinstance(value, Mapping):
        missing = [code for code in SERVICE_LANGUAGES if not isinstance(value.get(code), str)]
        if missing:
            errors.append(f"{where} has no words for service language {', '.join(missing)}")
        return
    errors.append(f"{where} must be a string or a mapping of fi, sv and en")


def _icon(name: object, where: str, errors: list[str]) -> None:
    if name not in ICONS:
        errors.append(f"{where}: unknown icon {name!r}")


def _element(element: object, where: str, ids: list[str], errors: list[str]) -> None:
    if not isinstance(element, Mapping):
        errors.append(f"{where} must be an object")
        return
    kind = element.get("type")
    if kind not in ELEMENT_DRAWERS:
        errors.append(f"{where}: unknown element type {kind!r}")
        return
    where = f"{where} ({kind})"
    for key in _REQUIRED.get(str(kind), ()):
        if key not in element:
            errors.append(f"{where} needs {key!r}")
    for key in _WORD_KEYS:
        if key in element and not (key == "value" and kind == "slider"):
            _words(element[key], f"{where} {key}", errors)
    if "icon" in element:
        _icon(element["icon"], where, errors)
    if kind == "icon" and "name" in element:
        _icon(element["name"], where, errors)
    if kind == "button" and element.get("style", "primary") not in BUTTON_STYLES:
        errors.append(f"{where}: unknown style {element.get('style')!r}")
    if kind == "text" and element.get("size", "normal") not in TEXT_SIZES:
        errors.append(f"{where}: unknown size {element.get('size')!r}")
    if element.get("id"):
        ids.append(str(element["id"]))
        if kind == "message":
            ids.append(f"{element['id']}.text")  # the words alone
            if element.get("from"):
                ids.append(f"{element['id']}.from")  # the sender's line alone
    items = element.get("items", [])
    if not isinstance(items, list):
        errors.append(f"{where} items must be a list")
        return
    for i, item in enumerate(items, 1):
        if not isinstance(item, Mapping):
            errors.append(f"{where} item {i} must be an object")
            continue
        for key in ("text", "detail"):
            if key in item:
                _words(item[key], f"{where} item {i} {key}", errors)
        if "icon" in item:
            _icon(item["icon"], f"{where} item {i}", errors)
        if item.get("trailing", "chevron") not in TRAILERS:
            errors.append(f"{where} item {i}: unknown trailing {item.get('trailing')!r}")
        if item.get("id"):
            ids.append(str(item["id"]))


def _screen(scene: Mapping[str, Any], device: str, ids: list[str], errors: list[str]) -> None:
    screen = scene.get("screen", {})
    if not isinstance(screen, Mapping):
        errors.append("screen must be an object")
        return
    if device == "none":
        if screen:
            errors.append("a scene without a device cannot have a screen")
        return
    if screen.get("kind", "app") not in SCREEN_KINDS:
        errors.append(f"unknown screen kind {screen.get('kind')!r}")
    for key in ("title", "site", "tab"):
        if key in screen:
            _words(screen[key], f"screen {key}", errors)
    if "header_button" in screen:
        _element({"type": "button", **screen["header_button"]}, "header button", ids, errors)
    elements = screen.get("elements", [])
    if not isinstance(elements, list):
        errors.append("screen elements must be a list")
        return
    for i, element in enumerate(elements, 1):
        _element(element, f"element {i}", ids, errors)
    ids += PHONE_PARTS if device == "phone" else LAPTOP_PARTS
    if device == "phone":
        ids += ["back", "swipe"]


def _people(scene: Mapping[str, Any], errors: list[str]) -> list[str]:
    people = scene.get("characters", [])
    if not isinstance(people, list) or len(people) > 2:
        errors.append("characters must be a list of at most two people")
        return []
    names = []
    for i, person in enumerate(people, 1):
        if not isinstance(person, Mapping) or person.get("who") not in PEOPLE:
            errors.append(f"character {i} must have who: helper or client")
            continue
        names.append(person["who"])
        if person.get("pose", "stand") not in POSES:
            errors.append(f"character {i}: unknown pose {person.get('pose')!r}")
        if person.get("face", "smile") not in FACES:
            errors.append(f"character {i}: unknown face {person.get('face')!r}")
        if person.get("facing", "right") not in ("left", "right"):
            errors.append(f"character {i}: facing must be left or right")
    if len(set(names)) != len(names):
        errors.append("the same person appears twice")
    return names


def check_scene(scene: object) -> list[str]:
    """Every mistake in ``scene``; an empty list means it can be drawn."""
    if not isinstance(scene, Mapping):
        return ["a scene must be an object"]
    errors: list[str] = []
    device = scene.get("device", "none")
    if device not in DEVICES:
        return [f"unknown device {device!r}; use phone, laptop or none"]
    ids: list[str] = []
    _screen(scene, device, ids, errors)
    names = _people(scene, errors)
    highlight = scene.get("highlight", [])
    for ident in [highlight] if isinstance(highlight, str) else highlight:
        if ident not in ids:
            errors.append(f"highlight {ident!r} names nothing in the scene")
    zoom = scene.get("zoom", [])
    if not isinstance(zoom, str | list) or not all(isinstance(i, str) for i in zoom):
        errors.append("zoom must be an id or a list of ids")
    else:
        for ident in [zoom] if isinstance(zoom, str) else zoom:
            if ident not in ids:
                errors.append(f"zoom {ident!r} names nothing in the scene")
    aim = scene.get("pointer")
    if aim is not None:
        if not isinstance(aim, Mapping) or aim.get("target") not in ids:
            errors.append("pointer needs a target that names something in the scene")
        elif aim.get("action", "tap") not in POINTER_ACTIONS:
            errors.append(f"unknown pointer action {aim.get('action')!r}")
        elif aim.get("from", "below") not in POINTER_FROM:
            errors.append(f"unknown pointer side {aim.get('from')!r}")
        elif aim.get("kind", "hand") not in POINTER_KINDS:
            errors.append(f"unknown pointer kind {aim.get('kind')!r}; use hand or mouse")
    speech = scene.get("bubble")
    if speech is not None:
        if not isinstance(speech, Mapping) or speech.get("by") not in names:
            errors.append("bubble needs by: a person who is in the scene")
        else:
            for name in speech.get("icons", []):
                _icon(name, "bubble", errors)
            if "text" in speech:
                _words(speech["text"], "bubble text", errors)
    if "badge" in scene:
        _icon(scene["badge"], "badge", errors)
    return errors
