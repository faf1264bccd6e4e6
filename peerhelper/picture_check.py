"""Every picture that can later be shown or printed is checked here, once, the same way.

Guide pictures come in guide packs from USB sticks and e-mail, the symbol
file from an organisation's web page: each is checked when it comes in (guide
loading and ``guides check``, the symbol chooser in Settings) and again just
before it is printed, so a file changed since needs no trust either.

- PNG and JPEG: the kind the name says, the size read from the header before
  a single pixel is decoded, and within :data:`MAX_PIXELS` and
  :data:`MAX_SIDE`, which keep printing well under a second for screenshots
  and photos (a 1 × 40,000,000 strip would take a gigabyte). A PNG must be
  whole: its chunks are walked up to the end marker without decoding them.
  ``decode=True`` decodes the picture too, which finds damage inside.
- SVG: see :mod:`peerhelper.picture_check_svg`.

A problem is a :class:`PictureProblem`: a code the window translates, an
English detail for logs and the command line, and the values the message
names.
"""

from __future__ import annotations

import io
import struct
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from peerhelper.errors import BadInputError

MAX_PICTURE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 16_000_000  # 4000 × 4000: a photo, or a phone screenshot many times over
MAX_SIDE = 10_000  # a long scrolling screenshot still fits; a thin strip of millions does not
RASTER_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
SVG_SUFFIXES = frozenset({".svg"})
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_MAX_PNG_CHUNKS = 200_000


@dataclass(frozen=True)
class PictureProblem:
    """Why a picture cannot be used."""

    code: str  # see the UI's picture_messages for the list
    detail: str  # English, for the log, the command line and guide problems
    values: tuple[str, ...] = ()  # what the message names, in order: %1, %2 …

    def __str__(self) -> str:
        return self.detail


class PictureError(BadInputError, ValueError):
    """A picture was refused; ``problem`` says why. (A ValueError for older callers.)

    ``name`` starts the English message ("The symbol file …"); ``file`` is the
    picture's own name, which the window puts before the translated reason.
    """

    def __init__(self, name: str, problem: PictureProblem, file: str | None = None) -> None:
        super().__init__(f"{name}: {problem.detail}")
        self.name = name
        self.problem = problem
        self.file = file or name


class Refused(Exception):
    """Raised inside the checks to stop at the first problem."""

    def __init__(self, problem: PictureProblem) -> None:
        super().__init__(problem.detail)
        self.problem = problem


def problem(code: str, detail: str, *values: object) -> Refused:
    return Refused(PictureProblem(code, detail, tuple(str(value) for value in values)))


def picture_problem(
    path: Path,
    *,
    folder: Path | None = None,
    decode: bool = False,
    max_bytes: int = MAX_PICTURE_BYTES,
) -> PictureProblem | None:
    """Why the picture at ``path`` cannot be used, or None if it can.

    ``folder`` is the guide folder an SVG may refer to raster files in; an SVG
    without one (the symbol) may refer to nothing outside itself.
    """
    try:
        _check_file(path, folder, decode, max_bytes)
    except Refused as refused:
        return refused.problem
    return None


def check_picture(
    path: Path,
    *,
    folder: Path | None = None,
    decode: bool = False,
    max_bytes: int = MAX_PICTURE_BYTES,
    name: str | None = None,
) -> None:
    """Raise :class:`PictureError` (named ``name``, else the file's name) unless usable."""
    found = picture_problem(path, folder=folder, decode=decode, max_bytes=max_bytes)
    if found is not None:
        raise PictureError(name or path.name, found, path.name)


def raster_size(path: Path) -> tuple[int, int]:
    """Width and height in pixels of a usable PNG or JPEG; raises :class:`PictureError`."""
    try:
        _check_size(path, MAX_PICTURE_BYTES)
        with path.open("rb") as stream:
            return check_raster(stream, _raster_format(path), decode=False)
    except Refused as refused:
        raise PictureError(path.name, refused.problem) from None
    except OSError as error:
        raise PictureError(path.name, _unreadable(error)) from None


def _raster_format(path: Path) -> str:
    expected = RASTER_FORMATS.get(path.suffix.lower())
    if expected is None:
        raise problem("kind", "only .svg, .png, .jpg and .jpeg pictures are supported")
    return expected


def _unreadable(error: OSError) -> PictureProblem:
    return PictureProblem("unreadable", f"the file cannot be read: {error.strerror or error}")


def _check_size(path: Path, max_bytes: int) -> None:
    if not path.is_file():
        raise problem("missing", "the file does not exist")
    if path.stat().st_size > max_bytes:
        megabytes = max_bytes // (1024 * 1024)
        raise problem("file_too_large", f"the file is larger than {megabytes} MB", megabytes)


def _check_file(path: Path, folder: Path | None, decode: bool, max_bytes: int) -> None:
    try:
        _check_size(path, max_bytes)
        suffix = path.suffix.lower()
        if suffix in SVG_SUFFIXES:
            from peerhelper.picture_check_svg import check_svg

            check_svg(path.read_bytes(), _inside_checker(folder, decode))
            return
        expected = _raster_format(path)
        with path.open("rb") as stream:
            check_raster(stream, expected, decode)
    except OSError as error:
        raise Refused(_unreadable(error)) from None


def _inside_checker(folder: Path | None, decode: bool) -> Callable[[str], None] | None:
    """For an SVG in ``folder``: how to check a raster file it refers to by name."""
    if folder is None:
        return None

    def check_reference(name: str) -> None:
        from peerhelper.guides.files import resolve_inside

        path = resolve_inside(folder, name)
        if path is None or path.suffix.lower() not in RASTER_FORMATS:
            raise problem("svg_reference", f"it refers to {name!r} outside its folder", name)
        _check_file(path, None, decode, MAX_PICTURE_BYTES)

    return check_reference


def check_raster(stream: BinaryIO, expected: str, decode: bool) -> tuple[int, int]:
    """Check a PNG or JPEG read from ``stream``; its size in pixels. Raises :class:`Refused`."""
    from PIL import Image

    if expected == "PNG":
        _walk_png(stream)
        stream.seek(0)
    with warnings.catch_warnings():
        # Pillow warns of a "decompression bomb" only far above our own budget.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(stream) as image:  # reads the header only
                if image.format != expected:
                    found = image.format or "unknown"
                    raise problem("not_picture", f"the file is {found}, not {expected}", expected)
                width, height = image.size
                _check_budget(width, height)
                if decode:
                    image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise problem("far_too_many_pixels", "the picture has far too many pixels") from None
        except Refused:
            raise
        except Exception as error:
            # Pillow reports damaged files with many kinds of exception.
            if decode:
                detail = f"the picture is damaged or incomplete ({error})"
                raise problem("damaged", detail) from None
            raise problem(
                "not_picture", f"not a readable {expected} picture ({error})", expected
            ) from None
    return width, height


def _check_budget(width: int, height: int) -> None:
    if width < 1 or height < 1:
        raise problem("damaged", "the picture has no pixels")
    if max(width, height) > MAX_SIDE:
        raise problem(
            "too_long_side",
            f"{width} x {height} pixels: a side is longer than {MAX_SIDE} pixels",
            width,
            height,
            MAX_SIDE,
        )
    if width * height > MAX_PIXELS:
        raise problem(
            "too_many_pixels",
            f"{width} x {height} pixels is more than {MAX_PIXELS // 1_000_000} million pixels",
            width,
            height,
            MAX_PIXELS // 1_000_000,
        )


def _walk_png(stream: BinaryIO) -> None:
    """Check that a PNG is whole: every chunk present up to IEND, without decoding."""
    if stream.read(8) != _PNG_SIGNATURE:
        raise problem("not_picture", "the file is not a PNG picture", "PNG")
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    position = 8
    for _ in range(_MAX_PNG_CHUNKS):
        stream.seek(position)
        head = stream.read(8)
        if len(head) < 8:
            break
        length, kind = struct.unpack(">I4s", head)
        if kind == b"IHDR" and length >= 8:
            # Pillow would refuse a "decompression bomb" without saying its size.
            _check_budget(*struct.unpack(">II", stream.read(8)))
        position += 12 + length
        if position > size:
            break
        if kind == b"IEND":
            return
    raise problem("damaged", "the PNG file is incomplete (it ends too early)")


def check_raster_bytes(data: bytes, expected: str, decode: bool) -> tuple[int, int]:
    """:func:`check_raster` for a picture held in memory (an SVG's embedded image)."""
    return check_raster(io.BytesIO(data), expected, decode)
