"""The topic list as records, read from one database and merged into another.

Topics are merged by code. A code unknown here is added at the end of the
list, retired if it is retired where it came from, so that sessions from
another site keep their meaning. A known topic keeps this site's labels
and state, unless the other side is the organisation's list (``follow``,
the sync with the organisation server): then a later change there is taken.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from peerhelper.storage.models import Topic, utc_now

TOPICS = Topic.__table__
TOPIC_FIELDS = ("code", "label_fi", "label_sv", "label_en", "icon", "retired", "updated_at")
_CHANGEABLE = ("label_fi", "label_sv", "label_en", "icon", "retired")

TopicRecord = dict[str, Any]


def read_topics(connection: Connection) -> list[TopicRecord]:
    """Every topic, retired ones included, in the list's order."""
    columns = [TOPICS.c[name] for name in TOPIC_FIELDS]
    query = select(*columns).order_by(TOPICS.c.position, TOPICS.c.code)
    return [dict(zip(TOPIC_FIELDS, row, strict=True)) for row in connection.execute(query)]


def merge_topics(
    connection: Connection, topics: Iterable[TopicRecord], *, follow: bool = False
) -> list[str]:
    """Merge ``topics`` into the list here; returns the codes added."""
    here = {record["code"]: record for record in read_topics(connection)}
    position = connection.scalar(select(func.max(TOPICS.c.position))) or 0
    added = []
    for topic in topics:
        known = here.get(topic["code"])
        if known is None:
            position += 1
            values = {name: topic[name] for name in TOPIC_FIELDS}
            values["updated_at"] = values.get("updated_at") or utc_now()
            connection.execute(insert(TOPICS).values(**values, position=position))
            here[topic["code"]] = values
            added.append(topic["code"])
        elif follow and _later(topic.get("updated_at"), known["updated_at"]):
            changes = {name: topic[name] for name in _CHANGEABLE}
            if any(known[name] != value for name, value in changes.items()):
                statement = update(TOPICS).where(TOPICS.c.code == topic["code"])
                connection.execute(statement.values(**changes, updated_at=topic["updated_at"]))
    return added


def _later(there: datetime | None, here: datetime) -> bool:
    return there is not None and there > here
