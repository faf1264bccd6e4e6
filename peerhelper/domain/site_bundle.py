"""The site bundle file: one site's session log, readable, checked, whole or refused.

A bundle is a zip file with three JSON members (``docs/site-bundles.md``
describes them for people):

- ``sessions.jsonl``: one session record per line (``storage.session_records``);
- ``topics.json``: the site's topic list, retired topics included;
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
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from peerhelper import __version__
from peerhelper.domain.session import FREE_TEXT_FIELDS, MAX_MINUTES, SINGLE_CHOICE_FIELDS
from peerhelper.domain.vocabulary import codes_of
from peerhelper.errors import BadInputError

FORMAT = "peerhelper-site-bundle"
FORMAT_VERSION = 1
MANIFEST = "bundle.json"
SESSIONS = "sessions.jsonl"
TOPICS = "topics.json"
MAX_BUNDLE_BYTES = 200 * 1024 * 1024  # the file as it is on the stick
MAX_MEMBER_BYTES = 1024 * 1024 * 1024  # a member unpacked: a zip cannot make more of itself
_UUID = re.compile(r"[0-9a-fA-F-]{1,36}")
_TIMES = ("created_at", "updated_at", "deleted_at", "started_at")
_CHOICES = {name: frozenset(codes_of(name)) for name in SINGLE_CHOICE_FIELDS}
_BARRIERS = frozenset(codes_of("barriers"))
_TEXTS = {
    "uuid": 36,
    "device_id": 36,
    "site_id": 36,
    "site_name": 200,
    "language": 35,
    "source": 10,
    **FREE_TEXT_FIELDS,
}


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
    _sessions: bytes

    @property
    def site_name(self) -> str:
        return str(self.manifest.get("site", {}).get("site_name", ""))

    @property
    def session_count(self) -> int:
        return int(self.manifest["counts"]["sessions"])

    def records(self, *, checked: bool = True) -> Iterator[dict[str, Any]]:
        """The sessions; ``checked`` once ``read_bundle`` has checked every one of them."""
        decode = _checked_record if checked else decode_record
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


# -- records as JSON ------------------------------------------------------------
def encode_record(record: dict[str, Any]) -> dict[str, Any]:
    return {
        name: value.isoformat() if isinstance(value, datetime) else value
        for name, value in record.items()
    }


def decode_record(raw: object) -> dict[str, Any]:
    """A record from its JSON form; ValueError names what is wrong.

    Run on every session of every bundle, twice (checking, then merging):
    written for speed, with the vocabularies looked up in sets made once.
    """
    if not isinstance(raw, dict):
        raise ValueError("a line is not a session record")
    record = dict(raw)
    for name in _TIMES:
        value = record.get(name)
        if value is None and name == "deleted_at":
            continue
        if not isinstance(value, str):
            raise ValueError(f"{name} is missing")
        when = datetime.fromisoformat(value)
        record[name] = when.replace(tzinfo=None) if when.tzinfo else when
    for name, limit in _TEXTS.items():
        value = record.setdefault(name, "")
        if value.__class__ is not str or len(value) > limit:
            raise ValueError(f"{name} is not a text of at most {limit} characters")
    if not _UUID.fullmatch(record["uuid"]):
        raise ValueError("a session has no id")
    for name, codes in _CHOICES.items():
        value = record.setdefault(name, "")
        if value and value not in codes:
            raise ValueError(f"unknown {name} {value!r}")
    minutes = record.setdefault("minutes", 0)
    if minutes.__class__ is not int or not 0 <= minutes <= MAX_MINUTES:
        raise ValueError(f"minutes must be 0–{MAX_MINUTES}")
    for name in ("topics", "barriers", "guides"):
        values = record.setdefault(name, [])
        if values.__class__ is not list or not all(v.__class__ is str for v in values):
            raise ValueError(f"{name} is not a list of codes")
    if not _BARRIERS.issuperset(record["barriers"]):
        bad = [b for b in record["barriers"] if b not in _BARRIERS]
        raise ValueError(f"unknown barrier {bad[0]!r}")
    return record


def _checked_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record that :func:`decode_record` has accepted before: only its times to read."""
    for name in _TIMES:
        value = record.get(name)
        if value is not None:
            when = datetime.fromisoformat(value)
            record[name] = when.replace(tzinfo=None) if when.tzinfo else when
    for name, default in _DEFAULTS.items():
        record.setdefault(name, default)
    for name in ("topics", "barriers", "guides"):
        record.setdefault(name, [])
    return record


_DEFAULTS: dict[str, Any] = {
    **dict.fromkeys(_TEXTS, ""),
    **dict.fromkeys(SINGLE_CHOICE_FIELDS, ""),
    "minutes": 0,
    "deleted_at": None,
}


def _topic(raw: object) -> dict[str, Any]:
    if not isinstance(raw, dict) or not isinstance(raw.get("code"), str) or not raw["code"]:
        raise ValueError("a topic has no code")
    topic = {name: str(raw.get(name, "")) for name in ("code", "label_fi", "label_sv", "label_en")}
    topic["icon"] = str(raw.get("icon", ""))
    topic["retired"] = bool(raw.get("retired", False))
    updated = raw.get("updated_at")
    topic["updated_at"] = datetime.fromisoformat(updated) if isinstance(updated, str) else None
    return topic


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
    topic_bytes = json.dumps([encode_record(t) for t in topics], ensure_ascii=False, indent=1)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "program_version": __version__,
        **manifest,
        "counts": {"sessions": sessions, "deleted": deleted, "topics": len(topics)},
        "contents": {SESSIONS: _digest(session_bytes), TOPICS: _digest(topic_bytes.encode())},
    }
    manifest["checksum"] = _manifest_checksum(manifest)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        archive.writestr(TOPICS, topic_bytes)
        archive.writestr(SESSIONS, session_bytes)
    return manifest


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
            members = {name: _member(archive, name) for name in (MANIFEST, TOPICS, SESSIONS)}
    except (zipfile.BadZipFile, KeyError, EOFError, OSError, RuntimeError) as exc:
        raise BundleError(path, f"it is not a whole site bundle ({exc})") from None
    try:
        manifest = json.loads(members[MANIFEST])
    except ValueError:
        raise BundleError(path, "its bundle.json is damaged") from None
    _check_manifest(path, manifest, members)
    try:
        topics = [_topic(raw) for raw in json.loads(members[TOPICS])]
        bundle = Bundle(path, manifest, topics, members[SESSIONS])
        known = {t["code"] for t in topics}
        count = 0
        for record in bundle.records(checked=False):
            count += 1
            if unknown := [code for code in record["topics"] if code not in known]:
                raise ValueError(f"a session has the topic {unknown[0]!r}, not in its list")
    except (ValueError, TypeError) as exc:
        raise BundleError(path, f"a record is damaged ({exc})") from None
    if count != bundle.session_count:
        raise BundleError(
            path, f"it holds {count} sessions, its manifest says {bundle.session_count}"
        )
    return bundle


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
    for name in (SESSIONS, TOPICS):
        if not isinstance(contents, dict) or contents.get(name) != _digest(members[name]):
            raise BundleError(path, f"its {name} has been changed or damaged (checksum)")
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or not isinstance(counts.get("sessions"), int):
        raise BundleError(path, "its manifest has no counts")
