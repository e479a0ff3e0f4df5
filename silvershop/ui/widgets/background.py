"""Worker threads held until they end, whatever happens to the window that started them, and the
progress dialog that watches one.

A dialog closed under a running worker (the person signed out, the window locked) must not destroy
the thread while it runs; and a thread must not outlive the application, so quitting asks it to stop
and waits for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from silvershop.ui.widgets.form_dialog import large_target

SHOW_AFTER_MS = 300  # work done sooner shows no progress dialog at all

_RUNNING: set[QThread] = set()


def start_held(worker: QThread, stop: Callable[[], None]) -> None:
    """Start `worker`, held here until it has finished; `stop` (cancel and wait) runs on quitting."""
    _RUNNING.add(worker)
    worker.finished.connect(worker.deleteLater)
    worker.destroyed.connect(lambda: _RUNNING.discard(worker))
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(stop)
    worker.start()


def progress_dialog(parent: QWidget, title: str, first_line: str) -> tuple[QProgressDialog, QPushButton]:
    """A window-modal progress dialog, so what started the work cannot change meanwhile, with a large
    Cancel button; it stays up until the worker has ended (no automatic close or reset)."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumWidth(460)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setLabelText(first_line)
    cancel = large_target(QPushButton(QCoreApplication.translate("BackgroundWork", "Cancel")))
    dialog.setCancelButton(cancel)
    return dialog, cancel
