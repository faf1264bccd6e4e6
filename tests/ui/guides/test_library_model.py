from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap

from peerhelper.ui.guides.library_filter import GuideFilterProxy
from peerhelper.ui.guides.library_model import GUIDE_ID_ROLE, GuideLibraryModel
from peerhelper.ui.guides.search import fold, matches, search_words
from peerhelper.ui.guides.thumbnails import ThumbnailCache


def make(guides, lang="en", thumbnails=None):
    ordered = [guides[key] for key in sorted(guides)]
    model = GuideLibraryModel(ordered, lang, thumbnails)
    proxy = GuideFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def shown_ids(proxy) -> list[str]:
    return [proxy.index(row, 0).data(GUIDE_ID_ROLE) for row in range(proxy.rowCount())]


def test_model_and_proxy_pass_the_model_tester(qtmodeltester, guides, qapp) -> None:
    thumbnails = ThumbnailCache(QSize(80, 60))
    model, proxy = make(guides, thumbnails=thumbnails)
    qtmodeltester.check(model)
    proxy.set_search("wifi")
    qtmodeltester.check(proxy)


def test_titles_follow_the_caption_language_with_fallback(guides, qtbot) -> None:
    model, _ = make(guides, "fi")
    row = model.row_of("bank-login")
    assert model.index(row).data() == "Kirjaudu pankkitunnuksilla"
    with qtbot.waitSignal(model.layoutChanged):
        model.set_caption_language("sv")
    row = model.row_of("bank-login")
    assert model.index(row).data() == "Logga in med bankkoder"
    # The Wi-Fi guide has no Swedish: English is shown rather than nothing.
    assert model.index(model.row_of("wifi-connect")).data() == "Connect to Wi-Fi"
    assert model.row_of("no-such-guide") == -1


def test_thumbnails_are_drawn_only_when_asked_and_then_cached(guides, qtbot) -> None:
    thumbnails = ThumbnailCache(QSize(80, 60))
    model, _ = make(guides, thumbnails=thumbnails)
    assert model.index(0).data() and thumbnails.drawn == 0  # titles alone draw nothing
    index = model.index(model.row_of("send-mail"))
    first = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(first, QPixmap) and first.cacheKey() == thumbnails.waiting.cacheKey()
    with qtbot.waitSignal(model.dataChanged) as blocker:
        pass
    assert blocker.args[0].row() == index.row()
    assert blocker.args[2] == [Qt.ItemDataRole.DecorationRole]
    drawn = index.data(Qt.ItemDataRole.DecorationRole)
    assert drawn.cacheKey() != thumbnails.waiting.cacheKey()
    assert drawn.toImage().pixelColor(5, 5) != thumbnails.waiting.toImage().pixelColor(5, 5)
    assert thumbnails.drawn == 1
    index.data(Qt.ItemDataRole.DecorationRole)
    assert thumbnails.drawn == 1 and thumbnails.pending == 0


def test_a_new_service_language_redraws(guides, qtbot) -> None:
    thumbnails = ThumbnailCache(QSize(80, 60))
    guide = guides["wifi-connect"]
    thumbnails.render_now(guide)
    thumbnails.set_service_language("sv")
    assert thumbnails.get(guide) is None
    qtbot.waitUntil(lambda: thumbnails.pending == 0)
    assert thumbnails.drawn == 2


def test_folding_ignores_case_accents_hyphens_and_arabic_letter_forms() -> None:
    assert fold("Wi-Fi") == "wifi"
    assert fold("PÄIVÄ") == fold("paiva")
    assert fold("كتابة") == fold("کتابة")  # Arabic and Persian kaf
    assert fold("مُرفَق") == fold("مرفق")  # vowel marks
    assert search_words("  Wi-Fi   verkko ") == ["wifi", "verkko"]
    assert matches(fold("Connect to Wi-Fi"), search_words("wifi connect"))
    assert not matches(fold("Connect to Wi-Fi"), search_words("wifi bank"))


def test_search_finds_guides_by_words_in_any_language(guides) -> None:
    _, proxy = make(guides)
    for words, expected in [
        ("wifi", ["wifi-connect"]),
        ("verkkoon", ["wifi-connect"]),
        ("bankkoder", ["bank-login"]),  # Swedish
        ("الواي", ["wifi-connect"]),  # Arabic
        ("письмо", ["send-mail"]),  # Russian
        ("PANKKI", ["bank-login"]),  # a topic's Finnish name, any case
        ("lahet sahkoposti", ["send-mail"]),  # no umlauts on the keyboard
        ("wifi письмо", []),
    ]:
        proxy.set_search(words)
        assert shown_ids(proxy) == expected, words
    proxy.set_search("")
    assert len(shown_ids(proxy)) == 3


def test_topic_and_language_filters_combine_with_search(guides) -> None:
    _, proxy = make(guides)
    proxy.set_topics(["strong_id"])
    assert shown_ids(proxy) == ["bank-login"]
    proxy.set_topics(["email", "internet_wifi"])
    assert sorted(shown_ids(proxy)) == ["send-mail", "wifi-connect"]
    proxy.set_language("ar")
    assert shown_ids(proxy) == ["wifi-connect"]
    proxy.set_search("mail")
    assert shown_ids(proxy) == []
    proxy.set_topics([])
    proxy.set_language("")
    proxy.set_search("mail")
    assert shown_ids(proxy) == ["send-mail"]


def test_rows_are_sorted_by_the_shown_title(guides) -> None:
    model, proxy = make(guides, "en")
    assert shown_ids(proxy) == ["wifi-connect", "bank-login", "send-mail"]
    model.set_caption_language("fi")
    assert shown_ids(proxy) == ["bank-login", "send-mail", "wifi-connect"]


def test_search_keys_are_prepared_while_idle_or_when_first_needed(guides, qtbot) -> None:
    model, proxy = make(guides)
    assert not model.keys_ready
    proxy.set_search("pankki")  # needs every key now
    assert model.keys_ready and shown_ids(proxy) == ["bank-login"]
    idle, _ = make(guides)
    qtbot.waitUntil(lambda: idle.keys_ready)


def test_a_new_language_keeps_the_current_guide_selected(guides, qtbot) -> None:
    from PySide6.QtCore import QItemSelectionModel

    model, proxy = make(guides, "en")
    selection = QItemSelectionModel(proxy)
    row = model.row_of("send-mail")
    selection.setCurrentIndex(
        proxy.mapFromSource(model.index(row)), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    model.set_caption_language("ru")
    assert selection.currentIndex().data(GUIDE_ID_ROLE) == "send-mail"
    assert model.row_of("send-mail") != row
