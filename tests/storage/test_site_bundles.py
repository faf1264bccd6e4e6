"""Site bundles: round trip, idempotence, later wins, deletions, topics, referrals, refusals."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from peerhelper.domain import site_bundle
from peerhelper.domain.directory import DirectoryEntryData
from peerhelper.domain.directory_files import read_starter_entries
from peerhelper.domain.site_bundle import BundleError, NewerBundleError
from peerhelper.domain.statistics import Period, StatsFilter
from peerhelper.operations import sync
from peerhelper.operations.statistics import site_names
from peerhelper.storage import directory_repo, statistics
from peerhelper.storage import sessions_repo as repo
from peerhelper.storage.migrations import HEAD_REVISION
from tests.storage.sites import add_sessions, manifest, open_site, rewrite_member, rows, session

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def sites(tmp_path: Path):
    a_paths, a = open_site(tmp_path, "alpha")
    c_paths, c = open_site(tmp_path, "coordinator")
    yield (a_paths, a), (c_paths, c)
    a.close()
    c.close()


def _bundle(paths, out: Path, since: date | None = None) -> Path:
    sync.bundle_sessions(paths, out, since)
    return out


def test_round_trip_keeps_every_session_with_its_site(sites, tmp_path: Path) -> None:
    (a_paths, a), (_, c) = sites
    uuids = add_sessions(a, 5)
    repo.set_deleted(a, uuids[0], True)
    add_sessions(c, 2)
    bundle = _bundle(a_paths, tmp_path / "alpha.zip")

    info = manifest(bundle)
    assert info["site_device_id"] == a.device_id and info["site"]["site_name"] == "Alpha"
    assert info["counts"] == {
        "sessions": 5,
        "deleted": 1,
        "topics": 17,
        "directory_entries": 0,
    }
    assert info["program_version"] and info["schema_revision"] == HEAD_REVISION

    summary = sync.merge_bundles_into(c, [bundle])
    assert (summary.counts.new, summary.counts.updated, summary.counts.unchanged) == (5, 0, 0)
    merged = rows(c)
    for uuid, (updated, deleted, minutes, _site) in rows(a).items():
        assert merged[uuid] == (updated, deleted, minutes, a.device_id)
    assert repo.load_session(c, uuids[1]) == session(minutes=1, uuid=uuids[1])
    assert repo.load_session(c, uuids[0]) is None  # deleted there, deleted here

    figures = statistics.compute(c.engine, StatsFilter(MARCH))
    assert figures.sessions == 6
    by_site = {count.code: count.sessions for count in figures.breakdown("site")}
    assert by_site == {"": 2, a.device_id: 4}
    only_alpha = statistics.compute(c.engine, StatsFilter(MARCH, sites=(a.device_id,)))
    assert only_alpha.sessions == 4 and not only_alpha.breakdown("site")
    assert site_names(c) == {
        "": "Coordinator",
        a.device_id: "Alpha",
    }


def test_merging_twice_changes_nothing(sites, tmp_path: Path) -> None:
    (a_paths, a), (_, c) = sites
    add_sessions(a, 3)
    bundle = _bundle(a_paths, tmp_path / "alpha.zip")
    sync.merge_bundles_into(c, [bundle])
    before = rows(c)
    again = sync.merge_bundles_into(c, [bundle, bundle])
    assert (again.counts.new, again.counts.updated, again.counts.unchanged) == (0, 0, 6)
    assert rows(c) == before


def test_the_later_change_wins_and_a_deletion_is_honoured(sites, tmp_path: Path) -> None:
    (a_paths, a), (_, c) = sites
    first, second = add_sessions(a, 2)
    old = _bundle(a_paths, tmp_path / "old.zip")
    sync.merge_bundles_into(c, [old])
    repo.save_session(a, session(uuid=first, minutes=55))
    repo.set_deleted(a, second, True)
    new = _bundle(a_paths, tmp_path / "new.zip")

    summary = sync.merge_bundles_into(c, [new, old])  # the older one after: ignored
    assert (summary.counts.new, summary.counts.updated, summary.counts.unchanged) == (0, 2, 2)
    loaded = repo.load_session(c, first)
    assert loaded is not None and loaded.minutes == 55
    assert repo.load_session(c, second) is None
    assert rows(c)[second][1] == rows(a)[second][1]


def test_since_takes_only_recent_changes(sites, tmp_path: Path) -> None:
    (a_paths, a), _ = sites
    add_sessions(a, 2)
    bundle = _bundle(a_paths, tmp_path / "recent.zip", since=date(2099, 1, 1))
    assert manifest(bundle)["counts"]["sessions"] == 0


def test_sessions_coming_home_are_this_sites_own_again(sites, tmp_path: Path) -> None:
    (a_paths, a), (c_paths, c) = sites
    add_sessions(a, 2)
    sync.merge_bundles_into(c, [_bundle(a_paths, tmp_path / "alpha.zip")])
    back = _bundle(c_paths, tmp_path / "coordinator.zip")
    summary = sync.merge_bundles_into(a, [back])
    assert summary.counts.unchanged == 2 and summary.counts.new == 0
    assert {site for *_, site in rows(a).values()} == {""}


def test_topics_unknown_here_are_added_and_retired_as_there(sites, tmp_path: Path) -> None:
    (a_paths, a), (_, c) = sites
    repo.save_topic(a, "library_card", {"fi": "Kirjastokortti", "en": "Library card"})
    repo.save_topic(a, "old_service", {"en": "Old service"})
    repo.save_session(a, session(topics=["library_card", "old_service"]))
    repo.set_topic_retired(a, "old_service", True)
    repo.set_topic_retired(a, "email", True)  # known here: this site's list decides
    summary = sync.merge_bundles_into(c, [_bundle(a_paths, tmp_path / "alpha.zip")])
    assert sorted(summary.topics_added) == ["library_card", "old_service"]
    topics = {t.code: t for t in repo.list_topics(c, include_retired=True)}
    assert topics["library_card"].labels == {"fi": "Kirjastokortti", "en": "Library card"}
    assert not topics["library_card"].retired
    assert topics["old_service"].retired and not topics["email"].retired


def test_topic_names_travel_by_language(sites, tmp_path: Path) -> None:
    (a_paths, a), _ = sites
    repo.save_topic(a, "library_card", {"fi": "Kirjastokortti", "sv": "Bibliotekskort"})
    bundle = _bundle(a_paths, tmp_path / "alpha.zip")
    with zipfile.ZipFile(bundle) as archive:
        topics = {t["code"]: t for t in json.loads(archive.read("topics.json"))}
    assert topics["library_card"]["labels"] == {"fi": "Kirjastokortti", "sv": "Bibliotekskort"}
    assert "label_fi" not in topics["library_card"]


def test_referrals_travel_with_the_entries_they_name(sites, tmp_path: Path) -> None:
    (a_paths, a), (_, c) = sites
    local = directory_repo.save_entry(a, DirectoryEntryData("Alpha library", kind="library"))
    shared = read_starter_entries()[0].uuid  # a starter entry: known everywhere
    uuid = repo.save_session(a, session(referrals=[local, shared]))
    repo.save_session(a, session())  # no referral
    bundle = _bundle(a_paths, tmp_path / "alpha.zip")
    assert manifest(bundle)["counts"]["directory_entries"] == 2

    summary = sync.merge_bundles_into(c, [bundle])
    assert summary.entries_added == ["Alpha library"]
    assert repo.load_session(c, uuid).referrals == [local, shared]
    added = directory_repo.get_entry(c, local)
    assert (added.name, added.kind, added.retired) == ("Alpha library", "library", True)
    assert not directory_repo.get_entry(c, shared).retired  # known here: left as it is
    figures = statistics.compute(c.engine, StatsFilter(MARCH))
    assert {n.code: n.sessions for n in figures.breakdown("referral_service")} == {
        local: 1,
        shared: 1,
    }
    again = sync.merge_bundles_into(c, [bundle])
    assert again.entries_added == [] and again.counts.unchanged == 2


def _unknown_referral(data: bytes) -> bytes:
    record = json.loads(data.splitlines()[0])
    record["referrals"] = ["00000000-0000-4000-8000-000000000000"]
    return json.dumps(record).encode() + b"\n"


def _altered(data: bytes) -> bytes:
    lines = data.splitlines()
    record = json.loads(lines[0])
    record["minutes"] = 1
    return b"\n".join([json.dumps(record).encode(), *lines[1:]]) + b"\n"


def _rewritten_consistently(bundle: Path, name: str, change) -> None:
    """Change a member and its checksums, as a buggy (not a tampering) writer would."""
    rewrite_member(bundle, name, change)
    with zipfile.ZipFile(bundle) as archive:
        data = archive.read(name)

    def fix(raw: bytes) -> bytes:
        info = json.loads(raw)
        info["contents"][name] = site_bundle._digest(data)
        info["checksum"] = site_bundle._manifest_checksum(info)
        return json.dumps(info).encode()

    rewrite_member(bundle, "bundle.json", fix)


def _newer(data: bytes) -> bytes:
    info = json.loads(data)
    info["program_version"] = "99.0.0"
    info["checksum"] = site_bundle._manifest_checksum(info)  # a real newer bundle is consistent
    return json.dumps(info).encode()


@pytest.mark.parametrize(
    ("spoil", "error", "words"),
    [
        (lambda p: rewrite_member(p, "sessions.jsonl", _altered), BundleError, "checksum"),
        (lambda p: p.write_bytes(p.read_bytes()[:-40]), BundleError, "not a whole site bundle"),
        (lambda p: p.write_bytes(b"not a zip"), BundleError, "not a whole site bundle"),
        (lambda p: rewrite_member(p, "bundle.json", _newer), NewerBundleError, "newer PeerHelper"),
        (
            lambda p: _rewritten_consistently(p, "sessions.jsonl", _unknown_referral),
            BundleError,
            "directory entry the bundle does not hold",
        ),
    ],
    ids=["altered", "truncated", "not-a-zip", "newer", "unknown-referral"],
)
def test_a_bad_bundle_is_refused_whole_and_nothing_is_written(
    sites, tmp_path: Path, spoil, error, words
) -> None:
    (a_paths, a), (_, c) = sites
    add_sessions(a, 3)
    good = _bundle(a_paths, tmp_path / "good.zip")
    bad = _bundle(a_paths, tmp_path / "bad.zip")
    spoil(bad)
    before = rows(c)
    with pytest.raises(error, match=words) as caught:
        sync.merge_bundles_into(c, [good, bad])
    assert caught.value.exit_code == 2 and "Nothing was merged" in str(caught.value)
    assert rows(c) == before


def test_a_failure_while_writing_rolls_back_every_bundle(sites, tmp_path, monkeypatch) -> None:
    from peerhelper.storage import site_bundles

    (a_paths, a), (_, c) = sites
    add_sessions(a, 3)
    bundles = [_bundle(a_paths, tmp_path / f"{n}.zip") for n in range(2)]
    real = site_bundles.merge_records
    calls = []

    def fail_on_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(site_bundles, "merge_records", fail_on_second)
    before = rows(c)
    with pytest.raises(RuntimeError):
        sync.merge_bundles_into(c, bundles)
    assert rows(c) == before
