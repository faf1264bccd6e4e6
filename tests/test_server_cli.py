"""``sync``, ``report --server`` and ``sessions export --server`` against a real server."""

from __future__ import annotations

from pathlib import Path

from peerhelper import cli
from peerhelper.paths import DataPaths
from peerhelper.storage.settings import Settings
from tests.storage.sites import add_sessions, open_site


def run(paths: DataPaths, *argv: str) -> int:
    return cli.run(["--data-dir", str(paths.root), *argv])


def test_sync_then_organisation_report_and_export(tmp_path: Path, pg_url: str, capsys) -> None:
    sites = []
    for name, count in (("alpha", 3), ("beta", 2)):
        paths, db = open_site(tmp_path, name)
        add_sessions(db, count)
        db.close()
        sites.append(paths)
    alpha, beta = sites
    assert run(alpha, "sync", "--server", pg_url) == 0
    assert "Synced: 3 sessions sent (3 new" in capsys.readouterr().out
    Settings(beta.settings_file).set("server_url", pg_url)
    assert run(beta, "sync") == 0  # the saved address
    assert "Synced: 2 sessions sent" in capsys.readouterr().out

    out = tmp_path / "organisation.csv"
    assert run(alpha, "sessions", "export", "--server", pg_url, "--out", str(out)) == 0
    assert "Exported 5 sessions" in capsys.readouterr().out
    argv = ("sessions", "export", "--server", pg_url, "--site", "Beta", "--out", str(out))
    assert run(alpha, *argv, "--force") == 0
    assert "Exported 2 sessions" in capsys.readouterr().out
    report = tmp_path / "organisation.pdf"
    argv = ("report", "--server", pg_url, "--from", "2026-03-01", "--to", "2026-03-31")
    assert run(alpha, *argv, "--out", str(report)) == 0
    assert report.read_bytes().startswith(b"%PDF")
    assert run(alpha, *argv, "--site", "Alpha", "--out", str(report), "--force") == 0
    assert run(alpha, *argv, "--site", "Gamma", "--out", str(report), "--force") == 2
    assert "No sessions from a site 'Gamma'" in capsys.readouterr().err
    book = tmp_path / "organisation.xlsx"
    argv = ("sessions", "export", "--server", pg_url, "--format", "xlsx", "--out", str(book))
    assert run(alpha, *argv) == 0
    assert "Exported 5 sessions" in capsys.readouterr().out


def test_an_unreachable_server_is_told_in_words(tmp_path: Path, pg_server, capsys) -> None:
    paths, db = open_site(tmp_path, "alpha")
    db.close()
    missing = f"postgresql://peerhelper@/peerhelper?host={tmp_path}"
    assert run(paths, "sync", "--server", missing) == 1
    error = capsys.readouterr().err
    assert "cannot be reached" in error and "Traceback" not in error


def test_sync_prints_the_directory_and_the_guides(tmp_path: Path, pg_url: str, capsys) -> None:
    from peerhelper.domain.directory import DirectoryEntryData
    from peerhelper.storage import directory_repo
    from tests.guides.helpers import manifest, write_guide

    alpha, db = open_site(tmp_path, "alpha")
    directory_repo.save_entry(db, DirectoryEntryData("Alpha parish office", kind="parish"))
    db.close()
    write_guide(alpha.local_guides, manifest(id="parish-wifi", version="1.2"), "parish-wifi")
    assert run(alpha, "sync", "--server", pg_url) == 0
    out = capsys.readouterr().out
    assert "directory entries: 0 received and 1 sent" in out
    assert "Guides sent: parish-wifi 1.2" in out
    beta, db = open_site(tmp_path, "beta")
    db.close()
    assert run(beta, "sync", "--server", pg_url) == 0
    out = capsys.readouterr().out
    assert "directory entries: 1 received and 0 sent, guides: 1 received and 0 sent." in out
    assert "Guides received: parish-wifi 1.2" in out
