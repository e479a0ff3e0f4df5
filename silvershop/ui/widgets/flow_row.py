"""Rows of buttons that wrap onto more lines in elder mode instead of cutting their words off.

A row of six 18 pt buttons is wider than the 1,040 px a screen gets on a 1280 × 800 laptop; a box layout
then squeezes each button below its words. `button_row` gives the screens one way to build such a row:
in the ordinary look the `QHBoxLayout` they always had (so nothing there moves by a pixel), in elder
mode a `FlowRow`, which takes the same calls and starts a new line where the next item would not fit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QWidget,
    QWidgetItem,
)

from silvershop.ui import theme


@dataclass
class Entry:
    """An item of the row: `stretch` shares out what its line has left over, as in a box layout;
    a spacing only separates items on the same line."""

    item: QLayoutItem
    stretch: int = 0
    spacing: bool = False


@dataclass
class Placed:
    entry: Entry
    width: int


class FlowRow(QLayout):
    """Items left to right, onto a new line where the next does not fit, each item as wide as it
    asks (never below its minimum width). Items added after `addStretch` form a group kept to the
    right, on the last line if they fit beside what is there, else on lines of their own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._left: list[Entry] = []
        self._right: list[Entry] | None = None
        self._tall = 0  # the height of its lines at the width it was last given
        self.setContentsMargins(0, 0, 0, 0)

    # What a QHBoxLayout is given by the screens.
    def addWidget(  # type: ignore[override]
        self, widget: QWidget, stretch: int = 0, alignment: Qt.AlignmentFlag | None = None
    ) -> None:
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        if alignment is not None:
            item.setAlignment(alignment)
        self._entries().append(Entry(item, stretch))
        self.invalidate()

    def addSpacing(self, size: int) -> None:
        spacer = QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self._entries().append(Entry(spacer, spacing=True))
        self.invalidate()

    def addStretch(self, stretch: int = 0) -> None:
        if self._right is None:
            self._right = []
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._entries().append(Entry(item))
        self.invalidate()

    def _entries(self) -> list[Entry]:
        return self._left if self._right is None else self._right

    def _all(self) -> list[Entry]:
        return [*self._left, *(self._right or [])]

    # QLayout.
    def count(self) -> int:
        return len(self._all())

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        entries = self._all()
        return entries[index].item if 0 <= index < len(entries) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        entries = self._all()
        if not 0 <= index < len(entries):
            return None
        entry = entries[index]
        for group in (self._left, self._right or []):
            if entry in group:
                group.remove(entry)
        self.invalidate()
        return entry.item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items; when that takes a different number of lines, ask the layouts around for
        the height again. Some take no height for width from an item (a splitter, a scroll area), so
        the row's minimum height is that of its lines at the width it has."""
        super().setGeometry(rect)
        tall = self._arrange(rect, place=True)
        if tall != self._tall:
            self._tall = tall
            self.invalidate()

    def sizeHint(self) -> QSize:
        """All on one line, as a box layout would have them."""
        shown = [e for e in self._all() if not e.item.isEmpty()]
        width = sum(e.item.sizeHint().width() for e in shown) + self._gap() * max(0, len(shown) - 1)
        height = max((e.item.sizeHint().height() for e in shown if not e.spacing), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As wide as the widest item, each item then on a line of its own; as tall as its lines are
        at the width it has."""
        shown = [e for e in self._all() if not e.item.isEmpty() and not e.spacing]
        width = max((self._least(e.item) for e in shown), default=0)
        height = max((e.item.minimumSize().height() for e in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins()).expandedTo(QSize(0, self._tall))

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        return (
            parent.style().pixelMetric(parent.style().PixelMetric.PM_LayoutHorizontalSpacing) if parent else 6
        )

    @staticmethod
    def _least(item: QLayoutItem) -> int:
        return item.minimumSize().width()

    def _lines(self, entries: list[Entry], width: int, first: int = 0) -> list[list[Placed]]:
        """`entries` broken into lines of `width`, the first of which already has `first` px taken."""
        gap = self._gap()
        lines: list[list[Placed]] = [[]]
        used = first
        for entry in (e for e in entries if not e.item.isEmpty()):
            wanted = max(min(entry.item.sizeHint().width(), width), self._least(entry.item))
            needed = wanted + (gap if used else 0)
            if used and used + needed > width:
                lines.append([])
                used = 0
                needed = wanted
            if entry.spacing and not used:
                continue  # a spacing at the start of a line separates nothing
            lines[-1].append(Placed(entry, wanted))
            used += needed
        return [line for line in lines if line] or [[]]

    def _used(self, line: list[Placed]) -> int:
        return sum(p.width for p in line) + self._gap() * max(0, len(line) - 1)

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        area = rect.marginsRemoved(self.contentsMargins())
        width = max(1, area.width())
        gap = self._gap()
        left = self._lines(self._left, width) if self._left else []
        left = [line for line in left if line]
        right_lines: list[list[Placed]] = []
        beside = False
        if self._right:
            right = [e for e in self._right if not e.item.isEmpty()]
            together = [Placed(e, max(e.item.sizeHint().width(), self._least(e.item))) for e in right]
            taken = self._used(left[-1]) + gap if left else 0
            if together and taken + self._used(together) <= width:
                beside = True
                right_lines = [together]
            else:
                right_lines = [line for line in self._lines(right, width) if line]
        rows: list[tuple[list[Placed], list[Placed]]] = [(line, []) for line in left]
        if beside and rows:
            rows[-1] = (rows[-1][0], right_lines[0])
        else:
            rows += [([], line) for line in right_lines]
        y = area.top()
        margins = self.contentsMargins()
        for number, (ahead, behind) in enumerate(rows):
            height = max(
                (p.entry.item.sizeHint().height() for p in (*ahead, *behind) if not p.entry.spacing),
                default=0,
            )
            if place:
                self._place_line(
                    ahead, area.left(), y, height, width - (self._used(behind) + gap if behind else 0)
                )
                if behind:
                    self._place_line(
                        behind, area.right() + 1 - self._used(behind), y, height, self._used(behind)
                    )
            y += height + (gap if number < len(rows) - 1 else 0)
        return y - area.top() + margins.top() + margins.bottom()

    def _place_line(self, line: list[Placed], x: int, y: int, height: int, room: int) -> None:
        """Put a line's items side by side from `x`, giving what is left of `room` to those that stretch."""
        left_over = max(0, room - self._used(line))
        stretch = sum(p.entry.stretch for p in line)
        gap = self._gap()
        for placed in line:
            width = placed.width
            if stretch and placed.entry.stretch:
                width += left_over * placed.entry.stretch // stretch
            item = placed.entry.item
            tall = min(max(item.sizeHint().height(), item.minimumSize().height()), height)
            if item.expandingDirections() & Qt.Orientation.Vertical:
                tall = height
            item.setGeometry(QRect(QPoint(x, y + (height - tall) // 2), QSize(width, tall)))
            x += width + gap


Row = QHBoxLayout | FlowRow


def button_row(spacing: int | None = None, parent: QWidget | None = None) -> Row:
    """A row for a screen's buttons (and the field or words beside them): a `QHBoxLayout` in the
    ordinary look, a `FlowRow` that wraps in elder mode. Both take `addWidget`, `addSpacing`,
    `addStretch` (after which a flow row keeps the items to the right) and `setSpacing`."""
    row: Row = FlowRow(parent) if theme.elder_mode() else QHBoxLayout(parent) if parent else QHBoxLayout()
    if spacing is not None:
        row.setSpacing(spacing)
    return row
