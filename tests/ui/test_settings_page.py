from pathlib import Path

from PySide6.QtCore import Qt

from peerhelper.storage.site_repo import load_site_profile
from peerhelper.ui import ask
from peerhelper.ui.style import BASE_POINT_SIZE


def test_language_switch_translates_the_window_and_is_remembered(window, qtbot) -> None:
    window.show_page("settings")
    page = window.page("settings")
    index = page.language.findData("fi")
    page.language.setCurrentIndex(index)
    page.language.activated.emit(index)
    qtbot.waitUntil(lambda: window.page("settings") is not page)
    assert window.navigation.item(6).text() == "Asetukset"
    assert window.current_page_key() == "settings"
    assert window.context.settings.get("ui_language") == "fi"
    new_page = window.page("settings")
    index = new_page.language.findData("sv")
    new_page.language.activated.emit(index)
    qtbot.waitUntil(lambda: window.navigation.item(6).text() == "Inställningar")


def test_font_scale_grows_the_whole_app(window, qtbot, qapp) -> None:
    page = window.page("settings")
    page.font_scale.setValue(150)
    page.font_scale.editingFinished.emit()
    assert window.context.settings.get("font_scale") == 150
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE * 1.5
    assert "18.0pt" in qapp.styleSheet()


def test_site_profile_is_edited_in_settings(window, qtbot) -> None:
    page = window.page("settings")
    assert not page.save_profile_button.isEnabled()
    page.profile_form.organisation.setText("Seurakunta")
    page.profile_form.site_name.setText("Diakoniakeskus")
    qtbot.mouseClick(page.save_profile_button, Qt.MouseButton.LeftButton)
    saved = load_site_profile(window.context.db)
    assert saved is not None and saved.organisation == "Seurakunta"


def test_backup_now_and_restore_from_settings(window, qtbot, monkeypatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(ask, "error", lambda parent, title, text: messages.append("ERR " + text))
    page = window.page("settings")
    page.profile_form.organisation.setText("Org")
    page.profile_form.site_name.setText("Old name")
    page.save_profile()
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    made = Path(messages[-1].split("\n")[-1])
    assert made.exists()

    qtbot.waitUntil(lambda: window.page("settings") is not page)
    page = window.page("settings")
    page.profile_form.site_name.setText("New name")
    page.save_profile()
    monkeypatch.setattr(ask, "open_file", lambda *args: made)
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    qtbot.waitUntil(lambda: window.page("settings") is not page)
    page = window.page("settings")
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert not messages[-1].startswith("ERR"), messages[-1]
    profile = load_site_profile(window.context.db)
    assert profile is not None and profile.site_name == "Old name"
    qtbot.waitUntil(lambda: window.page("settings").profile_form.site_name.text() == "Old name")


def test_restore_cancelled_changes_nothing(window, qtbot, monkeypatch, tmp_path) -> None:
    page = window.page("settings")
    page.profile_form.organisation.setText("Org")
    page.profile_form.site_name.setText("Kept")
    page.save_profile()
    monkeypatch.setattr(ask, "open_file", lambda *args: tmp_path / "whatever.db")
    monkeypatch.setattr(ask, "confirm", lambda *args: False)
    page.restore_backup()
    profile = load_site_profile(window.context.db)
    assert profile is not None and profile.site_name == "Kept"


def test_official_symbol_can_be_chosen_and_reset(window, monkeypatch, tmp_path) -> None:
    from peerhelper.storage import symbol

    official = tmp_path / "official.png"
    official.write_bytes(symbol.default_symbol().with_suffix(".png").read_bytes())
    monkeypatch.setattr(ask, "open_file", lambda *args: official)
    page = window.page("settings")
    page.symbol_choose.click()
    assert symbol.current_symbol(window.context.paths).name == "symbol.png"
    assert page.symbol_reset.isEnabled()
    page.symbol_reset.click()
    assert symbol.current_symbol(window.context.paths) == symbol.default_symbol()


def test_unusable_symbol_file_gives_a_message(window, monkeypatch, tmp_path) -> None:
    from peerhelper.storage import symbol

    bad = tmp_path / "logo.png"
    bad.write_bytes(b"nope")
    errors: list[str] = []
    monkeypatch.setattr(ask, "open_file", lambda *args: bad)
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    window.page("settings").symbol_choose.click()
    assert errors and "logo.png" in errors[0]
    assert symbol.current_symbol(window.context.paths) == symbol.default_symbol()


def test_a_symbol_over_the_pixel_budget_is_refused_in_the_users_language(
    window, monkeypatch, tmp_path, translations
) -> None:
    from peerhelper.storage import symbol
    from tests.picture_files import crafted_png

    strip = tmp_path / "strip.png"
    strip.write_bytes(crafted_png(1, 40_000_000))
    errors: list[str] = []
    monkeypatch.setattr(ask, "open_file", lambda *args: strip)
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    translations.install("fi")
    window.page("settings").symbol_choose.click()
    assert errors == [
        "Tätä tiedostoa ei voi käyttää.\n\nstrip.png: Kuva on liian suuri tulostettavaksi: "
        "1 × 40000000 pikseliä, kun mikään sivu ei saa olla yli 10000 pikseliä. "
        "Pienennä se kuvankäsittelyohjelmassa."
    ]
    assert symbol.current_symbol(window.context.paths) == symbol.default_symbol()


def test_a_backup_from_a_newer_version_is_refused_in_the_users_language(
    window, monkeypatch, tmp_path, translations
) -> None:
    import sqlite3

    from peerhelper.storage import backup

    page = window.page("settings")
    page.profile_form.organisation.setText("Org")
    page.profile_form.site_name.setText("Kept")
    page.save_profile()
    newer = backup.copy_database(window.context.paths.database, tmp_path / "newer.db")
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.commit()
    connection.close()
    errors: list[str] = []
    monkeypatch.setattr(ask, "open_file", lambda *args: newer)
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    translations.install("fi")
    window.page("settings").restore_backup()
    assert errors and "uudemmalla versiolla" in errors[0]
    assert "newer.db" in errors[0]
    profile = load_site_profile(window.context.db)
    assert profile is not None and profile.site_name == "Kept"
