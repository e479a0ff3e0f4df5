"""Which workbook to read or write, asked with the system's file dialogs, and the folder a written one
is in, opened in the system's file manager so it can be attached to an e-mail at once.

Saved workbooks go to the person's Documents folder unless they choose otherwise; ".xlsx" is added to
a name typed without it, and a file that name would replace is asked about first (the dialog asked
only about the name as typed).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate

CONTEXT = "exchange"
SUFFIX = ".xlsx"
_FILTER = QT_TRANSLATE_NOOP("exchange", "Excel workbooks (*.xlsx)")
_REPLACE = QT_TRANSLATE_NOOP("exchange", "{name} already exists. Replace it?")


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def beside(source: Path, name: str) -> Path:
    """`name` in the folder of `source` when it may be written there (the report goes back with the
    file it answers), else in Documents (a file opened from a read-only share or an e-mail's folder)."""
    folder = source.parent if os.access(source.parent, os.W_OK) else documents()
    return folder / name


def workbook_to_read(parent: QWidget, title: str, folder: Path) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), translate(CONTEXT, _FILTER))
    return Path(path) if path else None


def workbook_to_write(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """The file to write, or None when the person changed their mind."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), translate(CONTEXT, _FILTER))
    if not path:
        return None
    target = Path(path) if path.lower().endswith(SUFFIX) else Path(f"{path}{SUFFIX}")
    if target.name != Path(path).name and target.exists():
        answer = QMessageBox.question(parent, title, translate(CONTEXT, _REPLACE).format(name=target.name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return target


def show_folder(path: Path) -> None:
    """The folder holding `path`, in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
