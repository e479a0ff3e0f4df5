"""Reading printed labels back as a phone or a desk scanner would: a PDF rasterised on white paper at
a printer's resolution, and the QR codes on a page decoded with zxing-cpp."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from silvershop.labels.presets import PresetSpec
from silvershop.print_fonts import MM_PER_INCH


def decoded(image: QImage) -> list[zxingcpp.Result]:
    return zxingcpp.read_barcodes(image.convertToFormat(QImage.Format.Format_Grayscale8))


def pdf_pages(path: Path, dpi: int) -> list[QImage]:
    """The PDF as a printer at `dpi` would rasterise it, white paper under it."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, document.render(page, size))
        painter.end()
        pages.append(paper)
    return pages


def cell_at(result: zxingcpp.Result, preset: PresetSpec, dpi: int) -> tuple[int, int]:
    """The sheet cell (column, row) the decoded code's centre lies in."""
    corners = (result.position.top_left, result.position.bottom_right)
    x_mm = sum(p.x for p in corners) / 2 * MM_PER_INCH / dpi
    y_mm = sum(p.y for p in corners) / 2 * MM_PER_INCH / dpi
    column = int((x_mm - preset.margin_left_mm) // (preset.label_width_mm + preset.gap_x_mm))
    row = int((y_mm - preset.margin_top_mm) // (preset.label_height_mm + preset.gap_y_mm))
    left, top = preset.label_origin_mm(column, row)
    assert left <= x_mm <= left + preset.label_width_mm, "the code lies in a gap between labels"
    assert top <= y_mm <= top + preset.label_height_mm, "the code lies in a gap between labels"
    return column, row
