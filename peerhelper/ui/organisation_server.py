"""Settings → Organisation server: the address, a test, "sync now", the last sync.

The address is saved in the settings without its password; a password
typed here (or inside the address) goes to the libpq password file in the
data folder, readable by its owner only (``storage.server``). Testing and
syncing run on the task runner, so the window never waits for the network.
With no address, PeerHelper never opens a network connection.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from peerhelper.errors import UserFacingError
from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.errors import report_failure
from peerhelper.ui.flow import FlowLayout, labelled

if TYPE_CHECKING:
    from peerhelper.storage.server import ServerAddress
    from peerhelper.storage.server_sync import SyncResult
    from peerhelper.storage.sync_state import LastSync


class OrganisationServerBox(QGroupBox):
    # A sync went through (its SyncResult): the window shows what it brought.
    synced = Signal(object)

    def __init__(self, context: AppController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Organisation server"), parent)
        self.context = context
        box = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Sites of one organisation can send their sessions to the organisation's "
                "PostgreSQL server, take its topic list, and share the referral directory and "
                "the local guides. Leave the address empty to work on this computer alone: "
                "PeerHelper then never connects to a network."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        box.addWidget(hint)
        self.address = QLineEdit(str(context.settings.get("server_url")))
        self.address.setPlaceholderText("postgresql://helper@server.example.org/peerhelper")
        self.address.setAccessibleName(self.tr("Server address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setToolTip(
            self.tr("Kept in a password file in the data folder, never in the settings.")
        )
        box.addWidget(labelled(self.tr("Server addr&ess"), self.address))
        box.addWidget(labelled(self.tr("Pass&word"), self.password))
        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=8)
        self.save_button = QPushButton(self.tr("Save a&ddress"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Test co&nnection"))
        self.test_button.clicked.connect(self.test)
        self.sync_button = QPushButton(self.tr("S&ync now"))
        self.sync_button.clicked.connect(self.sync)
        for button in (self.save_button, self.test_button, self.sync_button):
            flow.addWidget(button)
        box.addWidget(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.status)
        self.show_status()

    def show_status(self) -> None:
        from peerhelper.operations import sync as syncing

        saved = bool(self.context.settings.get("server_url"))
        for button in (self.test_button, self.sync_button):
            button.setEnabled(saved)
        last = syncing.last_sync(self.context.db)
        if not saved:
            self.status.setText(self.tr("No organisation server is set."))
        elif last is None:
            self.status.setText(self.tr("Not synced yet."))
        else:
            when = QLocale().toString(_local(last.at), QLocale.FormatType.ShortFormat)
            if not last.ok:
                text = self.tr("Last sync %1 failed: %2").replace("%1", when)
                text = text.replace("%2", last.message)
            elif last.figures:
                heading = self.tr("Last sync %1:").replace("%1", when)
                text = "\n".join([heading, *self._figures(last)])
            else:
                text = self.tr("Last sync %1: %2").replace("%1", when)
                text = text.replace("%2", last.message)
            self.status.setText(text)

    def _figures(self, last: LastSync) -> list[str]:
        """What the last sync did, a line for each kind of thing, then what was left out."""
        f = last.figures

        def filled(text: str, *numbers: str) -> str:
            for n, key in enumerate(numbers, 1):
                text = text.replace(f"%{n}", QLocale().toString(f.get(key, 0)))
            return text

        lines = [
            filled(
                self.tr("Sessions sent: %1 (new: %2, updated: %3)"),
                "sessions_sent",
                "sessions_new",
                "sessions_updated",
            ),
            filled(self.tr("Topics added: %1"), "topics_added"),
            filled(
                self.tr("Directory entries received: %1, sent: %2"),
                "entries_received",
                "entries_sent",
            ),
            filled(self.tr("Guides received: %1, sent: %2"), "guides_received", "guides_sent"),
        ]
        if last.notes:
            lines.append(self.tr("Left out, and why:"))
            lines += [f"• {note}" for note in last.notes]
        return lines

    def save(self) -> bool:
        """Save the address (and a typed password); False if it cannot be used."""
        from peerhelper.operations import sync as syncing
        from peerhelper.storage.server import save_password

        text = self.address.text().strip()
        if not text:
            self.context.settings.set("server_url", "")
            self.show_status()
            return True
        paths = self.context.paths
        try:
            address = syncing.server_address(paths, text)
            if self.password.text():
                save_password(syncing.password_file(paths), address.url, self.password.text())
        except (UserFacingError, OSError) as error:
            report_failure(self, self.tr("Organisation server"), error)
            return False
        self.password.clear()
        self.address.setText(address.shown)
        self.context.settings.set("server_url", address.shown)
        self.show_status()
        return True

    def _address(self) -> ServerAddress:
        from peerhelper.operations import sync as syncing

        return syncing.server_address(self.context.paths, self.context.settings.get("server_url"))

    def test(self) -> None:
        from peerhelper.operations import sync as syncing

        if not self.save():
            return
        paths, address = self.context.paths, self._address()
        self.context.tasks.run_task(
            lambda: syncing.test_connection(paths, address),
            lambda said: ask.inform(
                self,
                self.tr("Organisation server"),
                self.tr("The server answers: %1").replace("%1", said),
            ),
            receiver=self,
            progress=self.tr("Connecting to the organisation server…"),
            title=self.tr("Test connection"),
        )

    def sync(self) -> None:
        from peerhelper.operations import sync as syncing

        if not self.save():
            return
        db, paths, address = self.context.db, self.context.paths, self._address()

        def failed(error: BaseException) -> None:
            self.show_status()
            report_failure(self, self.tr("Sync now"), error)

        def done(result: SyncResult) -> None:
            self.show_status()
            self.synced.emit(result)

        self.context.tasks.run_task(
            lambda: syncing.sync_with(db, paths, address),
            done,
            failed,
            receiver=self,
            progress=self.tr("Syncing with the organisation server…"),
            title=self.tr("Sync now"),
        )


def _local(at: datetime) -> QDateTime:
    """A naive UTC time as the computer's local time."""
    return QDateTime(at.replace(tzinfo=UTC).astimezone()).toLocalTime()
