#!/usr/bin/env python3
"""Time to build a 10-step handout, against a minimal reportlab document.

Both run in one warm process, alternately, several times each. The minimal
document places the same pictures (drawn the same way, as vector) and the
same captions (through the same text layer, so Arabic is shaped too) three
to a page at fixed positions, with none of our layout: no title, numbers,
tick boxes, second language, notes, footer or pagination rules. The
difference is therefore the cost of the layout itself. Picture caches are
emptied before every run of both, so each build converts its pictures anew.

The 10-step guide is made in memory from the steps of the bundled guides.
Goals: median at most 0.5 s, ratio at most 1.5.

    python benchmarks/handout.py [--runs N] [--lang ar --second-lang fi] [--large-print]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peerhelper.domain.site import SiteProfileData
from peerhelper.guides.loader import load_bundled
from peerhelper.guides.model import Guide

PROFILE = SiteProfileData(
    "Kylän Digiyhdistys ry",
    "Digituki Kirjasto Kallio",
    "Viides linja 11, 00530 Helsinki",
    "ti ja to klo 10–14",
    "040 123 4567",
    ["fi", "sv", "ar"],
)


def ten_step_guide() -> Guide:
    guides, _problems = load_bundled()
    steps = [step for guide in guides for step in guide.steps][:10]
    numbered = tuple(replace(step, number=index) for index, step in enumerate(steps, start=1))
    return replace(guides[0], id="benchmark-ten", steps=numbered)


def clear_caches() -> None:
    from peerhelper.printing.pictures import svg_picture

    svg_picture.cache_clear()


def ours(guide: Guide, options: object) -> int:
    from peerhelper.printing.handout import build_handout

    clear_caches()
    return build_handout(guide, options, PROFILE, io.BytesIO())  # type: ignore[arg-type]


def minimal(guide: Guide, lang: str, service_lang: str) -> int:
    """The same pictures and captions, three to an A4 page, no layout of ours."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.printing.fonts import font_name
    from peerhelper.printing.pictures import step_picture
    from peerhelper.printing.text import draw_text

    clear_caches()
    canvas = Canvas(io.BytesIO(), pagesize=A4, initialFontName=font_name())
    pages = 0
    for index, step in enumerate(guide.steps):
        slot = index % 3
        top = A4[1] - 40 - slot * 250
        picture = step_picture(guide, step, service_lang)
        picture.draw(canvas, 40, top - 190, 250, 190)
        draw_text(canvas, step.caption.get(lang), 310, top, 245, 13, lang=lang)
        if slot == 2 or index == len(guide.steps) - 1:
            canvas.showPage()
            pages += 1
    canvas.save()
    return pages


def main() -> None:
    from peerhelper.printing.handout import HandoutOptions

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--lang", default="fi")
    parser.add_argument("--second-lang")
    parser.add_argument("--large-print", action="store_true")
    args = parser.parse_args()
    guide = ten_step_guide()
    options = HandoutOptions(args.lang, args.second_lang, large_print=args.large_print)
    pages = ours(guide, options)  # warm up: imports, fonts, shaping caches
    minimal(guide, args.lang, "fi")
    ours_times, minimal_times = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        ours(guide, options)
        ours_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        minimal(guide, args.lang, "fi")
        minimal_times.append(time.perf_counter() - start)
    ours_median = statistics.median(ours_times)
    minimal_median = statistics.median(minimal_times)
    print(f"{len(guide.steps)}-step handout ({args.lang}, {pages} pages)")
    runs = f"over {args.runs} runs"
    print(f"handout          : median {ours_median * 1000:6.1f} ms {runs} (goal <= 500)")
    print(f"minimal reportlab: median {minimal_median * 1000:6.1f} ms {runs}")
    print(f"ratio            : {ours_median / minimal_median:.2f}  (goal <= 1.5)")


if __name__ == "__main__":
    main()
