"""Where the client was sent: services picked from the directory, and a free-text place.

The free text is guarded for personal data like the note. Printing a slip
for a picked service records the referral on the session (``record``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit

from peerhelper.domain.session import MAX_REFERRED_TO_LENGTH
from peerhelper.ui.controller import AppController
from peerhelper.ui.privacy_guard import GuardedField
from peerhelper.ui.session.privacy_text import field_label
from peerhelper.ui.session.referral_picker import ReferralPicker


class ReferralRow(QObject):
    """The directory picker and the "referred to" field, made and wired together.

    Not a widget of its own: the session details lay the two out in their
    grid, each beside its label.
    """

    changed = Signal()
    slip_printed = Signal(str)  # entry uuid

    def __init__(self, context: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.picker = ReferralPicker(context)
        self.picker.print_requested.connect(self.print_slip)
        self.picker.changed.connect(self.changed)
        self.referred_to = QLineEdit()
        self.referred_to.setMaxLength(MAX_REFERRED_TO_LENGTH)
        self.referred_to.setAccessibleName(self.tr("Referred to"))
        self.referred_to.setPlaceholderText(self.tr("Service or place the client was sent to"))
        self.referred_to.textChanged.connect(self.changed)
        self.field = GuardedField(self.referred_to, field_label("referred_to"))
        # The session's language, for the slip; the form tells it.
        self.client_language = lambda: ""

    def filled(self) -> bool:
        return bool(self.picker.values() or self.referred_to.text().strip())

    def record(self, entry_uuid: str) -> bool:
        """Add a service whose slip was printed, quietly; whether it was new."""
        self.picker.blockSignals(True)
        added = self.picker.add(entry_uuid)
        self.picker.blockSignals(False)
        return added

    def print_slip(self, entry_uuid: str) -> None:
        """Print a referral slip in the session's language; printing it records the referral."""
        from peerhelper.ui.referrals.slip_dialog import SlipDialog

        entry = self.picker.entries.get(entry_uuid)
        if entry is None:
            return
        dialog = SlipDialog(self.context, entry, self.picker, client_lang=self.client_language())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.slip_printed.connect(self.slip_printed)
        dialog.open()
