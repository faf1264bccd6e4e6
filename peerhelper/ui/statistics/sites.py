"""The Statistics section's sites: combining site logs, this site or the organisation.

- *Combine site logs…* asks for site bundles and merges them on the task
  runner, with a busy dialog, then tells what was new, updated and
  unchanged (``operations.sync.merge_bundles_into``); a bundle that is refused is
  told in words and nothing is merged.
- When an organisation server is set (Settings → Organisation server), a
  choice between *This site* and *The whole organisation* says which
  database the figures come from. The server is contacted only then.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.flow import labelled

if TYPE_CHECKING:
    from peerhelper.storage.database import Database
    from peerhelper.storage.site_bundles import MergeSummary

HERE = "here"
ORGANISATION = "organisation"


class SitesBar(QWidget):
    """The scope of the figures, and the button that combines site logs."""

    scope_changed = Signal()
    merged = Signal()

    def __init__(self, context: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # The server's database, held where the bar's deletion can still reach it.
        self._held: dict[str, Database] = {}
        self.destroyed.connect(partial(_dispose, self._held))
        self._server_url = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("This site"), HERE)
        self.scope.addItem(self.tr("The whole organisation"), ORGANISATION)
        self.scope.setAccessibleName(self.tr("Whose figures"))
        self.scope.currentIndexChanged.connect(lambda _: self.scope_changed.emit())
        self.scope_field = labelled(self.tr("Figures &of"), self.scope)
        row.addWidget(self.scope_field)
        row.addStretch(1)
        self.combine_button = QPushButton(self.tr("&Combine site logs…"))
        self.combine_button.setToolTip(
            self.tr("Merge site bundles from other sites into this log.")
        )
        self.combine_button.clicked.connect(self.combine)
        row.addWidget(self.combine_button)
        self.follow_settings()

    def follow_settings(self) -> None:
        """Offer the organisation's figures only while a server is set."""
        url = str(self.context.settings.get("server_url"))
        if url != self._server_url:
            self._drop_server()
            self._server_url = url
        self.scope_field.setVisible(bool(url))
        if not url:
            self.scope.setCurrentIndex(0)

    @property
    def organisation(self) -> bool:
        return bool(self._server_url) and self.scope.currentData() == ORGANISATION

    def source(self) -> Callable[[], Database]:
        """What the figures are counted from: call it on the task runner."""
        if not self.organisation:
            db = self.context.db
            return lambda: db
        from peerhelper.operations import sync
        from peerhelper.storage.server import ServerDatabase, connect_server, server_problem

        address = sync.server_address(self.context.paths, self._server_url)
        if "server" not in self._held:
            engine = connect_server(address, sync.password_file(self.context.paths))
            self._held["server"] = ServerDatabase(engine, address)
        server = self._held["server"]

        def reach() -> Database:
            try:
                with server.engine.connect():
                    return server
            except Exception as exc:
                known = server_problem(exc, address)
                if known is None:
                    raise
                raise known from None

        return reach

    def _drop_server(self) -> None:
        _dispose(self._held)

    # -- combining site logs ----------------------------------------------------
    def combine(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Combine site logs"),
            str(Path.home()),
            self.tr("Site bundles (*.zip)"),
        )
        if files:
            self.combine_files([Path(name) for name in files])

    def combine_files(self, files: list[Path]) -> None:
        from peerhelper.operations import sync

        db = self.context.db
        self.context.tasks.run_task(
            lambda: sync.merge_bundles_into(db, files),
            self._combined,
            receiver=self,
            progress=self.tr("Combining site logs…"),
            title=self.tr("Combine site logs"),
        )

    def _combined(self, summary: MergeSummary) -> None:
        lines = [
            self.tr("%1: %2 new, %3 updated, %4 unchanged")
            .replace("%1", part.site_name or part.path.name)
            .replace("%2", str(part.counts.new))
            .replace("%3", str(part.counts.updated))
            .replace("%4", str(part.counts.unchanged))
            for part in summary.bundles
        ]
        total = summary.counts
        lines.append(
            self.tr("In all: %1 new, %2 updated, %3 unchanged.")
            .replace("%1", str(total.new))
            .replace("%2", str(total.updated))
            .replace("%3", str(total.unchanged))
        )
        if summary.topics_added:
            lines.append(self.tr("Topics added: %1").replace("%1", ", ".join(summary.topics_added)))
        ask.inform(self, self.tr("Site logs combined"), "\n".join(lines))
        self.merged.emit()


def _dispose(held: dict[str, Database]) -> None:
    """Close the server's connections (the bar is gone, or the address changed)."""
    server = held.pop("server", None)
    if server is not None:
        server.close()
