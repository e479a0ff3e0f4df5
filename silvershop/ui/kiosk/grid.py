"""Tiles and cards in as many columns as the screen's width holds, walked with the arrow keys.

A kiosk's screen is 1920 or 1280 px wide, sometimes turned upright: the number of columns follows
the width the grid is given, so a tile never shrinks below a size a finger hits and a name wraps
rather than being cut. The arrow keys move between the items as they stand on screen (Tab goes on in
reading order), for a visitor with a keyboard and for staff testing the kiosk.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

STEPS = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


class GridItem(QPushButton):
    """A tile or a card, whose arrow keys are left to its grid (a push button would take them as Tab and
    Shift+Tab). A touch leaves no focus frame behind; Tab reaches it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in STEPS:
            event.ignore()
            return
        super().keyPressEvent(event)


class FlowGrid(QWidget):
    """Lays `items` out `width() // column_px` to a row (at least `least_columns`)."""

    def __init__(self, column_px: int, least_columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column_px = column_px
        self.least_columns = least_columns
        self.items: list[QWidget] = []
        self.columns = 0
        self.row_height = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(20)

    def set_items(self, items: Sequence[QWidget]) -> None:
        for old in self.items:
            self.grid.removeWidget(old)
            old.hide()  # at once: it is deleted only when the event loop comes round
            old.deleteLater()
        self.items = list(items)
        self.columns = 0
        self._arrange()

    def set_row_height(self, height: int) -> None:
        """Every row at least `height` px tall (a row whose items need more takes more)."""
        self.row_height = height
        self._size_rows()

    def _size_rows(self) -> None:
        rows = -(-len(self.items) // self.columns) if self.columns else 0
        for row in range(self.grid.rowCount()):
            self.grid.setRowMinimumHeight(row, self.row_height if row < rows else 0)

    def columns_for(self, width: int) -> int:
        return max(self.least_columns, width // self.column_px)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        columns = self.columns_for(self.width())
        if columns == self.columns and all(self.grid.indexOf(item) >= 0 for item in self.items):
            return
        self.columns = columns
        for item in self.items:
            self.grid.removeWidget(item)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for index, item in enumerate(self.items):
            self.grid.addWidget(item, index // columns, index % columns)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        self._size_rows()
        self._chain_focus()

    def _chain_focus(self) -> None:
        for before, after in zip(self.items, self.items[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = STEPS.get(Qt.Key(event.key()))
        focus = self.focusWidget()
        if step is None or focus not in self.items or not self.columns:
            super().keyPressEvent(event)
            return
        index = self.items.index(focus)
        target = index + step[0] * self.columns + step[1]
        if 0 <= target < len(self.items):
            self.items[target].setFocus(Qt.FocusReason.TabFocusReason)
        event.accept()
