"""What every chart of the dashboard shares: fonts that follow elder mode, colours told apart by people
who see colours differently, axes, a tooltip naming what is under the pointer, and the way a click on
a bar asks for the list behind it.

This module and the cards import QtCharts, which costs a desk several megabytes: only the statistics
screen imports them, the first time it is shown (ui/stats/screen.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QToolTip

from silvershop.ui import theme, vocabulary

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from silvershop.security.permissions import Actor
    from silvershop.stats.behind import Rows
    from silvershop.stats.scope import Scope

AXIS_PT = 11
GRID = "#E4E9EF"
# Okabe and Ito's eight colours, told apart with every common colour vision deficiency, then greys;
# yellow last of them, as it is the palest on white.
COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#000000",
    "#F0E442",
    "#7F7F7F",
    "#B3B3B3",
)
BAR_WIDTH = 0.8  # of the room each category has; Qt's own default is 0.5
FEW_BARS = 4
TICKS = 4  # steps a money axis is divided into, about
LONGEST_LABEL = 14  # characters of a name on an axis; the whole name is in the tooltip and the numbers


class Listing(StrEnum):
    """Which kind of list a figure's bar stands for: the behind dialog shows each with its columns."""

    LOANS = "loans"
    UNITS = "units"
    PRODUCTS = "products"
    STOCK = "stock"
    REQUESTS = "requests"


Read = Callable[["Session", "Actor", "Scope"], "Rows[Any]"]


@dataclass(frozen=True)
class Ask:
    """A click on a figure: the title of the list behind it, its kind, and how to read it."""

    title: str
    listing: Listing
    read: Read


Asked = Callable[[Ask], None]


@dataclass(frozen=True)
class Numbers:
    """A chart's numbers as a table: what "Copy numbers" puts on the clipboard."""

    header: tuple[str, ...]
    rows: tuple[tuple[str | int, ...], ...]

    def tsv(self) -> str:
        """Tab-separated lines, the header first: Excel and WPS paste them as a table. Numbers are
        written without grouping or currency signs, so the spreadsheet reads them as numbers."""
        lines = [self.header, *self.rows]
        return "".join("\t".join(_cell(value) for value in line) + "\n" for line in lines)


def _cell(value: str | int) -> str:
    return str(value).replace("\t", " ").replace("\n", " ")


def yuan_figure(fen: int) -> str:
    """Fen as yuan for a spreadsheet cell: 123456 → 1234.56, never through a float."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole}.{cents:02d}"


def chart_font(points: int) -> QFont:
    """The application's font (a Chinese one where installed) at `points`, larger in elder mode."""
    font = QFont(QApplication.font())
    font.setPointSize(theme.text_pt(points))
    return font


def colour(index: int) -> QColor:
    return QColor(COLOURS[index % len(COLOURS)])


def new_chart() -> QChart:
    """A chart without animation (a figure that moves before the person has read it is one of the
    things DOMAIN section 7 rules out), on white. Its legend is the card's (`Legend`): Qt's own cuts
    names short rather than wrap them onto another line."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QBrush(QColor("#FFFFFF")))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.legend().hide()
    return chart


def categories(chart: QChart, names: Sequence[str], alignment: Qt.AlignmentFlag) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(names))
    _style_axis(axis)
    axis.setGridLineVisible(False)
    chart.addAxis(axis, alignment)
    return axis


def values(chart: QChart, top: float, alignment: Qt.AlignmentFlag, label_format: str = "%d") -> QValueAxis:
    """A value axis from 0 to a round number at or above `top`, in whole steps for counts."""
    axis = QValueAxis()
    axis.setRange(0, max(top, 1))
    axis.setLabelFormat(label_format)
    axis.applyNiceNumbers()
    if label_format == "%d" and axis.max() < 5:  # few loans: steps of one, not 0.5
        axis.setRange(0, max(1, round(axis.max())))
        axis.setTickCount(int(axis.max()) + 1)
    _style_axis(axis)
    chart.addAxis(axis, alignment)
    return axis


def nice_step(rough: float) -> float:
    """The round number (1, 2, 2.5 or 5 times a power of ten) at or above `rough`."""
    if rough <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(rough))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)


def money_axis(chart: QChart, top: float, alignment: Qt.AlignmentFlag) -> QCategoryAxis:
    """A value axis in whole 元 from 0 to a round number at or above `top`, its labels grouped as the
    language groups digits (2,000,000): a plain value axis can only print 2000000."""
    step = max(1.0, nice_step(top / TICKS))
    count = max(1, math.ceil(top / step))
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(0)
    for i in range(count + 1):
        axis.append(vocabulary.number(round(i * step)), i * step)
    axis.setRange(0, count * step)
    _style_axis(axis)
    chart.addAxis(axis, alignment)
    if alignment == Qt.AlignmentFlag.AlignBottom:  # room for half the last label, centred on the right edge
        widest = QFontMetrics(chart_font(AXIS_PT)).horizontalAdvance(vocabulary.number(round(count * step)))
        margins = chart.margins()
        margins.setRight(widest // 2 + margins.right())
        chart.setMargins(margins)
    return axis


def _style_axis(axis: QBarCategoryAxis | QValueAxis | QCategoryAxis) -> None:
    axis.setLabelsFont(chart_font(AXIS_PT))
    axis.setLabelsColor(QColor(theme.TEXT))
    axis.setLinePenColor(QColor(theme.CARD_BORDER))
    axis.setGridLineColor(QColor(GRID))
    axis.setTitleFont(chart_font(AXIS_PT))
    axis.setTitleBrush(QBrush(QColor(theme.MUTED)))


def attach(series: QAbstractSeries, *axes: QBarCategoryAxis | QValueAxis | QCategoryAxis) -> None:
    for axis in axes:
        series.attachAxis(axis)


def bar_set(
    name: str, numbers: Sequence[float], index: int, *, pattern: Qt.BrushStyle | None = None
) -> QBarSet:
    """A bar set in the `index`th colour; with `pattern`, hatched as well, so two sets that sit side by
    side or on each other differ by more than their colour."""
    bars = QBarSet(name)
    bars.append([float(n) for n in numbers])
    fill = colour(index)
    bars.setBrush(hatched(fill, pattern) if pattern is not None else QBrush(fill))
    bars.setPen(QPen(QColor("#FFFFFF"), 1))
    bars.setLabelColor(QColor(theme.TEXT))
    bars.setLabelFont(chart_font(AXIS_PT))
    return bars


# Patterns that stay told apart printed in black and white too; the first set of a chart is plain.
PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.Dense5Pattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.VerPattern,
)


def hatched(fill: QColor, pattern: Qt.BrushStyle) -> QBrush:
    """`fill` with white lines of `pattern` over it: a texture, as a brush has one colour only."""
    if pattern == Qt.BrushStyle.SolidPattern:
        return QBrush(fill)
    tile = QPixmap(12, 12)
    tile.fill(fill)
    painter = QPainter(tile)
    painter.fillRect(tile.rect(), QBrush(QColor(255, 255, 255, 150), pattern))
    painter.end()
    return QBrush(tile)


def bar_series(series: QAbstractBarSeries, *sets: QBarSet) -> QAbstractBarSeries:
    for bars in sets:
        series.append(bars)
    return series


def slim(series: QAbstractBarSeries, bars: int) -> None:
    """Bars as thick as they would be among `FEW_BARS` when there are fewer: one centre's bar would
    otherwise fill the whole chart."""
    series.setBarWidth(BAR_WIDTH * min(bars, FEW_BARS) / FEW_BARS)


def on_click(bars: QBarSet, ask: Asked, at: Callable[[int], Ask | None]) -> None:
    """A click on the bar at an index asks for the list `at` gives for that index (None: nothing
    behind it, such as an empty month)."""

    def clicked(index: int) -> None:
        wanted = at(index)
        if wanted is not None:
            ask(wanted)

    bars.clicked.connect(clicked)


def tooltip(bars: QBarSet, text: Callable[[int], str]) -> None:
    """The words for the bar under the pointer: its name and number, as the colour alone does not say."""

    def hovered(inside: bool, index: int) -> None:
        if inside:
            QToolTip.showText(QCursor.pos(), text(index))
        else:
            QToolTip.hideText()

    bars.hovered.connect(hovered)


def shortened(name: str, longest: int = LONGEST_LABEL) -> str:
    return name if len(name) <= longest else name[: longest - 1] + "…"


def centre_labels(names: Sequence[str]) -> list[str]:
    """Centres' names as an axis shows them: without the words all of them end with (滨湖区适老生活体验中心
    and 惠山区适老生活体验中心 are 滨湖区 and 惠山区), shortened, each its own. The tooltip and the copied
    numbers name them whole."""
    common = 0  # characters at the end every name shares
    if len(names) > 1:
        while all(len(name) > common for name in names) and len({name[-1 - common] for name in names}) == 1:
            common += 1
    parts = [name[: len(name) - common].strip() for name in names]
    if not all(parts):
        parts = list(names)
    return unique([shortened(part) for part in parts])


def unique(names: Sequence[str]) -> list[str]:
    """Axis labels must differ (QBarCategoryAxis drops a repeated one): a repeat gets its number."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out
