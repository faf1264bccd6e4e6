"""The library with local guides: the "local" mark, saving a pack, adding one, removing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from peerhelper.ui import ask
from peerhelper.ui.guides.library_model import GUIDE_ID_ROLE, LOCAL_MARK_ROLE
from tests.guides.helpers import manifest, write_guide
from tests.picture_files import real_png


@pytest.fixture
def told(monkeypatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: messages.append(("info", text)))
    monkeypatch.setattr(ask, "error", lambda parent, title, text: messages.append(("error", text)))
    return messages


def add_local(context, ident: str = "library-printer") -> Path:
    data = manifest(id=ident, organisation="Example parish")
    data["steps"][0]["picture"] = {"file": "step1.png"}
    folder = write_guide(context.paths.local_guides, data, ident)
    (folder / "step1.png").write_bytes(real_png(160, 120))
    return folder


def make_page(qtbot, context):
    from peerhelper.ui.guides.library_page import GuidesPage

    page = GuidesPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def select(page, *ids: str) -> None:
    proxy = page.view.model()
    selection = page.view.selectionModel()
    selection.clearSelection()
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(GUIDE_ID_ROLE) in ids:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.Select)


def marks(page) -> dict[str, str]:
    proxy = page.view.model()
    return {
        proxy.index(r, 0).data(GUIDE_ID_ROLE): proxy.index(r, 0).data(LOCAL_MARK_ROLE)
        for r in range(proxy.rowCount())
    }


def test_local_guides_beside_the_bundled_with_their_mark(qtbot, context) -> None:
    add_local(context)
    page = make_page(qtbot, context)
    shown = marks(page)
    assert shown["library-printer"] == "Local · Example parish"
    assert shown["wifi-connect"] == ""
    select(page, "wifi-connect")
    assert not page.sharing.remove_button.isEnabled()
    select(page, "library-printer")
    assert page.sharing.remove_button.isEnabled()


def test_save_as_pack_then_add_it_elsewhere_then_remove(
    qtbot, context, told, monkeypatch, tmp_path
) -> None:
    add_local(context)
    page = make_page(qtbot, context)
    select(page, "library-printer", "wifi-connect")
    assert {g.id for g in page.selected_guides()} == {"library-printer", "wifi-connect"}
    out = tmp_path / "shared"
    monkeypatch.setattr(ask, "save_file_outside", lambda *args: out)
    page.sharing.export_button.click()
    qtbot.waitUntil(lambda: bool(told))
    assert told.pop() == ("info", f"2 guide(s) saved in the pack {out}.zip.")
    with zipfile.ZipFile(out.with_suffix(".zip")) as pack:
        assert {"library-printer/step1.png", "wifi-connect/manifest.json"} <= set(pack.namelist())

    # Remove the local guide (a copy goes to the backups) …
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text, _y: asked.append(text) or True)
    context.settings.set("server_url", "postgresql://org.example/peerhelper")
    select(page, "library-printer")
    page.sharing.remove_button.click()
    assert "library-printer" not in marks(page)
    assert list(context.paths.backups.glob("guides-*-removed.zip"))
    assert "the next sync brings it back" in asked[0]

    # … and bring it back from the pack.
    monkeypatch.setattr(ask, "open_file", lambda *args: out.with_suffix(".zip"))
    page.sharing.import_button.click()
    qtbot.waitUntil(lambda: bool(told))
    kind, text = told.pop()
    assert kind == "info" and "Added: 1 guide(s)" in text and "Already in the program: 1" in text
    assert marks(page)["library-printer"] == "Local · Example parish"


def test_a_refused_pack_is_told_and_changes_nothing(
    qtbot, context, told, monkeypatch, tmp_path
) -> None:
    page = make_page(qtbot, context)
    before = page.model.rowCount()
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as pack:
        pack.writestr("pack.json", "{}")
        pack.writestr("../escape.png", b"x")
    monkeypatch.setattr(ask, "open_file", lambda *args: bad)
    page.sharing.import_button.click()
    qtbot.waitUntil(lambda: bool(told))
    kind, text = told.pop()
    assert kind == "error" and "The pack was not added; nothing was changed." in text
    assert "'../escape.png'" in text
    assert page.model.rowCount() == before


def test_the_print_page_and_the_session_follow_a_new_local_guide(qtbot, window, context) -> None:
    window.page("session")
    printing = window.page("print")
    guides_page = window.page("guides")
    assert "library-printer" not in printing.guides
    form = window.page("session").form
    form.suggestions.show_for(["device_basics"])  # reads the library once
    assert not any("Sample" in button.text() for button in form.suggestions.buttons)
    add_local(context)
    guides_page.reload()
    guides_page.library_changed.emit()
    assert "library-printer" in printing.guides
    form.suggestions.show_for(["device_basics"])
    assert any("Sample" in button.text() for button in form.suggestions.buttons)
