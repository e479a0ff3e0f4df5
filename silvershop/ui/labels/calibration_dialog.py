"""Calibrating a label printer: a test page with rulers and a target, printed as the driver places it;
the person measures how far off it came out and how long the rulers are, and the correction is saved
for that printer and applied to every label printed on it later, at every desk.

The dialog stays open after saving, with a sentence saying what will change, so a desk with two
printers calibrates both in one go.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QPainter, QPdfWriter, QShowEvent
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.labels.calibration import (
    Calibration,
    calibration_of,
    correction,
    measured,
    paint_test_page,
    ruler_lengths,
    save_calibration,
)
from silvershop.labels.presets import PresetSpec, check_preset, list_presets
from silvershop.labels.render import PDF_DPI, page_layout
from silvershop.print_fonts import MM_PER_INCH
from silvershop.security.permissions import Actor
from silvershop.ui.desk import Desk
from silvershop.ui.labels.lengths import length_box
from silvershop.ui.widgets.form_dialog import DeskDialog, action_button, fit_height

MEASURED_OFFSET_MM = 50.0  # the boxes take more than the service allows, so it can say why not
RULER_SLACK = 0.5  # a ruler may come out half as long again, or half as short, and still be entered
STEP_SPACE = 10  # above each numbered step, so the steps read as steps
UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]')


def installed_printers() -> list[str]:
    """The system's printers, its default one first."""
    names = list(QPrinterInfo.availablePrinterNames())
    default = QPrinterInfo.defaultPrinterName()
    return sorted(names, key=lambda name: name != default)


def measure_box(name: str, low: float, high: float) -> QDoubleSpinBox:
    """Millimetres to one decimal: what a ruler held against the paper reads."""
    return length_box(name, low, high, 1)


class CalibrationDialog(DeskDialog):
    """Choose the printer and the labels loaded in it, print the test page, enter what was measured,
    save. `confirmation` holds the sentence of the last save; `exec()` gives Accepted when closed after
    at least one save."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Calibrate a label printer"),
            self.tr("Save calibration"),
            desk,
            actor,
            parent,
            intro=self.tr(
                "A printer may put its print a little off the label, always by the same amount. Measure "
                "it once with a test page: every label printed on this printer afterwards is moved and "
                "scaled to match, at every desk."
            ),
        )
        self.cancel.setText(self.tr("Close"))
        self._steps: list[QLabel] = []
        with desk.database.reading() as session:
            self.presets = list_presets(session)
        self.printer = self.add("printer", self.tr("Printer"), QComboBox())
        self.printer.addItems(installed_printers())
        self.preset = self.add("preset", self.tr("Labels loaded"), QComboBox())
        for preset in self.presets:
            self.preset.addItem(preset.name, preset.id)
        self.saved_now = self.add(
            "saved", self.tr("Correction saved"), QLabel(objectName="note", wordWrap=True)
        )
        self._step(self.tr("1. Print the test page on the printer, on the labels it is loaded with."))
        self.print_button = action_button(self.tr("Print test page…"))
        self.pdf_button = action_button(self.tr("Save test page as PDF…"))
        self.print_button.clicked.connect(self.print_test_page)
        self.pdf_button.clicked.connect(self.save_test_page)
        self._step(self._buttons(self.print_button, self.pdf_button))
        self._step(
            self.tr(
                "2. Measure how far the centre of the target is from the centre of the label: to the "
                "right and down count as positive, to the left and up as negative."
            )
        )
        self.right = self.add(
            "offset_x_mm",
            self.tr("Target to the right by"),
            measure_box(self.tr("Target to the right by"), -MEASURED_OFFSET_MM, MEASURED_OFFSET_MM),
        )
        self.down = self.add(
            "offset_y_mm",
            self.tr("Target lower by"),
            measure_box(self.tr("Target lower by"), -MEASURED_OFFSET_MM, MEASURED_OFFSET_MM),
        )
        self.ruler_step = QLabel(wordWrap=True)
        self._step(self.ruler_step)
        self.across_ruler = self.add(
            "scale_x",
            self.tr("Ruler along the top"),
            measure_box(self.tr("Ruler along the top"), 1.0, 75.0),
        )
        self.down_ruler = self.add(
            "scale_y",
            self.tr("Ruler down the side"),
            measure_box(self.tr("Ruler down the side"), 1.0, 75.0),
        )
        self.preset.currentIndexChanged.connect(self.show_saved)
        self._step(self.tr("4. Save: the correction applies to every later print on this printer."))
        self.printer.currentIndexChanged.connect(self.show_saved)
        if self.printer.count():
            self.show_saved()
        else:
            self._show_rulers()
            self._no_printer()

    def _step(self, what: str | QWidget) -> None:
        """A line across the form: a numbered step, or the buttons of one."""
        if isinstance(what, (QLabel, str)):
            widget = what if isinstance(what, QLabel) else QLabel(what, wordWrap=True)
            widget.setContentsMargins(0, STEP_SPACE, 0, 0)
            self._steps.append(widget)
        else:
            widget = what
        self.forms[0].layout_.addRow(widget)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A form row across both columns gets the height of its sentence measured once, at the width
        # it is shown at: measured again later (a sentence added on top), it lost its last line.
        for step in self._steps:
            step.setMinimumHeight(step.heightForWidth(step.width()))
        fit_height(self)

    def _buttons(self, *buttons: QPushButton) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            layout.addWidget(button)
        layout.addStretch(1)
        return row

    def _no_printer(self) -> None:
        for widget in (
            self.printer,
            self.preset,
            self.print_button,
            self.pdf_button,
            self.right,
            self.down,
            self.across_ruler,
            self.down_ruler,
            self.action,
        ):
            widget.setEnabled(False)
        self.forms[0].layout_.setRowVisible(self.saved_now.parentWidget(), False)
        self._warn(
            self.tr("No printer is installed on this computer; install the label printer's driver first.")
        )

    def _tell(self, sentence: str) -> None:
        """A sentence on top, in place of any earlier one; the dialog grows to show it whole."""
        for form in self.forms:
            form.clear_errors()
        self.bar.show_info(sentence)
        fit_height(self)

    def _warn(self, sentence: str) -> None:
        for form in self.forms:
            form.clear_errors()
        self.bar.show_error(sentence)
        fit_height(self)

    def printer_name(self) -> str:
        return self.printer.currentText()

    def chosen_preset(self) -> PresetSpec:
        return self.presets[self.preset.currentIndex()]

    def show_saved(self) -> None:
        """What is saved for the chosen printer, and the fields as the measurements that gave it."""
        with self.desk.database.reading() as session:
            saved = calibration_of(session, self.printer_name())
        self.saved_now.setText(self.describe(saved))
        self._show_rulers()
        right, down, across, side = measured(self.chosen_preset(), saved)
        self.right.setValue(right)
        self.down.setValue(down)
        self.across_ruler.setValue(across)
        self.down_ruler.setValue(side)

    def _show_rulers(self) -> tuple[int, int]:
        """Step 3 for the labels loaded: how long the test page's rulers are drawn on them."""
        across, down = ruler_lengths(self.chosen_preset())
        self.ruler_step.setText(
            self.tr(
                "3. Measure how long the rulers came out, from 0 to their last mark: the one along the "
                "top is {across} mm long, the one down the side {down} mm."
            ).format(across=across, down=down)
        )
        for box, length in ((self.across_ruler, across), (self.down_ruler, down)):
            box.setRange(length * (1 - RULER_SLACK), length * (1 + RULER_SLACK))
        return across, down

    def describe(self, calibration: Calibration) -> str:
        """The correction in words: where the labels move and how much larger or smaller they come out."""
        moves = [
            (ahead if offset > 0 else back).format(mm=f"{abs(offset):g}")
            for offset, ahead, back in (
                (round(calibration.offset_x_mm, 1), self.tr("{mm} mm right"), self.tr("{mm} mm left")),
                (round(calibration.offset_y_mm, 1), self.tr("{mm} mm down"), self.tr("{mm} mm up")),
            )
            if offset
        ]
        across, down = (round((scale - 1) * 100, 1) for scale in (calibration.scale_x, calibration.scale_y))
        if across == down:
            changes = [(across, self.tr("{percent} % larger"), self.tr("{percent} % smaller"))]
        else:
            changes = [
                (across, self.tr("{percent} % wider"), self.tr("{percent} % narrower")),
                (down, self.tr("{percent} % taller"), self.tr("{percent} % shorter")),
            ]
        sizes = [
            (larger if percent > 0 else smaller).format(percent=f"{abs(percent):g}")
            for percent, larger, smaller in changes
            if percent
        ]
        if not moves and not sizes:
            return self.tr("No correction: labels print where the driver puts them.")
        sentences = []
        if moves:
            sentences.append(self.tr("Labels move {moves}.").format(moves=self._and(moves)))
        if sizes:
            sentences.append(self.tr("They come out {sizes}.").format(sizes=self._and(sizes)))
        return " ".join(sentences)

    def _and(self, parts: list[str]) -> str:
        """One or two parts as a sentence joins them, in the language of the window (not the system's)."""
        if len(parts) == 1:
            return parts[0]
        return self.tr("{first} and {second}").format(first=parts[0], second=parts[1])

    def calibration(self) -> Calibration:
        return correction(
            self.chosen_preset(),
            self.right.value(),
            self.down.value(),
            self.across_ruler.value(),
            self.down_ruler.value(),
        )

    def submit(self) -> None:
        calibration = self.calibration()
        with transaction(self.desk.database.sessions) as session:
            save_calibration(session, self.actor, self.printer_name(), calibration)
        self.confirmation = self.tr("Saved for {printer}. {correction}").format(
            printer=self.printer_name(), correction=self.describe(calibration)
        )

    def accept(self) -> None:
        """Save and stay open, with the sentence on top; a refusal goes under its field."""
        try:
            self.submit()
        except SilvershopError as err:
            self.show_error(err)
            return
        self.saved_now.setText(self.describe(self.calibration()))
        self._tell(self.confirmation)

    def reject(self) -> None:
        """Close: the dialog counts as accepted once a calibration was saved, so the caller reads the
        printers again."""
        if self.confirmation:
            self.done(QDialog.DialogCode.Accepted)
        else:
            super().reject()

    def _test_page(self) -> PresetSpec | None:
        """The chosen preset, if it can be printed on; else the sentence under its field."""
        preset = self.chosen_preset()
        try:
            check_preset(preset)
        except SilvershopError as err:
            self.show_error(type(err)(err.message, field="preset", **err.params))
            return None
        return preset

    def print_test_page(self) -> None:
        preset = self._test_page()
        if preset is None:
            return
        name = self.printer_name()
        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            self._warn(
                self.tr("The printer {printer} is no longer installed; choose another.").format(printer=name)
            )
            return
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Test page for {printer}").format(printer=name))
        printer.setFullPage(True)  # measured from the paper's edge, as labels are placed
        if not printer.setPageLayout(page_layout(preset)):
            self._warn(
                self.tr(
                    "The printer {printer} does not take {width}×{height} mm pages. Choose the labels it is "
                    "loaded with."
                ).format(printer=name, width=f"{preset.page_width_mm:g}", height=f"{preset.page_height_mm:g}")
            )
            return
        if self._paint(printer, preset, printer.logicalDpiX() / MM_PER_INCH):
            self._tell(
                self.tr("The test page went to {printer}. Measure it as steps 2 and 3 say.").format(
                    printer=name
                )
            )
        else:
            self._warn(
                self.tr(
                    "The printer {printer} cannot be reached; check that it is on and connected, then "
                    "try again."
                ).format(printer=name)
            )

    def save_test_page(self) -> None:
        """The test page as a PDF, for a desk that wants to look at it first or print it from elsewhere."""
        preset = self._test_page()
        if preset is None:
            return
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        stem = UNSAFE_IN_FILE_NAMES.sub("-", self.tr("Test page {preset}").format(preset=preset.name))
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save test page as PDF"),
            str(folder / f"{stem}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")
        writer = QPdfWriter(str(target))
        writer.setResolution(PDF_DPI)
        writer.setCreator("silvershop")
        writer.setTitle(self.tr("Test page {preset}").format(preset=preset.name))
        writer.setPageLayout(page_layout(preset))
        painted = self._paint(writer, preset, PDF_DPI / MM_PER_INCH)
        del writer  # closes the file
        if painted:
            self._tell(self.tr("The test page was saved as {path}.").format(path=target))
        else:
            self._warn(
                self.tr("The test page could not be written to {path}; choose another folder.").format(
                    path=target
                )
            )

    def _paint(self, device: QPrinter | QPdfWriter, preset: PresetSpec, px_per_mm: float) -> bool:
        """The test page, uncalibrated: it measures the printer as it is. False if the device refused."""
        painter = QPainter()
        if not painter.begin(device):
            return False
        try:
            paint_test_page(painter, preset, px_per_mm)
        finally:
            painter.end()
        return True
