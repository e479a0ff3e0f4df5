"""Boxes for the millimetres and counts of label media and printer measurements, alike in the preset
and calibration dialogs: the unit in the box, the number right-aligned, a full-height target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from silvershop.ui.widgets.form_dialog import large_target

BOX_WIDTH = (120, 150)  # "1000.00 mm" and the arrows; a wider box reads as one for text


def length_box(name: str, low: float, high: float, decimals: int) -> QDoubleSpinBox:
    """Millimetres to `decimals` places; `name` is what a screen reader says for the box, since a
    row's caption may name two boxes."""
    box = QDoubleSpinBox()
    box.setAccessibleName(name)
    box.setDecimals(decimals)
    box.setRange(low, high)
    box.setSingleStep(0.1 if decimals == 1 else 0.5)
    box.setSuffix(" mm")
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMinimumWidth(BOX_WIDTH[0])
    box.setMaximumWidth(BOX_WIDTH[1])
    return large_target(box)


def count_box(name: str, most: int) -> QSpinBox:
    box = QSpinBox()
    box.setAccessibleName(name)
    box.setRange(1, most)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMinimumWidth(80)
    return large_target(box)


class Row(QWidget):
    """Two values of one thing on one line, with the words between them (width × height)."""

    def __init__(self, *parts: QWidget | str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for part in parts:
            layout.addWidget(QLabel(part) if isinstance(part, str) else part)
        layout.addStretch(1)
        self.setFocusProxy(next(part for part in parts if isinstance(part, QWidget)))
