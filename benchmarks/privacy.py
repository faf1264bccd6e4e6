#!/usr/bin/env python3
"""How fast the personal-data guard reads long and hostile text.

The guard runs on every keystroke in the note and on every cell of an
imported file, so its work must grow with the length of the text and never
faster. For each kind of text below, the script times ``find_personal_data``
on 50 KB and on 200 KB of it (CPU time, best of three) and prints the time,
the rate, and the ratio of the two times: about 4 means linear; a quadratic
finder would show 16.

The texts are built to hurt the finders: endless digit groups joined every
way a number can be joined, runs of at-signs and dots for the e-mail pattern,
identity-code and IBAN beginnings that never finish, invisible characters and
foreign digits for the normaliser, and, for comparison, ordinary notes full
of real findings.

    python benchmarks/privacy.py [--size KB]

Last line: ``worst_ratio=<r> worst_seconds_200kb=<s>``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peerhelper.domain.privacy import find_personal_data

NOTE = (
    "Opastettiin OmaKantaan klo 9.30, kesti 45 min. Soita 040 123 4567 tai "
    "anna.virtanen (at) example.fi, tili FI21 1234 5600 0007 85, hetu 131052-308T. "
)

TEXTS: dict[str, str] = {
    "ordinary note with findings": NOTE,
    "single digits": "1 ",
    "phone-like groups": "040 ",
    "dashed pairs (hours)": "08-16 ",
    "dotted date parts": "02.03.",
    "slashes": "09/123 ",
    "brackets": "(09) ",
    "plus signs": "+358 ",
    "solid zeros": "0",
    "card groups": "4111 ",
    "at-signs": "a@",
    "dotted domain": "b.",
    "spelled-out at": "anna (at) ",
    "plain at": "a.b at ",
    "identity-code starts": "131052-",
    "spaced date digits": "13 10 52 ",
    "IBAN starts": "FI21 ",
    "IBAN dashes": "FI21-1234-",
    "invisible characters": "0\u200b4\u200c0\u2060 ",
    "Persian digits": "\u06f0\u06f4\u06f0 ",
    "full-width digits": "\uff10\uff14\uff10\u3000",
}


def cpu_seconds(work: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def sized(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=200, help="the larger text, in KB")
    args = parser.parse_args(argv)
    large = args.size * 1000
    small = large // 4
    worst_ratio = 0.0
    worst_seconds = 0.0
    print(f"{'text':30} {'50 KB s':>9} {'200 KB s':>9} {'MB/s':>6} {'ratio':>6}")
    for name, unit in TEXTS.items():
        short, long = sized(unit, small), sized(unit, large)
        t_small = cpu_seconds(lambda text=short: find_personal_data(text))
        t_large = cpu_seconds(lambda text=long: find_personal_data(text))
        ratio = t_large / max(t_small, 1e-6)
        worst_ratio = max(worst_ratio, ratio)
        worst_seconds = max(worst_seconds, t_large)
        rate = large / max(t_large, 1e-9) / 1e6
        print(f"{name:30} {t_small:9.3f} {t_large:9.3f} {rate:6.2f} {ratio:6.1f}")
    print(f"worst_ratio={worst_ratio:.1f} worst_seconds_200kb={worst_seconds:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
