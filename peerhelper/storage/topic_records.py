"""The topic list as records, read from one database and merged into another.

A topic record is its ``code``, ``icon``, ``retired`` and ``updated_at``,
and ``labels``: its name by language, from the ``topic_label`` rows (so a
new language travels without a new bundle format).

Topics are merged by code. A code unknown here is added at the end of the
list, retired if it is retired where it came from, so that sessions from
another site keep their meaning. A known topic keeps this site's names and
state, unless the other side is the organisation's list (``follow``, the
sync with the organisation server): then a later change there is taken,
its names replacing these language by language.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, func, insert, select, update

from peerhelper.storage.models import Topic, TopicLabel, utc_now

TOPICS: Table = Topic.__table__  # type: ignore[assignment]
LABELS: Table = TopicLabel.__table__  # type: ignore[assignment]
TOPIC_FIELDS = ("code", "icon", "retired", "updated_at")

TopicRecord = dict[str, Any]


def read_topics(connection: Connection) -> list[TopicRecord]:
    """Every topic, retired ones included, in the list's order, with its names."""
    columns = [TOPICS.c[name] for name in TOPIC_FIELDS]
    query = select(*columns).order_by(TOPICS.c.position, TOPICS.c.code)
    topics: list[TopicRecord] = [
        dict(zip(TOPIC_FIELDS, row, strict=True)) | {"labels": {}}
        for row in connection.execute(query)
    ]
    by_code = {topic["code"]: topic for topic in topics}
    names = select(LABELS.c.topic_code, LABELS.c.language, LABELS.c.label)
    for code, language, label in connection.execute(names.order_by(LABELS.c.language)):
        if code in by_code:
            by_code[code]["labels"][language] = label
    return topics


def merge_topics(
    connection: Connection, topics: Iterable[TopicRecord], *, follow: bool = False
) -> list[str]:
    """Merge ``topics`` into the list here; returns the codes added."""
    here = {record["code"]: record for record in read_topics(connection)}
    position = connection.scalar(select(func.max(TOPICS.c.position))) or 0
    added = []
    for topic in topics:
        code = topic["code"]
        known = here.get(code)
        if known is None:
            position += 1
            values = {name: topic[name] for name in TOPIC_FIELDS}
            values["updated_at"] = values.get("updated_at") or utc_now()
            connection.execute(insert(TOPICS).values(**values, position=position))
            _write_labels(connection, code, topic["labels"])
            here[code] = values | {"labels": dict(topic["labels"])}
            added.append(code)
        elif follow and _later(topic.get("updated_at"), known["updated_at"]):
            changed = {
                name: topic[name] for name in ("icon", "retired") if known[name] != topic[name]
            }
            labels = {
                language: label
                for language, label in topic["labels"].items()
                if known["labels"].get(language) != label
            }
            if changed or labels:
                statement = update(TOPICS).where(TOPICS.c.code == code)
                connection.execute(statement.values(**changed, updated_at=topic["updated_at"]))
                _write_labels(connection, code, labels)
    return added


def _write_labels(connection: Connection, code: str, labels: dict[str, str]) -> None:
    """Set the topic's names in the languages given; the others stay as they are."""
    if not labels:
        return
    connection.execute(
        delete(LABELS).where(and_(LABELS.c.topic_code == code, LABELS.c.language.in_(list(labels))))
    )
    rows = [
        {"topic_code": code, "language": language, "label": label}
        for language, label in labels.items()
    ]
    connection.execute(insert(LABELS), rows)


def _later(there: datetime | None, here: datetime) -> bool:
    return there is not None and there > here
