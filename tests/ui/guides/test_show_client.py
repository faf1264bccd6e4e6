import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from peerhelper.ui.guides.show_client import ShowToClientWindow


@pytest.fixture
def window(qtbot, guides):
    shown = ShowToClientWindow(guides["wifi-connect"], "en", "fi", "ar")
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    # Closing deletes the window, so it is not handed to qtbot, which would close it again.
    if shiboken6.isValid(shown):
        shown.close()


def press(qtbot, window, key) -> int:
    qtbot.keyClick(window, key)
    return window.step


def test_keys_move_between_steps(qtbot, window) -> None:
    Key = Qt.Key
    assert window.step == 0 and window.counter.text() == "1 / 5"
    assert press(qtbot, window, Key.Key_Right) == 1
    assert press(qtbot, window, Key.Key_Space) == 2
    assert window.counter.text() == "3 / 5"
    assert window.caption.text() == "wifi-connect 3 en"
    assert press(qtbot, window, Key.Key_Left) == 1
    assert press(qtbot, window, Key.Key_Backspace) == 0
    assert press(qtbot, window, Key.Key_Left) == 0  # stays at the first step
    assert press(qtbot, window, Key.Key_End) == 4
    assert press(qtbot, window, Key.Key_Right) == 4  # and at the last
    assert not window.next_button.isEnabled()
    assert press(qtbot, window, Key.Key_Home) == 0
    assert not window.previous_button.isEnabled()


def test_second_caption_language_and_direction(window) -> None:
    window.go_to(1)
    assert window.second.text() == "wifi-connect 2 ar"
    assert not window.second.isHidden()
    assert window.second.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.caption.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.picture.has_picture()
    assert window.picture.accessibleName() == "alt 2 en"


def test_without_a_second_language_only_one_caption(qtbot, guides) -> None:
    shown = ShowToClientWindow(guides["send-mail"], "ru", "fi")
    qtbot.addWidget(shown)
    assert shown.second.isHidden()
    assert shown.caption.text() == "send-mail 1 ru"


def test_buttons_never_take_focus_so_space_means_next(qtbot, window) -> None:
    for button in window.findChildren(QPushButton):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    window.next_button.click()
    assert window.step == 1
    window.previous_button.click()
    assert window.step == 0


def test_esc_closes(qtbot, window) -> None:
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))


def test_the_last_step_looks_finished(window) -> None:
    window.go_to(window.step_count - 1)
    assert window.counter.text().startswith("✓")
    assert "last" in window.counter.accessibleName()
    assert not window.next_button.isEnabled()
    assert window.close_button.objectName() == "primary"  # the obvious next thing to press
    window.go_to(0)
    assert not window.counter.text().startswith("✓")
    assert window.close_button.objectName() == ""


def test_the_picture_keeps_one_size_from_step_to_step(qtbot) -> None:
    from peerhelper.guides.loader import load_bundled

    # A bundled guide: real captions of different lengths.
    guide = next(g for g in load_bundled()[0] if g.id == "suomi-fi-messages")
    shown = ShowToClientWindow(guide, "fi", "fi", "ar")
    qtbot.addWidget(shown)
    shown.resize(1024, 600)
    shown.show()
    qtbot.waitExposed(shown)
    sizes = set()
    for step in range(shown.step_count):
        shown.go_to(step)
        QApplication.processEvents()
        sizes.add(shown.picture.picture_rect().size().toTuple())
    assert len(sizes) == 1, sizes
