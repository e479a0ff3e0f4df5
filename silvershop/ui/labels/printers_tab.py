"""The Printers tab: how calibration works, the way to calibrate a printer, and what is kept for each
printer this computer knows.

Calibration is kept in the database under the printer's name, so a printer shared by several desks
is measured once; this list shows the printers of this computer, which are the ones people here
print on, with what every print on them is moved and scaled by.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from silvershop.labels.calibration import Calibration, calibration_of
from silvershop.security.permissions import Actor
from silvershop.ui.desk import Desk
from silvershop.ui.labels.calibration_dialog import CalibrationDialog
from silvershop.ui.widgets.form_dialog import action_button
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, list_page


@dataclass(frozen=True)
class PrinterRow:
    name: str
    calibration: Calibration

    @property
    def calibrated(self) -> bool:
        return self.calibration != Calibration()


def _mm(value: float) -> str:
    return f"{QLocale().toString(value, 'f', 1)} mm"


def _percent(scale: float) -> str:
    return f"{QLocale().toString(scale * 100, 'f', 1)} %"


class PrintersTab(QWidget):
    """`changed` after a printer was calibrated."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        explanation = QLabel(
            self.tr(
                "A label printer puts its print a little off where it was meant, always by the same "
                "amount. Calibrating prints a test page with rulers and a target on the printer's labels; "
                "you measure how far off it came out, and every later print on that printer is moved "
                "and scaled to make up for it, at every desk."
            ),
            objectName="note",
            wordWrap=True,
        )
        self.calibrate_button = action_button(self.tr("Calibrate a printer…"))
        self.calibrate_button.clicked.connect(self.calibrate)
        self.table: RecordTable[PrinterRow] = RecordTable(
            [
                Column(self.tr("Printer"), lambda r: r.name, stretch=True),
                Column(self.tr("Moved across"), lambda r: _mm(r.calibration.offset_x_mm)),
                Column(self.tr("Moved down"), lambda r: _mm(r.calibration.offset_y_mm)),
                Column(self.tr("Scaled across"), lambda r: _percent(r.calibration.scale_x)),
                Column(self.tr("Scaled down"), lambda r: _percent(r.calibration.scale_y)),
                Column(
                    self.tr("Calibrated"), lambda r: self.tr("Yes") if r.calibrated else self.tr("Not yet")
                ),
            ],
            empty_text=self.tr(
                "This computer knows no printer. Add the label printer in the system's printer settings, "
                "then press F5."
            ),
            hide_when_empty=True,
        )
        self.table.view.setAccessibleName(self.tr("Printers and their calibration"))
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(explanation, 1)
        row.addWidget(self.calibrate_button)
        list_page(self, row, table=self.table)

    def refresh(self, session: Session) -> None:
        names = sorted(QPrinterInfo.availablePrinterNames(), key=str.casefold)
        self.table.set_records([PrinterRow(name, calibration_of(session, name)) for name in names])

    def calibrate(self) -> None:
        if CalibrationDialog(self.desk, self.actor, self).exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()
