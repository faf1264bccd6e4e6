"""Settings: language, text size, the site profile, and the data folder's backups."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.languages import UI_LANGUAGES, menu_name
from peerhelper.errors import UserFacingError
from peerhelper.operations import backups
from peerhelper.storage import symbol
from peerhelper.storage.settings import FONT_SCALE_MAX, FONT_SCALE_MIN
from peerhelper.storage.site_repo import load_site_profile, save_site_profile
from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.errors import report_failure
from peerhelper.ui.flow import FlowLayout
from peerhelper.ui.icons import icon
from peerhelper.ui.pages.base import Page
from peerhelper.ui.site_profile import SiteProfileForm


class SettingsPage(Page):
    def __init__(
        self,
        context: AppController,
        on_profile_saved: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Settings"), "", parent)
        self.context = context
        self._on_profile_saved = on_profile_saved
        self.content.addWidget(self._build_appearance())
        self.content.addWidget(self._build_profile())
        self.content.addWidget(self._build_symbol())
        self.content.addWidget(self._build_topics())
        self.content.addWidget(self._build_data())
        from peerhelper.ui.organisation_server import OrganisationServerBox

        self.server_box = OrganisationServerBox(context)
        self.content.addWidget(self.server_box)
        self.finish()

    # -- appearance -------------------------------------------------------
    def _build_appearance(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language and text size"))
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the computer"), "")
        for code in UI_LANGUAGES:  # each named in itself, so anyone can find theirs
            self.language.addItem(menu_name(code), code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.context.settings.get("ui_language")))
        )
        self.language.setAccessibleName(self.tr("User interface language"))
        self.language.activated.connect(self._language_chosen)

        self.font_scale = QSpinBox()
        self.font_scale.setRange(FONT_SCALE_MIN, FONT_SCALE_MAX)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale.setValue(self.context.settings.get("font_scale"))
        self.font_scale.setAccessibleName(self.tr("Text size"))
        self.font_slider = QSlider(Qt.Orientation.Horizontal)
        self.font_slider.setRange(FONT_SCALE_MIN, FONT_SCALE_MAX)
        self.font_slider.setSingleStep(10)
        self.font_slider.setPageStep(25)
        self.font_slider.setValue(self.font_scale.value())
        self.font_slider.setAccessibleName(self.tr("Text size"))
        self.font_slider.valueChanged.connect(self.font_scale.setValue)
        self.font_scale.valueChanged.connect(self.font_slider.setValue)
        # Restyle only when the user lets go, not at every step of a drag.
        self.font_scale.editingFinished.connect(self._apply_font_scale)
        self.font_slider.sliderReleased.connect(self._apply_font_scale)
        self.font_slider.actionTriggered.connect(lambda _: self._apply_font_scale_later())
        row = QHBoxLayout()
        row.addWidget(self.font_slider, 1)
        row.addWidget(self.font_scale)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        size_label = QLabel(self.tr("&Text size"))
        size_label.setBuddy(self.font_scale)
        form.addRow(language_label, self.language)
        form.addRow(size_label, row)
        return group

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        self.context.settings.set("ui_language", code)
        self.context.set_language(code)

    def _apply_font_scale_later(self) -> None:
        if not self.font_slider.isSliderDown():
            self._apply_font_scale()

    def _apply_font_scale(self) -> None:
        value = self.font_scale.value()
        if value != self.context.settings.get("font_scale"):
            self.context.settings.set("font_scale", value)
            self.context.set_font_scale(value)

    # -- site profile -----------------------------------------------------
    def _build_profile(self) -> QGroupBox:
        group = QGroupBox(self.tr("Site profile"))
        box = QVBoxLayout(group)
        self.profile_form = SiteProfileForm()
        profile = load_site_profile(self.context.db)
        if profile is not None:
            self.profile_form.set_profile(profile)
        self.profile_status = QLabel()
        self.profile_status.setObjectName("hint")
        self.save_profile_button = QPushButton(icon("save"), self.tr("Sa&ve the site profile"))
        self.save_profile_button.setObjectName("primary")
        self.save_profile_button.clicked.connect(self.save_profile)
        self.profile_form.changed.connect(self._profile_edited)
        box.addWidget(self.profile_form)
        row = QHBoxLayout()
        row.addWidget(self.save_profile_button)
        row.addWidget(self.profile_status, 1)
        box.addLayout(row)
        self._profile_edited()
        self.profile_status.clear()
        return group

    def _profile_edited(self) -> None:
        complete = self.profile_form.is_complete()
        self.save_profile_button.setEnabled(complete)
        self.profile_status.setText(
            "" if complete else self.tr("Organisation and site name are required.")
        )

    def save_profile(self) -> None:
        if not self.profile_form.is_complete():
            return
        save_site_profile(self.context.db, self.profile_form.profile())
        self.profile_status.setText(self.tr("Saved."))
        self._on_profile_saved()

    # -- symbol -----------------------------------------------------------
    def _build_symbol(self) -> QGroupBox:
        group = QGroupBox(self.tr("Digital-support symbol"))
        box = QHBoxLayout(group)
        self.symbol_preview = QLabel()
        self.symbol_preview.setFixedSize(96, 96)
        self.symbol_preview.setScaledContents(True)
        self.symbol_status = QLabel()
        self.symbol_status.setWordWrap(True)
        self.symbol_choose = QPushButton(self.tr("Use the o&fficial file…"))
        self.symbol_choose.clicked.connect(self.choose_symbol)
        self.symbol_reset = QPushButton(self.tr("&Use PeerHelper's own"))
        self.symbol_reset.clicked.connect(self.reset_symbol)
        column = QVBoxLayout()
        column.addWidget(self.symbol_status)
        buttons = QWidget()
        flow = FlowLayout(buttons, max_columns=2)
        flow.addWidget(self.symbol_choose)
        flow.addWidget(self.symbol_reset)
        column.addWidget(buttons)
        box.addWidget(self.symbol_preview)
        box.addLayout(column, 1)
        self._show_symbol()
        return group

    def _show_symbol(self) -> None:
        from PySide6.QtGui import QIcon

        custom = symbol.custom_symbol(self.context.paths)
        shown = custom or symbol.default_symbol()
        self.symbol_preview.setPixmap(QIcon(str(shown)).pixmap(96, 96))
        self.symbol_status.setText(
            self.tr("Signs and handouts use the file you chose.")
            if custom
            else self.tr(
                "Signs and handouts use PeerHelper's own drawing of the symbol. You may "
                "use the official file instead (SVG or PNG)."
            )
        )
        self.symbol_reset.setEnabled(custom is not None)

    def choose_symbol(self) -> None:
        source = ask.open_file(
            self, self.tr("Choose the symbol file"), Path.home(), self.tr("Pictures (*.svg *.png)")
        )
        if source is None:
            return
        try:
            symbol.install_symbol(self.context.paths, source)
        except (UserFacingError, OSError) as exc:
            report_failure(
                self,
                self.tr("Digital-support symbol"),
                exc,
                lead=self.tr("This file cannot be used."),
            )
            return
        self._show_symbol()

    def reset_symbol(self) -> None:
        symbol.reset_symbol(self.context.paths)
        self._show_symbol()

    # -- session topics ---------------------------------------------------
    def _build_topics(self) -> QGroupBox:
        group = QGroupBox(self.tr("Session topics"))
        box = QVBoxLayout(group)
        hint = QLabel(self.tr("Coordinators can add topics, rename them and retire old ones."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.topics_button = QPushButton(self.tr("Edit the top&ics…"))
        self.topics_button.clicked.connect(self.edit_topics)
        row = QHBoxLayout()
        row.addWidget(self.topics_button)
        row.addStretch(1)
        box.addWidget(hint)
        box.addLayout(row)
        return group

    def edit_topics(self) -> None:
        from peerhelper.ui.topics_dialog import TopicsDialog

        TopicsDialog(self.context.db, self.context.language, self).exec()
        # Tiles and lists elsewhere show the new names when rebuilt.
        self._on_profile_saved()

    # -- data folder ------------------------------------------------------
    def _build_data(self) -> QGroupBox:
        group = QGroupBox(self.tr("Data and backups"))
        box = QVBoxLayout(group)
        where = QLabel(
            self.tr("Your data is kept on this computer in:\n%1").replace(
                "%1", str(self.context.paths.root)
            )
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            self.tr(
                "PeerHelper backs up the data automatically once a day and keeps the "
                "last 7 daily and 4 weekly backups."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.backup_button = QPushButton(icon("backup"), self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(icon("restore"), self.tr("&Restore from a backup…"))
        self.restore_button.clicked.connect(self.restore_backup)
        box.addWidget(where)
        box.addWidget(hint)
        # One under the other: side by side they are too wide at large text sizes.
        for button in (self.backup_button, self.restore_button):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            box.addLayout(row)
        return group

    def backup_now(self) -> None:
        try:
            made = backups.backup_now(self.context.paths)
        except (UserFacingError, OSError) as exc:
            report_failure(self, self.tr("Backup failed"), exc, lead=self.tr("No backup was made."))
            return
        ask.inform(
            self,
            self.tr("Backup made"),
            self.tr("The backup was saved as:\n%1").replace("%1", str(made)),
        )

    def restore_backup(self) -> None:
        source = ask.open_file(
            self,
            self.tr("Choose a backup to restore"),
            self.context.paths.backups,
            self.tr("PeerHelper databases (*.db)"),
        )
        if source is None:
            return
        question = self.tr(
            "Replace the current data with the backup %1?\n\n"
            "The current data is kept aside in the data folder, so nothing is lost."
        ).replace("%1", source.name)
        if not ask.confirm(self, self.tr("Restore a backup"), question, self.tr("&Restore")):
            return
        # The swap needs the database closed (after the running task); a refused
        # backup leaves it as it was.
        paths = self.context.paths
        try:
            aside = self.context.replace_database(lambda: backups.restore(paths, source))
        except (UserFacingError, OSError) as exc:
            report_failure(
                self,
                self.tr("Restore failed"),
                exc,
                lead=self.tr("The backup could not be restored; nothing was changed."),
            )
            return
        kept = str(aside) if aside else "-"
        ask.inform(
            self,
            self.tr("Backup restored"),
            self.tr("The backup was restored. The previous data was kept as:\n%1").replace(
                "%1", kept
            ),
        )
