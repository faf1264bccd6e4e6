"""The personal-data guard on a text field: a live warning and one-click removal.

Every free-text field stored with a session gets the same guard, with one
line::

    self.note_field = GuardedField(self.note, field_label("note"))

and the field is laid out through ``note_field`` (the editor with, under it,
the warning and the button, hidden while the text is clean). The warning names
the field and the kinds of data found, never the data; the button removes
exactly what was found and names the field too. Saving is refused by the
domain rules (``domain.session.validate``), not here: the guard only helps the
volunteer see and fix it before that.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from peerhelper.domain.privacy import Finding, find_personal_data, kinds_found, remove_personal_data
from peerhelper.ui.session.privacy_text import describe_field_data

TextEditor = QLineEdit | QPlainTextEdit


class GuardedField(QWidget):
    """``editor`` with the personal-data guard under it; ``name`` is the field's label."""

    def __init__(self, editor: TextEditor, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.name = name
        self.warning = QLabel()
        self.warning.setObjectName("error")
        self.warning.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove it from “%1”").replace("%1", name))
        self.remove_button.clicked.connect(self.remove_personal_data)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor)
        layout.addWidget(self.warning)
        layout.addWidget(self.remove_button)
        # A label's buddy and a click on the row give the editor the focus.
        self.setFocusProxy(editor)
        editor.textChanged.connect(self.refresh)
        self.refresh()

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(text)
        else:
            self.editor.setPlainText(text)

    def findings(self) -> list[Finding]:
        return find_personal_data(self.text())

    def refresh(self) -> None:
        kinds = kinds_found(self.findings())
        self.warning.setText(describe_field_data(self.name, kinds) if kinds else "")
        self.warning.setVisible(bool(kinds))
        self.remove_button.setVisible(bool(kinds))

    def remove_personal_data(self) -> None:
        """Cut what was found, keep the rest; the editor keeps the focus for more typing."""
        findings = self.findings()
        if findings:
            self.set_text(remove_personal_data(self.text(), findings))
            self.editor.setFocus()
