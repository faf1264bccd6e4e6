"""Every user setting, declared once with its type and default.

Settings that shape the user interface live in ``settings.json`` in the data
folder, so that they can be read before the database is opened (the message
about a damaged database is shown in the user's language). The file is
written atomically: a crash while saving leaves the previous file intact.
Site data (the site profile) lives in the database, where it is backed up.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerhelper.atomic import write_atomic
from peerhelper.domain.languages import UI_LANGUAGES

log = logging.getLogger(__name__)

FONT_SCALE_MIN = 100
FONT_SCALE_MAX = 200


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    choices: tuple[Any, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None

    def clean(self, value: Any) -> Any:
        """Return ``value`` if it is acceptable, else the default."""
        if not isinstance(value, self.type) or isinstance(value, bool) != (self.type is bool):
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        number: Any = value  # an int here: bounds are only declared for int settings
        if self.minimum is not None and number < self.minimum:
            return self.minimum
        if self.maximum is not None and number > self.maximum:
            return self.maximum
        return value


# The one place settings are declared. "" for ui_language means "follow the system".
DECLARED: tuple[Setting, ...] = (
    Setting("ui_language", str, "", choices=("", *UI_LANGUAGES)),
    Setting("font_scale", int, 100, minimum=FONT_SCALE_MIN, maximum=FONT_SCALE_MAX),
    # The handout choices a site keeps using (large print for older clients, paper size).
    Setting("handout_large_print", bool, False),
    Setting("handout_paper", str, "A4", choices=("A4", "letter")),
    # Where the main window was on each screen: {screen key: {x, y, width, height, maximised}}.
    Setting("window_places", dict, {}),
    # Whether the session form shows its less common fields.
    Setting("session_more_details", bool, False),
    # The organisation server's address, never with its password (``storage.server``);
    # empty: no server, and no network connection is ever made.
    Setting("server_url", str, ""),
)
_BY_KEY = {s.key: s for s in DECLARED}


class Settings:
    """Typed access to the declared settings, saved to a JSON file."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._values: dict[str, Any] = {s.key: s.default for s in DECLARED}
        if path is not None:
            self._load(path)

    def _load(self, path: Path) -> None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            # A broken settings file must never stop the app; defaults are safe.
            log.warning("Ignoring unreadable settings file %s: %s", path, exc)
            return
        if isinstance(raw, dict):
            for key, value in raw.items():
                if key in _BY_KEY:
                    self._values[key] = _BY_KEY[key].clean(value)

    def get(self, key: str) -> Any:
        return self._values[_BY_KEY[key].key]

    def set(self, key: str, value: Any) -> None:
        """Set and save at once, so a crash never loses a changed setting."""
        setting = _BY_KEY[key]
        self._values[key] = setting.clean(value)
        self.save()

    def save(self) -> None:
        if self._path is None:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self._values, indent=2, ensure_ascii=False, sort_keys=True)
        write_atomic(self._path, data)
