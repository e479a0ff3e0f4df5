"""Printer calibration: a thermal printer's feed and a laser's paper path put the drawing a little off
where it was meant, always by the same amount. A test page with rulers and a target shows by how
much; the measured offset and scale are saved per printer (in the database, so every desk that
prints on it agrees) and applied to everything later printed on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from sqlalchemy.orm import Session

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.labels.models import PrinterCalibration
from silvershop.labels.presets import PresetSpec
from silvershop.print_fonts import installed_cjk_families, print_font
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission

MAX_OFFSET_MM = 10.0
SCALE_RANGE = (0.9, 1.1)
RULER_MM = 50  # the test page's rulers, long enough to measure a scale error of 1 %
PDF_PRINTER = "PDF"  # what a PDF file is "printed" on: never calibrated


@dataclass(frozen=True)
class Calibration:
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale_x: float = 1.0
    scale_y: float = 1.0

    def apply(self, painter: QPainter, px_per_mm: float) -> None:
        """Move and scale what `painter` draws next, about the page's top-left corner."""
        painter.translate(self.offset_x_mm * px_per_mm, self.offset_y_mm * px_per_mm)
        painter.scale(self.scale_x, self.scale_y)


def check_calibration(calibration: Calibration) -> None:
    for name, offset in (("offset_x_mm", calibration.offset_x_mm), ("offset_y_mm", calibration.offset_y_mm)):
        if not -MAX_OFFSET_MM <= offset <= MAX_OFFSET_MM:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "An offset of more than {most} mm is not a printer's error: check that the paper "
                    "or the labels are loaded right, then measure again.",
                ),
                field=name,
                most=f"{MAX_OFFSET_MM:g}",
            )
    low, high = SCALE_RANGE
    for name, scale in (("scale_x", calibration.scale_x), ("scale_y", calibration.scale_y)):
        if not low <= scale <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A scale outside {low} to {high} is not a printer's error: check that the print "
                    "dialog does not shrink the page to fit, then measure again.",
                ),
                field=name,
                low=f"{low:g}",
                high=f"{high:g}",
            )


def target_mm(preset: PresetSpec) -> tuple[float, float]:
    """Where the test page's target is drawn: the centre of the first label, from the page's corner."""
    left, top = preset.label_origin_mm(0, 0)
    return left + preset.label_width_mm / 2, top + preset.label_height_mm / 2


def ruler_lengths(preset: PresetSpec) -> tuple[int, int]:
    """How long the test page's rulers along the top and down the side of the first label are: 50 mm,
    or the most whole centimetres a smaller label has room for."""

    def fits(side_mm: float) -> int:
        return min(RULER_MM, max(10, int((side_mm - 2) // 10) * 10))

    return fits(preset.label_width_mm), fits(preset.label_height_mm)


def scale_from(measured_mm: float, printed_mm: float = RULER_MM) -> float:
    """The scale that makes a ruler printed `measured_mm` long come out `printed_mm` long."""
    if measured_mm <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Enter the length of the printed {length} mm ruler as you measured it."
            ),
            field="measured",
            length=f"{printed_mm:g}",
        )
    return printed_mm / measured_mm


def correction(
    preset: PresetSpec, right_mm: float, down_mm: float, across_mm: float, down_ruler_mm: float
) -> Calibration:
    """What undoes what was measured on the test page: a target printed 1.5 mm right of the label's
    centre needs the print moved 1.5 mm left; a 50 mm ruler printed 49.5 mm long needs it 50/49.5
    times larger.

    The printer puts a point drawn at x at k·x + e; the correction draws it at s·x + o instead, with
    s = 1/k and o = −e/k, so it lands where it was meant. k comes from the rulers; e from the target:
    drawn at c, printed at c + right, so e = c + right − k·c.
    """
    across_ruler, side_ruler = ruler_lengths(preset)
    scale_x, scale_y = scale_from(across_mm, across_ruler), scale_from(down_ruler_mm, side_ruler)
    centre_x, centre_y = target_mm(preset)
    return Calibration(
        round(centre_x - (centre_x + right_mm) * scale_x, 2),
        round(centre_y - (centre_y + down_mm) * scale_y, 2),
        scale_x,
        scale_y,
    )


def measured(preset: PresetSpec, calibration: Calibration) -> tuple[float, float, float, float]:
    """The measurements that give `calibration` on `preset`'s test page (what `correction` was
    given): the target's offset right and down, the rulers' printed lengths."""
    across_ruler, side_ruler = ruler_lengths(preset)
    centre_x, centre_y = target_mm(preset)
    return (
        round((centre_x - calibration.offset_x_mm) / calibration.scale_x - centre_x, 1),
        round((centre_y - calibration.offset_y_mm) / calibration.scale_y - centre_y, 1),
        round(across_ruler / calibration.scale_x, 1),
        round(side_ruler / calibration.scale_y, 1),
    )


def calibration_of(session: Session, printer_name: str) -> Calibration:
    row = session.get(PrinterCalibration, printer_name) if printer_name else None
    if row is None:
        return Calibration()
    return Calibration(row.offset_x_mm, row.offset_y_mm, row.scale_x, row.scale_y)


def save_calibration(session: Session, actor: Actor, printer_name: str, calibration: Calibration) -> None:
    actor.require(Permission.PRINT_LABELS)
    check_calibration(calibration)
    if not printer_name.strip() or printer_name == PDF_PRINTER:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the printer the test page was printed on."), field="printer"
        )
    old = calibration_of(session, printer_name)
    row = session.get(PrinterCalibration, printer_name)
    if row is None:
        row = PrinterCalibration(printer_name=printer_name)
        session.add(row)
    row.offset_x_mm = calibration.offset_x_mm
    row.offset_y_mm = calibration.offset_y_mm
    row.scale_x = calibration.scale_x
    row.scale_y = calibration.scale_y
    session.flush()
    audit.record(
        session,
        actor,
        "update",
        "printer_calibration",
        printer_name,
        {
            "offset_x_mm": (old.offset_x_mm, calibration.offset_x_mm),
            "offset_y_mm": (old.offset_y_mm, calibration.offset_y_mm),
            "scale_x": (old.scale_x, calibration.scale_x),
            "scale_y": (old.scale_y, calibration.scale_y),
        },
    )


def paint_test_page(painter: QPainter, preset: PresetSpec, px_per_mm: float) -> None:
    """Rulers along the top and left edges of the first label, and a target at its centre.

    Printed without calibration: the person measures how far the target's centre is from the
    label's centre (the offset) and how long the rulers came out (the scale); `ruler_lengths` says
    how long they were drawn.
    """
    mm = px_per_mm
    left, top = preset.label_origin_mm(0, 0)
    width, height = preset.label_width_mm, preset.label_height_mm
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    thin = QPen(Qt.GlobalColor.black, 0.15 * mm)
    painter.setPen(thin)
    painter.drawRect(QRectF(left * mm, top * mm, width * mm, height * mm))
    font = print_font(installed_cjk_families(), 5)
    painter.setFont(font)
    along, down = ruler_lengths(preset)
    for tick in range(along + 1):
        length = 3.0 if tick % 10 == 0 else 2.0 if tick % 5 == 0 else 1.0
        x = (left + tick) * mm
        painter.drawLine(QLineF(x, top * mm, x, (top + length) * mm))
        if tick % 10 == 0 and tick:
            painter.drawText(QPointF(x + 0.4 * mm, (top + 4.5) * mm), str(tick))
    for tick in range(down + 1):
        length = 3.0 if tick % 10 == 0 else 2.0 if tick % 5 == 0 else 1.0
        y = (top + tick) * mm
        painter.drawLine(QLineF(left * mm, y, (left + length) * mm, y))
        if tick % 10 == 0 and tick:
            painter.drawText(QPointF((left + 3.5) * mm, y + 1.8 * mm), str(tick))
    centre_x, centre_y = target_mm(preset)
    centre = QPointF(centre_x * mm, centre_y * mm)
    for radius in (1.0, 3.0):
        painter.drawEllipse(centre, radius * mm, radius * mm)
    painter.drawLine(QLineF(centre.x() - 5 * mm, centre.y(), centre.x() + 5 * mm, centre.y()))
    painter.drawLine(QLineF(centre.x(), centre.y() - 5 * mm, centre.x(), centre.y() + 5 * mm))
    painter.drawText(
        QPointF((left + 4) * mm, (top + height - 1.5) * mm),
        translate("labels", "{name}: target at the centre, rulers in mm").format(name=preset.name),
    )
    painter.restore()
