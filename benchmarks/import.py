#!/usr/bin/env python3
"""Importing a 100,000-row session CSV: time and peak memory, beside SQLite's own floor.

The script writes a CSV file of realistic sessions in the export format (ids,
every field set the way volunteers set them, notes with separators and
quotes), then in the same run:

- **import**: ``sessions_csv.import_sessions`` into a fresh database, in a
  process of its own so that the peak memory is the import's: the child's
  maximum resident set size, the interpreter and SQLAlchemy included. The
  time covers the import only (the database is opened and migrated before).
  Goal: **≤ 10 s and ≤ 300 MB**.
- **floor**: the same file through the ``sqlite3`` command-line shell's
  ``.import`` into a plain table of sixteen text columns, with no checks and
  no indexes: what writing these bytes into SQLite costs at the least.

Needs the ``sqlite3`` shell (Debian's ``sqlite3`` package; ``dev.py``
installs it with the other test tools). The last line is

    rows=<n> seconds=<s> peak_mb=<m> floor_seconds=<f>

    python benchmarks/import.py [--rows N]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sessions import DAYS, FIRST_DAY, random_session  # benchmarks/sessions.py

from peerhelper.domain.session import SessionData
from peerhelper.domain.sessions_csv import COLUMNS, write_sessions_csv

SECONDS_GOAL = 10.0
PEAK_MB_GOAL = 300.0


def sessions(count: int, rng: random.Random) -> Iterator[SessionData]:
    start = datetime.combine(FIRST_DAY, datetime.min.time())
    for _ in range(count):
        when = start + timedelta(days=rng.randrange(DAYS), minutes=rng.randrange(8 * 60, 18 * 60))
        data = random_session(rng, when)
        yield data.copy(uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)))


def write_csv(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        write_sessions_csv(out, sessions(count, random.Random(2026)))


def peak_mb() -> float:
    """This process's maximum resident set size so far (kilobytes on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child(database: Path, csv_file: Path) -> None:
    """Run in the child process: import ``csv_file`` and print the figures as JSON."""
    from peerhelper.storage.database import open_database
    from peerhelper.storage.sessions_csv import import_sessions

    db = open_database(database)
    db.engine.connect().close()  # the ORM and the first connection are not the import's cost
    before_mb = peak_mb()
    cpu = time.process_time()
    start = time.perf_counter()
    result = import_sessions(db, csv_file)
    seconds = time.perf_counter() - start
    figures = {
        "rows": result.created + result.updated + result.unchanged + result.kept_deleted,
        "seconds": seconds,
        "cpu_seconds": time.process_time() - cpu,
        "peak_mb": peak_mb(),
        "before_mb": before_mb,
    }
    db.close()
    print(json.dumps(figures))


def measure_import(folder: Path, csv_file: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(folder / "peerhelper.db"), str(csv_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"the import failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_floor(sqlite3: str, folder: Path, csv_file: Path) -> tuple[float, int]:
    """Seconds for the shell's ``.import`` of ``csv_file``, and the rows it stored."""
    database = folder / "floor.db"
    columns = ", ".join(f'"{name}" TEXT' for name in COLUMNS)
    subprocess.run([sqlite3, database, f"CREATE TABLE session ({columns})"], check=True)
    script = f".mode csv\n.separator ;\n.import --skip 1 '{csv_file}' session\n"
    start = time.perf_counter()
    subprocess.run([sqlite3, database], input=script, text=True, check=True)
    seconds = time.perf_counter() - start
    counted = subprocess.run(
        [sqlite3, database, "SELECT count(*) FROM session"],
        capture_output=True,
        text=True,
        check=True,
    )
    return seconds, int(counted.stdout)


def verdict(value: float, goal: float) -> str:
    return "met" if value <= goal else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--child", nargs=2, metavar=("DATABASE", "CSV"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return
    sqlite3 = shutil.which("sqlite3")
    if sqlite3 is None:
        sys.exit(
            "The sqlite3 command-line shell is missing; it gives the floor of this benchmark. "
            "Install it (Debian: apt install sqlite3; python3 dev.py installs it too)."
        )
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        csv_file = folder / "sessions.csv"
        start = time.perf_counter()
        write_csv(csv_file, args.rows)
        size_mb = csv_file.stat().st_size / (1024 * 1024)
        print(f"wrote {args.rows:,} rows ({size_mb:.1f} MB) in {time.perf_counter() - start:.1f} s")
        figures = measure_import(folder, csv_file)
        floor_seconds, floor_rows = measure_floor(sqlite3, folder, csv_file)
    if figures["rows"] != args.rows or floor_rows != args.rows:
        sys.exit(f"rows imported: {figures['rows']}, by sqlite3: {floor_rows}, not {args.rows}")
    seconds, peak = figures["seconds"], figures["peak_mb"]
    print(f"import     : {seconds:6.1f} s (CPU {figures['cpu_seconds']:.1f} s)"
          f"  (goal <= {SECONDS_GOAL:.0f} s: {verdict(seconds, SECONDS_GOAL)})")  # fmt: skip
    print(f"peak memory: {peak:6.0f} MB (before the import {figures['before_mb']:.0f} MB)"
          f"  (goal <= {PEAK_MB_GOAL:.0f} MB: {verdict(peak, PEAK_MB_GOAL)})")  # fmt: skip
    print(f"sqlite3 .import of the same file (the floor): {floor_seconds:.1f} s")
    figures_line = f"rows={args.rows} seconds={seconds:.2f} peak_mb={peak:.0f}"
    print(f"{figures_line} floor_seconds={floor_seconds:.2f}")


if __name__ == "__main__":
    main()
