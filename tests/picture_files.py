"""Crafted picture files for the picture checks: huge headers, cut files, hostile SVG."""

from __future__ import annotations

import base64
import io
import struct
import zlib
from pathlib import Path

from PIL import Image

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def crafted_png(width: int, height: int) -> bytes:
    """A structurally whole PNG whose header claims ``width`` × ``height`` grey pixels.

    Its image data holds one row only: a reader that trusts the header and
    decodes would allocate the whole claimed size first.
    """
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = zlib.compress(b"\x00" + b"\x80" * min(width, 1000))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )


def real_png(width: int = 200, height: int = 120) -> bytes:
    stream = io.BytesIO()
    Image.effect_noise((width, height), 40).convert("RGB").save(stream, "PNG")
    return stream.getvalue()


def png_with_damaged_pixels() -> bytes:
    """A PNG whose chunks are all there but whose compressed pixels are garbage."""
    header = struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"\x78\x9c" + b"\xff" * 200)
        + _chunk(b"IEND", b"")
    )


def write(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def svg(body: str = "", attributes: str = 'width="100" height="80"') -> str:
    return f'{SVG} {attributes}><rect width="10" height="10"/>{body}</svg>'


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
