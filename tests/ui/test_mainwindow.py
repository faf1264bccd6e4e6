from PySide6.QtCore import Qt

from peerhelper.ui.mainwindow import PAGE_KEYS


def test_every_screen_can_be_chosen_from_the_navigation(window, qtbot) -> None:
    assert window.navigation.count() == len(PAGE_KEYS)
    for row, key in enumerate(PAGE_KEYS):
        window.navigation.setCurrentRow(row)
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.page(key)


def test_keyboard_shortcuts_switch_screens(window, qtbot) -> None:
    window.activateWindow()
    for number, key in enumerate(PAGE_KEYS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key


def test_home_choices_open_their_screens(window, qtbot) -> None:
    home = window.page("home")
    for key, button in home.choices.items():
        window.show_page("home")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_page_key() == key


def test_controls_have_accessible_names(window) -> None:
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTableView,
    )

    for key in PAGE_KEYS:
        page = window.page(key)
        for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QTableView):
            for control in page.findChildren(kind):
                # The line edit inside a combo or spin box is named through its owner.
                if isinstance(control.parent(), (QComboBox, QAbstractSpinBox)):
                    continue
                assert control.accessibleName(), f"{key}: {kind.__name__} without a name"


def test_missing_profile_is_offered_on_home(window, qtbot, monkeypatch) -> None:
    from peerhelper.storage.site_repo import load_site_profile
    from peerhelper.ui import site_profile

    home = window.page("home")
    assert home.profile_button is not None

    class Answered(site_profile.FirstRunDialog):
        def exec(self) -> int:
            self.form.organisation.setText("Diakonia ry")
            self.form.site_name.setText("Kallion ruoka-apu")
            return 1

    monkeypatch.setattr(site_profile, "FirstRunDialog", Answered)
    qtbot.mouseClick(home.profile_button, Qt.MouseButton.LeftButton)
    saved = load_site_profile(window.context.db)
    assert saved is not None and saved.site_name == "Kallion ruoka-apu"
    qtbot.waitUntil(lambda: window.page("home").profile_button is None)


def test_print_from_the_guide_view_records_the_handout(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    from peerhelper.ui import ask
    from peerhelper.ui.printing import print_dialog

    window.start_session()
    guides = window.page("guides")
    guides.open_guide("wifi-connect")
    opened: list = []
    original = print_dialog.HandoutPrintDialog.open

    def remember(self) -> None:
        opened.append(self)
        original(self)

    monkeypatch.setattr(print_dialog.HandoutPrintDialog, "open", remember)
    guides.print_requested.emit("wifi-connect")
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    dialog = opened[0]
    target = tmp_path / "wifi.pdf"
    monkeypatch.setattr(ask, "save_file", lambda *args: target)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=15_000)
    dialog.save_button.click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert window.page("session").form.guides == ["wifi-connect"]
