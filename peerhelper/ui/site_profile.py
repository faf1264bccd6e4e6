"""The site-profile form, used by the first-run dialog and by Settings."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.languages import LANGUAGE_NAMES
from peerhelper.domain.site import SiteProfileData
from peerhelper.ui.fit import fit_to_screen, scrolling


class SiteProfileForm(QWidget):
    """Fields of the site profile; ``profile()`` reads them, ``set_profile()`` fills them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = QLineEdit()
        self.site_name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.opening_hours = QPlainTextEdit()
        self.opening_hours.setTabChangesFocus(True)
        self.opening_hours.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.phone = QLineEdit()
        self.languages = QListWidget()
        self.languages.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        for code, name in LANGUAGE_NAMES.items():
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.languages.addItem(item)

        self.organisation.setPlaceholderText(self.tr("e.g. Helsinki Parish Union"))
        self.site_name.setPlaceholderText(self.tr("e.g. Kallio food-aid point"))
        self.opening_hours.setPlaceholderText(self.tr("e.g. Tue and Thu 10–14"))
        accessible = {
            self.organisation: self.tr("Organisation"),
            self.site_name: self.tr("Site name"),
            self.address: self.tr("Address"),
            self.opening_hours: self.tr("Opening hours"),
            self.phone: self.tr("Phone"),
            self.languages: self.tr("Languages spoken by the volunteers"),
        }
        form = QFormLayout(self)
        # Labels above their fields: room for long Finnish words at 200 % text size.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        labels = {
            self.organisation: self.tr("&Organisation *"),
            self.site_name: self.tr("&Site name *"),
            self.address: self.tr("&Address"),
            self.opening_hours: self.tr("Opening &hours"),
            self.phone: self.tr("&Phone"),
            self.languages: self.tr("Languages spo&ken by the volunteers"),
        }
        for widget, label_text in labels.items():
            widget.setAccessibleName(accessible[widget])
            label = QLabel(label_text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        for line in (self.organisation, self.site_name, self.phone):
            line.textChanged.connect(self.changed)
        for text in (self.address, self.opening_hours):
            text.textChanged.connect(self.changed)
        self.languages.itemChanged.connect(self.changed)

    def profile(self) -> SiteProfileData:
        codes = []
        for row in range(self.languages.count()):
            item = self.languages.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(item.data(Qt.ItemDataRole.UserRole))
        return SiteProfileData(
            organisation=self.organisation.text(),
            site_name=self.site_name.text(),
            address=self.address.toPlainText(),
            opening_hours=self.opening_hours.toPlainText(),
            phone=self.phone.text(),
            languages=codes,
        ).cleaned()

    def set_profile(self, profile: SiteProfileData) -> None:
        self.organisation.setText(profile.organisation)
        self.site_name.setText(profile.site_name)
        self.address.setPlainText(profile.address)
        self.opening_hours.setPlainText(profile.opening_hours)
        self.phone.setText(profile.phone)
        for row in range(self.languages.count()):
            item = self.languages.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            checked = code in profile.languages
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def is_complete(self) -> bool:
        return not self.profile().missing_required()


class FirstRunDialog(QDialog):
    """Asks for the site profile when PeerHelper starts for the first time."""

    def __init__(self, profile: SiteProfileData | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to PeerHelper"))
        title = QLabel(self.tr("Welcome to PeerHelper"))
        title.setObjectName("pageTitle")
        lead = QLabel(
            self.tr(
                "Tell us about the place where you give digital support. "
                "These details are printed on handouts and signs. "
                "You can change them later in Settings."
            )
        )
        lead.setObjectName("lead")
        lead.setWordWrap(True)
        self.form = SiteProfileForm()
        if profile is not None:
            self.form.set_profile(profile)
        required = QLabel(self.tr("* required"))
        required.setObjectName("hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Later"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.changed.connect(self._update_save)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(lead)
        column.addWidget(self.form)
        column.addWidget(required)
        column.addStretch(1)
        # The fields scroll on a small screen; Save and Later stay in sight.
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(max(640, body.sizeHint().width()), self.sizeHint().height()))
        self._update_save()
        self.form.organisation.setFocus()

    def _update_save(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(self.form.is_complete())

    def profile(self) -> SiteProfileData:
        return self.form.profile()
