"""One figure of the dashboard: its title, the chart (or, when there is nothing to draw, a sentence
saying so), a note where the figure needs one, and the two ways to take it elsewhere: the picture as a
PNG file and the numbers as a table to paste into Excel or WPS.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarSet, QChart, QChartView, QHorizontalBarSeries, QHorizontalStackedBarSeries
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFontMetrics, QGuiApplication, QKeyEvent, QPainter
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QMessageBox, QVBoxLayout, QWidget

from silvershop.ui import theme, vocabulary
from silvershop.ui.stats.charts import AXIS_PT, Asked, Numbers, chart_font, tooltip
from silvershop.ui.stats.legend import Legend
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button
from silvershop.ui.widgets.screen import SPACING

if TYPE_CHECKING:
    from silvershop.stats.figures import Dashboard

ACROSS = (QHorizontalBarSeries, QHorizontalStackedBarSeries)  # series whose bars lie across the chart

UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s–]+')
PNG = ".png"
ROOM_PER_NAME = 1.6  # lines of height each bar's name on a horizontal chart needs, with the gap to the next
AXIS_ROOM = 60  # px below and above the bars of a horizontal chart: the value axis and the margins


@dataclass(frozen=True)
class Described:
    bars: QBarSet
    words: Callable[[int], str]
    index: int = 0  # which bar of the set, once ordered for the keys


class BarView(QChartView):
    """A chart view a person can use with the keyboard (DOMAIN section 7): it takes the focus, the
    arrow keys `step` from bar to bar, Enter or Space `choose` the bar, as a click on it would."""

    step = Signal(int)
    choose = Signal()
    left = Signal()  # the focus went elsewhere

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.step.emit(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.step.emit(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose.emit()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.step.emit(0)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class ChartCard(QFrame):
    """`told(sentence)` after the picture was saved or the numbers copied; `failed(sentence)` when the
    picture could not be saved. The screen shows both in its message bar."""

    told = Signal(str)
    failed = Signal(str)

    def __init__(self, title: str, stem: str, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="figure")
        self.stem = stem  # the picture's suggested file name starts so; `about` follows
        self.about = ""  # the period and district drawn, set with the figures
        self.numbers = Numbers((), ())
        self.title = QLabel(title, objectName="section", wordWrap=True)
        self.header = QVBoxLayout()  # the title, and below it a choice some figures offer
        self.header.setSpacing(SPACING // 2)
        self.header.addWidget(self.title)
        self.note = QLabel(objectName="note", wordWrap=True)
        self.note.hide()
        self.height_ = theme.text_px(height)
        self.view = BarView()
        self.view.step.connect(self._step)
        self.view.choose.connect(self._choose)
        self.view.left.connect(self._leave)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(self.height_)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setBackgroundBrush(QBrush(QColor("#FFFFFF")))
        self.view.setAccessibleName(title)
        self.legend = Legend()
        # The bar chosen with the keys, in words: what its colour says, read by a screen reader too.
        self.current = QLabel(objectName="note", wordWrap=True)
        self.current.hide()
        self._described: list[Described] = []  # bars with their words, in the order the keys go
        self._drawing_described: list[Described] = []  # those of the chart being drawn
        self._at: int | None = None  # which of the bars described the keys are on
        self.drawing = QWidget()  # what a saved picture holds: the chart and its legend
        drawn = QVBoxLayout(self.drawing)
        drawn.setContentsMargins(0, 0, 0, 0)
        drawn.setSpacing(SPACING // 2)
        drawn.addWidget(self.view, 1)
        drawn.addWidget(self.legend)
        self.nothing = QLabel(objectName="note", wordWrap=True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setMinimumHeight(self.height_)
        self.save_button = action_button(self.tr("Save as PNG…"))
        self.save_button.setAccessibleName(self.tr("Save {title} as a PNG picture").format(title=title))
        self.save_button.clicked.connect(self.save_png)
        self.copy_button = action_button(self.tr("Copy numbers"))
        self.copy_button.setAccessibleName(self.tr("Copy the numbers of {title}").format(title=title))
        self.copy_button.clicked.connect(self.copy_numbers)
        buttons = button_row(SPACING // 2)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING // 2, SPACING, SPACING)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(self.header)
        layout.addWidget(self.note)
        layout.addWidget(self.drawing, 1)
        layout.addWidget(self.current)
        layout.addWidget(self.nothing, 1)
        layout.addLayout(buttons)
        self.show_nothing("")

    def show_figures(self, figures: Dashboard, ask: Asked) -> None:
        """Draw this card's figure of `figures`; a click on a bar calls `ask` with the list behind it."""
        raise NotImplementedError

    def describe(self, bars: QBarSet, words: Callable[[int], str]) -> None:
        """Give the bars of `bars` their words, shown in a tooltip on the pointer and under the chart
        when chosen with the keys; for the chart about to be shown with `show_chart`."""
        tooltip(bars, words)
        self._drawing_described.append(Described(bars, words))

    def chart(self) -> QChart | None:
        """The chart drawn, None while a sentence stands in its place."""
        return self.view.chart() if not self.drawing.isHidden() else None

    def show_chart(self, chart: QChart, numbers: Numbers, note: str = "", *, rows: int = 0) -> None:
        """Draw `chart` in place of what was there, which is deleted with its series. With `rows`, the
        number of bars down a horizontal chart, it is made tall enough for each bar's name: Qt puts
        "…" in place of a name that has less height than a line of text."""
        old = self.view.chart()
        self.view.setChart(chart)
        old.deleteLater()  # the view lets go of it without deleting it
        line = QFontMetrics(chart_font(AXIS_PT)).height()
        self.view.setMinimumHeight(max(self.height_, round(rows * line * ROOM_PER_NAME) + AXIS_ROOM))
        self.legend.show_keys(chart)
        self._described, self._drawing_described = self._order(chart, self._drawing_described), []
        self._set(numbers, note, drawn=True)

    def show_nothing(self, sentence: str, note: str = "") -> None:
        """A sentence where the chart would be: an empty plot would look like a fault."""
        self.nothing.setText(sentence)
        self._described, self._drawing_described = [], []
        self._set(Numbers((), ()), note, drawn=False)

    def _set(self, numbers: Numbers, note: str, *, drawn: bool) -> None:
        self._at = None
        self.current.hide()
        self.numbers = numbers
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.drawing.setVisible(drawn)
        self.nothing.setVisible(not drawn)
        self.save_button.setEnabled(drawn)
        self.copy_button.setEnabled(drawn and bool(numbers.rows))

    @staticmethod
    def _order(chart: QChart, described: list[Described]) -> list[Described]:
        """Every bar with something to count, in the order the keys go: left to right, or top to
        bottom where the bars lie across (their axis is drawn from the bottom up), and within a
        category the sets in the legend's order."""
        across = any(isinstance(series, ACROSS) for series in chart.series())
        count = max((d.bars.count() for d in described), default=0)
        categories = range(count - 1, -1, -1) if across else range(count)
        return [
            Described(d.bars, d.words, index)
            for index in categories
            for d in described
            if index < d.bars.count() and d.bars.at(index)
        ]

    def _step(self, by: int) -> None:
        """Choose the next bar (`by` 1), the one before (−1), or, as the view takes the focus, the one
        chosen last or the first (0)."""
        if not self._described:
            return
        if self._at is None:
            self._at = 0
        else:
            self._at = max(0, min(len(self._described) - 1, self._at + by))
        for each in self._described:
            each.bars.deselectAllBars()
        chosen = self._described[self._at]
        chosen.bars.setSelectedColor(QColor(theme.TEXT))
        chosen.bars.selectBar(chosen.index)
        words = chosen.words(chosen.index)
        self.current.setText(words)
        self.current.show()
        self.view.setAccessibleDescription(words)

    def _choose(self) -> None:
        if self._at is not None and self._described:
            chosen = self._described[self._at]
            chosen.bars.clicked.emit(chosen.index)  # as a click: the list behind it opens

    def _leave(self) -> None:
        for each in self._described:
            each.bars.deselectAllBars()
        self.current.hide()

    def save_png(self) -> None:
        """Ask where (Documents, named for the figure and the period), then save the chart as drawn."""
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        name = UNSAFE_IN_FILE_NAMES.sub("-", f"{self.stem} {self.about}").strip("-") + PNG
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), str(folder / name), self.tr("PNG pictures (*.png)")
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(PNG) else Path(f"{path}{PNG}")
        # The dialog asked about replacing the name as typed; ".png" added after it is asked here.
        if target.name != Path(path).name and target.exists():
            asked = QMessageBox.question(
                self,
                self.tr("Save chart as PNG"),
                self.tr("{name} already exists. Replace it?").format(name=target.name),
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
        if self.drawing.grab().save(str(target), "PNG"):
            self.told.emit(self.tr("Saved the chart as {path}.").format(path=target))
        else:
            self.failed.emit(
                self.tr("The chart could not be saved as {path}; choose a folder you may write to.").format(
                    path=target
                )
            )

    def copy_numbers(self) -> None:
        QGuiApplication.clipboard().setText(self.numbers.tsv())
        self.told.emit(
            self.tr("Copied {rows} rows of “{title}”; paste them into Excel or WPS as a table.").format(
                rows=vocabulary.number(len(self.numbers.rows)), title=self.title.text()
            )
        )
