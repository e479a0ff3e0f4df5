"""Handing the resident their receipt: printed through the system's print dialog on an A4 sheet or on
the counter's 80 mm roll (cut exactly after the receipt), or saved as a PDF in the clerk's Documents.

The receipt is read in a reading session as the desk's signed-in person (it names a resident, so
the service checks they work at the loan's centre) and painted by `rental.receipt_layout`, which
knows nothing of printers or dialogs.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QStandardPaths, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError
from silvershop.print_fonts import MM_PER_INCH
from silvershop.rental.receipt_layout import Paper, paint, receipt_height, render_pdf
from silvershop.rental.receipts import Receipt, checkout_receipt, return_receipt
from silvershop.security.permissions import Actor
from silvershop.ui.desk import Desk
from silvershop.ui.rental.term_and_payment import ChoiceButtons
from silvershop.ui.widgets.form_dialog import action_button
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.screen import SPACING

ROLL_WIDTH_MM = 80.0
# Left, top, right, bottom, as `receipt_layout` lays out a roll: the deeper foot keeps the last line
# clear of the cutter.
ROLL_MARGINS_MM = (4.0, 4.0, 4.0, 14.0)
PROVISIONAL_ROLL_MM = 297.0  # long enough to measure the receipt on; cut to its length after


class ReceiptKind(Enum):
    CHECKOUT = "checkout"  # a loan going out, a renewal too
    RETURN = "return"


def read_receipt(desk: Desk, actor: Actor, loan_id: int, kind: ReceiptKind) -> Receipt:
    with desk.database.reading() as session:
        if kind is ReceiptKind.RETURN:
            return return_receipt(session, actor, loan_id)
        return checkout_receipt(session, actor, loan_id)


def roll_layout(length_mm: float) -> QPageLayout:
    left, top, right, bottom = ROLL_MARGINS_MM
    size = QPageSize(
        QSizeF(ROLL_WIDTH_MM, length_mm), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch
    )
    return QPageLayout(
        size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


def fit_roll(printer: QPrinter, receipt: Receipt) -> None:
    """An 80 mm page exactly as long as the receipt, measured at the printer's own resolution."""
    printer.setPageLayout(roll_layout(PROVISIONAL_ROLL_MM))
    width = printer.pageRect(QPrinter.Unit.DevicePixel).width()
    height = receipt_height(receipt, printer, width, Paper.ROLL_80MM)
    _left, top, _right, bottom = ROLL_MARGINS_MM
    printer.setPageLayout(roll_layout(top + bottom + height * MM_PER_INCH / printer.logicalDpiY()))


def print_on(printer: QPrinter, receipt: Receipt, paper: Paper) -> None:
    """Paint the receipt on `printer`, set up by the print dialog (a roll is cut to the receipt)."""
    if paper is Paper.ROLL_80MM:
        fit_roll(printer, receipt)
    painter = QPainter()
    if not painter.begin(printer):
        raise SilvershopError(
            QT_TRANSLATE_NOOP(
                "errors", "The printer {printer} did not accept the receipt; check that it is on."
            ),
            printer=printer.printerName() or printer.outputFileName(),
        )
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        paint(receipt, painter, QRectF(0, 0, page.width(), page.height()), paper)
    finally:
        painter.end()


class ReceiptButtons(QWidget):
    """The paper, then Print receipt… or Save receipt as PDF… for the loan set with `set_loan`;
    `finished` after either (printed, saved, or given up), so the counter takes the focus back."""

    finished = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.loan: tuple[int, str, ReceiptKind] | None = None
        self.paper = ChoiceButtons(
            [(Paper.A4, self.tr("A4 sheet")), (Paper.ROLL_80MM, self.tr("80 mm roll"))]
        )
        self.paper.choose(Paper.A4)
        self.print_button = action_button(self.tr("Print receipt…"))
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button = action_button(self.tr("Save receipt as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.bar = MessageBar()
        row = QHBoxLayout()
        row.setSpacing(SPACING // 2)
        row.addWidget(QLabel(self.tr("Paper")))
        row.addWidget(self.paper)
        row.addSpacing(SPACING)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(row)
        layout.addWidget(self.bar)

    def set_loan(self, loan_id: int, code: str, kind: ReceiptKind) -> None:
        self.loan = (loan_id, code, kind)
        self.bar.clear()

    def chosen_paper(self) -> Paper:
        return self.paper.chosen() or Paper.A4

    def _receipt(self) -> Receipt | None:
        if self.loan is None:
            return None
        loan_id, _code, kind = self.loan
        try:
            return read_receipt(self.desk, self.actor, loan_id, kind)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return None

    def print_receipt(self) -> None:
        receipt = self._receipt()
        if receipt is None:
            return
        paper = self.chosen_paper()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{receipt.title} {receipt.loan_code}")
        if paper is Paper.A4:
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        else:
            printer.setPageLayout(roll_layout(PROVISIONAL_ROLL_MM))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print receipt {code}").format(code=receipt.loan_code))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                print_on(printer, receipt, paper)
            except SilvershopError as err:
                self.bar.show_error(err.localized())
            else:
                self.bar.show_info(
                    self.tr("Receipt {code} was sent to the printer.").format(code=receipt.loan_code)
                )
        self.finished.emit()

    def save_pdf(self) -> None:
        receipt = self._receipt()
        if receipt is None or self.loan is None:
            return
        _loan_id, code, kind = self.loan
        stem = code if kind is ReceiptKind.CHECKOUT else self.tr("{code} return").format(code=code)
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save receipt as PDF"),
            str(folder / f"{stem}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if path:
            target = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")
            try:
                render_pdf(receipt, target, self.chosen_paper())
            except SilvershopError as err:
                self.bar.show_error(err.localized())
            else:
                self.bar.show_info(self.tr("The receipt was saved as {path}.").format(path=target))
        self.finished.emit()
