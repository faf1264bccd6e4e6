"""Combining site logs from the window, the site filter, and the organisation server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from peerhelper.domain.site import SiteProfileData
from peerhelper.operations import sync
from peerhelper.storage.site_repo import save_site_profile
from peerhelper.ui import ask
from peerhelper.ui.statistics.page import StatisticsPage
from tests.storage.sites import add_sessions, open_site

TODAY = date(2026, 3, 20)


@pytest.fixture
def page(qtbot, context, translations) -> StatisticsPage:
    save_site_profile(context.db, SiteProfileData(organisation="Org", site_name="Coordinator"))
    add_sessions(context.db, 2)
    widget = StatisticsPage(context, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.figures is not None)
    return widget


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    paths, db = open_site(tmp_path, "alpha")
    add_sessions(db, 3)
    db.close()
    out = tmp_path / "alpha.zip"
    sync.bundle_sessions(paths, out)
    return out


def test_combining_site_logs_tells_what_changed_and_compares_sites(
    page: StatisticsPage, bundle: Path, qtbot, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: told.append(text))
    assert not page.filters.site_field.isVisibleTo(page)  # one site: no choice to offer
    assert not page.sites.scope_field.isVisibleTo(page)  # no server: no organisation view
    before = page.figures
    page.sites.combine_files([bundle])
    qtbot.waitUntil(lambda: page.figures is not before)
    assert told == ["Alpha: 3 new, 0 updated, 0 unchanged\nIn all: 3 new, 0 updated, 0 unchanged."]
    assert page.figures.sessions == 5
    rows = {r.label: r.value for r in page.views["site"].spec.rows}
    assert rows == {"Alpha": 3, "Coordinator": 2}
    assert page.filters.site_field.isVisibleTo(page)

    before = page.figures
    page.filters.site.setCurrentIndex(page.filters.site.findText("Alpha"))
    qtbot.waitUntil(lambda: page.figures is not before)
    assert page.figures.sessions == 3


def test_a_damaged_bundle_is_told_and_nothing_changes(
    page: StatisticsPage, bundle: Path, monkeypatch, settle
) -> None:
    from peerhelper.ui import errors

    shown: list[str] = []
    monkeypatch.setattr(errors.ask, "error", lambda parent, title, text: shown.append(text))
    bundle.write_bytes(bundle.read_bytes()[:50])
    page.sites.combine_files([bundle])
    settle()
    assert shown and "cannot be merged" in shown[0]
    assert page.figures.sessions == 2


def test_the_whole_organisation_from_the_server(
    page: StatisticsPage, context, pg_url: str, tmp_path: Path, qtbot, monkeypatch, settle
) -> None:
    paths, db = open_site(tmp_path, "beta")
    add_sessions(db, 4)
    sync.sync_with(db, paths, sync.server_address(paths, pg_url))
    db.close()

    from peerhelper.ui.organisation_server import OrganisationServerBox

    box = OrganisationServerBox(context)
    qtbot.addWidget(box)
    assert not box.sync_button.isEnabled()
    box.address.setText(pg_url)
    box.sync()  # saves the address, then sends this site's two sessions
    settle()
    assert context.settings.get("server_url").startswith("postgresql://peerhelper@/")
    assert box.status.text().startswith("Last sync ")
    assert "Sessions sent: 2 (new: 2, updated: 0)" in box.status.text()

    page.refresh()
    settle()
    assert page.sites.scope_field.isVisibleTo(page)
    before = page.figures
    page.sites.scope.setCurrentIndex(page.sites.scope.findData("organisation"))
    qtbot.waitUntil(lambda: page.figures is not before)
    assert page.figures.sessions == 6
    rows = {r.label: r.value for r in page.views["site"].spec.rows}
    assert rows == {"Beta": 4, "Coordinator": 2}

    # The export reads where the figures were counted: the whole organisation.
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "organisation.xlsx"
    monkeypatch.setattr(ask, "save_file_outside", lambda *args: target)
    told: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: told.append(text))
    page.excel_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert told == [f"6 sessions were saved to {target}."]
    assert openpyxl.load_workbook(target).worksheets[1].max_row == 1 + 6
