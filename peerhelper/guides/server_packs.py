"""The organisation's local guides over its server: one guide pack per guide.

Every local guide is shared: a sync sends each local guide the server lacks,
or has at a lower ``version``, and takes each guide the server has at a
higher version than this site (or that this site lacks). The higher version
wins; an equal one changes nothing, so two sites never send the same guide
back and forth. A guide that comes with the program is never sent, and
never replaced by a server's copy of a higher version (as with any pack).

On the server a guide is a row of ``shared_guide``: the guide's id and
version and a guide pack (``docs/guide-packs.md``) holding that one guide,
with its SHA-256. A pack sent is checked here first as an import would check
it; a pack taken goes through the very checks of ``guides import``
(:func:`peerhelper.guides.pack_import.import_pack`: names, sizes, every
manifest and picture), after its checksum and that it holds the one guide
its row names. A pack that fails is refused with its reasons in the result
and the sync goes on with the next guide; a refused one is tried again at
the next sync, so a fix on the server reaches every site. A local guide
folder that does not load is named in the result as not sent.

A guide removed here comes back at the next sync while the organisation
shares it; a newer version replaces it like an imported pack would (the old
one is first copied into the backups).
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, insert, select, text, update

from peerhelper.guides.library import load_local
from peerhelper.guides.loader import load_bundled
from peerhelper.guides.model import Guide
from peerhelper.guides.pack_check import PackRefused, read_pack_listing, unpack
from peerhelper.guides.pack_export import write_pack
from peerhelper.guides.pack_import import check_unpacked, import_pack, version_key
from peerhelper.paths import DataPaths
from peerhelper.storage.models import SharedGuide, table_of, utc_now

SHARED = table_of(SharedGuide)
# Taken while a guide is written: two sites sending the same guide never race.
_GUIDE_LOCK = 0x7065_6574

_NOT_A_ZIP = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError)


@dataclass
class GuideCounts:
    """What a sync did with the guides: ``id version`` of each sent and taken."""

    sent: list[str] = field(default_factory=list)
    received: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def _key(version: str | None) -> tuple[int, int, int] | None:
    """The version as numbers; None if there is none or it cannot be read."""
    try:
        return None if version is None else version_key(version)
    except ValueError:
        return None


def _newer(version: str, than: str | None) -> bool:
    """Whether ``version`` is higher than ``than``; anything is higher than no version."""
    ours, theirs = _key(version), _key(than)
    return ours is not None and (theirs is None or ours > theirs)


def sync_guides(
    paths: DataPaths,
    server: Engine,
    device_id: str,
    organisation: str = "",
) -> GuideCounts:
    """Send the local guides newer here, take those newer there (see the module docstring)."""
    counts = GuideCounts()
    with server.connect() as remote:
        rows = remote.execute(select(SHARED.c.guide_id, SHARED.c.version))
        there = {str(row[0]): str(row[1]) for row in rows}
    bundled = {guide.id: guide.version for guide in load_bundled()[0]}
    loaded, problems = load_local(paths.local_guides)
    local = [guide for guide in loaded if guide.id not in bundled]
    here = {guide.id: guide.version for guide in local}
    broken: dict[str, list[str]] = {}
    for problem in problems:
        if problem.severity == "error":
            broken.setdefault(problem.folder.name, []).append(problem.detail)
    for name, details in sorted(broken.items()):
        if name not in here:  # a folder here that does not load as a guide
            counts.refused.append(_not_sent(name, details))
    with tempfile.TemporaryDirectory(prefix="peerhelper-sync-") as work:
        for guide in local:
            if _newer(guide.version, there.get(guide.id)):
                _send(guide, server, device_id, organisation, Path(work), counts)
        for guide_id, version in sorted(there.items()):
            if _key(version) is None:
                counts.refused.append(_refusal(guide_id, [f"{version!r} is not a version"]))
            elif guide_id not in bundled and _newer(version, here.get(guide_id)):
                _take(paths, server, guide_id, Path(work), counts)
    return counts


def _send(
    guide: Guide,
    server: Engine,
    device_id: str,
    organisation: str,
    work: Path,
    counts: GuideCounts,
) -> None:
    pack = work / f"{guide.id}.zip"
    write_pack(pack, [(guide.id, guide.folder)], f"{guide.id} {guide.version}", organisation)
    reasons = pack_problems(pack, work / "check")
    if reasons:
        counts.refused.append(_not_sent(guide.id, reasons))
        return
    data = pack.read_bytes()
    values = {
        "version": guide.version,
        "pack": data,
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "device_id": device_id,
        "updated_at": utc_now(),
    }
    with server.begin() as remote:
        remote.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _GUIDE_LOCK})
        now = remote.scalar(select(SHARED.c.version).where(SHARED.c.guide_id == guide.id))
        if now is None:
            remote.execute(insert(SHARED).values(guide_id=guide.id, **values))
        elif _newer(guide.version, now):
            remote.execute(update(SHARED).where(SHARED.c.guide_id == guide.id).values(**values))
        else:
            return  # another site sent this version or a newer one meanwhile
    counts.sent.append(f"{guide.id} {guide.version}")


def pack_problems(pack: Path, scratch: Path) -> list[str]:
    """What an import would refuse in the pack at ``pack`` (unpacked into ``scratch``)."""
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        with zipfile.ZipFile(pack) as archive:
            listing = read_pack_listing(archive)
            unpack(archive, listing, scratch)
        reasons = []
        for ident in sorted(listing.files):
            reasons += check_unpacked(scratch / ident)[1]
        return reasons
    except PackRefused as refused:
        return refused.reasons
    except _NOT_A_ZIP:
        return ["the pack is not a whole zip file"]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _take(paths: DataPaths, server: Engine, guide_id: str, work: Path, counts: GuideCounts) -> None:
    with server.connect() as remote:
        row = remote.execute(
            select(SHARED.c.version, SHARED.c.pack, SHARED.c.sha256).where(
                SHARED.c.guide_id == guide_id
            )
        ).one_or_none()
    if row is None:
        return  # taken off the server meanwhile
    version, data, checksum = str(row[0]), bytes(row[1]), str(row[2])
    if hashlib.sha256(data).hexdigest() != checksum:
        counts.refused.append(_refusal(guide_id, ["the pack is damaged (its checksum differs)"]))
        return
    pack = work / f"taken-{guide_id}.zip"
    pack.write_bytes(data)
    try:
        with zipfile.ZipFile(pack) as archive:
            held = sorted(read_pack_listing(archive).files)
        if held != [guide_id]:
            raise PackRefused([f"it holds {', '.join(held) or 'no guide'}, not {guide_id}"])
        summary = import_pack(paths, pack)
    except _NOT_A_ZIP:
        counts.refused.append(_refusal(guide_id, ["the pack is not a whole zip file"]))
        return
    except PackRefused as refused:
        counts.refused.append(_refusal(guide_id, refused.reasons))
        return
    finally:
        pack.unlink(missing_ok=True)
    for outcome in summary.outcomes:
        if outcome.action in ("added", "replaced"):
            counts.received.append(f"{outcome.id} {outcome.version}")
        elif outcome.version != version:
            reason = f"the pack holds version {outcome.version}, not {version} as the server says"
            counts.refused.append(_refusal(guide_id, [reason]))


def _not_sent(guide_id: str, reasons: list[str]) -> str:
    return f"The local guide {guide_id} was not sent to the organisation server: " + "; ".join(
        reasons
    )


def _refusal(guide_id: str, reasons: list[str]) -> str:
    return (
        f"The guide {guide_id} on the organisation server was refused and not taken: "
        + "; ".join(reasons)
    )
