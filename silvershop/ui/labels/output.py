"""Where a checked label batch goes: any printer the system knows, through its own print dialog
(thermal label printers included), or a PDF in the person's Documents folder.

The printer's calibration, measured once and kept in the database, is read when the printer is
chosen and applied to the whole batch; a PDF is never calibrated (it is not printed yet). The
painting itself runs in a worker (printing.py); `ended(outcome, sentence)` says how it went.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from silvershop.config import local_today
from silvershop.errors import SilvershopError
from silvershop.labels.calibration import PDF_PRINTER, calibration_of
from silvershop.labels.render import LabelJob, Progress, page_layout, print_job, render_pdf
from silvershop.ui import vocabulary
from silvershop.ui.labels.printing import FAILED, Batch, BatchRun, Output

if TYPE_CHECKING:
    from silvershop.ui.desk import Desk


def printer_name(printer: QPrinter) -> str:
    """The name the printer's calibration is kept under; PDF for a file the print dialog writes."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return PDF_PRINTER
    return printer.printerName()


class LabelOutput(QObject):
    """Sends batches out one at a time; `running` while one is being painted."""

    ended = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.owner = parent
        self.run: BatchRun | None = None

    @property
    def running(self) -> bool:
        return self.run is not None

    def _pages(self, count: int) -> str:
        return (
            self.tr("1 page")
            if count == 1
            else self.tr("{count} pages").format(count=vocabulary.number(count))
        )

    # Printing ------------------------------------------------------------------------------------

    def print_batch(self, batch: Batch) -> None:
        """Ask which printer (the page set to the preset's media), then print with its calibration."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Labels {day}").format(day=local_today().isoformat()))
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(batch.preset))
        dialog = QPrintDialog(printer, self.owner)
        dialog.setWindowTitle(self.tr("Print labels on {preset}").format(preset=batch.preset.name))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = printer_name(printer)
        shown = printer.outputFileName() if name == PDF_PRINTER else name
        try:
            with self.desk.database.reading() as session:
                calibrated = replace(batch, calibration=calibration_of(session, name))
        except SilvershopError as err:
            self.ended.emit(FAILED, err.localized())
            return

        def output(job: LabelJob, progress: Progress) -> int:
            return print_job(job, printer, shown, progress)

        def outcome(done: int, pages: int, cancelled: bool) -> str:
            if cancelled:
                return self.tr(
                    "Printing was cancelled after page {done} of {pages}; the printer may still print "
                    "the pages it was sent."
                ).format(done=vocabulary.number(done), pages=vocabulary.number(pages))
            return self.tr("The labels were sent to {printer} ({pages}).").format(
                printer=shown, pages=self._pages(pages)
            )

        self._start(
            calibrated,
            output,
            self.tr("Printing labels"),
            lambda page, pages: self.tr("Printing label page {page} of {pages}…").format(
                page=vocabulary.number(page), pages=vocabulary.number(pages)
            ),
            outcome,
        )

    # Saving --------------------------------------------------------------------------------------

    def save_pdf(self, batch: Batch) -> None:
        """Ask where (Documents, named for today), then write the PDF whole or not at all."""
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        name = self.tr("labels-{day}.pdf").format(day=local_today().isoformat())
        path, _filter = QFileDialog.getSaveFileName(
            self.owner, self.tr("Save labels as PDF"), str(folder / name), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")
        # The dialog asked about replacing the name as typed; ".pdf" added after it is asked here.
        if target.name != Path(path).name and target.exists() and not self._may_replace(target):
            return

        def output(job: LabelJob, progress: Progress) -> int:
            return render_pdf(job, target, progress)

        def outcome(done: int, pages: int, cancelled: bool) -> str:
            if cancelled:
                return self.tr("Saving the labels was cancelled; no PDF was written.")
            return self.tr("The labels were saved as {path} ({pages}).").format(
                path=target, pages=self._pages(pages)
            )

        self._start(
            batch,
            output,
            self.tr("Saving labels as PDF"),
            lambda page, pages: self.tr("Saving label page {page} of {pages}…").format(
                page=vocabulary.number(page), pages=vocabulary.number(pages)
            ),
            outcome,
        )

    def _may_replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self.owner,
            self.tr("Save labels as PDF"),
            self.tr("{name} already exists. Replace it?").format(name=target.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _start(
        self,
        batch: Batch,
        output: Output,
        title: str,
        progress: Callable[[int, int], str],
        outcome: Callable[[int, int, bool], str],
    ) -> None:
        self.run = BatchRun(batch, output, title, progress, outcome, self.owner)
        self.run.ended.connect(self._ended)
        self.run.start()

    def _ended(self, outcome: str, sentence: str) -> None:
        self.run = None
        self.ended.emit(outcome, sentence)
