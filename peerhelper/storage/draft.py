"""The session being typed, autosaved to a file so a crash or power cut loses nothing.

The draft is written atomically (temporary file, fsync, rename) a moment
after each change, and removed when the session is saved or cleared.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from peerhelper.atomic import write_atomic
from peerhelper.domain.session import SessionData
from peerhelper.errors import DiskFullError

log = logging.getLogger(__name__)


class DraftStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, data: SessionData) -> None:
        record = asdict(data)
        record["started_at"] = data.started_at.isoformat()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(record, ensure_ascii=False))
        except (OSError, DiskFullError) as exc:
            # The form still works and keeps what was typed; only the safety net is missing.
            log.error("Could not autosave the session draft: %s", exc)

    def load(self) -> SessionData | None:
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            record["started_at"] = datetime.fromisoformat(record["started_at"])
            return SessionData(**record)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.warning("Ignoring an unreadable session draft: %s", exc)
            return None

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
