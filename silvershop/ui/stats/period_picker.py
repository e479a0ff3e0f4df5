"""Which stretch of calendar the figures are about: a month, a quarter, a year, or two dates.

The choice becomes a `stats.period.Period` through the domain's own functions, so a custom period that
ends before it starts is refused in the domain's words, shown under the picker (`problem`); the figures
drawn for the last good period stay as they are until the dates make sense again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from silvershop.errors import SilvershopError
from silvershop.stats.period import Period, PeriodKind, around, custom, month, quarter, year
from silvershop.ui.widgets.form_dialog import large_target
from silvershop.ui.widgets.screen import SPACING

FIRST_YEAR, LAST_YEAR = 2000, 2100  # what stats.period.year accepts
DATE_FORMAT = "yyyy-MM-dd"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    """`chosen(Period)` when the person settles on a period that makes sense; `problem` holds the
    sentence while the dates do not (the screen shows it beside the picker)."""

    chosen = Signal(object)

    def __init__(
        self, today: date, kind: PeriodKind = PeriodKind.YEAR, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = large_target(QComboBox())
        self.kind.setAccessibleName(self.tr("Period"))
        for value, words in (
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.YEAR, self.tr("Year")),
            (PeriodKind.CUSTOM, self.tr("From … to …")),
        ):
            self.kind.addItem(words, value.value)
        self.year = large_target(QSpinBox())
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setKeyboardTracking(False)  # 2026 typed is one change, not four
        self.year.setAccessibleName(self.tr("Year"))
        self.quarter = large_target(QComboBox())
        self.quarter.setAccessibleName(self.tr("Quarter"))
        for number in range(1, 5):
            self.quarter.addItem(self.tr("Q{number}").format(number=number), number)
        self.month = large_target(QComboBox())
        self.month.setAccessibleName(self.tr("Month"))
        for number in range(1, 13):
            self.month.addItem(QLocale().standaloneMonthName(number), number)
        self.first = self._date_edit(self.tr("First day"))
        self.last = self._date_edit(self.tr("Last day"))
        self.until = QLabel(self.tr("to"))
        self.problem = QLabel(objectName="fieldError", wordWrap=True)
        self.problem.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING // 2)
        for widget in (self.kind, self.year, self.quarter, self.month, self.first, self.until, self.last):
            row.addWidget(widget)
        self.setFocusProxy(self.kind)
        self._current = around(kind, today)
        self._put(self._current)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.quarter, self.month):
            combo.currentIndexChanged.connect(self._changed)
        self.year.valueChanged.connect(self._changed)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = large_target(QDateEdit())
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setKeyboardTracking(False)
        edit.setAccessibleName(name)
        return edit

    def period(self) -> Period | None:
        """The period chosen, or None while the dates do not make one (`problem` says why)."""
        return self._current if self.problem.isHidden() else None

    def set_period(self, period: Period) -> None:
        """Show `period` as chosen, without telling anyone: the caller knows."""
        self._current = period
        self._put(period)
        self.problem.hide()

    def _put(self, period: Period) -> None:
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(period.kind.value))
        self.kind.blockSignals(False)
        self._put_days(period)
        self._show_fields(period.kind)

    def _put_days(self, period: Period) -> None:
        """The year, quarter, month and dates of `period` in their fields, whichever are shown."""
        widgets = (self.year, self.quarter, self.month, self.first, self.last)
        for widget in widgets:
            widget.blockSignals(True)
        self.year.setValue(period.first.year)
        self.quarter.setCurrentIndex((period.first.month - 1) // 3)
        self.month.setCurrentIndex(period.first.month - 1)
        self.first.setDate(_qdate(period.first))
        self.last.setDate(_qdate(period.last))
        for widget in widgets:
            widget.blockSignals(False)

    def _show_fields(self, kind: PeriodKind) -> None:
        self.year.setVisible(kind is not PeriodKind.CUSTOM)
        self.quarter.setVisible(kind is PeriodKind.QUARTER)
        self.month.setVisible(kind is PeriodKind.MONTH)
        for widget in (self.first, self.until, self.last):
            widget.setVisible(kind is PeriodKind.CUSTOM)

    def _chosen_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        """Another kind of period starts from the one shown: its dates for a custom period, the
        month, quarter or year its first day is in for the others."""
        self._put_days(self._current)
        self._show_fields(self._chosen_kind())
        self._changed()

    def _changed(self) -> None:
        kind = self._chosen_kind()
        try:
            if kind is PeriodKind.MONTH:
                period = month(self.year.value(), int(self.month.currentData()))
            elif kind is PeriodKind.QUARTER:
                period = quarter(self.year.value(), int(self.quarter.currentData()))
            elif kind is PeriodKind.YEAR:
                period = year(self.year.value())
            else:
                period = custom(_date(self.first.date()), _date(self.last.date()))
        except SilvershopError as err:
            self.problem.setText("⚠ " + err.localized())
            self.problem.show()
            return
        self.problem.hide()
        if period != self._current:
            self._current = period
            self.chosen.emit(period)
