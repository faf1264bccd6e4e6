"""Settings → Organisation server: "Sync now" brings the directory and guides into the window."""

from __future__ import annotations

from pathlib import Path

from peerhelper.domain.directory import DirectoryEntryData
from peerhelper.operations import sync
from peerhelper.storage import directory_repo
from tests.guides.helpers import manifest, write_guide
from tests.storage.sites import add_sessions, open_site


def test_sync_now_shows_what_it_did_and_the_pages_follow(
    window, context, pg_url: str, tmp_path: Path, qtbot, settle
) -> None:
    paths, db = open_site(tmp_path, "beta")
    entry = directory_repo.save_entry(db, DirectoryEntryData("Beta parish office", kind="parish"))
    write_guide(paths.local_guides, manifest(id="parish-wifi", version="1.2"), "parish-wifi")
    sync.sync_with(db, paths, sync.server_address(paths, pg_url))
    db.close()
    add_sessions(context.db, 3)

    referrals = window.page("referrals")
    guides = window.guides_page()
    assert guides.model.row_of("parish-wifi") == -1
    window.show_page("settings")
    box = window.page("settings").server_box
    box.address.setText(pg_url)
    box.sync()
    settle()

    lines = box.status.text().splitlines()
    assert lines[0].startswith("Last sync ") and lines[0].endswith(":")
    assert lines[1:] == [
        "Sessions sent: 3 (new: 3, updated: 0)",
        "Topics added: 0",
        "Directory entries received: 1, sent: 0",
        "Guides received: 1, sent: 0",
    ]
    qtbot.waitUntil(lambda: entry in {e.uuid for e in referrals.entries})
    settle()
    qtbot.waitUntil(lambda: guides.model.row_of("parish-wifi") >= 0)


def test_topics_a_sync_brings_are_on_the_session_form_at_once(
    window, context, qtbot, pg_url: str, tmp_path: Path
) -> None:
    from peerhelper.storage import sessions_repo

    paths, db = open_site(tmp_path, "gamma")
    sessions_repo.save_topic(db, "housing_benefit", {"en": "Housing benefit", "fi": "Asumistuki"})
    sync.sync_with(db, paths, sync.server_address(paths, pg_url))
    db.close()

    window.start_session()
    assert "housing_benefit" not in window.page("session").form.topics.buttons
    window.show_page("settings")
    box = window.page("settings").server_box
    box.address.setText(pg_url)
    box.sync()
    qtbot.waitUntil(lambda: "housing_benefit" in window.page("session").form.topics.buttons)
