"""What this installation remembers about its sync with the organisation server.

Kept in ``app_meta`` in the local database, so it is backed up and restored
with the sessions it describes:

- the *cursor*: the ``updated_at`` and uuid of the last session the server
  has confirmed. A sync sends the sessions after it, oldest change first,
  and moves it after every batch the server has committed; a sync that is
  cut short resumes there, and a batch sent twice changes nothing there.
- the last sync's time and result, shown in Settings.

A merge of site bundles can bring sessions whose ``updated_at`` is older
than the cursor; it moves the cursor back to them (:func:`lower_cursor`) in
the same transaction, so the next sync sends them too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from peerhelper.storage.models import AppMeta, table_of

_META = table_of(AppMeta)
CURSOR_KEY = "sync_cursor"
LAST_SYNC_KEY = "sync_last"


@dataclass(frozen=True)
class Cursor:
    updated_at: datetime
    uuid: str


@dataclass(frozen=True)
class LastSync:
    """When the last sync ended, whether it went through, and what it said.

    ``message`` is the English summary (or the error); ``figures`` the counts
    of ``server_sync.SyncResult.figures``, which Settings words in the
    window's language; ``notes`` what was refused, and why.
    """

    at: datetime
    ok: bool
    message: str
    figures: dict[str, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def _read(connection: Connection, key: str) -> str | None:
    return connection.scalar(select(_META.c.value).where(_META.c.key == key))


def _write(connection: Connection, key: str, value: str) -> None:
    if _read(connection, key) is None:
        connection.execute(insert(_META).values(key=key, value=value))
    else:
        connection.execute(update(_META).where(_META.c.key == key).values(value=value))


def read_cursor(connection: Connection) -> Cursor | None:
    raw = _read(connection, CURSOR_KEY)
    if not raw:
        return None
    data = json.loads(raw)
    return Cursor(datetime.fromisoformat(data["updated_at"]), data["uuid"])


def save_cursor(connection: Connection, cursor: Cursor | None) -> None:
    if cursor is None:
        connection.execute(delete(_META).where(_META.c.key == CURSOR_KEY))
        return
    value = json.dumps({"updated_at": cursor.updated_at.isoformat(), "uuid": cursor.uuid})
    _write(connection, CURSOR_KEY, value)


def lower_cursor(connection: Connection, earliest: datetime | None) -> None:
    """Make the next sync send every session changed at ``earliest`` or later."""
    cursor = read_cursor(connection)
    if cursor is not None and earliest is not None and earliest <= cursor.updated_at:
        save_cursor(connection, Cursor(earliest, ""))


def read_last_sync(connection: Connection) -> LastSync | None:
    raw = _read(connection, LAST_SYNC_KEY)
    if not raw:
        return None
    data = json.loads(raw)
    figures = {str(k): int(v) for k, v in data.get("figures", {}).items()}
    notes = tuple(str(note) for note in data.get("notes", []))
    at = datetime.fromisoformat(data["at"])
    return LastSync(at, bool(data["ok"]), str(data["message"]), figures, notes)


def save_last_sync(connection: Connection, last: LastSync) -> None:
    value = json.dumps(
        {
            "at": last.at.isoformat(),
            "ok": last.ok,
            "message": last.message,
            "figures": last.figures,
            "notes": list(last.notes),
        }
    )
    _write(connection, LAST_SYNC_KEY, value)
