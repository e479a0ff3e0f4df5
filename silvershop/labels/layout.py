"""One label laid out and painted: the QR code as large as the label allows, the preset's text lines
beside or below it, each shrunk until it fits and wrapped if shrinking is not enough, never cut off.

Measuring and painting are separate steps: a whole batch is measured before the first page is
started, so a name too long for the label is a sentence before anything reaches the printer.
Lengths are millimetres on the label until `paint` turns them into the device's pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QTextLayout, QTextOption

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.labels import qr
from silvershop.labels.models import LabelField
from silvershop.labels.presets import PresetSpec
from silvershop.labels.records import LabelItem
from silvershop.print_fonts import MM_PER_INCH, installed_cjk_families, print_font
from silvershop.words import word

MM_PER_POINT = MM_PER_INCH / 72
PADDING_MM = 1.5  # printers cannot print right to a die-cut label's edge
GAP_MM = 1.2  # between the QR code and the text
MAX_POINTS = 12.0
NAME_SCALE = 1.2  # the name is read first: a little larger and bold
MIN_POINTS = 5.0  # 5 pt is 14 dots high at 203 dpi: the smallest a thermal printer prints legibly
LINE_SPACING = 1.15
ONE_LINE_SHARE = 0.75  # a line that fits at this share of its size stays one line, not two
MIN_TEXT_WIDTH_MM = 10.0  # narrower than this, text goes under the code instead
RULER_DPI = 1200
MM_PER_RULER_PIXEL = MM_PER_INCH / RULER_DPI
HINTING_ALLOWANCE = 1.03  # a 203 dpi printer's hinted glyphs come out a little wider than measured


@dataclass(frozen=True)
class TextLine:
    text: str
    points: float
    bold: bool
    x_mm: float  # left edge, on the label
    baseline_mm: float


@dataclass(frozen=True)
class LabelLayout:
    qr_box_mm: QRectF  # the square the code and its quiet zone take, on the label
    dots_per_module: int
    matrix: qr.QrMatrix
    lines: tuple[TextLine, ...]


class LabelDesigner:
    """Lays out labels of one preset; fonts and metrics are kept between labels of a batch."""

    def __init__(self, preset: PresetSpec) -> None:
        self.preset = preset
        self.families = installed_cjk_families()
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}
        # Text is measured on a fine device, not the screen: at screen resolution font hinting
        # rounds small sizes to whole pixels, and a line measured to fit might not on paper.
        self._ruler = QImage(1, 1, QImage.Format.Format_Mono)
        self._ruler.setDotsPerMeterX(RULER_DPI * 10_000 // 254)
        self._ruler.setDotsPerMeterY(RULER_DPI * 10_000 // 254)

    def font(self, points: float, bold: bool) -> QFont:
        key = (points, bold)
        if key not in self._fonts:
            self._fonts[key] = print_font(self.families, points, bold=bold)
        return self._fonts[key]

    def _metrics_of(self, points: float, bold: bool) -> QFontMetricsF:
        key = (points, bold)
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(self.font(points, bold), self._ruler)
        return self._metrics[key]

    def width_mm(self, text: str, points: float, bold: bool) -> float:
        return self._metrics_of(points, bold).horizontalAdvance(text) * MM_PER_RULER_PIXEL * HINTING_ALLOWANCE

    def ascent_mm(self, points: float, bold: bool) -> float:
        return self._metrics_of(points, bold).ascent() * MM_PER_RULER_PIXEL

    def layout(self, item: LabelItem) -> LabelLayout:
        """Where the code and each line go on a label of this preset; a ValidationError when the text
        cannot fit even at the smallest legible size, or the code would be too fine to scan."""
        preset = self.preset
        width, height = preset.label_width_mm, preset.label_height_mm
        pad = PADDING_MM + preset.corner_radius_mm * 0.3
        lines = self._lines(item)
        matrix = qr.encode(item.payload, preset.error_correction)
        inner_w, inner_h = width - 2 * pad, height - 2 * pad
        if not lines:
            side = min(inner_w, inner_h)
            box = QRectF(pad + (inner_w - side) / 2, pad + (inner_h - side) / 2, side, side)
            text_box = QRectF()
        elif inner_w - min(inner_h, inner_w * 0.55) - GAP_MM >= MIN_TEXT_WIDTH_MM and width >= height:
            side = min(inner_h, inner_w * 0.55)
            box = QRectF(pad, pad + (inner_h - side) / 2, side, side)
            text_box = QRectF(pad + side + GAP_MM, pad, inner_w - side - GAP_MM, inner_h)
        else:  # a tall or narrow label: the code on top, the text under it
            side = min(inner_w, inner_h * 0.6)
            box = QRectF(pad + (inner_w - side) / 2, pad, side, side)
            text_box = QRectF(pad, pad + side + GAP_MM, inner_w, inner_h - side - GAP_MM)
        dots = self._dots(item, matrix, box.width())
        placed = self._fit(item, lines, text_box) if lines else ()
        return LabelLayout(box, dots, matrix, placed)

    def _lines(self, item: LabelItem) -> list[tuple[LabelField, str]]:
        lines: list[tuple[LabelField, str]] = []
        for field in self.preset.fields:
            text = self.preset.free_line if field is LabelField.FREE else item.values.get(field, "")
            text = " ".join(text.split())
            if text and text not in (line for _field, line in lines):  # a unit's code is its tag
                lines.append((field, text))
        return lines

    def _dots(self, item: LabelItem, matrix: qr.QrMatrix, side_mm: float) -> int:
        dpi = self.preset.dpi
        quiet = qr.quiet_modules(side_mm, matrix.size, dpi)
        dots = qr.dots_per_module(side_mm, matrix.size + 2 * quiet, dpi)
        if dots < qr.least_dots(dpi):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The QR code of {code} would be too fine to scan on a {width}×{height} mm label. "
                    "Choose a larger label, or a shorter product address in the settings.",
                ),
                field="preset",
                code=item.code,
                width=f"{self.preset.label_width_mm:g}",
                height=f"{self.preset.label_height_mm:g}",
            )
        return dots

    def _fit(self, item: LabelItem, lines: list[tuple[LabelField, str]], box: QRectF) -> tuple[TextLine, ...]:
        """The largest common size at which every line fits the box: a line too wide is first set
        smaller on its own, then wrapped; the whole block shrinks until it is short enough."""
        top = min(MAX_POINTS, box.height() / MM_PER_POINT / LINE_SPACING / len(lines))
        points = max(top, MIN_POINTS)
        while True:
            rows = self._rows(lines, points, box.width())
            if rows is not None:
                block = sum(size * MM_PER_POINT * LINE_SPACING * len(parts) for size, _b, parts in rows)
                if block <= box.height() + 0.01:
                    return self._place(rows, box, block)
            if points <= MIN_POINTS:
                break
            points = max(MIN_POINTS, points - 0.5)
        field, text = max(lines, key=lambda line: len(line[1]))
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The {what} of {code} (“{text}”) is too long for a {width}×{height} mm label, even in "
                "the smallest print. Choose a larger label, or take a line off this preset.",
            ),
            field="preset",
            code=item.code,
            text=text[:40],
            width=f"{self.preset.label_width_mm:g}",
            height=f"{self.preset.label_height_mm:g}",
            what=word(field),
        )

    def _rows(
        self, lines: list[tuple[LabelField, str]], points: float, width: float
    ) -> list[tuple[float, bool, list[str]]] | None:
        rows = []
        for field, text in lines:
            bold = field is LabelField.NAME
            size = points * NAME_SCALE if bold else points
            natural = self.width_mm(text, size, bold)
            if natural <= width:
                rows.append((size, bold, [text]))
                continue
            # A line much too long for one line reads better on two than in tiny print: the larger
            # of the two sizes wins.
            smaller = max(MIN_POINTS, size * width / natural * 0.98)
            if self.width_mm(text, smaller, bold) > width:
                smaller = 0.0
            wrapped = (
                None
                if smaller >= size * ONE_LINE_SHARE
                else self._two_lines(text, size, bold, width, smaller)
            )
            if wrapped is not None:
                rows.append(wrapped)
            elif smaller:
                rows.append((smaller, bold, [text]))
            else:
                wrapped_more = self._wrapped(text, size, bold, width)
                if wrapped_more is None:
                    return None
                rows.append(wrapped_more)
        return rows

    def _two_lines(
        self, text: str, size: float, bold: bool, width: float, beaten: float
    ) -> tuple[float, bool, list[str]] | None:
        """`text` on two lines at the largest size above `beaten` (and at most `size`) where both
        fit: split where the longer half is shortest, between Chinese characters or at a space."""
        splits = [
            i
            for i in range(1, len(text))
            if text[i - 1] == " " or text[i] == " " or _is_cjk(text[i - 1]) or _is_cjk(text[i])
        ]
        if not splits:
            return None
        # Prefix widths grow with the prefix: the split nearest the middle is found by bisection.
        half = self.width_mm(text, size, bold) / 2
        low, high = 0, len(splits) - 1
        while low < high:
            middle = (low + high) // 2
            if self.width_mm(text[: splits[middle]], size, bold) < half:
                low = middle + 1
            else:
                high = middle
        candidates = {splits[max(low - 1, 0)], splits[low]}
        best = min(
            candidates,
            key=lambda i: max(
                self.width_mm(text[:i].rstrip(), size, bold), self.width_mm(text[i:].lstrip(), size, bold)
            ),
        )
        parts = [text[:best].rstrip(), text[best:].lstrip()]
        longest = max(self.width_mm(part, size, bold) for part in parts)
        points = min(size, math.floor(size * width / longest * 4) / 4) if longest > width else size
        while points > max(beaten, MIN_POINTS - 0.01):
            if all(self.width_mm(part, points, bold) <= width for part in parts):
                return points, bold, parts
            points -= 0.25
        return None

    def _wrapped(
        self, text: str, size: float, bold: bool, width: float
    ) -> tuple[float, bool, list[str]] | None:
        """`text` on three lines at the largest size that allows it, else on as many as it takes at
        the smallest; None when a piece of it is wider than the box even then."""
        points = size
        while points > MIN_POINTS:
            parts = self._wrap(text, points, bold, width)
            if parts is not None and len(parts) <= 3:
                return points, bold, parts
            points -= 0.5
        parts = self._wrap(text, MIN_POINTS, bold, width)
        return None if parts is None else (MIN_POINTS, bold, parts)

    def _wrap(self, text: str, points: float, bold: bool, width_mm: float) -> list[str] | None:
        """`text` broken into lines no wider than the box, at spaces where it can, anywhere in
        Chinese; None when one unbreakable piece is wider still."""
        layout = QTextLayout(text, self.font(points, bold), self._ruler)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        parts = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width_mm / MM_PER_RULER_PIXEL / HINTING_ALLOWANCE)
            parts.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
        layout.endLayout()
        if any(self.width_mm(part, points, bold) > width_mm + 0.01 for part in parts):
            return None
        return [part for part in parts if part]

    def _place(
        self, rows: list[tuple[float, bool, list[str]]], box: QRectF, block: float
    ) -> tuple[TextLine, ...]:
        placed = []
        y = box.top() + (box.height() - block) / 2  # the block centred beside the code
        for size, bold, parts in rows:
            for part in parts:
                step = size * MM_PER_POINT * LINE_SPACING
                ascent = self.ascent_mm(size, bold)
                placed.append(
                    TextLine(part, size, bold, box.left(), y + (step - size * MM_PER_POINT) / 2 + ascent)
                )
                y += step
        return tuple(placed)


def _is_cjk(character: str) -> bool:
    """A character after or before which a Chinese line may break (CJK and full-width forms)."""
    return character >= "\u2e80"


def snapped(mm: float, dpi: int) -> float:
    """`mm` moved to the nearest whole printer dot."""
    return round(mm * dpi / MM_PER_INCH) * MM_PER_INCH / dpi


def paint_label(
    painter: QPainter,
    designer: LabelDesigner,
    layout: LabelLayout,
    origin_mm: tuple[float, float],
    px_per_mm: float,
    dot_dpi: int,
) -> None:
    """Paint a laid-out label whose top-left corner is `origin_mm` on the page, on a painter whose
    unit is the device pixel (`px_per_mm` of them to a millimetre), the QR code's modules on the
    dots of a printer at `dot_dpi`."""
    box = layout.qr_box_mm
    preset_module_mm = layout.dots_per_module * MM_PER_INCH / designer.preset.dpi
    # Whole dots of the device's printer: as many as fit in the module the preset's printer would print.
    dots = max(1, math.floor(preset_module_mm * dot_dpi / MM_PER_INCH + 1e-6))
    module_mm = dots * MM_PER_INCH / dot_dpi
    side = layout.matrix.size * module_mm
    x = snapped(origin_mm[0] + box.left() + (box.width() - side) / 2, dot_dpi)
    y = snapped(origin_mm[1] + box.top() + (box.height() - side) / 2, dot_dpi)
    placement = qr.QrPlacement(x * px_per_mm, y * px_per_mm, module_mm * px_per_mm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(qr.path(layout.matrix, placement), Qt.GlobalColor.black)
    painter.setPen(QPen(QColor(Qt.GlobalColor.black)))
    current: tuple[float, bool] | None = None
    for line in layout.lines:
        if current != (line.points, line.bold):
            painter.setFont(designer.font(line.points, line.bold))
            current = (line.points, line.bold)
        painter.drawText(
            QPointF((origin_mm[0] + line.x_mm) * px_per_mm, (origin_mm[1] + line.baseline_mm) * px_per_mm),
            line.text,
        )
