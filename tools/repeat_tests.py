#!/usr/bin/env python3
"""Run UI tests again and again, each time in a fresh process, and report any crash.

A crash in a Qt program (a segmentation fault, an abort) may show up once in
many runs, so one green run proves little. This runs the chosen tests
(the UI printing tests by default) N times (10 by default) with background
work on the real worker thread, and prints one line per run and a summary.
The exit status is 0 only if every run passed.

    python tools/repeat_tests.py [--runs N] [--tasks threads|sync] [--stress-rounds R] [TESTS…]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TESTS = ["tests/ui/printing"]
CRASH_MARKERS = ("Fatal Python error", "Segmentation fault", "Aborted", "core dumped")


@dataclass
class Run:
    number: int
    returncode: int
    seconds: float
    summary: str
    crashed: bool

    @property
    def verdict(self) -> str:
        if self.crashed:
            return "CRASHED"
        return "passed" if self.returncode == 0 else "FAILED"


def describe_exit(returncode: int) -> str:
    if returncode < 0:
        try:
            return f"killed by {signal.Signals(-returncode).name}"
        except ValueError:
            return f"killed by signal {-returncode}"
    return f"exit {returncode}"


def run_once(number: int, tests: list[str], env: dict[str, str]) -> Run:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    output = result.stdout + result.stderr
    crashed = result.returncode < 0 or any(marker in output for marker in CRASH_MARKERS)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    summary = lines[-1] if lines else ""
    if crashed:
        fatal = [line for line in output.splitlines() if any(m in line for m in CRASH_MARKERS)]
        summary = f"{describe_exit(result.returncode)}: {fatal[0] if fatal else summary}"
        log = Path(tempfile.gettempdir()) / f"peerhelper-repeat-run-{number}.log"
        log.write_text(output, encoding="utf-8")
        summary += f" (output in {log})"
    return Run(number, result.returncode, seconds, summary, crashed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tests", nargs="*", default=DEFAULT_TESTS, help="test paths for pytest")
    parser.add_argument("--runs", type=int, default=10, help="how many fresh processes (10)")
    parser.add_argument(
        "--tasks",
        choices=["threads", "sync"],
        default="threads",
        help="background work on the worker thread (as in the app) or inline",
    )
    parser.add_argument(
        "--stress-rounds", type=int, default=None, help="rounds of the print-window stress test"
    )
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PEERHELPER_TEST_TASKS": args.tasks}
    env.setdefault("LANG", "C.UTF-8")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    if args.stress_rounds is not None:
        env["PEERHELPER_STRESS_ROUNDS"] = str(args.stress_rounds)
    print(f"{' '.join(args.tests)}: {args.runs} runs, background work: {args.tasks}", flush=True)
    runs = []
    for number in range(1, args.runs + 1):
        run = run_once(number, args.tests, env)
        runs.append(run)
        print(f"run {number:3}: {run.verdict:7} {run.seconds:6.1f} s  {run.summary}", flush=True)
    crashes = sum(run.crashed for run in runs)
    failures = sum(not run.crashed and run.returncode != 0 for run in runs)
    print(
        f"{len(runs)} runs: {len(runs) - crashes - failures} passed, {failures} failed, "
        f"{crashes} crashed"
    )
    return 0 if crashes == failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
