"""Step pictures and the symbol, ready to place on a printed page.

SVG stays vector: plain SVG (everything the guide kit and our symbol use)
is drawn by :mod:`peerhelper.printing.svg_draw`; any other SVG, such as a
file a volunteer made in a drawing program, goes through svglib. PNG and
JPEG pictures are embedded as images at their own resolution.

Every picture answers to the same small interface, :class:`PrintPicture`:
its natural size (for the aspect ratio) and ``draw`` into a box.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from peerhelper.printing.svg_draw import SvgDrawing, UnsupportedSvg, compile_svg

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.guides.model import Guide, Step

RASTER_SUFFIXES = {".png", ".jpg", ".jpeg"}


class PrintPicture(Protocol):
    # Read-only: a picture's size is what it is; the handout scales it when drawing.
    @property
    def width(self) -> float: ...

    @property
    def height(self) -> float: ...

    def draw(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        """Draw centred in the box with lower-left corner (x, y), keeping the aspect ratio."""


def _fit(width: float, height: float, box_w: float, box_h: float) -> tuple[float, float, float]:
    """Scale and centring offsets that fit a width × height picture into a box."""
    scale = min(box_w / width, box_h / height)
    return scale, (box_w - width * scale) / 2, (box_h - height * scale) / 2


@dataclass(frozen=True)
class RasterPicture:
    """A PNG or JPEG file, embedded as it is."""

    path: Path
    width: float
    height: float

    @classmethod
    def open(cls, path: Path, name: str | None = None) -> RasterPicture:
        """The picture at ``path``, checked first: a picture over budget is never decoded."""
        from peerhelper.picture_check import PictureError, raster_size

        try:
            width, height = raster_size(path)
        except PictureError as error:
            raise PictureError(name or path.name, error.problem, path.name) from None
        return cls(path, float(width), float(height))

    def draw(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        scale, dx, dy = _fit(self.width, self.height, width, height)
        canvas.drawImage(
            str(self.path), x + dx, y + dy, self.width * scale, self.height * scale, mask="auto"
        )


@dataclass(frozen=True)
class SvglibPicture:
    """An SVG document converted by svglib, for SVG beyond what ``svg_draw`` reads."""

    drawing: Any  # reportlab.graphics.shapes.Drawing
    width: float
    height: float

    def draw(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        from reportlab.graphics import renderPDF

        scale, dx, dy = _fit(self.width, self.height, width, height)
        canvas.saveState()
        canvas.translate(x + dx, y + dy)
        canvas.scale(scale, scale)
        renderPDF.draw(self.drawing, canvas, 0, 0)
        canvas.restoreState()


def _noto_font_map() -> Any:
    """An svglib font map that answers every family with our bundled, embeddable fonts.

    svglib's own map would look for Arial or DejaVu on the system (and, not
    finding them, print in Helvetica, which is never embedded).
    """
    from svglib.fonts import FontMap

    from peerhelper.printing.fonts import font_name

    class NotoFontMap(FontMap):
        def register_default_fonts(self) -> None:
            pass

        def find_font(
            self, font_name_: str, weight: str = "normal", style: str = "normal"
        ) -> tuple[str, bool]:
            bold = str(weight) in ("bold", "bolder") or (
                str(weight).isdigit() and int(weight) >= 600
            )
            return font_name(bold=bold), True

    return NotoFontMap()


def _svglib_picture(source: str, base: Path | None) -> SvglibPicture:
    from peerhelper.printing.fonts import font_name

    try:
        from svglib.svglib import SvgRenderer, load_svg_file
    except ImportError as error:  # pragma: no cover - svglib is a dependency
        raise ValueError("this SVG picture needs svglib to print") from error
    root = load_svg_file(io.BytesIO(source.encode("utf-8")))
    if root is None:
        raise ValueError("the SVG picture cannot be read")
    # References to other files are followed only inside the picture's own folder.
    renderer = SvgRenderer(
        str(base / "picture.svg") if base is not None else "",
        font_map=_noto_font_map(),
        external_reference_root=str(base) if base is not None else None,
    )
    drawing = renderer.render(root)
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        raise ValueError("the SVG picture has no size")
    # reportlab's drawing renderer starts every drawing by selecting Helvetica,
    # which then sits unembedded in the PDF even when no text uses it.
    drawing.initialFontName = font_name()
    return SvglibPicture(drawing, float(drawing.width), float(drawing.height))


@lru_cache(maxsize=48)
def svg_picture(source: str, base: Path | None = None) -> SvgDrawing | SvglibPicture:
    """An SVG document as a vector picture (cached: previews rebuild the same handout)."""
    try:
        return compile_svg(source)
    except UnsupportedSvg:
        return _svglib_picture(source, base)


def step_picture(guide: Guide, step: Step, service_lang: str = "fi") -> PrintPicture:
    """The picture of one step, with the words on screens in ``service_lang``."""
    from peerhelper.guides.pictures import picture_file, step_svg

    path = picture_file(guide, step, service_lang)
    if step.picture.kind == "raster" and path is not None:
        return RasterPicture.open(path)
    # step_svg checks an SVG file again; its references are to its own folder.
    base = path.parent if path is not None else guide.folder
    return svg_picture(step_svg(guide, step, service_lang), base)


def default_symbol() -> Path:
    from peerhelper.paths import assets_dir

    return assets_dir() / "symbols" / "digital-support-blue-filled.svg"


def symbol_picture(path: Path | None = None) -> PrintPicture:
    """The digital-support symbol: ours, or the organisation's own file (SVG, PNG or JPEG).

    The file is checked again (one chosen before these checks existed may be
    unusable); :class:`~peerhelper.picture_check.PictureError` says why.
    """
    from peerhelper.picture_check import check_picture

    path = path or default_symbol()
    name = f"The symbol file {path}"
    if path.suffix.lower() in RASTER_SUFFIXES:
        return RasterPicture.open(path, name)
    check_picture(path, name=name)
    # Nothing outside the symbol itself is followed.
    return svg_picture(path.read_text(encoding="utf-8"), None)
