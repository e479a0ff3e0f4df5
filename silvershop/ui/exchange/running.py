"""Workbook work off the GUI thread (DESIGN rule 4), with its progress and a Cancel button: an export,
an import's check and its writing, a report for the sender.

A file of twenty thousand rows takes a while to read, check and write; the window keeps answering
meanwhile. Cancel makes the worker's next progress report raise the services' own `cancelled()`: the
work stops where it is and its transaction rolls back, and a workbook is saved under a temporary name
first, so nothing of a cancelled piece of work remains.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QWidget

from silvershop.errors import SilvershopError
from silvershop.exchange.catalogue_import import cancelled
from silvershop.ui.widgets.background import progress_dialog, start_held

Progress = Callable[[str, int, int], None]  # phase, done, total (0 while it is not known yet)
Work = Callable[[Progress], object]  # runs in the worker; what it returns is handed to `succeeded`
Describe = Callable[[str, int, int], str]  # the progress dialog's line for a report


class WorkbookWorker(QThread):
    """Runs `work`; exactly one of `succeeded(result)`, `failed(sentence)` or `cancelled()` is emitted,
    unless the work itself crashes, which `finished` without an outcome tells."""

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def stop(self) -> None:
        """Cancel and wait: the application is closing, and a thread must not outlive it."""
        self.cancel()
        self.wait()

    def _progress(self, phase: str, done: int, total: int) -> None:
        if self._stop.is_set():
            raise cancelled()
        self.progressed.emit(phase, done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except SilvershopError as err:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(err.localized())
            return
        self.succeeded.emit(result)


class WorkbookRun(QObject):
    """One piece of work on its way: the worker and its progress dialog. The dialog is window-modal,
    so nothing in the dialog that started it changes meanwhile; closing it asks to cancel.

    Once the worker has finished and the progress dialog is gone, one of `succeeded(result)`,
    `failed(sentence)` or `cancelled()` is emitted.
    """

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, title: str, first_line: str, describe: Describe, parent: QWidget) -> None:
        super().__init__(parent)
        self._describe = describe
        self._outcome: tuple[str, object] | None = None
        self.worker = WorkbookWorker(work)
        self.dialog, self.cancel_button = progress_dialog(parent, title, first_line)
        self.dialog.setRange(0, 0)  # busy until the first report says how much there is
        self.dialog.canceled.connect(self.cancel)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(lambda result: self._end("succeeded", result))
        self.worker.failed.connect(lambda sentence: self._end("failed", sentence))
        self.worker.cancelled.connect(lambda: self._end("cancelled", None))
        self.worker.finished.connect(self._finished)
        self.destroyed.connect(self.worker.cancel)  # its dialog was closed: nobody waits for the result

    def start(self) -> None:
        self.dialog.setValue(0)
        start_held(self.worker, self.worker.stop)

    def cancel(self) -> None:
        self.worker.cancel()
        self.cancel_button.setEnabled(False)
        self.dialog.setLabelText(self.tr("Stopping…"))

    def _progressed(self, phase: str, done: int, total: int) -> None:
        if not self.cancel_button.isEnabled():
            return  # it says that it is stopping
        self.dialog.setLabelText(self._describe(phase, done, total))
        self.dialog.setRange(0, total)
        self.dialog.setValue(min(done, total))

    def _end(self, outcome: str, value: object) -> None:
        self._outcome = (outcome, value)

    def _finished(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        outcome, value = self._outcome or (
            "failed",
            self.tr(
                "This stopped because of an error in silvershop, and nothing was changed. Try again; if it "
                "happens again, tell your administrator."
            ),
        )
        if outcome == "succeeded":
            self.succeeded.emit(value)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(str(value))
        self.deleteLater()
