#!/usr/bin/env python3
"""Start-up time of ``peerhelper --smoke`` against an empty PySide6 window.

Both programs are started alternately as fresh processes, several times
each, offscreen; the script prints each median and their ratio. Goal: the
ratio stays at or below 1.5 (heavy modules such as reportlab are imported
only when first needed). The data folder is prepared by one untimed start,
so the figures are for an ordinary start, not the very first one.

    python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

MINIMAL = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as data:
        ours = [sys.executable, "-m", "peerhelper", "--data-dir", data, "--smoke"]
        minimal = [sys.executable, "-c", MINIMAL]
        timed(ours, env)  # creates and migrates the database, makes the daily backup
        timed(minimal, env)
        ours_times, minimal_times = [], []
        for _ in range(args.runs):
            ours_times.append(timed(ours, env))
            minimal_times.append(timed(minimal, env))
    ours_median = statistics.median(ours_times)
    minimal_median = statistics.median(minimal_times)
    print(f"peerhelper --smoke : median {ours_median * 1000:7.1f} ms over {args.runs} runs")
    print(f"empty QMainWindow  : median {minimal_median * 1000:7.1f} ms over {args.runs} runs")
    print(f"ratio              : {ours_median / minimal_median:.2f}  (goal <= 1.5)")


if __name__ == "__main__":
    main()
