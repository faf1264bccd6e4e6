"""The "New guide" dialog: what the guide is about, then its steps, checked before saving.

The author writes in their own language first (the guide's source
language); another language chosen in "Writing in" gets its own title,
summary, captions and descriptions, and stays "not yet checked" until the
box for a native speaker's check is ticked. "Show as the client sees it" and
"Preview the handout" show the guide exactly as it would be saved; "Save"
checks it with every rule of ``guides check`` and lists each error instead
of saving while any is left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.languages import BUNDLED_CAPTION_LANGUAGES, SERVICE_LANGUAGES
from peerhelper.guides import drafts
from peerhelper.guides.authoring import open_picture
from peerhelper.guides.drafts import GuideDraft, KitPicture, ScreenshotPicture, StepDraft
from peerhelper.guides.model import MAX_STEPS, TOPICS, Guide, Problem
from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.errors import report_failure
from peerhelper.ui.guides.editor.step_form import StepForm
from peerhelper.ui.guides.languages import (
    language_name,
    set_text_direction,
    topic_label,
    topic_order,
)


class GuideEditorDialog(QDialog):
    saved = Signal(str)  # the new guide's id

    def __init__(
        self, context: AppController, organisation: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New guide"))
        self.draft = GuideDraft(source_language=context.language, organisation=organisation)
        self.draft.sources = [{"title": "", "publisher": "", "url": "https://"}]
        self.lang = context.language
        self._previews: list[Path] = []
        self._windows: list[QWidget] = []
        self._id_edited = False

        self.author_lang = self._language_box(self.tr("The language you write in"))
        self.writing_lang = self._language_box(self.tr("Language being written"))
        self.reviewed = QCheckBox(self.tr("Checked by a native speaker"))
        top = QHBoxLayout()
        for text, widget in (
            (self.tr("&Your language:"), self.author_lang),
            (self.tr("&Writing in:"), self.writing_lang),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addWidget(self.reviewed)
        top.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_about(), self.tr("About the guide"))
        self.tabs.addTab(self._build_steps(), self.tr("Steps"))
        self.problems = QLabel()
        self.problems.setObjectName("notice")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()

        self.show_button = QPushButton(self.tr("Show as the &client sees it"))
        self.handout_button = QPushButton(self.tr("Preview the &handout…"))
        self.save_button = QPushButton(self.tr("&Save the guide"))
        self.save_button.setObjectName("primary")
        cancel = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        for button in (self.show_button, self.handout_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

        self.show_button.clicked.connect(self.show_to_client)
        self.handout_button.clicked.connect(self.preview_handout)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        self.author_lang.currentIndexChanged.connect(self._author_language_chosen)
        self.writing_lang.currentIndexChanged.connect(self._writing_language_chosen)
        self.reviewed.toggled.connect(self._reviewed_toggled)
        self._load_language()
        self.resize(980, 720)

    # -- building ------------------------------------------------------------------
    def _language_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for code in BUNDLED_CAPTION_LANGUAGES:
            box.addItem(language_name(code), code)
        box.setCurrentIndex(max(0, box.findData(self.context.language)))
        return box

    def _build_about(self) -> QWidget:
        page = QWidget()
        self.title = QLineEdit()
        self.summary = QLineEdit()
        self.guide_id = QLineEdit()
        self.guide_id.setPlaceholderText("library-printer")
        self.topic = QComboBox()
        for code in topic_order(TOPICS):
            self.topic.addItem(topic_label(code, self.context.language), code)
        self.service = QLineEdit()
        self.organisation = QLineEdit(self.draft.organisation)
        self.source_title = QLineEdit()
        self.source_publisher = QLineEdit()
        self.source_url = QLineEdit("https://")
        self.screen_lang = QComboBox()
        for code in SERVICE_LANGUAGES:
            self.screen_lang.addItem(language_name(code), code)
        self.screen_lang.setCurrentIndex(max(0, self.screen_lang.findData(self.context.language)))
        form = QFormLayout(page)
        for text, widget in (
            (self.tr("&Title:"), self.title),
            (self.tr("Su&mmary:"), self.summary),
            (self.tr("&Id (letters a–z, digits, hyphens):"), self.guide_id),
            (self.tr("T&opic:"), self.topic),
            (self.tr("Ser&vice or device:"), self.service),
            (self.tr("Or&ganisation:"), self.organisation),
            (self.tr("Words on the scr&eens are in:"), self.screen_lang),
            (self.tr("Source page's tit&le:"), self.source_title),
            (self.tr("Source's &publisher:"), self.source_publisher),
            (self.tr("Source's &address:"), self.source_url),
        ):
            form.addRow(text, widget)
        self.title.textChanged.connect(self._title_edited)
        self.guide_id.textEdited.connect(lambda _text: setattr(self, "_id_edited", True))
        return page

    def _build_steps(self) -> QWidget:
        page = QWidget()
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_form = StepForm()
        self.add_shot_button = QPushButton(self.tr("Add a screensh&ot or photo…"))
        self.add_kit_button = QPushButton(self.tr("Add a &kit picture"))
        self.remove_step_button = QPushButton(self.tr("&Remove the step"))
        self.up_button = QPushButton(self.tr("Move u&p"))
        self.down_button = QPushButton(self.tr("Mo&ve down"))
        side = QVBoxLayout()
        side.addWidget(self.step_list, 1)
        for button in (
            self.add_shot_button,
            self.add_kit_button,
            self.remove_step_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        layout = QHBoxLayout(page)
        layout.addLayout(side, 1)
        layout.addWidget(self.step_form, 3)
        self.add_shot_button.clicked.connect(self.add_screenshot_step)
        self.add_kit_button.clicked.connect(self.add_kit_step)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self._move_step(-1))
        self.down_button.clicked.connect(lambda: self._move_step(1))
        self.step_list.currentRowChanged.connect(self._step_chosen)
        self.step_form.changed.connect(self._refresh_list)
        self._refresh_list()
        return page

    # -- languages ------------------------------------------------------------------
    def _store_language(self) -> None:
        for mapping, field in ((self.draft.title, self.title), (self.draft.summary, self.summary)):
            if field.text().strip():
                mapping[self.lang] = field.text()
            else:
                mapping.pop(self.lang, None)

    def _load_language(self) -> None:
        self.title.blockSignals(True)
        self.title.setText(self.draft.title.get(self.lang, ""))
        self.title.blockSignals(False)
        self.summary.setText(self.draft.summary.get(self.lang, ""))
        for field in (self.title, self.summary):
            set_text_direction(field, self.lang)
        original = self.lang == self.draft.source_language
        self.reviewed.blockSignals(True)
        self.reviewed.setChecked(original or self.draft.reviewed.get(self.lang, False))
        self.reviewed.setEnabled(not original)
        self.reviewed.blockSignals(False)
        self._step_chosen(self.step_list.currentRow())

    def _writing_language_chosen(self) -> None:
        self._store_language()
        self.lang = self.writing_lang.currentData()
        self._load_language()

    def _author_language_chosen(self) -> None:
        self.draft.source_language = self.author_lang.currentData()
        self.writing_lang.setCurrentIndex(self.author_lang.currentIndex())
        self._load_language()

    def _reviewed_toggled(self, checked: bool) -> None:
        self.draft.reviewed[self.lang] = checked

    def _title_edited(self, text: str) -> None:
        if not self._id_edited and self.lang == self.draft.source_language:
            self.guide_id.setText(drafts.suggest_id(text))

    # -- steps ------------------------------------------------------------------------
    def add_screenshot_step(self) -> None:
        title = self.tr("Add a screenshot or photo")
        chosen = ask.open_file(self, title, Path.home(), self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if chosen is None:
            return
        try:
            image = open_picture(chosen)  # only its pixels are kept, never the file
        except Exception as error:  # a refused picture is told in words; anything else is a bug
            report_failure(self, title, error)
            return
        self._add_step(StepDraft(ScreenshotPicture(image)))

    def add_kit_step(self) -> None:
        self._add_step(StepDraft(KitPicture(items=[("", ""), ("", ""), ("", "")])))

    def _add_step(self, step: StepDraft) -> None:
        self.draft.steps.append(step)
        self._refresh_list()
        self.step_list.setCurrentRow(len(self.draft.steps) - 1)

    def remove_step(self) -> None:
        row = self.step_list.currentRow()
        if 0 <= row < len(self.draft.steps):
            del self.draft.steps[row]
            self._refresh_list()
            self.step_list.setCurrentRow(min(row, len(self.draft.steps) - 1))

    def _move_step(self, delta: int) -> None:
        row, steps = self.step_list.currentRow(), self.draft.steps
        if 0 <= row < len(steps) and 0 <= row + delta < len(steps):
            steps[row], steps[row + delta] = steps[row + delta], steps[row]
            self._refresh_list()
            self.step_list.setCurrentRow(row + delta)

    def _step_chosen(self, row: int) -> None:
        step = self.draft.steps[row] if 0 <= row < len(self.draft.steps) else None
        self.step_form.set_step(step, self.lang, self.screen_lang.currentData())

    def _refresh_list(self) -> None:
        row = self.step_list.currentRow()
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for number, step in enumerate(self.draft.steps, 1):
            caption = step.caption.get(self.lang, "")
            self.step_list.addItem(
                self.tr("Step %1: %2").replace("%1", str(number)).replace("%2", caption)
            )
        self.step_list.setCurrentRow(row)
        self.step_list.blockSignals(False)
        full = len(self.draft.steps) >= MAX_STEPS
        self.add_shot_button.setEnabled(not full)
        self.add_kit_button.setEnabled(not full)

    # -- checking, previewing, saving --------------------------------------------------
    def collect(self) -> GuideDraft:
        """The draft with everything typed so far."""
        self._store_language()
        draft = self.draft
        draft.id = self.guide_id.text().strip()
        draft.topics = [self.topic.currentData()]
        draft.service = self.service.text()
        draft.service_language = self.context.language
        draft.organisation = self.organisation.text()
        draft.authors = [draft.organisation] if draft.organisation.strip() else []
        draft.screen_language = self.screen_lang.currentData()
        draft.sources = [
            {
                "title": self.source_title.text(),
                "publisher": self.source_publisher.text(),
                "url": self.source_url.text(),
            }
        ]
        return draft

    def show_problems(self, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.severity == "error"]
        if not errors:
            self.problems.hide()
            return
        lines = [self._problem_line(p) for p in errors[:20]]
        self.problems.setText(self.tr("Fix these before saving:") + "\n" + "\n".join(lines))
        self.problems.show()

    def _problem_line(self, problem: Problem) -> str:
        if problem.step is None:
            return f"• {problem.detail}"
        return "• " + self.tr("Step %1: %2").replace("%1", str(problem.step)).replace(
            "%2", problem.detail
        )

    def checked_guide(self) -> Guide | None:
        """The guide as it would be saved, or None (and its errors shown)."""
        guide, problems, folder = drafts.check_draft(self.context.paths, self.collect())
        self._previews.append(folder)
        self.show_problems(problems)
        return guide

    def show_to_client(self) -> None:
        from peerhelper.ui.guides.show_client import ShowToClientWindow

        guide = self.checked_guide()
        if guide is None:
            return
        window = ShowToClientWindow(guide, self.lang, self.draft.screen_language, parent=self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show_full_screen(self)
        self._windows = [window]

    def preview_handout(self) -> None:
        from peerhelper.ui.printing.print_dialog import HandoutPrintDialog

        guide = self.checked_guide()
        if guide is None:
            return
        dialog = HandoutPrintDialog(self.context, guide, self, client_lang=self.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._windows = [dialog]

    def save(self) -> None:
        draft = self.collect()
        try:
            drafts.save_draft(self.context.paths, draft)
        except drafts.GuideNotReady as not_ready:
            self.show_problems(not_ready.problems)
            return
        except Exception as error:  # a full disk is told in words; anything else is a bug
            report_failure(self, self.tr("Save the guide"), error)
            return
        self.saved.emit(draft.id)
        self.accept()

    def done(self, result: int) -> None:
        for window in self._windows:
            window.close()
        for folder in self._previews:
            drafts.discard_preview(folder)
        self._previews.clear()
        super().done(result)
