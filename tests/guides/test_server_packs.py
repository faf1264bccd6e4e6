"""Local guides over the organisation server: a real PostgreSQL, started by the tests."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

from sqlalchemy import insert, select, update

from peerhelper.guides.library import load_local
from peerhelper.guides.server_packs import SHARED
from peerhelper.operations import sync
from peerhelper.paths import DataPaths
from tests.guides.helpers import manifest, write_guide
from tests.picture_files import real_png
from tests.storage.sites import add_sessions, sync_site


def local_guide(paths: DataPaths, ident: str, version: str = "1.0", caption: str = "") -> Path:
    """A local guide with a screenshot step, as a volunteer would have made it."""
    data = manifest(id=ident, version=version)
    data["steps"][1]["picture"] = {"file": "step2.png"}
    if caption:
        data["steps"][0]["caption"]["en"] = caption
    folder = write_guide(paths.local_guides, data, ident)
    (folder / "step2.png").write_bytes(real_png(120, 80))
    return folder


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")}


def versions(paths: DataPaths) -> dict[str, str]:
    return {guide.id: guide.version for guide in load_local(paths.local_guides)[0]}


def test_a_local_guide_reaches_the_other_sites(sites, server, pg_url) -> None:
    alpha, beta = sites
    folder = local_guide(alpha[0], "library-printer")
    sent = sync_site(alpha, pg_url)
    assert (sent.guides_sent, sent.guides_received) == (["library-printer 1.0"], [])
    taken = sync_site(beta, pg_url)
    assert (taken.guides_received, taken.guides_sent) == (["library-printer 1.0"], [])
    assert files(beta[0].local_guides / "library-printer") == files(folder)
    for site in (alpha, beta):  # nothing goes back and forth
        again = sync_site(site, pg_url)
        assert (again.guides_sent, again.guides_received, again.refused) == ([], [], [])
    last = sync.last_sync(beta[1])
    assert last is not None and last.figures["guides_received"] == 0
    with server.connect() as connection:
        row = connection.execute(select(SHARED.c.guide_id, SHARED.c.version)).all()
    assert row == [("library-printer", "1.0")]


def test_the_higher_version_wins_whichever_site_has_it(sites, server, pg_url) -> None:
    alpha, beta = sites
    local_guide(alpha[0], "bus-ticket", "1.0")
    sync_site(alpha, pg_url)
    sync_site(beta, pg_url)
    local_guide(alpha[0], "bus-ticket", "1.1", caption="Open the ticket app.")
    local_guide(beta[0], "bus-ticket", "1.0", caption="An edit without a new version.")
    assert sync_site(beta, pg_url).guides_sent == []  # not higher than the server's
    assert sync_site(alpha, pg_url).guides_sent == ["bus-ticket 1.1"]
    taken = sync_site(beta, pg_url)
    assert taken.guides_received == ["bus-ticket 1.1"]
    assert files(beta[0].local_guides / "bus-ticket") == files(alpha[0].local_guides / "bus-ticket")
    assert any("replaced" in p.name for p in beta[0].backups.iterdir())  # the old one kept
    local_guide(beta[0], "bus-ticket", "2.0")
    assert sync_site(beta, pg_url).guides_sent == ["bus-ticket 2.0"]
    assert sync_site(alpha, pg_url).guides_received == ["bus-ticket 2.0"]
    assert versions(alpha[0]) == versions(beta[0]) == {"bus-ticket": "2.0"}


def _pack_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as pack:
        info = {"format": 1, "name": "x", "organisation": "", "created": "2026-12-01T10:00:00Z"}
        pack.writestr("pack.json", json.dumps(info))
        for name, data in entries.items():
            pack.writestr(name, data)
    return buffer.getvalue()


def _put(server, guide_id: str, version: str, data: bytes, checksum: str | None = None) -> None:
    values = {
        "guide_id": guide_id,
        "version": version,
        "pack": data,
        "sha256": checksum or hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "device_id": "",
    }
    with server.begin() as connection:
        connection.execute(insert(SHARED).values(**values))


def test_damaged_packs_on_the_server_are_refused_and_the_rest_goes_on(
    sites, server, pg_url
) -> None:
    alpha, beta = sites
    local_guide(alpha[0], "good-guide")
    sync_site(alpha, pg_url)  # the server's tables are made
    good = _pack_bytes({"crafted/manifest.json": json.dumps(manifest(id="crafted")).encode()})
    _put(server, "crafted", "1.0", good)
    with server.begin() as connection:  # bytes changed on the server after it was sent
        stored = connection.scalar(select(SHARED.c.pack).where(SHARED.c.guide_id == "good-guide"))
        connection.execute(
            update(SHARED)
            .where(SHARED.c.guide_id == "good-guide")
            .values(pack=stored[:-40] + b"\0" * 40)
        )
    _put(server, "escaper", "1.0", _pack_bytes({"escaper/../../outside.svg": b"<svg/>"}))
    broken = manifest(id="broken-steps", steps=0)
    _put(
        server,
        "broken-steps",
        "1.0",
        _pack_bytes({"broken-steps/manifest.json": json.dumps(broken).encode()}),
    )
    _put(server, "impostor", "1.0", good)  # holds "crafted", not "impostor"
    _put(server, "not-a-zip", "1.0", b"PK\x03\x04 this is no zip")
    add_sessions(beta[1], 4)

    result = sync_site(beta, pg_url)
    assert result.guides_received == ["crafted 1.0"]
    assert result.counts.new == 4  # the sessions went all the same
    refused = {note.split(" ")[2]: note for note in result.guides_refused}
    assert sorted(refused) == ["broken-steps", "escaper", "good-guide", "impostor", "not-a-zip"]
    assert "checksum" in refused["good-guide"]
    assert "'..'" in refused["escaper"]
    assert "holds crafted, not impostor" in refused["impostor"]
    assert "not a whole zip" in refused["not-a-zip"]
    assert not (beta[0].root / "outside.svg").exists()
    assert versions(beta[0]) == {"crafted": "1.0"}
    last = sync.last_sync(beta[1])
    assert last is not None and last.ok and last.figures["refused"] == 5
    assert any("broken-steps" in note for note in last.notes)


def test_a_local_guide_that_fails_the_checks_is_not_sent(sites, server, pg_url) -> None:
    alpha, _beta = sites
    local_guide(alpha[0], "fine-guide")
    fake = local_guide(alpha[0], "fake-picture")
    (fake / "step2.png").write_bytes(real_png(120, 80)[:60])  # cut short: will not decode
    result = sync_site(alpha, pg_url)
    assert result.guides_sent == ["fine-guide 1.0"]
    assert len(result.guides_refused) == 1
    assert "fake-picture was not sent" in result.guides_refused[0]
    assert "step2.png" in result.guides_refused[0]
    with server.connect() as connection:
        assert connection.scalars(select(SHARED.c.guide_id)).all() == ["fine-guide"]
