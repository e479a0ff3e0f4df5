"""A set of checkboxes for picking several things at once, such as a user's roles or centres."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from silvershop.ui import theme

T = TypeVar("T")


class Choices(QWidget, Generic[T]):
    """Checkboxes in `per_row` columns, each a full-height target; the values are never shown."""

    def __init__(self, options: Sequence[tuple[T, str]], per_row: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(0)
        self.boxes: list[tuple[T, QCheckBox]] = []
        for i, (value, text) in enumerate(options):
            box = QCheckBox(text)
            box.setMinimumHeight(theme.target_px())
            layout.addWidget(box, i // per_row, i % per_row)
            self.boxes.append((value, box))
        self.setFocusProxy(self.boxes[0][1] if self.boxes else None)

    def chosen(self) -> list[T]:
        return [value for value, box in self.boxes if box.isChecked()]

    def choose(self, values: Iterable[T]) -> None:
        wanted = set(values)
        for value, box in self.boxes:
            box.setChecked(value in wanted)
