"""The session form's field table: each field of a session, how to read it, how to show it.

Every name of ``SCALAR_FIELDS`` and ``LIST_FIELDS`` but ``FORM_LEAVES_OUT``
is here (a test checks), so the form's ``data()`` and ``load()`` never miss
a field, and a problem found on saving leads to the control to fix
(``go_to_field``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QScrollArea, QWidget

from peerhelper.domain.session import SINGLE_CHOICE_FIELDS

if TYPE_CHECKING:
    from peerhelper.ui.session.form import SessionForm

# Kept by storage, never typed: how the session was recorded (form, tally, …).
FORM_LEAVES_OUT = ("source",)
# What "Save" keeps for the next client ("Save and clear" keeps nothing).
KEPT_ON_SAVE = ("mode", "channel", "language")

Field = tuple[Callable[[], Any], Callable[[Any], None]]


def field_table(form: SessionForm) -> dict[str, Field]:
    """Each field the form shows, by name: ``(read, show)``."""
    shown: dict[str, Field] = {
        "started_at": (
            lambda: form.started_at().replace(second=0, microsecond=0),
            lambda value: form.started.setDateTime(QDateTime(value)),
        ),
        "minutes": (form.minutes.value, form.minutes.setValue),
        "channel": (
            lambda: form.channel.currentData() or "",
            lambda value: form.channel.setCurrentIndex(max(0, form.channel.findData(value))),
        ),
        "language": (form.language_code, form.set_language),
        "topics": (form.topics.values, form.topics.set_values),
        "barriers": (form.barriers.values, form.barriers.set_values),
        "referred_to": (lambda: form.referred_to.text().strip(), form.referred_to.setText),
        "referrals": (form.referrals.values, form.referrals.set_values),
        "guides": (lambda: list(form.guides), form.set_guides),
        "note": (lambda: form.note.toPlainText().strip(), form.note.setPlainText),
    }
    for name in SINGLE_CHOICE_FIELDS:  # the choice tiles
        if name not in shown:
            tiles = getattr(form, name)
            shown[name] = (tiles.value, tiles.set_value)
    return shown


def field_widget(form: SessionForm, name: str) -> QWidget | None:
    """The control where the field ``name`` is entered."""
    widgets: dict[str, QWidget] = {
        "started_at": form.started,
        "minutes": form.minutes,
        "language": form.language,
        "note": form.note,
        "referred_to": form.referred_to,
    }
    found = widgets.get(name, getattr(form, name, None))
    return found if isinstance(found, QWidget) else None


def go_to_field(form: SessionForm, name: str) -> None:
    """Show the field a problem is about: open "More details" if needed, scroll, focus."""
    widget = field_widget(form, name)
    if widget is None:
        return
    if form.more.content.isAncestorOf(widget):
        form.more.set_open(True)
    widget.setFocus()
    parent = form.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget)
