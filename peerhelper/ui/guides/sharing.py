"""The library's own guides: make a new one, save chosen guides as a pack, add guides
from a pack, and remove a local guide.

The work runs on the task runner (a pack of many guides takes a while to
check); the library is reloaded when guides were added or removed, and the
user gets a summary. A refused pack changes nothing and is told with its
reasons.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from peerhelper.guides.model import Guide
from peerhelper.guides.pack_export import PackInfo
from peerhelper.guides.pack_import import ImportSummary
from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.errors import report_failure
from peerhelper.ui.flow import WrapRow

Chosen = Callable[[], list[Guide]]


class SharingBar(QWidget):
    """The library's buttons for packs and local guides; ``library_changed`` after a change."""

    library_changed = Signal()

    def __init__(
        self,
        context: AppController,
        selected: Chosen,
        current: Callable[[], Guide | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.selected = selected
        self.current = current
        self.export_button = QPushButton(self.tr("Save as &pack…"))
        self.export_button.setToolTip(
            self.tr("Save the selected guides in one file to give to other sites")
        )
        self.export_button.clicked.connect(self.save_pack)
        self.import_button = QPushButton(self.tr("Add guides from a pac&k…"))
        self.import_button.clicked.connect(self.add_pack)
        self.remove_button = QPushButton(self.tr("&Remove local guide…"))
        self.remove_button.clicked.connect(self.remove_current)
        self.new_button = QPushButton(self.tr("&New guide…"))
        self.new_button.setToolTip(self.tr("Make a guide of your own from screenshots or photos"))
        self.new_button.clicked.connect(self.new_guide)
        self.editor: QWidget | None = None
        row = WrapRow(self)  # wraps at a large text size
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.export_button, self.import_button, self.remove_button):
            row.addWidget(button)
        self.update_buttons()

    def update_buttons(self) -> None:
        guide = self.current()
        self.export_button.setEnabled(bool(self.selected()))
        self.remove_button.setEnabled(guide is not None and guide.is_local)

    # -- a new guide ---------------------------------------------------------------------
    def new_guide(self) -> None:
        """Open the "New guide" dialog; the library is read again once a guide is saved."""
        from peerhelper.operations.guides import site_organisation
        from peerhelper.ui.guides.editor.dialog import GuideEditorDialog

        dialog = GuideEditorDialog(
            self.context, site_organisation(self.context.paths), self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.library_changed)
        dialog.open()
        self.editor = dialog

    # -- save as pack ------------------------------------------------------------------
    def save_pack(self) -> None:
        from peerhelper.operations import guides as guide_operations

        guides = self.selected()
        if not guides:
            return
        title = self.tr("Save as pack")
        suggested = Path.home() / f"{guides[0].id if len(guides) == 1 else 'guides'}.zip"
        out = ask.save_file_outside(
            self, title, suggested, self.tr("Guide packs (*.zip)"), self.context.paths.root
        )
        if out is None:
            return
        if out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
        paths, ids = self.context.paths, [guide.id for guide in guides]

        def work() -> PackInfo:
            # The save dialog has asked before replacing a file.
            return guide_operations.export_pack(paths, ids, out, force=True)

        def done(info: PackInfo) -> None:
            text = self.tr("%n guide(s) saved in the pack %1.", "", len(info.guides)).replace(
                "%1", str(out)
            )
            ask.inform(self, title, text)

        self.context.tasks.run_task(
            work,
            done,
            lambda error: report_failure(self, title, error),
            receiver=self,
            progress=self.tr("Saving the guide pack…"),
        )

    # -- add from a pack ---------------------------------------------------------------
    def add_pack(self) -> None:
        from peerhelper.operations import guides as guide_operations

        title = self.tr("Add guides from a pack")
        chosen = ask.open_file(self, title, Path.home(), self.tr("Guide packs (*.zip)"))
        if chosen is None:
            return
        paths = self.context.paths

        def refused(error: BaseException) -> None:
            lead = self.tr("The pack was not added; nothing was changed.")
            report_failure(self, title, error, lead=lead)

        self.context.tasks.run_task(
            lambda: guide_operations.import_guides(paths, chosen),
            lambda summary: self._added(title, summary),
            refused,
            receiver=self,
            progress=self.tr("Checking the guides of the pack…"),
        )

    def _added(self, title: str, summary: ImportSummary) -> None:
        lines = []
        for action, text in (
            ("added", self.tr("Added: %n guide(s)", "", summary.count("added"))),
            ("replaced", self.tr("Updated to a newer version: %n", "", summary.count("replaced"))),
            ("up_to_date", self.tr("Already up to date: %n", "", summary.count("up_to_date"))),
            ("bundled", self.tr("Already in the program: %n", "", summary.count("bundled"))),
        ):
            if summary.count(action):  # type: ignore[arg-type]
                lines.append(text)
        if summary.set_aside is not None:
            lines.append(
                self.tr("The older versions were copied to %1.").replace(
                    "%1", str(summary.set_aside)
                )
            )
        if not summary.changed:
            lines.append(self.tr("Nothing was changed."))
        name = summary.pack.name
        if summary.pack.organisation:
            name = f"{name} ({summary.pack.organisation})"
        heading = self.tr("Guide pack: %1").replace("%1", name)
        ask.inform(self, title, heading + "\n\n" + "\n".join(lines))
        if summary.changed:
            self.library_changed.emit()

    # -- remove ------------------------------------------------------------------------
    def remove_current(self) -> None:
        from peerhelper.operations import guides as guide_operations

        guide = self.current()
        if guide is None or not guide.is_local:
            return
        title = self.tr("Remove local guide")
        name = guide.title.get(self.context.language)
        question = self.tr(
            "Remove the guide “%1” from this computer? A copy is kept in the backups folder."
        ).replace("%1", name)
        if self.context.settings.get("server_url"):
            # Local guides are shared: a removal stays on this computer.
            question += "\n\n" + self.tr(
                "This computer syncs with the organisation server, which keeps the "
                "guide: the next sync brings it back."
            )
        if not ask.confirm(self, title, question, self.tr("&Remove")):
            return
        try:
            guide_operations.remove_local_guide(self.context.paths, guide.id)
        except Exception as error:  # told in words if known, else the crash dialog
            report_failure(self, title, error)
            return
        self.library_changed.emit()
