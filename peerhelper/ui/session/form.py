"""The session form: everything set with tiles and lists, a running timer, a guarded note.

"Save" keeps mode, channel and language for the next client; "Save and
clear" starts fresh. What is typed is autosaved as a draft a moment after
each change, once the volunteer has entered something: a guide opened or
printed before that waits on the form without making it a draft. "Discard"
asks before throwing away what was entered. Every free-text field (the note,
"referred to") is checked for personal data while typing (``GuardedField``)
and again on saving; the found text can be removed with one click. Every
time shown or kept comes from the injected clock.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.session import (
    FIRST_DAY,
    LAST_DAY,
    MAX_MINUTES,
    MAX_REFERRED_TO_LENGTH,
    SINGLE_CHOICE_FIELDS,
    SessionData,
)
from peerhelper.errors import DiskFullError
from peerhelper.storage import sessions_repo
from peerhelper.storage.draft import DraftStore
from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.dates import qdate
from peerhelper.ui.flow import FlowLayout, labelled, wrapping_row
from peerhelper.ui.icons import icon, icon_size, kit_icon
from peerhelper.ui.privacy_guard import GuardedField
from peerhelper.ui.session import labels
from peerhelper.ui.session.collapsible import Collapsible
from peerhelper.ui.session.form_problems import explain
from peerhelper.ui.session.privacy_text import field_label
from peerhelper.ui.session.referral_picker import ReferralPicker
from peerhelper.ui.session.suggestions import GuideSuggestions
from peerhelper.ui.session.tiles import ChoiceTiles

if TYPE_CHECKING:
    from peerhelper.guides.model import Guide, Problem

# Kept by storage, never typed: how the session was recorded (form, tally, …).
FORM_LEAVES_OUT = ("source",)
KEPT_ON_SAVE = ("mode", "channel", "language")


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
        self._minutes_edited = False
        self.touched = False
        self._unchanged = SessionData(started_at=clock(), mode="", topics=[])
        lang = context.language
        topics = sessions_repo.list_topics(context.db)

        self.timer_label = QLabel()
        self.timer_label.setObjectName("pageTitle")
        self.timer_label.setAccessibleName(self.tr("Time spent"))
        self.started = QDateTimeEdit()
        self.started.setDisplayFormat("d.M.yyyy HH:mm")
        self.started.setCalendarPopup(True)
        self.started.setDateRange(qdate(FIRST_DAY), qdate(LAST_DAY))
        self.started.setAccessibleName(self.tr("Start time"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.valueChanged.connect(self._minutes_changed)

        self.mode = ChoiceTiles(labels.choices("mode", lang), columns=3, name=self.tr("Mode"))
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Channel: not chosen"), "")
        for code, text in labels.choices("channel", lang):
            self.channel.addItem(text, code)
        self.channel.setAccessibleName(self.tr("Channel"))
        icons = {t.code: kit_icon(t.icon) for t in topics if t.icon}
        self.topics = ChoiceTiles(
            labels.topic_choices(topics, lang),
            multiple=True,
            columns=3,
            icons=icons,
            name=self.tr("Topic"),
        )
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItem("", "")
        for code, name in labels.language_choices():
            self.language.addItem(f"{name} ({code})", code)
        self.language.setAccessibleName(self.tr("Language of the session"))
        self.device = ChoiceTiles(labels.choices("device", lang), columns=3, name=self.tr("Device"))
        self.outcome = ChoiceTiles(
            labels.choices("outcome", lang), columns=2, name=self.tr("Outcome")
        )
        self.independence = ChoiceTiles(
            labels.choices("independence", lang), columns=3, name=self.tr("Who did it")
        )
        self.visit = ChoiceTiles(labels.choices("visit", lang), columns=3, name=self.tr("Visit"))
        self.age_band = ChoiceTiles(
            labels.choices("age_band", lang), columns=5, name=self.tr("Age")
        )
        self.barriers = ChoiceTiles(
            labels.choices("barriers", lang), multiple=True, columns=3, name=self.tr("Barriers")
        )
        self.referrals = ReferralPicker(context)
        self.referrals.print_requested.connect(self.print_slip)
        self.referred_to = QLineEdit()
        self.referred_to.setMaxLength(MAX_REFERRED_TO_LENGTH)
        self.referred_to.setAccessibleName(self.tr("Referred to"))
        self.referred_to.setPlaceholderText(self.tr("Service or place the client was sent to"))
        self.referred_to_field = GuardedField(self.referred_to, field_label("referred_to"))
        self.guides_label = QLabel()
        self.guides_label.setWordWrap(True)
        self.print_button = QPushButton(icon("print"), self.tr("&Print a handout…"))
        self.print_button.clicked.connect(self.print_handout)
        self.suggestions = GuideSuggestions(context.language, load=self._load_guides)
        self.suggestions.open_guide_requested.connect(self.open_guide_requested)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.note.setPlaceholderText(
            self.tr(
                "What was done, briefly. No names, identity "
                "codes, phone numbers or other personal data."
            )
        )
        self.note_field = GuardedField(self.note, field_label("note"))
        self.guarded_fields = {"note": self.note_field, "referred_to": self.referred_to_field}
        # The note's guard under the names the session screen has always used.
        self.privacy_warning = self.note_field.warning
        self.remove_button = self.note_field.remove_button
        self.problems = QLabel()
        self.problems.setObjectName("error")
        self.problems.setWordWrap(True)
        self.save_button = QPushButton(icon("save"), self.tr("&Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Save and keep mode, channel and language (Ctrl+S)"))
        self.save_clear_button = QPushButton(self.tr("Save and c&lear"))
        self.save_clear_button.setToolTip(self.tr("Save and start an empty form (Ctrl+Shift+S)"))
        self.clear_button = QPushButton(self.tr("&Discard"))
        self.status = QLabel()
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

    # -- layout -------------------------------------------------------------
    def _lay_out(self) -> None:
        """The common path first (how, topics, outcome, save); the rest folds away.

        At 200 % text size the common path fits about two screens; "More
        details" stays open or closed as the volunteer last left it.
        """
        outer = QVBoxLayout(self)
        outer.setSpacing(14)
        when = QHBoxLayout()
        when.addWidget(self.timer_label)
        when.addStretch(1)
        times = QWidget()
        # Start time and minutes wrap under the timer when space is short.
        time_fields = FlowLayout(times, max_columns=2)
        for text, widget in (
            (self.tr("S&tarted"), self.started),
            (self.tr("M&inutes"), self.minutes),
        ):
            time_fields.addWidget(labelled(text, widget))
        when.addWidget(times, 2)
        outer.addLayout(when)

        def section(title: str, *widgets: QWidget) -> QGroupBox:
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            for widget in widgets:
                inner.addWidget(widget)
            outer.addWidget(box)
            return box

        self.sections = {
            "mode": section(self.tr("How"), self.mode, self.channel),
            "topics": section(self.tr("Topics"), self.topics),
            "outcome": section(self.tr("Outcome"), self.outcome),
        }
        details = QWidget()
        grid = QFormLayout(details)
        grid.setContentsMargins(0, 0, 0, 0)
        # A field too wide beside its label goes under it (large text sizes).
        grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = [
            (self.tr("Suggested guides"), self.suggestions),
            (self.tr("Guides"), self._guides_row()),
            (self.tr("Lan&guage"), self.language),
            (self.tr("Device"), self.device),
            (self.tr("Who did it"), self.independence),
            (self.tr("Visit"), self.visit),
            (self.tr("Age (optional)"), self.age_band),
            (self.tr("Barriers met"), self.barriers),
            (self.tr("Referred to a ser&vice"), self.referrals),
            (self.tr("&Referred to"), self.referred_to_field),
        ]
        for text, field in rows:
            label = QLabel(text)
            label.setWordWrap(True)  # a long label wraps rather than being cut off
            label.setBuddy(field)
            grid.addRow(label, field)
        note_hint = QLabel(
            self.tr(
                "Do not write names, identity codes, phone numbers, "
                "addresses or other personal data in the note."
            )
        )
        note_hint.setObjectName("hint")
        note_hint.setWordWrap(True)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        grid.addRow(note_label)
        grid.addRow(note_hint)
        grid.addRow(self.note_field)
        self.more = Collapsible(self.tr("More details"), details)
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
        for tiles in (self.device, self.independence, self.visit, self.age_band, self.barriers):
            chain += tiles.buttons.values()
        chain += [self.referred_to, self.referred_to_field.remove_button]
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
        if self.more.is_open():
            return
        filled = (
            self.language_code(),
            self.device.value(),
            self.independence.value(),
            self.visit.value(),
            self.age_band.value(),
            self.barriers.values(),
            self.referrals.values(),
            self.referred_to.text().strip(),
            self.note.toPlainText().strip(),
        )
        if any(filled):
            self.more.blockSignals(True)
            self.more.set_open(True)
            self.more.blockSignals(False)

    def _guides_row(self) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.guides_label, 1)
        box.addWidget(self.print_button)
        return row

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
        for tiles in (
            self.mode,
            self.topics,
            self.device,
            self.outcome,
            self.independence,
            self.visit,
            self.age_band,
            self.barriers,
        ):
            tiles.changed.connect(self._changed)
        self.channel.currentIndexChanged.connect(self._changed)
        self.language.currentTextChanged.connect(self._changed)
        self.referred_to.textChanged.connect(self._changed)
        self.referred_to.textChanged.connect(self._reveal_details)
        self.note.textChanged.connect(self._reveal_details)
        self.referrals.changed.connect(self._changed)
        self.started.dateTimeChanged.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.save_button.clicked.connect(lambda: self.save(clear=False))
        self.save_clear_button.clicked.connect(lambda: self.save(clear=True))
        self.clear_button.clicked.connect(self.discard)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.activated.connect(lambda: self.save(clear=False))
        save_clear_key = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        save_clear_key.activated.connect(lambda: self.save(clear=True))

    # -- state --------------------------------------------------------------
    def _minutes_changed(self) -> None:
        if self.minutes.hasFocus():
            self._minutes_edited = True
        self._changed()

    def _update_timer(self) -> None:
        if self.editing_uuid is not None:
            self.timer_label.setText(self.tr("Editing a saved session"))
            return
        start = self._started_at()
        elapsed = max(0, int((self.clock() - start).total_seconds()))
        self.timer_label.setText(f"{elapsed // 3600:d}:{elapsed // 60 % 60:02d}:{elapsed % 60:02d}")
        if not self._minutes_edited:
            self.minutes.blockSignals(True)
            self.minutes.setValue(min(MAX_MINUTES, elapsed // 60))
            self.minutes.blockSignals(False)

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

    def language_code(self) -> str:
        index = self.language.currentIndex()
        text = self.language.currentText().strip()
        if index >= 0 and self.language.itemText(index) == text:
            return self.language.itemData(index) or ""
        return text  # a code typed by hand

    def _started_at(self) -> datetime:
        moment = self.started.dateTime()
        day, clock = moment.date(), moment.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                        clock.second())  # fmt: skip

    def fields(self) -> dict[str, tuple[Callable[[], Any], Callable[[Any], None]]]:
        """Each field of a session the form shows, by name: how to read it, how to show it.

        Every name of ``SCALAR_FIELDS`` and ``LIST_FIELDS`` but ``FORM_LEAVES_OUT``
        (a test checks), so ``data()`` and ``load()`` never miss a field.
        """
        shown: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] = {
            "started_at": (
                lambda: self._started_at().replace(second=0, microsecond=0),
                lambda value: self.started.setDateTime(QDateTime(value)),
            ),
            "minutes": (self.minutes.value, self.minutes.setValue),
            "channel": (
                lambda: self.channel.currentData() or "",
                lambda value: self.channel.setCurrentIndex(max(0, self.channel.findData(value))),
            ),
            "language": (self.language_code, self._set_language),
            "topics": (self.topics.values, self.topics.set_values),
            "barriers": (self.barriers.values, self.barriers.set_values),
            "referred_to": (lambda: self.referred_to.text().strip(), self.referred_to.setText),
            "referrals": (self.referrals.values, self.referrals.set_values),
            "guides": (lambda: list(self.guides), self._set_guides),
            "note": (lambda: self.note.toPlainText().strip(), self.note.setPlainText),
        }
        for name in SINGLE_CHOICE_FIELDS:  # the choice tiles
            if name not in shown:
                tiles = getattr(self, name)
                shown[name] = (tiles.value, tiles.set_value)
        return shown

    def data(self) -> SessionData:
        values = {name: read() for name, (read, _show) in self.fields().items()}
        return SessionData(**values, uuid=self.editing_uuid)

    def load(self, data: SessionData) -> None:
        """Show ``data`` in the form (a saved session to edit, or a recovered draft)."""
        self.editing_uuid = data.uuid
        self._minutes_edited = True
        for name, (_read, show) in self.fields().items():
            show(getattr(data, name))
        self._update_timer()
        self._unchanged = self._entered()
        self._reveal_details()

    def _set_guides(self, guides: list[str]) -> None:
        self.guides = list(guides)
        self._show_guides()

    def _entered(self) -> SessionData:
        """The form's content, without the minutes the timer fills in by itself."""
        data = self.data()
        return data if self._minutes_edited else data.copy(minutes=0)

    def has_unsaved_changes(self) -> bool:
        """Whether something entered in this entry would be lost by clearing the form."""
        return self._entered() != self._unchanged

    def _set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setEditText(code)

    def new_entry(self, keep: SessionData | None) -> None:
        """A fresh entry starting now, keeping mode, channel and language from ``keep``."""
        started = self.clock().replace(second=0, microsecond=0)
        fresh = SessionData(started_at=started, mode="", topics=[])
        if keep is not None:
            fresh = fresh.copy(**{name: getattr(keep, name) for name in KEPT_ON_SAVE})
        self._minutes_edited = False
        self.load(fresh)
        self._minutes_edited = False
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
            self.guides.append(guide_id)
            self._show_guides()
            if self.touched:
                self._changed()

    def record_referral(self, entry_uuid: str) -> None:
        """Note a referral (a slip was printed). Before a session is started it only waits here."""
        touched = self.touched
        self.referrals.blockSignals(True)
        added = self.referrals.add(entry_uuid)
        self.referrals.blockSignals(False)
        if added and touched:
            self._changed()

    def print_slip(self, entry_uuid: str) -> None:
        """Print a referral slip in the session's language; printing it records the referral."""
        from PySide6.QtCore import Qt

        from peerhelper.ui.referrals.slip_dialog import SlipDialog

        entry = self.referrals.entries.get(entry_uuid)
        if entry is None:
            return
        dialog = SlipDialog(self.context, entry, self, client_lang=self.language_code())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.slip_printed.connect(self.record_referral)
        dialog.open()

    def _show_guides(self) -> None:
        self.guides_label.setText(
            ", ".join(self.guides)
            if self.guides
            else self.tr("Guides you open or print are added here.")
        )

    # -- actions ------------------------------------------------------------
    def save(self, clear: bool) -> str | None:
        data = self.data()
        try:
            uuid = sessions_repo.save_session(self.context.db, data)
        except sessions_repo.InvalidSession as exc:
            self.problems.setText(explain(exc))
            self._go_to(exc.problems[0].field if exc.problems else "")
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
        widgets: dict[str, QWidget] = {
            "started_at": self.started,
            "minutes": self.minutes,
            "language": self.language,
            "note": self.note,
            "referred_to": self.referred_to,
        }
        found = widgets.get(name, getattr(self, name, None))
        return found if isinstance(found, QWidget) else None

    def _go_to(self, name: str) -> None:
        """Show the field a problem is about: open "More details" if needed, scroll, focus."""
        widget = self.field_widget(name)
        if widget is None:
            return
        if self.more.content.isAncestorOf(widget):
            self.more.set_open(True)
        widget.setFocus()
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)

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
