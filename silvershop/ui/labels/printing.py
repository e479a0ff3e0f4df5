"""A label batch painted off the GUI thread (DESIGN rule 4), with its progress and a Cancel button.

A batch of a few thousand labels takes a while to paint and a printer driver may take longer still to
take the pages; the window keeps answering meanwhile. The worker paints a job of its own, made in the
thread from the batch's plain values, so nothing it measures or caches is shared with the preview
the GUI thread goes on painting. QPainter on a QPdfWriter or a QPrinter may be used in a worker.

Cancel makes the worker's next page report answer "stop": a PDF is then not written at all; a
printer has been sent the pages painted so far (the outcome says how many).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QWidget

from silvershop.errors import SilvershopError
from silvershop.labels.calibration import Calibration
from silvershop.labels.placement import page_count
from silvershop.labels.presets import PresetSpec
from silvershop.labels.records import LabelItem
from silvershop.labels.render import Cancelled, LabelJob, Progress
from silvershop.ui.widgets.background import progress_dialog, start_held

Output = Callable[[LabelJob, Progress], int]  # paints the job somewhere; the pages painted
DONE, CANCELLED, FAILED = "done", "cancelled", "failed"  # how a batch ended


@dataclass(frozen=True)
class Batch:
    """What to print, as plain values a thread can be handed."""

    preset: PresetSpec
    items: Sequence[LabelItem]
    copies: int = 1
    skip: int = 0
    calibration: Calibration = field(default_factory=Calibration)

    @property
    def pages(self) -> int:
        return page_count(len(self.items), self.copies, self.skip, self.preset.per_page)

    def job(self) -> LabelJob:
        return LabelJob(self.preset, self.items, self.copies, self.skip, self.calibration)


class LabelWorker(QThread):
    """Paints the batch with `output`; exactly one of `succeeded(pages)`, `failed(sentence)` or
    `cancelled(pages done, pages in all)` is emitted, unless the painting code itself crashes, which
    `finished` without an outcome tells."""

    progressed = Signal(int, int)
    succeeded = Signal(int)
    failed = Signal(str)
    cancelled = Signal(int, int)

    def __init__(self, batch: Batch, output: Output) -> None:
        super().__init__()
        self.batch = batch
        self._output = output
        self._stop = threading.Event()
        self._done = 0

    def cancel(self) -> None:
        self._stop.set()

    def stop(self) -> None:
        """Cancel and wait: the application is closing, and a thread must not outlive it."""
        self.cancel()
        self.wait()

    def _progress(self, done: int, total: int) -> bool:
        self._done = done
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        job = self.batch.job()
        try:
            pages = self._output(job, self._progress)
        except Cancelled:
            self.cancelled.emit(self._done, job.pages)
            return
        except SilvershopError as err:
            self.failed.emit(err.localized())
            return
        self.succeeded.emit(pages)


class BatchRun(QObject):
    """One batch on its way out: the worker and its progress dialog. The dialog is window-modal, so
    the batch cannot be changed or sent twice while it is painted; closing it asks to cancel.

    `ended(outcome, sentence)` once the worker has finished, the outcome DONE, CANCELLED or FAILED;
    `describe_progress(page, pages)` gives the dialog's line, `describe_outcome(done, pages,
    cancelled)` the sentence for the way it ended.
    """

    ended = Signal(str, str)

    def __init__(
        self,
        batch: Batch,
        output: Output,
        title: str,
        describe_progress: Callable[[int, int], str],
        describe_outcome: Callable[[int, int, bool], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._describe_progress = describe_progress
        self._outcome: tuple[str, str] | None = None
        self.worker = LabelWorker(batch, output)
        total = batch.pages
        self.dialog, self.cancel_button = progress_dialog(parent, title, describe_progress(1, total))
        self.dialog.setRange(0, total)
        self.dialog.canceled.connect(self._cancel)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(lambda pages: self._end(DONE, describe_outcome(pages, pages, False)))
        self.worker.failed.connect(lambda sentence: self._end(FAILED, sentence))
        self.worker.cancelled.connect(
            lambda done, pages: self._end(CANCELLED, describe_outcome(done, pages, True))
        )
        self.worker.finished.connect(self._finished)
        self.destroyed.connect(self.worker.cancel)  # its window was closed: nobody waits for the pages

    def start(self) -> None:
        self.dialog.setValue(0)
        start_held(self.worker, self.worker.stop)

    def _cancel(self) -> None:
        self.worker.cancel()
        self.cancel_button.setEnabled(False)
        self.dialog.setLabelText(self.tr("Stopping after this page…"))

    def _progressed(self, done: int, total: int) -> None:
        if self.cancel_button.isEnabled():  # else it says that it is stopping
            self.dialog.setLabelText(self._describe_progress(min(done + 1, total), total))
        self.dialog.setValue(done)

    def _end(self, outcome: str, sentence: str) -> None:
        self._outcome = (outcome, sentence)

    def _finished(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        outcome, sentence = self._outcome or (
            FAILED,
            self.tr("The labels could not be painted because of an error in silvershop; try again."),
        )
        self.ended.emit(outcome, sentence)
        self.deleteLater()
