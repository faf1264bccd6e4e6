"""The SVG half of :mod:`peerhelper.picture_check`.

An SVG is read with expat, element by element, and never turned into a tree
before it passes. It must be well-formed XML with no DOCTYPE, entity or
processing instruction; have an ``<svg>`` root with a size (width and height,
or a viewBox); nest no deeper than :data:`MAX_DEPTH` and hold no more than
:data:`MAX_ELEMENTS` elements; carry no script, event attribute or foreign
HTML; and refer only to its own parts (``#id``), to PNG or JPEG pictures
embedded in it (checked like any other), or, for a guide picture, to a PNG or
JPEG file inside the guide's folder. The renderers follow any other
reference: Qt's on the screen would draw a file from anywhere on the disk.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from urllib.parse import unquote
from xml.parsers import expat

from peerhelper.picture_check import Refused, check_raster_bytes, problem

MAX_DEPTH = 64  # the kit nests 3 deep, drawing programs a dozen
MAX_ELEMENTS = 100_000
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_SCRIPTED = frozenset({"script", "handler", "foreignObject"})
_ANIMATION = frozenset({"set", "animate", "animateMotion", "animateTransform", "animateColor"})
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE)
_DATA_IMAGE = re.compile(r"data:image/(png|jpeg|jpg);base64,(.*)", re.IGNORECASE | re.DOTALL)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\s*(px|pt|pc|mm|cm|in)?\s*$")
_NUMBER = re.compile(r"[-+]?(?:[0-9]*\.[0-9]+|[0-9]+\.?)(?:[eE][-+]?[0-9]+)?")

ReferenceCheck = Callable[[str], None]


def check_svg(data: bytes, check_file: ReferenceCheck | None) -> None:
    """Raise :class:`~peerhelper.picture_check.Refused` unless ``data`` is an SVG we accept.

    ``check_file`` checks a relative file name the SVG refers to; without
    one, only references inside the SVG itself are accepted.
    """
    walker = _SvgWalker(check_file)
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = walker.refuse_declaration
    parser.EntityDeclHandler = walker.refuse_declaration
    parser.ProcessingInstructionHandler = walker.refuse_declaration
    parser.StartElementHandler = walker.start
    parser.EndElementHandler = walker.end
    parser.CharacterDataHandler = walker.text
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise problem("svg_invalid", f"not valid SVG: {error}", str(error)) from None
    except RecursionError:  # pragma: no cover - expat itself does not recurse
        raise problem("svg_too_deep", "the SVG is nested too deeply", MAX_DEPTH) from None
    if not walker.seen_root:
        raise problem("svg_not_svg", "not an SVG document")


class _SvgWalker:
    def __init__(self, check_file: ReferenceCheck | None) -> None:
        self.check_file = check_file
        self.depth = 0
        self.count = 0
        self.seen_root = False
        self.in_style = False

    def refuse_declaration(self, *_args: object) -> None:
        raise problem(
            "svg_doctype", "SVG files with a DOCTYPE, entities or processing instructions"
        )

    def start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(" ")
        self.depth += 1
        self.count += 1
        if self.depth > MAX_DEPTH:
            raise problem("svg_too_deep", f"the SVG is nested deeper than {MAX_DEPTH}", MAX_DEPTH)
        if self.count > MAX_ELEMENTS:
            raise problem(
                "svg_too_many", f"the SVG has more than {MAX_ELEMENTS:,} parts", MAX_ELEMENTS
            )
        if not self.seen_root:
            if local != "svg" or namespace not in ("", SVG_NAMESPACE):
                raise problem("svg_not_svg", "not an SVG document")
            self.seen_root = True
            _check_size(attributes)
        if local in _SCRIPTED:
            raise problem("svg_script", f"SVG files with <{local}> are not accepted", local)
        if local in _ANIMATION and "href" in attributes.get("attributeName", "").lower():
            raise problem("svg_script", "SVG files that change a reference are not accepted", local)
        self.in_style = local == "style"
        for key, value in attributes.items():
            attribute = key.rpartition(" ")[2]
            if attribute.lower().startswith("on"):
                raise problem(
                    "svg_script", f"SVG files with {attribute} are not accepted", attribute
                )
            if attribute == "href":
                self.check_reference(value)
            self.check_urls(value)

    def end(self, _name: str) -> None:
        self.depth -= 1
        self.in_style = False

    def text(self, data: str) -> None:
        if self.in_style:
            if "@import" in data.lower():
                raise problem("svg_reference", "its style sheet imports another file", "@import")
            self.check_urls(data)

    def check_urls(self, value: str) -> None:
        if "url(" not in value.lower():
            return
        for _quote, target in _URL.findall(value):
            if not target.strip().startswith("#"):
                raise problem("svg_reference", f"it refers to {target[:80]!r}", target[:80])

    def check_reference(self, value: str) -> None:
        target = value.strip()
        if target.startswith("#"):
            return
        embedded = _DATA_IMAGE.fullmatch(target)
        if embedded:
            _check_embedded(embedded.group(1), embedded.group(2))
            return
        shown = target[:80]
        if _SCHEME.match(target) or target.startswith(("/", "\\")) or self.check_file is None:
            raise problem("svg_reference", f"it refers to {shown!r}", shown)
        self.check_file(unquote(target))


def _check_embedded(kind: str, payload: str) -> None:
    try:
        data = base64.b64decode("".join(payload.split()), validate=True)
    except (binascii.Error, ValueError):
        raise problem("damaged", "an embedded picture is damaged") from None
    check_raster_bytes(data, "PNG" if kind.lower() == "png" else "JPEG", decode=False)


def _check_size(attributes: dict[str, str]) -> None:
    """The root must say how big the picture is: width and height, or a viewBox."""
    width, height = (_length(attributes.get(name)) for name in ("width", "height"))
    if width and height:
        return
    numbers = _NUMBER.findall(attributes.get("viewBox", ""))
    if len(numbers) == 4:
        box_width, box_height = float(numbers[2]), float(numbers[3])
        if 0 < box_width < 1e7 and 0 < box_height < 1e7:
            return
    raise problem("svg_no_size", "the SVG has no size (no width and height, nor a viewBox)")


def _length(value: str | None) -> float | None:
    match = _LENGTH.match(value or "")
    if not match:
        return None
    number = float(match.group(1))
    return number if 0 < number < 1e7 else None


__all__ = ["MAX_DEPTH", "MAX_ELEMENTS", "Refused", "check_svg"]
