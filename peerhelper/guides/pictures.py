"""The picture of any step as SVG text, whatever its source.

Drawn scenes are rendered by the kit, SVG files are read as they are, and
PNG/JPEG files are wrapped in an SVG that embeds them, so a viewer or a
printer only ever needs an SVG renderer. ``picture_file`` gives the raw
file for code that would rather use a raster picture directly.
"""

from __future__ import annotations

import base64
from pathlib import Path

from peerhelper.guides.files import RASTER_SUFFIXES, raster_size
from peerhelper.guides.kit.svg import document, tag
from peerhelper.guides.model import Guide, Step
from peerhelper.guides.scene import render_scene
from peerhelper.picture_check import check_picture


def _service_lang(guide: Guide, service_lang: str) -> str:
    """The requested service language if the guide has it, else its first one."""
    return service_lang if service_lang in guide.service_languages else guide.service_languages[0]


def raster_svg(path: Path, title: str = "") -> str:
    """An SVG document the size of the raster picture at ``path``, embedding it."""
    width, height = raster_size(path)
    mime = "image/png" if RASTER_SUFFIXES[path.suffix.lower()] == "PNG" else "image/jpeg"
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    image = tag(
        "image",
        x=0,
        y=0,
        width=width,
        height=height,
        preserveAspectRatio="xMidYMid meet",
        xlink_href=f"data:{mime};base64,{data}",
    )
    return document(image, width, height, title)


def step_svg(guide: Guide, step: Step, service_lang: str = "fi") -> str:
    """The step's picture as an SVG document, with screen words in ``service_lang``."""
    lang = _service_lang(guide, service_lang)
    title = step.alt.get("en")
    picture = step.picture
    if picture.kind == "scene" and picture.scene is not None:
        return render_scene(picture.scene, lang, title)
    path = picture.file_for(lang)
    if path is None:
        raise ValueError(f"step {step.number} of {guide.id} has no picture file")
    if picture.kind == "svg":
        # Checked again: the renderers follow references, and the file may
        # have changed since the guide was loaded.
        check_picture(path, folder=path.parent)
        return path.read_text(encoding="utf-8")
    return raster_svg(path, title)


def step_svg_bytes(guide: Guide, step: Step, service_lang: str = "fi") -> bytes:
    """``step_svg`` as UTF-8 bytes, ready for ``QSvgRenderer(QByteArray(...))``."""
    return step_svg(guide, step, service_lang).encode("utf-8")


def picture_file(guide: Guide, step: Step, service_lang: str = "fi") -> Path | None:
    """The step's picture file, or None when the picture is a drawn scene."""
    if step.picture.kind == "scene":
        return None
    return step.picture.file_for(_service_lang(guide, service_lang))
