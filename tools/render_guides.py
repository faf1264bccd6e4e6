"""Render every step picture of the bundled guides to PNG files for a visual check.

Usage: python tools/render_guides.py OUT_DIR [GUIDE_ID ...] [--lang fi]

Writes OUT_DIR/<guide-id>-<step>-<lang>.png for each step, and a contact
sheet OUT_DIR/<guide-id>-<lang>-sheet.png with all steps of one guide.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from peerhelper.domain.languages import SERVICE_LANGUAGES
from peerhelper.guides.loader import load_bundled
from peerhelper.guides.pictures import step_svg_bytes


def render(svg: bytes, width: int, height: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("ids", nargs="*")
    parser.add_argument("--lang", default="fi", choices=SERVICE_LANGUAGES)
    args = parser.parse_intermixed_args(argv)
    app = QGuiApplication([])  # noqa: F841 - QtSvg text needs a GUI application
    # The handout prints with the bundled Noto fonts: draw with them too, so what is
    # looked at here is what is printed (a system's own sans may be wider).
    for font in sorted((Path(__file__).resolve().parent.parent / "assets" / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    guides, problems = load_bundled()
    for problem in problems:
        print(problem)
    args.out.mkdir(parents=True, exist_ok=True)
    for guide in guides:
        if args.ids and guide.id not in args.ids:
            continue
        sheet = QImage(800, 300 * ((len(guide.steps) + 1) // 2), QImage.Format.Format_ARGB32)
        sheet.fill(0xFFFFFFFF)
        painter = QPainter(sheet)
        for i, step in enumerate(guide.steps):
            image = render(step_svg_bytes(guide, step, args.lang), 800, 600)
            image.save(str(args.out / f"{guide.id}-{step.number}-{args.lang}.png"))
            painter.drawImage(QRectF((i % 2) * 400, (i // 2) * 300, 400, 300), image)
        painter.end()
        sheet.save(str(args.out / f"{guide.id}-{args.lang}-sheet.png"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
