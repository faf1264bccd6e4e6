"""The session form: everything set with tiles and lists, a running timer, a guarded note.

"Save" keeps mode, channel and language for the next client; "Save and
clear" starts fresh. What is typed is autosaved as a draft a moment after
each change, once the volunteer has entered something: a guide opened or
printed before that waits on the form without making it a draft. "Discard"
asks before throwing away what was entered. Every free-text field (the note,
"referred to") is checked for personal data while typing (``GuardedField``)
and again on saving; the found text can be removed with one click. Every
time shown or kept comes from the injected clock.

The common path (how, topics, outcome, save) is laid out here; the less
common fields are ``SessionDetails`` under "More details", and
``form_fields`` says how each field of a session is read and shown.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from peerhelper.domain.session import SessionData
from peerhelper.errors import DiskFullError
from peerhelper.storage import sessions_repo
from peerhelper.storage.draft import DraftStore
from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.flow import wrapping_row
from peerhelper.ui.icons import icon, icon_size
from peerhelper.ui.session.collapsible import Collapsible
from peerhelper.ui.session.common_path import CommonPath
from peerhelper.ui.session.details import SessionDetails
from peerhelper.ui.session.form_fields import (
    FORM_LEAVES_OUT,
    KEPT_ON_SAVE,
    Field,
    field_table,
    field_widget,
    go_to_field,
)
from peerhelper.ui.session.form_problems import explain
from peerhelper.ui.session.message import Message
from peerhelper.ui.session.session_clock import SessionClock

if TYPE_CHECKING:
    from peerhelper.guides.model import Guide, Problem

__all__ = ["FORM_LEAVES_OUT", "SessionForm"]


class SessionForm(QWidget):
    saved = Signal(str)  # uuid
    open_guide_requested = Signal(str)  # guide id

    def __init__(
        self,
        context: AppController,
        draft: DraftStore,
        clock: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.draft = draft
        self.clock = clock
        self.editing_uuid: str | None = None
        self.guides: list[str] = []
        self.touched = False
        self._unchanged = SessionData(started_at=clock(), mode="", topics=[])
        self._make_common_path()
        self._make_details()
        self.problems = Message()
        self.problems.setObjectName("error")
        self.save_button = QPushButton(icon("save"), self.tr("&Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Save and keep mode, channel and language (Ctrl+S)"))
        self.save_clear_button = QPushButton(self.tr("Save and c&lear"))
        self.save_clear_button.setToolTip(self.tr("Save and start an empty form (Ctrl+Shift+S)"))
        self.clear_button = QPushButton(self.tr("&Discard"))
        self.status = Message()
        self.status.setObjectName("hint")
        self._lay_out()
        self._connect()
        self._fix_tab_order()
        self.tick = QTimer(self)
        self.tick.timeout.connect(self._update_timer)
        self.tick.start(1000)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(400)
        self.autosave.timeout.connect(self._write_draft)
        # A draft on disk is work in progress (recovered after a crash, or kept
        # across a change of language): continue it rather than start afresh.
        recovered = draft.load()
        if recovered is not None:
            self.load(recovered)
            # Nothing of a recovered draft is saved yet: all of it counts as entered.
            self._unchanged = SessionData(started_at=recovered.started_at, mode="", topics=[])
        else:
            self.new_entry(keep=None)

    def _make_common_path(self) -> None:
        """The clock and the common path, under the names the form has always had."""
        self.clock_row = SessionClock(self.clock)
        self.timer_label = self.clock_row.timer_label
        self.started = self.clock_row.started
        self.minutes = self.clock_row.minutes
        topics = sessions_repo.list_topics(self.context.db)
        self.common = CommonPath(topics, self.context.language)
        self.mode = self.common.mode
        self.channel = self.common.channel
        self.topics = self.common.topics
        self.outcome = self.common.outcome
        self.sections = self.common.sections

    def _make_details(self) -> None:
        """The fields under "More details", under the names the form has always had."""
        self.details = details = SessionDetails(self.context, self._load_guides)
        self.suggestions = details.suggestions
        self.guides_label = details.guides_label
        self.print_button = details.print_button
        self.language = details.language
        self.language_code = details.language_code
        self.set_language = details.set_language
        self.device = details.device
        self.independence = details.independence
        self.visit = details.visit
        self.age_band = details.age_band
        self.barriers = details.barriers
        self.referral_row = details.referral_row
        self.referral_row.client_language = self.language_code
        self.referrals = self.referral_row.picker
        self.referred_to = self.referral_row.referred_to
        self.referred_to_field = self.referral_row.field
        self.note = details.note
        self.note_field = details.note_field
        self.guarded_fields = {"note": self.note_field, "referred_to": self.referred_to_field}
        # The note's guard under the names the session screen has always used.
        self.privacy_warning = self.note_field.warning
        self.remove_button = self.note_field.remove_button

    # -- layout -------------------------------------------------------------
    def _lay_out(self) -> None:
        """The common path first (how, topics, outcome, save); the rest folds away.

        Choices are chips that flow in rows, and a row holds what fits side by
        side (timer and times, mode and channel), so at 200 % text size
        the common path fits about two screens of a 1366×768 laptop. "More
        details" stays open or closed as the volunteer last left it.
        """
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        outer.addWidget(self.clock_row)
        outer.addWidget(self.common)
        self.more = Collapsible(self.tr("More details"), self.details)
        self.more.set_open(self.context.settings.get("session_more_details"))
        self.more.toggled.connect(self._remember_more)
        outer.addWidget(self.more)

        # Save feedback and problems sit with the buttons, where the volunteer looks.
        for button in (self.save_button, self.save_clear_button, self.clear_button):
            button.setIconSize(icon_size())
        buttons = wrapping_row([self.save_button, self.save_clear_button, self.clear_button])
        outer.addWidget(self.problems)
        outer.addWidget(buttons)
        outer.addWidget(self.status)
        outer.addStretch(1)  # spare height below the buttons, never between sections

    def _fix_tab_order(self) -> None:
        """Tab goes down the form as it is seen: suggested guides before Save and Discard.

        Widgets join the tab chain in the order they were made, and the
        suggestion buttons are made whenever the topics change.
        """
        chain: list[QWidget] = [self.started, self.minutes, *self.mode.buttons.values()]
        chain += [self.channel, *self.topics.buttons.values(), *self.outcome.buttons.values()]
        chain += [*self.suggestions.buttons, self.print_button, self.more.button, self.language]
        for tiles in self.details.all_tiles():
            chain += tiles.buttons.values()
        chain += [self.referrals.search, self.referred_to, self.referred_to_field.remove_button]
        chain += [self.note, self.note_field.remove_button]
        chain += [self.save_button, self.save_clear_button, self.clear_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _remember_more(self, open_: bool) -> None:
        self.context.settings.set("session_more_details", open_)

    def _reveal_details(self) -> None:
        """Open "More details" (not as a choice to remember) when something in it is filled in.

        A recovered draft or a saved session being edited may have a note or
        barriers; they, and any privacy warning on them, must not hide.
        """
        if not self.more.is_open() and self.details.filled():
            self.more.blockSignals(True)
            self.more.set_open(True)
            self.more.blockSignals(False)

    def _load_guides(self) -> tuple[list[Guide], list[Problem]]:
        from peerhelper.guides.library import load_all

        return load_all(self.context.paths)

    def print_handout(self) -> None:
        """Choose a guide (this session's first) and print it; the printed one is noted here."""
        from peerhelper.ui.printing.session_print import print_for_session

        topics, lang = self.topics.values(), self.language_code()
        print_for_session(
            self.context, self, self.guides, topics, lang, self.add_guide, load=self._load_guides
        )

    def _connect(self) -> None:
        self.topics.changed.connect(lambda: self.suggestions.show_for(self.topics.values()))
        self.topics.changed.connect(self._fix_tab_order)  # after the suggestions are made
        self.suggestions.open_guide_requested.connect(self.open_guide_requested)
        self.print_button.clicked.connect(self.print_handout)
        for tiles in (*self.common.all_tiles(), *self.details.all_tiles()):
            tiles.changed.connect(self._changed)
        self.clock_row.changed.connect(self._changed)
        self.channel.currentIndexChanged.connect(self._changed)
        self.language.currentTextChanged.connect(self._changed)
        self.referral_row.changed.connect(self._changed)
        self.referral_row.slip_printed.connect(self.record_referral)
        self.referred_to.textChanged.connect(self._reveal_details)
        self.note.textChanged.connect(self._reveal_details)
        self.note.textChanged.connect(self._changed)
        self.save_button.clicked.connect(lambda: self.save(clear=False))
        self.save_clear_button.clicked.connect(lambda: self.save(clear=True))
        self.clear_button.clicked.connect(self.discard)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.activated.connect(lambda: self.save(clear=False))
        save_clear_key = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        save_clear_key.activated.connect(lambda: self.save(clear=True))

    # -- state --------------------------------------------------------------
    def _update_timer(self) -> None:
        self.clock_row.show_time(editing=self.editing_uuid is not None)

    def _changed(self) -> None:
        self.touched = True
        self.problems.clear()
        self.status.clear()  # "Saved at …" was about the last entry, not this one
        self.autosave.start()

    def _write_draft(self) -> None:
        self.draft.save(self.data())

    def flush_draft(self) -> None:
        """Write a draft still waiting for its moment (the form is about to go)."""
        if self.autosave.isActive():
            self.autosave.stop()
            self._write_draft()

    def started_at(self) -> datetime:
        return self.clock_row.started_at()

    def fields(self) -> dict[str, Field]:
        """Each field of a session the form shows, by name: how to read it, how to show it."""
        return field_table(self)

    def data(self) -> SessionData:
        values: dict[str, Any] = {name: read() for name, (read, _show) in self.fields().items()}
        return SessionData(**values, uuid=self.editing_uuid)

    def load(self, data: SessionData) -> None:
        """Show ``data`` in the form (a saved session to edit, or a recovered draft)."""
        self.editing_uuid = data.uuid
        self.clock_row.minutes_edited = True
        for name, (_read, show) in self.fields().items():
            show(getattr(data, name))
        self._update_timer()
        self._unchanged = self._entered()
        self._reveal_details()

    def set_guides(self, guides: list[str]) -> None:
        self.guides = list(guides)
        self.details.show_guides(self.guides)

    def _entered(self) -> SessionData:
        """The form's content, without the minutes the timer fills in by itself."""
        data = self.data()
        return data if self.clock_row.minutes_edited else data.copy(minutes=0)

    def has_unsaved_changes(self) -> bool:
        """Whether something entered in this entry would be lost by clearing the form."""
        return self._entered() != self._unchanged

    def new_entry(self, keep: SessionData | None) -> None:
        """A fresh entry starting now, keeping mode, channel and language from ``keep``."""
        started = self.clock().replace(second=0, microsecond=0)
        fresh = SessionData(started_at=started, mode="", topics=[])
        if keep is not None:
            fresh = fresh.copy(**{name: getattr(keep, name) for name in KEPT_ON_SAVE})
        self.clock_row.minutes_edited = False
        self.load(fresh)
        self.clock_row.minutes_edited = False
        self.editing_uuid = None
        # Untouched until the volunteer changes something in this entry.
        self.touched = False
        self.problems.clear()
        self.autosave.stop()
        self.draft.clear()
        self._update_timer()
        self._unchanged = self._entered()

    def add_guide(self, guide_id: str) -> None:
        """Note a guide opened or printed. Before a session is started it only waits here."""
        if guide_id not in self.guides:
            self.set_guides([*self.guides, guide_id])
            if self.touched:
                self._changed()

    def record_referral(self, entry_uuid: str) -> None:
        """Note a referral (a slip was printed). Before a session is started it only waits here."""
        if self.referral_row.record(entry_uuid) and self.touched:
            self._changed()

    # -- actions ------------------------------------------------------------
    def save(self, clear: bool) -> str | None:
        data = self.data()
        try:
            uuid = sessions_repo.save_session(self.context.db, data)
        except sessions_repo.InvalidSession as exc:
            self.problems.setText(explain(exc))
            go_to_field(self, exc.problems[0].field if exc.problems else "")
            return None
        except DiskFullError:
            self.problems.setText(
                self.tr(
                    "The disk is full, so the session was not saved. It is still in the "
                    "form: free some space on the disk and save again."
                )
            )
            return None
        self.saved.emit(uuid)
        self.new_entry(keep=None if clear else data)
        # After the new entry is set up, so nothing of it clears the message.
        self.status.setText(self.tr("Saved at %1.").replace("%1", self.clock().strftime("%H:%M")))
        return uuid

    def field_widget(self, name: str) -> QWidget | None:
        """The control where the field ``name`` is entered."""
        return field_widget(self, name)

    def remove_personal_data(self) -> None:
        """Remove what the guard found from every free-text field."""
        for field in self.guarded_fields.values():
            field.remove_personal_data()

    def discard(self) -> None:
        if self.editing_uuid is not None:
            question = self.tr(
                "Stop editing? Your changes are lost; the saved session stays as it was."
            )
        else:
            question = self.tr("Clear the form? What you entered for this session is lost.")
        if self.has_unsaved_changes() and not ask.confirm(
            self, self.tr("Discard the session"), question, self.tr("&Clear the form")
        ):
            return
        self.new_entry(keep=None)
        self.status.setText(self.tr("The form was cleared."))
