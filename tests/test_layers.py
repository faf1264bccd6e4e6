"""The house drawn from the imports: which room of the package may use which.

Data flows one way: the window (``ui``) and the command line (``cli``) call
the user actions (``operations``), which call ``domain``, ``storage``,
``guides`` and ``printing``; none of those ever imports the faces.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "peerhelper"
FACES = {"ui", "cli"}
# What each room may never import (a module of the top level counts as its own room).
FORBIDDEN = {
    "domain": FACES | {"operations", "storage", "guides", "printing"},
    "storage": FACES | {"operations"},
    "guides": FACES | {"operations"},
    "printing": FACES | {"operations"},
    "operations": FACES,
    "cli": {"ui"},
}


def room_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0]


def imported_rooms(path: Path) -> set[str]:
    rooms = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "peerhelper" and len(parts) > 1:
                rooms.add(parts[1])
    return rooms


def house() -> dict[str, set[str]]:
    """Each room and the rooms it imports."""
    drawn: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        room = room_of(path)
        drawn[room] |= imported_rooms(path) - {room}
    return drawn


def test_the_window_and_the_command_line_both_use_the_operations() -> None:
    drawn = house()
    assert "operations" in drawn["ui"]
    assert "operations" in drawn["cli"]


def test_data_flows_one_way() -> None:
    drawn = house()
    broken = {room: drawn[room] & forbidden for room, forbidden in FORBIDDEN.items()}
    assert {room: found for room, found in broken.items() if found} == {}
