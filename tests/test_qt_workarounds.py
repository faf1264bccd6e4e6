"""The PySide6 6.12.0 reference-count defect is contained."""

import subprocess
import sys
import textwrap

from peerhelper import qt_workarounds

CLICKS = textwrap.dedent(
    """
    import sys
    {guard}
    from PySide6.QtWidgets import QApplication, QPushButton
    app = QApplication([])
    button = QPushButton()
    button.clicked.connect(lambda: None)
    for _ in range(200_000):
        button.click()
    print("survived")
    """
)


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CLICKS.format(guard=guard)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )


def test_versions_affected() -> None:
    assert qt_workarounds.affected((3, 11), (6, 12, 0))
    assert not qt_workarounds.affected((3, 12), (6, 12, 0))
    assert not qt_workarounds.affected((3, 11), (6, 11, 3))


def test_many_clicks_survive_with_the_guard() -> None:
    result = _run("from peerhelper import qt_workarounds; qt_workarounds.apply()")
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout


def test_without_the_guard_the_defect_is_real() -> None:
    """If this starts passing, PySide no longer has the defect: drop the guard."""
    import PySide6

    if not qt_workarounds.affected(sys.version_info[:2], tuple(PySide6.__version_info__[:3])):
        return
    result = _run("")
    assert result.returncode != 0
    assert "survived" not in result.stdout
