"""A chart's legend as widgets under it: a swatch and the name of each set of bars or line, wrapping
onto more lines where the card is narrow, in the size of the application's text.

Qt's own legend cuts names to "梁…" once there are more than a few, and stays small in elder mode; a
name must always be read whole, as colour alone never says what a bar is (DOMAIN section 7).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import QAbstractBarSeries, QChart, QLineSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from silvershop.ui import theme
from silvershop.ui.widgets.flow_row import FlowRow
from silvershop.ui.widgets.screen import SPACING

SWATCH = 18  # px in the ordinary look


@dataclass(frozen=True)
class Key:
    name: str
    brush: QBrush | None = None  # a set of bars
    pen: QPen | None = None  # a line
    points: bool = False  # the line has a dot on each value


def keys(chart: QChart) -> list[Key]:
    """What the chart draws, in its order: each set of bars, then each line."""
    found: list[Key] = []
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            found += [Key(bars.label(), brush=bars.brush()) for bars in series.barSets()]
        elif isinstance(series, QLineSeries):
            found.append(Key(series.name(), pen=series.pen(), points=series.pointsVisible()))
    return found


def swatch(key: Key) -> QPixmap:
    size = theme.text_px(SWATCH)
    picture = QPixmap(size, size)
    picture.fill(QColor("#FFFFFF"))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if key.brush is not None:
        painter.setPen(QPen(QColor(theme.MUTED), 1))
        painter.setBrush(key.brush)
        painter.drawRect(0, 0, size - 1, size - 1)
    elif key.pen is not None:
        painter.setPen(key.pen)
        middle = size / 2
        painter.drawLine(QPointF(0, middle), QPointF(size, middle))
        if key.points:
            painter.setBrush(key.pen.color())
            painter.drawEllipse(QPointF(middle, middle), size / 6, size / 6)
    painter.end()
    return picture


class Legend(QWidget):
    """The keys of the chart last shown; none when it has one set of bars only, which the card's title
    names already."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = FlowRow(self)
        self.row.setSpacing(SPACING)
        self.names: list[str] = []

    def show_keys(self, chart: QChart) -> None:
        while (item := self.row.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: deleted only when the event loop next runs
                widget.deleteLater()
        found = keys(chart)
        if len(found) < 2:
            found = []
        self.names = [key.name for key in found]
        for key in found:
            entry = QWidget()
            pair = QHBoxLayout(entry)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(SPACING // 2)
            picture = QLabel()
            picture.setPixmap(swatch(key))
            pair.addWidget(picture, 0, Qt.AlignmentFlag.AlignVCenter)
            pair.addWidget(QLabel(key.name))
            self.row.addWidget(entry)
        self.setVisible(bool(found))
