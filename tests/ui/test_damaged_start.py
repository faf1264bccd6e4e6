"""A damaged database at start: the user may restore the newest good backup."""

from peerhelper import app
from peerhelper.domain.site import SiteProfileData
from peerhelper.paths import DataPaths
from peerhelper.storage import backup
from peerhelper.storage.database import open_database
from peerhelper.storage.site_repo import load_site_profile, save_site_profile


def _damaged_with_backup(data_paths: DataPaths) -> None:
    database = open_database(data_paths.database)
    save_site_profile(database, SiteProfileData("Org", "From backup"))
    database.close()
    backup.make_backup(data_paths.database, data_paths.backups, "daily")
    for suffix in ("", "-wal", "-shm"):
        data_paths.database.with_name(data_paths.database.name + suffix).unlink(missing_ok=True)
    data_paths.database.write_bytes(b"\x00not sqlite" * 500)


def test_user_chooses_to_restore(qapp, data_paths: DataPaths, monkeypatch) -> None:
    _damaged_with_backup(data_paths)
    asked = []
    monkeypatch.setattr(app, "ask_restore_after_damage", lambda exc, has: asked.append(has) or True)
    database = app.open_or_recover(data_paths, interactive=True)
    assert asked == [True]
    assert database is not None
    profile = load_site_profile(database)
    database.close()
    assert profile is not None and profile.site_name == "From backup"
    kept = list(data_paths.root.glob("peerhelper.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00not sqlite" * 500


def test_user_declines_and_nothing_changes(qapp, data_paths: DataPaths, monkeypatch) -> None:
    _damaged_with_backup(data_paths)
    monkeypatch.setattr(app, "ask_restore_after_damage", lambda exc, has: False)
    assert app.open_or_recover(data_paths, interactive=True) is None
    assert data_paths.database.read_bytes() == b"\x00not sqlite" * 500
    assert not list(data_paths.root.glob("peerhelper.db.damaged-*"))


def test_a_failed_restore_is_explained(qapp, data_paths: DataPaths, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    _damaged_with_backup(data_paths)
    shown: list[str] = []
    monkeypatch.setattr(app, "ask_restore_after_damage", lambda exc, has: True)

    def refuse(paths):
        raise OSError("disk full")

    monkeypatch.setattr(app.backups, "restore_newest_good_backup", refuse)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app.open_or_recover(data_paths, interactive=True) is None
    assert shown and "disk full" in shown[0]
    assert data_paths.database.read_bytes() == b"\x00not sqlite" * 500
