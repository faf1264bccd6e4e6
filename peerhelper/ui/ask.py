"""Small modal questions and messages, in one place so tests can answer them."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from peerhelper.outputs import is_inside


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def open_file(parent: QWidget | None, title: str, folder: Path, pattern: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), pattern)
    return Path(name) if name else None


def save_file(parent: QWidget | None, title: str, suggested: Path, pattern: str) -> Path | None:
    """A file name to save to; a name typed without an ending gets the chosen type's.

    ``pattern`` is Qt's filter list (``"CSV files (*.csv);;Excel workbook (*.xlsx)"``).
    """
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
    if not name:
        return None
    path = Path(name)
    ending = re.search(r"\(\*(\.[\w.]+)", chosen or pattern)
    if not path.suffix and ending:
        path = path.with_name(path.name + ending.group(1))
    return path


def save_file_outside(
    parent: QWidget | None, title: str, suggested: Path, pattern: str, data_root: Path
) -> Path | None:
    """:func:`save_file`, refusing a place inside the data folder (with a message).

    The dialog itself asks before replacing an existing file.
    """
    chosen = save_file(parent, title, suggested, pattern)
    if chosen is not None and is_inside(chosen, data_root):
        error(
            parent,
            title,
            QCoreApplication.translate(
                "Ask",
                "%1 is inside PeerHelper's data folder, where it could replace the "
                "database or its backups. Save it somewhere else, such as your "
                "Documents folder.",
            ).replace("%1", str(chosen)),
        )
        return None
    return chosen
