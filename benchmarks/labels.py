"""1,000 product labels on A4 3×8 sheets to PDF, as the labels screen and `silvershop-cli labels` make them.

Ours reads the 1,000 products from the demo database as the person signed in (`product_labels`), lays
out every label (the QR matrix encoded, each text line measured, shrunk or wrapped) and writes the
PDF with `render_pdf`. The baseline is the bare loop the target names: the same QR matrices, encoded
beforehand and not timed, each drawn as one path of one rectangle per dark module into a QPdfWriter at
the same resolution, in the same cells, a new page every 24 labels, and no text at all. A second,
informational row draws the matrices as ours does (dark runs merged into rectangles), so what the
text and the layout cost on their own shows too. Both sides run in this process, alternately, after
one untimed run each.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from demo_data import demo_database
from registry import AtMostTimesBaseline, Below, Figures, Informational, Options, alternating, benchmark

LABELS = 1_000
PRESET = "A4 3×8 (70×37)"
DEMO_PRODUCTS = 2_000


def _application() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


class Sheets:
    """The demo database, the preset and the payloads, read once for both sides."""

    def __init__(self, options: Options) -> None:
        from sqlalchemy import select

        from silvershop.catalog.models import Product
        from silvershop.database import open_database
        from silvershop.labels.presets import find_preset
        from silvershop.security.models import Role
        from silvershop.security.permissions import actor_with

        self.out = options.out
        self.database = open_database(f"sqlite:///{demo_database(options.out, DEMO_PRODUCTS)}")
        self.actor = actor_with([Role.CATALOGUE_EDITOR])
        with self.database.reading() as session:
            self.preset = find_preset(session, PRESET)
            self.codes = list(session.scalars(select(Product.code).order_by(Product.id).limit(LABELS)))
        if len(self.codes) != LABELS:
            raise RuntimeError(f"the demo database has {len(self.codes)} products, not {LABELS}")

    def ours(self) -> tuple[float, int]:
        from silvershop.labels.records import product_labels
        from silvershop.labels.render import LabelJob, render_pdf

        target = self.out / "labels-ours.pdf"
        started = time.perf_counter()
        with self.database.reading() as session:
            items = product_labels(session, self.actor, self.codes)
        render_pdf(LabelJob(self.preset, items), target)
        return (time.perf_counter() - started) * 1000, target.stat().st_size

    def matrices(self) -> list[object]:
        from silvershop.labels.qr import encode
        from silvershop.labels.records import product_labels

        with self.database.reading() as session:
            items = product_labels(session, self.actor, self.codes)
        return [encode(item.payload) for item in items]

    def bare(self, matrices: list[object], merged: bool) -> tuple[float, int]:
        from PySide6.QtCore import QMarginsF, QRectF, Qt
        from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPainterPath, QPdfWriter

        from silvershop.labels.render import PDF_DPI

        preset = self.preset
        target = self.out / ("labels-bare-merged.pdf" if merged else "labels-bare.pdf")
        mm = PDF_DPI / 25.4
        module = 0.75 * mm
        started = time.perf_counter()
        writer = QPdfWriter(str(target))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        painter = QPainter(writer)
        for index, matrix in enumerate(matrices):
            within = index % preset.per_page
            if index and not within:
                writer.newPage()
            x0, y0 = preset.label_origin_mm(within % preset.columns, within // preset.columns)
            left, top = (x0 + 3) * mm, (y0 + 3) * mm
            path = QPainterPath()
            if merged:
                for x, y, width, height in matrix.blocks():
                    path.addRect(QRectF(left + x * module, top + y * module, width * module, height * module))
            else:
                size = matrix.size
                for y in range(size):
                    for x in range(size):
                        if matrix.dark(x, y):
                            path.addRect(QRectF(left + x * module, top + y * module, module, module))
            painter.fillPath(path, Qt.GlobalColor.black)
        painter.end()
        del writer
        return (time.perf_counter() - started) * 1000, target.stat().st_size


_SHEETS: dict[Path, Sheets] = {}


def _sheets(options: Options) -> Sheets:
    _application()
    if options.out not in _SHEETS:
        _SHEETS[options.out] = Sheets(options)
    return _SHEETS[options.out]


def _side_by_side(options: Options, merged: bool, figure: int) -> Figures:
    sheets = _sheets(options)
    matrices = sheets.matrices()
    return alternating(
        lambda: sheets.ours()[figure],
        lambda: sheets.bare(matrices, merged)[figure],
        3 if options.quick else 7,
    )


@benchmark(
    name="labels-pdf",
    title="1,000 product labels on A4 3×8 to PDF (read, laid out, written)",
    unit="ms",
    baseline=(
        "a bare QPainter loop into QPdfWriter drawing the same QR matrices, a rectangle per module, no text"
    ),
    target=AtMostTimesBaseline(1.3),
)
def labels_pdf(options: Options) -> Figures:
    return _side_by_side(options, merged=False, figure=0)


@benchmark(
    name="labels-pdf-size",
    title="Size of that PDF (42 pages)",
    unit="MB",
    baseline="the bare loop's PDF, QR codes only",
    target=Below(3, "MB"),
)
def labels_pdf_size(options: Options) -> Figures:
    sheets = _sheets(options)
    _milliseconds, ours = sheets.ours()
    _milliseconds, bare = sheets.bare(sheets.matrices(), merged=False)
    return Figures([ours / 1e6], [bare / 1e6])


@benchmark(
    name="labels-pdf-merged",
    title="The same 1,000 labels, against a bare loop that merges dark runs as ours does",
    unit="ms",
    baseline="the bare loop drawing the matrices as merged rectangles, no text",
    target=Informational(),
)
def labels_pdf_merged(options: Options) -> Figures:
    return _side_by_side(options, merged=True, figure=0)
