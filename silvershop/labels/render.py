"""A batch of labels on pages: to PDF, to a printer from the print dialog, or to images.

`LabelJob.check` measures every label before the first page is begun, so nothing reaches a printer
when one label of the batch would not come out right. A PDF is written beside its final name and
renamed when complete: a cancelled or failed batch leaves no half file behind. Painting works in a
worker thread (QPainter on a QPdfWriter, a QPrinter or a QImage may be used off the GUI thread);
`progress(done, total)` is called after each page and returns False to stop.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError
from silvershop.labels.calibration import Calibration
from silvershop.labels.layout import LabelDesigner, LabelLayout, paint_label
from silvershop.labels.placement import Cell, check_batch, page_count, placed
from silvershop.labels.presets import PresetSpec, check_preset
from silvershop.labels.records import LabelItem
from silvershop.print_fonts import MM_PER_INCH

PDF_DPI = 1200  # the PDF's own unit; fine enough that snapping to 203, 300 or 600 dpi dots is exact
Progress = Callable[[int, int], bool]


class Cancelled(SilvershopError):
    """The person stopped the batch; nothing was written."""


@dataclass
class LabelJob:
    preset: PresetSpec
    items: Sequence[LabelItem]
    copies: int = 1
    skip: int = 0
    calibration: Calibration = field(default_factory=Calibration)

    def __post_init__(self) -> None:
        self._designer = LabelDesigner(self.preset)
        self._layouts: dict[tuple[str, str], LabelLayout] = {}

    @property
    def pages(self) -> int:
        return page_count(len(self.items), self.copies, self.skip, self.preset.per_page)

    @property
    def labels(self) -> int:
        return len(self.items) * self.copies

    def check(self) -> None:
        """Refuse the batch, in a sentence, before anything is printed: a preset that does not fit
        its page, a skip or a number of copies that cannot be meant, a label whose text or code
        does not fit."""
        check_preset(self.preset)
        check_batch(len(self.items), self.copies, self.skip, self.preset.per_page)
        for item in self.items:
            self.layout(item)

    def layout(self, item: LabelItem) -> LabelLayout:
        key = (item.payload, repr(sorted(item.values.items())))
        if key not in self._layouts:
            self._layouts[key] = self._designer.layout(item)
        return self._layouts[key]

    def by_page(self) -> Iterator[list[tuple[Cell, LabelItem]]]:
        page: list[tuple[Cell, LabelItem]] = []
        number = 0
        for cell, item in placed(self.items, self.copies, self.skip, self.preset.columns, self.preset.rows):
            if cell.page != number:
                yield page
                page, number = [], cell.page
            page.append((cell, item))
        yield page

    def paint_page(
        self,
        painter: QPainter,
        cells: Sequence[tuple[Cell, LabelItem]],
        px_per_mm: float,
        dot_dpi: int,
        *,
        outlines: bool = False,
    ) -> None:
        """One page's labels, calibrated; `outlines` draws the sheet's label edges (for a preview)."""
        painter.save()
        self.calibration.apply(painter, px_per_mm)
        if outlines:
            self.paint_outlines(painter, px_per_mm, {(cell.column, cell.row) for cell, _item in cells})
        for cell, item in cells:
            origin = self.preset.label_origin_mm(cell.column, cell.row)
            paint_label(painter, self._designer, self.layout(item), origin, px_per_mm, dot_dpi)
        painter.restore()

    def paint_outlines(self, painter: QPainter, px_per_mm: float, used: set[tuple[int, int]]) -> None:
        """Every label of the sheet, grey; those left empty (skipped, or after the last) hatched
        lightly, so the preview shows which cells the batch fills."""
        preset = self.preset
        radius = preset.corner_radius_mm * px_per_mm
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("#8a96a3"), 0.2 * px_per_mm))
        for row in range(preset.rows):
            for column in range(preset.columns):
                x, y = preset.label_origin_mm(column, row)
                outline = QPainterPath()
                outline.addRoundedRect(
                    QRectF(
                        x * px_per_mm,
                        y * px_per_mm,
                        preset.label_width_mm * px_per_mm,
                        preset.label_height_mm * px_per_mm,
                    ),
                    radius,
                    radius,
                )
                painter.fillPath(outline, QColor("#f1f3f5") if (column, row) not in used else QColor("white"))
                painter.drawPath(outline)
        painter.restore()


def page_layout(preset: PresetSpec) -> QPageLayout:
    """The preset's page at its exact size, no margins: label positions are measured from the edge."""
    size = QPageSize(
        QSizeF(preset.page_width_mm, preset.page_height_mm),
        QPageSize.Unit.Millimeter,
        preset.name,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    orientation = QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def paint_job(
    job: LabelJob,
    device: QPagedPaintDevice,
    painter: QPainter,
    dot_dpi: int,
    progress: Progress | None = None,
) -> int:
    """Every page of the job on a paged device whose painter is begun, QR modules on the dots of a
    printer at `dot_dpi`; the pages painted."""
    px_per_mm = device.logicalDpiX() / MM_PER_INCH
    total = job.pages
    done = 0
    for cells in job.by_page():
        if done and not device.newPage():
            raise SilvershopError(
                QT_TRANSLATE_NOOP("errors", "The printer stopped taking pages after page {page}; check it."),
                page=done,
            )
        job.paint_page(painter, cells, px_per_mm, dot_dpi)
        done += 1
        if progress is not None and not progress(done, total):
            raise Cancelled(
                QT_TRANSLATE_NOOP("errors", "Printing the labels was cancelled; nothing was saved.")
            )
    return done


def render_pdf(job: LabelJob, path: Path | str, progress: Progress | None = None) -> int:
    """Write the job as a PDF at `path`; the number of pages. Checked first, written whole or not."""
    job.check()
    target = Path(path)
    partial = target.with_name(f".{target.name}.part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setCreator("silvershop")
    writer.setTitle(job.preset.name)
    writer.setPageLayout(page_layout(job.preset))
    painter = QPainter()
    if not painter.begin(writer):
        raise SilvershopError(
            QT_TRANSLATE_NOOP("errors", "The labels could not be written to {path}; choose another folder."),
            field="path",
            path=str(target),
        )
    try:
        try:
            pages = paint_job(job, writer, painter, job.preset.dpi, progress)
        finally:
            ended = painter.end()
            del writer  # closes the file
        # Qt's PDF writer does not report a full disk: a file cut short lacks the end-of-file mark.
        if not ended or not _whole_pdf(partial):
            raise _unwritable(target)
        try:
            os.replace(partial, target)
        except OSError as exc:  # open in a viewer that locks it, or a folder of that name
            raise _unwritable(target) from exc
    finally:
        partial.unlink(missing_ok=True)
    return pages


def _unwritable(target: Path) -> SilvershopError:
    return SilvershopError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The labels could not be written to {path}: the disk may be full, or the file open in another "
            "program. Close it or choose another folder, then save again.",
        ),
        field="path",
        path=str(target),
    )


def _whole_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as written:
            written.seek(0, os.SEEK_END)
            written.seek(max(0, written.tell() - 32))
            return b"%%EOF" in written.read()
    except OSError:
        return False


def render_page(job: LabelJob, page: int, dpi: int, *, outlines: bool = False, mono: bool = True) -> QImage:
    """Page `page` (from 0) as an image at `dpi`: 1-bit, as a thermal printer prints it, or in
    grey with the sheet's outlines for a preview."""
    job.check()
    preset = job.preset
    px_per_mm = dpi / MM_PER_INCH
    image = QImage(
        round(preset.page_width_mm * px_per_mm),
        round(preset.page_height_mm * px_per_mm),
        QImage.Format.Format_RGB32,
    )
    image.setDotsPerMeterX(round(dpi / MM_PER_INCH * 1000))
    image.setDotsPerMeterY(round(dpi / MM_PER_INCH * 1000))
    image.fill(Qt.GlobalColor.white)
    pages = list(job.by_page())
    painter = QPainter(image)
    try:
        if mono:
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, False)
        job.paint_page(painter, pages[page] if page < len(pages) else [], px_per_mm, dpi, outlines=outlines)
    finally:
        painter.end()
    if mono:
        return image.convertToFormat(QImage.Format.Format_Mono, Qt.ImageConversionFlag.ThresholdDither)
    return image


def print_job(
    job: LabelJob, printer: QPagedPaintDevice, printer_name: str, progress: Progress | None = None
) -> int:
    """Print the job on a printer the print dialog set up (QPrinter); the pages printed.

    The page is set to the preset's media, margins none: a thermal printer's driver is told the
    label size, not left to guess it from A4. The calibration saved for this printer is the job's.
    """
    job.check()
    full_page = getattr(printer, "setFullPage", None)  # a QPrinter: measure from the paper's edge
    if full_page is not None:
        full_page(True)
    if not printer.setPageLayout(page_layout(job.preset)):
        raise SilvershopError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The printer {printer} does not take {width}×{height} mm pages. Choose the printer the "
                "labels are loaded in, or a preset for its media.",
            ),
            printer=printer_name,
            width=f"{job.preset.page_width_mm:g}",
            height=f"{job.preset.page_height_mm:g}",
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise SilvershopError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The printer {printer} cannot be reached; check that it is on and connected, then try again.",
            ),
            printer=printer_name,
        )
    # The modules go on the printer's own dots: a 203 dpi preset sent to a 300 dpi printer would
    # otherwise print modules alternately 10 and 11 dots wide.
    dots = round(printer.logicalDpiX())
    try:
        pages = paint_job(job, printer, painter, dots if dots >= 150 else job.preset.dpi, progress)
    except Exception:
        abort = getattr(printer, "abort", None)  # a QPrinter: nothing of a stopped batch is printed
        if abort is not None:
            abort()
        painter.end()
        raise
    if not painter.end():
        raise SilvershopError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The printer {printer} did not take the labels; check it and its queue, then try again.",
            ),
            printer=printer_name,
        )
    return pages
