"""One window per data folder: a second start says so and brings the first forward."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from peerhelper.ui.single_instance import RaiseWatcher, ask_open_window_to_raise

WINDOW = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from peerhelper.storage.folder_lock import database_lock, window_lock

    folder = Path(sys.argv[1])
    window_lock(folder).acquire_exclusive(timeout=0)
    database_lock(folder).acquire_shared()
    print("open", flush=True)
    sys.stdin.read()
    """
)


def test_a_second_start_asks_the_first_window_to_come_forward(qtbot, tmp_path: Path) -> None:
    watcher = RaiseWatcher(tmp_path)
    try:
        with qtbot.waitSignal(watcher.raise_requested, timeout=5000):
            assert ask_open_window_to_raise(tmp_path)
        with qtbot.waitSignal(watcher.raise_requested, timeout=5000):
            assert ask_open_window_to_raise(tmp_path)  # and again, later
    finally:
        watcher.close()
    assert not ask_open_window_to_raise(tmp_path / "no-such-folder")


def test_a_second_window_on_the_same_folder_exits_0(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert first.stdout is not None and first.stdin is not None
    try:
        assert first.stdout.readline().strip() == "open"
        second = subprocess.run(
            [sys.executable, "-m", "peerhelper", "--data-dir", str(data), "--smoke"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        first.stdin.close()
        first.wait(timeout=30)
        first.stdout.close()
    assert second.returncode == 0, second.stderr
    assert "already open" in second.stderr
    assert not (data / "peerhelper.db").exists()  # the second start touched nothing
