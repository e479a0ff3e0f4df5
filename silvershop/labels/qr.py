"""QR codes that cheap printers print readably: the matrix from zxing-cpp's encoder (native, about
0.1 ms a code, where the pure-Python `qrcode` takes 3 ms), modules snapped to whole printer dots,
the quiet zone kept, drawn as one vector path of merged runs with antialiasing off.

A module that is 2.6 dots wide prints as 2 or 3 dots depending on where it falls, and the code's
timing pattern turns uneven; a whole number of dots per module, at the printer's own resolution,
prints every module alike. Drawing one rectangle per dark run of a row rather than one per module
keeps a page of 24 labels a few kilobytes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import zxingcpp
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath

from silvershop.print_fonts import MM_PER_INCH

QUIET_MODULES = 4  # ISO/IEC 18004: four modules of white all round
MIN_QUIET_MODULES = 2  # on a small label, two still read on every phone we tried; fewer do not
MIN_MODULE_MM = 0.25  # finer modules than this are a gamble for a phone at arm's length


@dataclass(frozen=True)
class QrMatrix:
    """The code's modules, row after row, one byte each: 0 for a dark module (as zxing gives them)."""

    size: int
    modules: bytes

    def dark(self, x: int, y: int) -> bool:
        return self.modules[y * self.size + x] == 0

    def blocks(self) -> list[tuple[int, int, int, int]]:
        """Dark rectangles as (column, row, width, height): each row's dark runs, a run merged with
        the same run in the rows below it. What is drawn, one rectangle each: about a third fewer
        than runs alone, and a quarter of one per module."""
        size = self.size
        open_runs: dict[tuple[int, int], int] = {}  # (column, width) -> first row
        found = []
        for y in range(size + 1):
            row = self.modules[y * size : (y + 1) * size] if y < size else b""
            here = {(run.start(), run.end() - run.start()) for run in _DARK_RUN.finditer(row)}
            for run in [run for run in open_runs if run not in here]:
                first = open_runs.pop(run)
                found.append((run[0], first, run[1], y - first))
            for run in here:
                open_runs.setdefault(run, y)
        return found


_DARK_RUN = re.compile(rb"\x00+")


def encode(text: str, error_correction: str = "M") -> QrMatrix:
    """The QR matrix for `text`; our payloads (0-9 A-Z : -) are encoded in alphanumeric mode."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=error_correction)
    image = memoryview(code.to_image(scale=1, add_quiet_zones=False))
    return QrMatrix(image.shape[0], image.tobytes())


@dataclass(frozen=True)
class QrPlacement:
    """Where a code goes on a device: its top-left corner (the dark modules', inside the quiet zone)
    and the side of one module, both in device pixels."""

    x: float
    y: float
    module: float

    def side(self, matrix: QrMatrix) -> float:
        return matrix.size * self.module


def dots_per_module(space_mm: float, modules: int, dpi: int) -> int:
    """Whole printer dots per module for a code of `modules` (quiet zone included) in `space_mm`;
    0 when not even one dot per module fits."""
    return math.floor(space_mm * dpi / MM_PER_INCH / modules)


def least_dots(dpi: int) -> int:
    """The fewest dots a module may have at `dpi`: two, and never finer than MIN_MODULE_MM."""
    return max(2, math.ceil(MIN_MODULE_MM * dpi / MM_PER_INCH - 1e-9))


def quiet_modules(space_mm: float, size: int, dpi: int) -> int:
    """The quiet zone the space allows: the full four modules unless that would leave modules too
    fine to print or scan, then down to two."""
    for quiet in range(QUIET_MODULES, MIN_QUIET_MODULES - 1, -1):
        if dots_per_module(space_mm, size + 2 * quiet, dpi) >= least_dots(dpi):
            return quiet
    return MIN_QUIET_MODULES


def path(matrix: QrMatrix, placement: QrPlacement) -> QPainterPath:
    """One path for the whole code, filled once with the pen off and antialiasing off."""
    drawn = QPainterPath()
    drawn.setFillRule(Qt.FillRule.WindingFill)
    module = placement.module
    for x, y, width, height in matrix.blocks():
        drawn.addRect(
            QRectF(placement.x + x * module, placement.y + y * module, width * module, height * module)
        )
    return drawn
