"""Which guides fit the topics of a session."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from peerhelper.guides.model import Guide


def suggest_guides(
    guides: Iterable[Guide], topics: Sequence[str], language: str, limit: int = 4
) -> list[Guide]:
    """Guides sharing the most topics with ``topics`` first, then by title."""
    wanted = set(topics)
    scored = [
        (-len(wanted & set(guide.topics)), guide.title.get(language).casefold(), guide)
        for guide in guides
        if wanted & set(guide.topics)
    ]
    scored.sort(key=lambda item: (item[0], item[1]))
    return [guide for _, _, guide in scored[:limit]]
