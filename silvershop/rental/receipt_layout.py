"""Painting a receipt (`rental.receipts.Receipt`) with QtGui: on any paint device for the print
dialog, or to a one-page PDF, on A4 or an 80 mm roll exactly as long as the receipt.

Painting needs a QGuiApplication (the window's, or one a script or test creates). The receipt's
text is already translated and formatted; this module only places it, wraps what is long and never
cuts anything off: a page too short for the receipt gets it scaled down.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError
from silvershop.print_fonts import MM_PER_INCH, installed_cjk_families, print_font
from silvershop.rental.receipts import Line, Receipt

PDF_DPI = 600


class Paper(Enum):
    """What the receipt is printed on: an A4 sheet, or an 80 mm thermal roll cut after the receipt."""

    A4 = "a4"
    ROLL_80MM = "roll_80mm"


@dataclass(frozen=True)
class _Style:
    width_mm: float
    margins_mm: tuple[float, float, float, float]  # left, top, right, bottom
    body_pt: float
    small_pt: float
    name_pt: float
    title_pt: float
    signing_mm: float  # room above a signature line for the pen


_STYLES = {
    Paper.A4: _Style(210, (20, 18, 20, 18), 12, 10.5, 14, 20, 12),
    # An 80 mm roll prints 72 mm wide; the deeper foot keeps the last line clear of the cutter.
    Paper.ROLL_80MM: _Style(80, (4, 4, 4, 14), 10, 8.5, 11, 15, 10),
}


def paint(receipt: Receipt, painter: QPainter, page_rect: QRectF, paper: Paper) -> None:
    """Paint `receipt` into `page_rect` (in `painter`'s coordinates, margins already left out).

    Needs a QGuiApplication (or QApplication): fonts cannot be looked up without one. Text wraps
    to the width; a receipt taller than the page (an A4 sheet never is) is scaled down to fit
    rather than cut. For the print dialog, pass the QPrinter's page rectangle in device pixels
    with the origin at (0, 0).
    """
    style = _STYLES[paper]
    height = receipt_height(receipt, painter.device(), page_rect.width(), paper)
    scale = min(1.0, page_rect.height() / height) if height > 0 else 1.0
    painter.save()
    painter.translate(page_rect.topLeft())
    painter.scale(scale, scale)
    sheet = _Sheet(painter.device(), page_rect.width() / scale, style, painter)
    painter.setPen(QPen(Qt.GlobalColor.black, 0.25 * sheet.mm))
    _lay_out(receipt, sheet)
    painter.restore()


def receipt_height(receipt: Receipt, device: QPaintDevice, width: float, paper: Paper) -> float:
    """How tall the receipt is at `width`, in `device` pixels: the length of roll it takes."""
    return _lay_out(receipt, _Sheet(device, width, _STYLES[paper]))


def render_pdf(receipt: Receipt, path: Path | str, paper: Paper) -> None:
    """Write `receipt` as a one-page PDF: A4, or 80 mm wide and exactly as long as the receipt."""
    style = _STYLES[paper]
    left, top, right, bottom = style.margins_mm
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator("silvershop")
    writer.setTitle(f"{receipt.title} {receipt.loan_code}")
    if paper is Paper.A4:
        size = QPageSize(QPageSize.PageSizeId.A4)
    else:
        width = (style.width_mm - left - right) * PDF_DPI / MM_PER_INCH
        length = top + bottom + receipt_height(receipt, writer, width, paper) * MM_PER_INCH / PDF_DPI
        size = QPageSize(
            QSizeF(style.width_mm, length),
            QPageSize.Unit.Millimeter,
            "",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    margins = QMarginsF(left, top, right, bottom)
    writer.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise SilvershopError(
            QT_TRANSLATE_NOOP("errors", "The receipt could not be written to {path}; choose another folder."),
            field="path",
            path=str(path),
        )
    try:
        paint(receipt, painter, QRectF(0, 0, writer.width(), writer.height()), paper)
    finally:
        painter.end()


class _Sheet:
    """Goes down the receipt at one width on one device: measuring only, or drawing with a painter.

    Measuring and drawing are the same walk, so the roll is cut exactly where the drawing ends.
    """

    def __init__(
        self, device: QPaintDevice, width: float, style: _Style, painter: QPainter | None = None
    ) -> None:
        self.device = device
        self.width = width
        self.style = style
        self.painter = painter
        self.mm = device.logicalDpiY() / MM_PER_INCH
        self.y = 0.0
        self._families = installed_cjk_families()

    def font(self, points: float, *, bold: bool = False) -> QFont:
        return print_font(self._families, points, bold=bold)

    def natural_width(self, text: str, font: QFont) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text) + 1  # +1: no wrap by rounding

    def line_height(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).height()

    def text(
        self,
        text: str,
        font: QFont,
        x: float,
        width: float,
        *,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        y: float | None = None,
    ) -> float:
        """Lay `text` out wrapped within `width` at `x` (and the current line, or `y`); its height.

        Wrapping falls back on breaking anywhere, so a long asset tag or model never runs off the
        paper; Chinese wraps between any two characters anyway.
        """
        layout = QTextLayout(text, font, self.device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        if self.painter is not None:
            layout.draw(self.painter, QPointF(x, self.y if y is None else y))
        return height

    def paragraph(self, text: str, font: QFont, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        self.y += self.text(text, font, 0, self.width, align=align)

    def rule(self, x0: float, x1: float, y: float) -> None:
        if self.painter is not None:
            self.painter.drawLine(QPointF(x0, y), QPointF(x1, y))

    def skip(self, mm: float) -> None:
        self.y += mm * self.mm


def _lay_out(receipt: Receipt, sheet: _Sheet) -> float:
    """Walk the whole receipt on `sheet`; returns its height."""
    style = sheet.style
    body, strong = sheet.font(style.body_pt), sheet.font(style.body_pt, bold=True)
    small = sheet.font(style.small_pt)
    centred = Qt.AlignmentFlag.AlignHCenter
    sheet.paragraph(receipt.letterhead.name, sheet.font(style.name_pt, bold=True), centred)
    for detail in receipt.letterhead.details:
        sheet.paragraph(detail, small, centred)
    sheet.skip(3)
    sheet.paragraph(receipt.title, sheet.font(style.title_pt, bold=True), centred)
    labels = [line.label for section in receipt.sections for line in section.lines if not line.figure]
    label_width = min(0.4 * sheet.width, max(sheet.natural_width(label, body) for label in labels))
    for section in receipt.sections:
        sheet.skip(2.5)
        sheet.rule(0, sheet.width, sheet.y)
        sheet.skip(1.5)
        sheet.paragraph(section.heading, strong)
        sheet.skip(0.8)
        for line in section.lines:
            _row(sheet, line, label_width, strong if line.strong else body)
            sheet.skip(0.8)
    _signature_lines(receipt, sheet, body)
    if receipt.note:
        sheet.skip(4)
        sheet.paragraph(receipt.note, small)
    return sheet.y


def _row(sheet: _Sheet, line: Line, label_width: float, font: QFont) -> None:
    """A fact's value wraps beside the column of labels; a figure is right-aligned at the edge and
    its label takes the room to its left, so the amounts line up under each other."""
    gap = 3 * sheet.mm
    if line.figure:
        value_width = min(sheet.natural_width(line.value, font), sheet.width / 2)
        value_x = sheet.width - value_width
        label_width = value_x - gap
        align = Qt.AlignmentFlag.AlignRight
    else:
        value_x = label_width + gap
        value_width = sheet.width - value_x
        align = Qt.AlignmentFlag.AlignLeft
    label_height = sheet.text(line.label, font, 0, label_width)
    sheet.y += max(label_height, sheet.text(line.value, font, value_x, value_width, align=align))


def _signature_lines(receipt: Receipt, sheet: _Sheet, font: QFont) -> None:
    """Each signer: who, room to sign, then a line to sign on and a shorter one for the date."""
    split = 0.58 * sheet.width
    date_x = split + 3 * sheet.mm
    date_width = sheet.natural_width(receipt.date_label, font)
    for who in receipt.signatures:
        sheet.skip(5)
        sheet.paragraph(who, font)
        sheet.skip(sheet.style.signing_mm)
        sheet.rule(0, split, sheet.y)
        sheet.text(receipt.date_label, font, date_x, date_width, y=sheet.y - sheet.line_height(font))
        sheet.rule(date_x + date_width + sheet.mm, sheet.width, sheet.y)
        sheet.skip(1)
