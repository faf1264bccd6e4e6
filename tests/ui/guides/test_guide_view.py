from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from peerhelper.guides.loader import load_bundled, load_guide
from peerhelper.ui.guides.guide_view import GuideView
from tests.ui.guides.conftest import guide_manifest, write


def make_view(qtbot, guide, ui_lang="en", caption=""):
    view = GuideView(guide, ui_lang, caption)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    return view


def test_captions_follow_the_chosen_language(qtbot, guides) -> None:
    guide = guides["wifi-connect"]
    view = make_view(qtbot, guide, "fi")
    assert view.caption_lang == "fi"
    assert view.cards[0].caption.text() == "wifi-connect 1 fi"
    assert view.title.text() == "Yhdistä Wi-Fi-verkkoon"
    assert view.unreviewed.isHidden()  # Finnish is reviewed in the sample
    view.set_caption_language("en")
    assert [card.caption.text() for card in view.cards][:2] == [
        "wifi-connect 1 en",
        "wifi-connect 2 en",
    ]
    assert not view.unreviewed.isHidden()
    assert view.cards[0].caption.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_captions_are_right_to_left(qtbot, guides) -> None:
    view = make_view(qtbot, guides["wifi-connect"], "en", "ar")
    assert view.caption_lang == "ar"
    assert view.cards[0].caption.text() == "wifi-connect 1 ar"
    assert view.cards[0].caption.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.title.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_second_language_appears_under_the_caption(qtbot, guides) -> None:
    view = make_view(qtbot, guides["wifi-connect"], "en", "ar")
    card = view.cards[2]
    # The client's language first, the helper's (the window's) under it.
    assert view.second_lang == "en" and card.second.text() == "wifi-connect 3 en"
    view.set_second_language("")
    assert card.second.isHidden()
    view.set_second_language("fi")
    assert not card.second.isHidden() and card.second.text() == "wifi-connect 3 fi"
    assert card.second.layoutDirection() == Qt.LayoutDirection.LeftToRight
    view.set_caption_language("fi")  # the same language twice is shown once
    assert card.second.isHidden() and view.second_lang == ""


def test_pictures_are_drawn_in_the_chosen_service_language(qtbot, guides) -> None:
    view = make_view(qtbot, guides["bank-login"], "sv")
    assert view.service_lang == "sv"
    assert all(card.picture.has_picture() for card in view.cards)
    view.set_service_language("fi")
    assert view.service_lang == "fi"
    image = view.cards[0].picture.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, 200, 9)}
    assert len(colours) > 3


def test_raster_pictures_and_a_vanished_file(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "photo-guide"
    data = guide_manifest("send-mail")
    data["id"] = "photo-guide"
    for step in data["steps"]:
        step["picture"] = {"file": "photo.png"}
    write(tmp_path, "photo-guide", data)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2060a0"))
    assert image.save(str(folder / "photo.png"))
    guide, problems = load_guide(folder)
    assert guide is not None, problems
    view = make_view(qtbot, guide)
    assert all(card.picture.has_picture() for card in view.cards)
    (folder / "photo.png").unlink()
    view.set_service_language("sv")  # redraw: the file is gone, the view must survive
    assert not view.cards[0].picture.has_picture()
    assert view.cards[0].caption.text() == "send-mail 1 en"


def test_narrow_pages_put_captions_under_pictures(qtbot, guides) -> None:
    from PySide6.QtWidgets import QBoxLayout

    view = make_view(qtbot, guides["wifi-connect"])
    view.fit_width(400)
    assert view.cards[0].box.direction() == QBoxLayout.Direction.TopToBottom
    view.fit_width(2000)
    assert view.cards[0].box.direction() == QBoxLayout.Direction.LeftToRight


def test_f5_shows_the_guide_to_the_client(qtbot, guides) -> None:
    view = make_view(qtbot, guides["wifi-connect"], "en", "ar")
    view.set_second_language("fi")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.show_button.setFocus()
    with qtbot.waitSignal(view.shown_to_client) as shown:
        qtbot.keyClick(view.show_button, Qt.Key.Key_F5)
    assert shown.args == ["wifi-connect"]
    window = view.show_window
    assert window is not None and window.isFullScreen()
    assert window.caption_lang == "ar" and window.second_lang == "fi"
    window.close()
    qtbot.waitUntil(lambda: view.show_window is None)


def test_sources_checked_date_and_helper_note_are_shown(qtbot) -> None:
    from peerhelper.guides.loader import load_bundled

    guide = next(g for g in load_bundled()[0] if g.id == "suomi-fi-messages")
    view = make_view(qtbot, guide, "en", "fi")
    assert "checked 12/2026" in view.facts.text()
    assert "tyomarkkinatori.fi" in view.sources.text()
    assert not view.helper_note.isHidden()
    assert "first time" in view.helper_note.text()
    # Finnish is the guide's own language: never an "unchecked translation".
    assert view.unreviewed.isHidden()
    view.set_caption_language("so")
    assert not view.unreviewed.isHidden()


def test_the_same_language_cannot_be_chosen_twice(qtbot, guides) -> None:
    view = make_view(qtbot, guides["wifi-connect"], "en", "ar")
    second = view.second_language
    row = second.findData("ar")
    assert not second.model().item(row).isEnabled()  # the client's language is greyed out
    assert second.model().item(second.findData("fi")).isEnabled()
    view.set_caption_language("en")  # the helper's language chosen as the client's too
    assert view.second_lang == "" and second.currentIndex() == 0
    assert second.model().item(row).isEnabled()


def test_pictures_narrow_with_the_page_and_keep_their_shape(qtbot, guides) -> None:
    view = make_view(qtbot, guides["wifi-connect"])
    card = view.cards[0]
    view.fit_width(2000)
    wide = card.picture.width()
    view.fit_width(420)
    assert card.picture.width() < wide and card.picture.width() <= 420
    assert abs(card.picture.height() - card.picture.width() * 3 / 4) <= 1


def test_the_unchecked_notice_never_shows_on_a_guide_s_own_language(qtbot) -> None:
    from peerhelper.guides.loader import load_bundled

    for guide in load_bundled()[0]:
        assert guide.source_language, guide.id
        view = GuideView(guide, "en", guide.source_language)
        assert view.caption_lang == guide.source_language
        assert view.unreviewed.isHidden(), guide.id
        view.deleteLater()


def test_service_name_and_needs_line_follow_the_window_language(qtbot) -> None:
    guides, _ = load_bundled()
    guide = next(g for g in guides if g.id == "suomi-fi-messages")
    view = make_view(qtbot, guide, "sv", "ar")  # an Arabic-speaking client, a Swedish window
    assert "Suomi.fi-meddelanden" in view.facts.text()
    assert "Suomi.fi-viestit" not in view.facts.text()
    assert guide.needs.get("sv") in view.needs.text()
    assert not view.needs.isHidden()
    finnish = make_view(qtbot, guide, "fi")
    assert "Suomi.fi-viestit" in finnish.facts.text()
    assert guide.needs.get("fi") in finnish.needs.text()


def test_a_guide_without_a_needs_line_shows_none(qtbot, guides) -> None:
    view = make_view(qtbot, guides["wifi-connect"], "sv")
    assert view.needs.isHidden()
    assert "Example service" in view.facts.text()  # a plain name, the same in every language
