"""What a site bundle carries, record by record, in JSON: written plainly, read strictly.

Three kinds of record travel in a bundle (``domain.site_bundle``):

- a *session*: its uuid, device, site, times, every field of
  ``SCALAR_FIELDS`` and each of ``LIST_FIELDS`` as a list (topic codes,
  barrier codes, guide ids, the UUIDs of the directory entries it refers to);
- a *topic*: its code, icon, whether it is retired, when it last changed,
  and ``labels``, its name by language;
- a *directory entry* that a session refers to: its uuid, name, kind,
  whether it is retired, when it last changed.

Times are ISO 8601 strings in UTC. Reading checks every value's type, length
and vocabulary, and raises ``ValueError`` naming what is wrong: a bundle is
used whole or not at all.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from peerhelper.domain.directory import KINDS
from peerhelper.domain.session import (
    FREE_TEXT_FIELDS,
    LIST_FIELDS,
    MAX_MINUTES,
    SINGLE_CHOICE_FIELDS,
)
from peerhelper.domain.vocabulary import codes_of

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
_DEFAULTS: dict[str, Any] = {
    **dict.fromkeys(_TEXTS, ""),
    **dict.fromkeys(SINGLE_CHOICE_FIELDS, ""),
    "minutes": 0,
    "deleted_at": None,
}
# The longest topic name and language tag the topic_label table keeps.
_LABEL_LENGTH = 100
_LANGUAGE_LENGTH = 35
_ENTRY_NAME_LENGTH = 200


def encode_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record as JSON can hold it: times as ISO strings."""
    return {
        name: value.isoformat() if isinstance(value, datetime) else value
        for name, value in record.items()
    }


def _time(value: str) -> datetime:
    when = datetime.fromisoformat(value)
    return when.replace(tzinfo=None) if when.tzinfo else when


def decode_record(raw: object) -> dict[str, Any]:
    """A session record from its JSON form; ValueError names what is wrong.

    Run on every session of every bundle when it is checked: written for
    speed, with the vocabularies looked up in sets made once.
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
        record[name] = _time(value)
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
    for name in LIST_FIELDS:
        values = record.setdefault(name, [])
        if values.__class__ is not list or not all(v.__class__ is str for v in values):
            raise ValueError(f"{name} is not a list of codes")
    if not _BARRIERS.issuperset(record["barriers"]):
        bad = [b for b in record["barriers"] if b not in _BARRIERS]
        raise ValueError(f"unknown barrier {bad[0]!r}")
    if not all(_UUID.fullmatch(uuid) for uuid in record["referrals"]):
        raise ValueError("a referral names no directory entry")
    return record


def checked_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record that :func:`decode_record` has accepted before: only its times to read."""
    for name in _TIMES:
        value = record.get(name)
        if value is not None:
            record[name] = _time(value)
    for name, default in _DEFAULTS.items():
        record.setdefault(name, default)
    for name in LIST_FIELDS:
        record.setdefault(name, [])
    return record


def decode_topic(raw: object) -> dict[str, Any]:
    """A topic record from its JSON form; ValueError names what is wrong."""
    if not isinstance(raw, dict) or not isinstance(raw.get("code"), str) or not raw["code"]:
        raise ValueError("a topic has no code")
    labels = raw.get("labels", {})
    if not isinstance(labels, dict) or not all(
        isinstance(language, str)
        and 0 < len(language) <= _LANGUAGE_LENGTH
        and isinstance(label, str)
        and len(label) <= _LABEL_LENGTH
        for language, label in labels.items()
    ):
        raise ValueError(f"the topic {raw['code']!r} has names that are not texts by language")
    updated = raw.get("updated_at")
    return {
        "code": raw["code"],
        "icon": str(raw.get("icon", "")),
        "retired": bool(raw.get("retired", False)),
        "updated_at": _time(updated) if isinstance(updated, str) else None,
        "labels": dict(labels),
    }


def decode_entry(raw: object) -> dict[str, Any]:
    """A directory entry's record from its JSON form; ValueError names what is wrong."""
    if not isinstance(raw, dict) or not isinstance(raw.get("uuid"), str):
        raise ValueError("a directory entry has no id")
    if not _UUID.fullmatch(raw["uuid"]):
        raise ValueError("a directory entry has no id")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > _ENTRY_NAME_LENGTH:
        raise ValueError("a directory entry has no name")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"unknown kind of service {kind!r}")
    updated = raw.get("updated_at")
    return {
        "uuid": raw["uuid"],
        "name": name,
        "kind": kind,
        "retired": bool(raw.get("retired", False)),
        "updated_at": _time(updated) if isinstance(updated, str) else None,
    }
