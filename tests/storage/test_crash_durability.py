"""A writer killed with SIGKILL loses nothing it had committed."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from peerhelper.storage.database import open_database

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sqlalchemy import text
    from peerhelper.storage.database import open_database

    db = open_database(Path(sys.argv[1]))
    with db.engine.begin() as c:
        c.execute(text("CREATE TABLE IF NOT EXISTS probe (n INTEGER PRIMARY KEY, body TEXT)"))
    n = 0
    while True:
        n += 1
        with db.session() as s:
            s.execute(text("INSERT INTO probe VALUES (:n, :b)"), {"n": n, "b": "x" * 500})
        print(n, flush=True)  # only after the commit returned
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killed_writer_leaves_a_healthy_database(tmp_path: Path) -> None:
    path = tmp_path / "peerhelper.db"
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    committed = []
    for line in child.stdout:
        committed.append(int(line))
        if len(committed) >= 150:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()

    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    stored = {row[0] for row in connection.execute("SELECT n FROM probe")}
    connection.close()
    assert set(committed) <= stored
    # And the app itself opens it without complaint.
    open_database(path).close()
