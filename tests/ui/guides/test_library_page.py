from PySide6.QtCore import Qt

from peerhelper.ui.guides.library_model import GUIDE_ID_ROLE
from peerhelper.ui.guides.library_page import GuidesPage


def shown_ids(page) -> list[str]:
    proxy = page.view.model()
    return [proxy.index(row, 0).data(GUIDE_ID_ROLE) for row in range(proxy.rowCount())]


def test_broken_guides_are_listed_with_their_reason_not_raised(page) -> None:
    assert sorted(shown_ids(page)) == ["bank-login", "send-mail", "wifi-connect"]
    assert page.notice.isVisible()
    assert "2" in page.notice.text.text()
    assert not page.notice.details.isVisible()
    page.notice.details_button.click()
    assert page.notice.details.isVisible()
    details = page.notice.details.text()
    assert "broken-json" in details and "bad_json" in details
    assert "too-short" in details and "too_few_steps" in details


def test_no_notice_when_every_guide_loads(qtbot, context, good_dir) -> None:
    from peerhelper.guides.loader import load_library

    page = GuidesPage(context, load=lambda: load_library(good_dir))
    qtbot.addWidget(page)
    page.show()
    assert not page.notice.isVisible()


def test_an_empty_or_missing_library_does_not_crash(qtbot, context, tmp_path) -> None:
    from peerhelper.guides.loader import load_library

    page = GuidesPage(context, load=lambda: load_library(tmp_path / "nowhere"))
    qtbot.addWidget(page)
    page.show()
    assert page.view.model().rowCount() == 0
    assert page.notice.isVisible() and page.empty.isVisible()
    assert not page.open_button.isEnabled()


def test_typing_in_the_search_field_filters_at_once(page) -> None:
    page.search.setText("Отправить")
    assert shown_ids(page) == ["send-mail"]
    assert "1" in page.count.text() and "3" in page.count.text()
    page.search.setText("nothing like this")
    assert shown_ids(page) == []
    assert page.empty.isVisible() and page.clear_button.isVisible()
    page.clear_button.click()
    assert len(shown_ids(page)) == 3 and page.search.text() == ""


def test_topic_filter_from_the_box_and_from_a_session(page) -> None:
    page.topic_filter.setCurrentIndex(page.topic_filter.findData("email"))
    assert shown_ids(page) == ["send-mail"]
    page.set_topic_filter(["banking", "internet_wifi"])
    assert sorted(shown_ids(page)) == ["bank-login", "wifi-connect"]
    assert "Banking" in page.topic_filter.currentText()
    page.set_topic_filter(["strong_id"])
    assert shown_ids(page) == ["bank-login"]
    assert page.topic_filter.findData("+session") == -1
    page.set_topic_filter([])
    assert len(shown_ids(page)) == 3


def test_language_filter_also_shows_titles_in_that_language(page) -> None:
    page.language_filter.setCurrentIndex(page.language_filter.findData("ru"))
    assert shown_ids(page) == ["send-mail"]
    assert page.view.model().index(0, 0).data() == "Отправить электронное письмо"
    names = [page.language_filter.itemText(i) for i in range(page.language_filter.count())]
    assert "العربية" in names and "русский" in names


def test_enter_opens_the_current_guide_and_esc_goes_back(page, qtbot) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.search.setText("bank")
    page.view.setFocus()
    page.view.setCurrentIndex(page.view.model().index(0, 0))
    with qtbot.waitSignal(page.guide_opened) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == ["bank-login"]
    assert page.guide_view is not None and page.guide_view.isVisible()
    assert not page.library.isVisible()
    qtbot.keyClick(page.guide_view.show_button, Qt.Key.Key_Escape)
    assert page.guide_view is None and page.library.isVisible()
    assert page.current_guide_id() == "bank-login"


def test_enter_in_the_search_field_opens_a_single_match(page, qtbot) -> None:
    page.search.setText("wifi")
    with qtbot.waitSignal(page.guide_opened) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == ["wifi-connect"]


def test_open_guide_by_id_and_unknown_ids(page, qtbot) -> None:
    assert not page.open_guide("no-such-guide")
    with qtbot.waitSignal(page.guide_opened) as opened:
        assert page.open_guide("send-mail")
    assert opened.args == ["send-mail"]
    assert page.guide_view.guide.id == "send-mail"
    assert page.open_guide("wifi-connect")  # another guide replaces the first
    assert page.guide_view.guide.id == "wifi-connect"


def test_show_to_client_from_the_library_records_the_guide(page, qtbot) -> None:
    page.search.setText("mail")
    opened: list[str] = []
    page.guide_opened.connect(opened.append)
    page.show_button.click()
    assert opened == ["send-mail", "send-mail"]  # opened, then shown
    window = page.guide_view.show_window
    assert window is not None and window.isVisible()
    window.close()
    qtbot.waitUntil(lambda: page.guide_view.show_window is None)


def test_caption_language_follows_the_ui_language(qtbot, context, load) -> None:
    context.set_language("fi")
    page = GuidesPage(context, load=load)
    qtbot.addWidget(page)
    row = page.model.row_of("bank-login")
    assert page.model.index(row).data() == "Kirjaudu pankkitunnuksilla"
    page.open_guide("bank-login")
    assert page.guide_view.caption_lang == "fi"


def test_controls_have_accessible_names(page) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

    assert page.view.accessibleName()
    page.open_guide("wifi-connect")
    for kind in (QLineEdit, QComboBox):
        for control in page.findChildren(kind):
            assert control.accessibleName(), kind.__name__
    for button in page.findChildren(QPushButton):
        assert button.accessibleName() or button.text().replace("&", "")


def test_keyboard_path_from_page_focus_to_an_open_guide(page, qtbot) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.setFocus()  # what the main window does when the page is chosen
    assert page.search.hasFocus()
    page.search.setText("e")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.view.hasFocus() and page.view.currentIndex().isValid()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    chosen = page.current_guide_id()
    with qtbot.waitSignal(page.guide_opened) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [chosen]
    page.setFocus()
    assert page.guide_view.show_button.hasFocus()
    qtbot.keyClick(page.guide_view.show_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.guide_view is None and page.current_guide_id() == chosen


def test_the_bundled_library_draws_only_the_thumbnails_in_view(qtbot, context) -> None:
    from peerhelper.guides.loader import bundled_guides_dir

    page = GuidesPage(context)  # as the main window builds it
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    bundled = sum(1 for p in bundled_guides_dir().iterdir() if (p / "manifest.json").is_file())
    assert page.model.rowCount() == bundled >= 3
    qtbot.waitUntil(lambda: page.thumbnails.drawn > 0 and page.thumbnails.pending == 0)
    if bundled > 8:
        assert page.thumbnails.drawn < bundled
