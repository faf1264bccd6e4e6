"""The site bundle file: one site's session log, readable, checked, whole or refused.

A bundle is a zip file with four JSON members (``docs/site-bundles.md``
describes them for people; ``domain.bundle_records`` each record):

- ``sessions.jsonl``: one session record per line (``storage.session_records``);
- ``topics.json``: the site's topic list, retired topics included, each
  topic's names by language;
- ``directory.json``: the directory entries the sessions refer to (uuid,
  name, kind), so that a referral means the same wherever it is merged;
- ``bundle.json``: the manifest: format and program version, schema revision,
  site profile and site-device id, counts, when it was made, the SHA-256 of
  each member and a SHA-256 over the manifest itself.

Reading checks everything before anything is used: the zip, the members,
every checksum, the versions, and the shape of every record. Any problem
refuses the bundle whole with :class:`BundleError` (exit 2).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from peerhelper import __version__
from peerhelper.domain.bundle_records import (
    checked_record,
    decode_entry,
    decode_record,
    decode_topic,
    encode_record,
)
from peerhelper.errors import BadInputError

FORMAT = "peerhelper-site-bundle"
FORMAT_VERSION = 1
MANIFEST = "bundle.json"
SESSIONS = "sessions.jsonl"
TOPICS = "topics.json"
DIRECTORY = "directory.json"
MEMBERS = (SESSIONS, TOPICS, DIRECTORY)
MAX_BUNDLE_BYTES = 200 * 1024 * 1024  # the file as it is on the stick
MAX_MEMBER_BYTES = 1024 * 1024 * 1024  # a member unpacked: a zip cannot make more of itself


class BundleError(BadInputError):
    """The bundle cannot be used; nothing of it was merged."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"The site bundle {path} cannot be merged: {reason}. Nothing was merged.")
        self.path = path
        self.reason = reason


class NewerBundleError(BundleError):
    """Made by a newer PeerHelper, whose records this one may not understand."""


@dataclass
class Bundle:
    """A bundle read and checked; ``records`` yields its sessions (parsed again each time)."""

    path: Path
    manifest: dict[str, Any]
    topics: list[dict[str, Any]]
    entries: list[dict[str, Any]]
    _sessions: bytes

    @property
    def site_name(self) -> str:
        return str(self.manifest.get("site", {}).get("site_name", ""))

    @property
    def session_count(self) -> int:
        return int(self.manifest["counts"]["sessions"])

    def records(self, *, checked: bool = True) -> Iterator[dict[str, Any]]:
        """The sessions; ``checked`` once ``read_bundle`` has checked every one of them."""
        decode = checked_record if checked else decode_record
        for line in self._sessions.splitlines():
            if line.strip():
                yield decode(json.loads(line))


def version_tuple(text: str) -> tuple[int, ...]:
    """``"1.10.2"`` → ``(1, 10, 2)``; what follows the numbers (``rc1``) is ignored."""
    parts = []
    for part in str(text).split("."):
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        parts.append(int(digits.group()))
    return tuple(parts)


# -- writing --------------------------------------------------------------------
def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _manifest_checksum(manifest: dict[str, Any]) -> str:
    rest = {key: value for key, value in manifest.items() if key != "checksum"}
    return _digest(json.dumps(rest, sort_keys=True, ensure_ascii=False).encode())


def write_bundle(
    out: BinaryIO,
    manifest: dict[str, Any],
    topics: list[dict[str, Any]],
    entries: list[dict[str, Any]],
    records: Iterable[dict[str, Any]],
) -> dict[str, Any]:
    """Write a bundle to ``out``; ``manifest`` gains the format, counts and checksums."""
    lines = io.BytesIO()
    sessions = deleted = 0
    for record in records:
        lines.write(json.dumps(encode_record(record), ensure_ascii=False).encode())
        lines.write(b"\n")
        sessions += 1
        deleted += record.get("deleted_at") is not None
    session_bytes = lines.getvalue()
    members = {
        SESSIONS: session_bytes,
        TOPICS: _json_bytes(topics),
        DIRECTORY: _json_bytes(entries),
    }
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "program_version": __version__,
        **manifest,
        "counts": {
            "sessions": sessions,
            "deleted": deleted,
            "topics": len(topics),
            "directory_entries": len(entries),
        },
        "contents": {name: _digest(data) for name, data in members.items()},
    }
    manifest["checksum"] = _manifest_checksum(manifest)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, data in members.items():
            archive.writestr(name, data)
    return manifest


def _json_bytes(records: list[dict[str, Any]]) -> bytes:
    encoded = [encode_record(record) for record in records]
    return json.dumps(encoded, ensure_ascii=False, indent=1).encode()


# -- reading --------------------------------------------------------------------
def read_bundle(path: Path) -> Bundle:
    """Read and check the bundle at ``path`` (see the module docstring)."""
    if not path.is_file():
        raise BundleError(path, "it is not a file")
    if path.stat().st_size > MAX_BUNDLE_BYTES:
        raise BundleError(path, f"it is over {MAX_BUNDLE_BYTES // (1024 * 1024)} MB")
    data = path.read_bytes()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {name: _member(archive, name) for name in (MANIFEST, *MEMBERS)}
    except (zipfile.BadZipFile, KeyError, EOFError, OSError, RuntimeError) as exc:
        raise BundleError(path, f"it is not a whole site bundle ({exc})") from None
    try:
        manifest = json.loads(members[MANIFEST])
    except ValueError:
        raise BundleError(path, "its bundle.json is damaged") from None
    _check_manifest(path, manifest, members)
    try:
        topics = [decode_topic(raw) for raw in _json_list(members[TOPICS])]
        entries = [decode_entry(raw) for raw in _json_list(members[DIRECTORY])]
        bundle = Bundle(path, manifest, topics, entries, members[SESSIONS])
        known = {t["code"] for t in topics}
        services = {entry["uuid"] for entry in entries}
        count = 0
        for record in bundle.records(checked=False):
            count += 1
            if unknown := [code for code in record["topics"] if code not in known]:
                raise ValueError(f"a session has the topic {unknown[0]!r}, not in its list")
            if any(uuid not in services for uuid in record["referrals"]):
                raise ValueError("a session refers to a directory entry the bundle does not hold")
    except (ValueError, TypeError) as exc:
        raise BundleError(path, f"a record is damaged ({exc})") from None
    if count != bundle.session_count:
        raise BundleError(
            path, f"it holds {count} sessions, its manifest says {bundle.session_count}"
        )
    return bundle


def _json_list(data: bytes) -> list[Any]:
    value = json.loads(data)
    if not isinstance(value, list):
        raise ValueError("a member is not a list")
    return value


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_MEMBER_BYTES:
        raise zipfile.BadZipFile(f"{name} is too large")
    with archive.open(info) as member:
        data = member.read(MAX_MEMBER_BYTES + 1)
    if len(data) > MAX_MEMBER_BYTES:
        raise zipfile.BadZipFile(f"{name} is too large")
    return data


def _check_manifest(path: Path, manifest: object, members: dict[str, bytes]) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(path, "it is not a PeerHelper site bundle")
    program = str(manifest.get("program_version", ""))
    newer_format = not isinstance(manifest.get("format_version"), int) or (
        manifest["format_version"] > FORMAT_VERSION
    )
    if newer_format or version_tuple(program) > version_tuple(__version__):
        raise NewerBundleError(
            path,
            f"it was made by a newer PeerHelper ({program}; this is {__version__}). "
            "Update PeerHelper on this computer first",
        )
    if manifest.get("checksum") != _manifest_checksum(manifest):
        raise BundleError(path, "it has been changed or damaged since it was made (checksum)")
    contents = manifest.get("contents")
    for name in MEMBERS:
        if not isinstance(contents, dict) or contents.get(name) != _digest(members[name]):
            raise BundleError(path, f"its {name} has been changed or damaged (checksum)")
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or not isinstance(counts.get("sessions"), int):
        raise BundleError(path, "its manifest has no counts")
