"""The stretch of calendar the office asks about: a month, a quarter, a year, or dates of its own.

Every figure counts a loan in the period its start date falls in, and a day of use when it falls inside
the period; dates are the centres' calendar dates (config.local_today), never a computer's clock.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date
from enum import StrEnum

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError

LONGEST_DAYS = 366 * 10  # a custom period longer than ten years is a typing mistake


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    first: date
    last: date  # inclusive

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def months(self) -> list[str]:
        """Every month the period touches, as 2026-03, so a chart shows the empty months too."""
        out, year, month = [], self.first.year, self.first.month
        while (year, month) <= (self.last.year, self.last.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def years(self) -> list[tuple[int, int]]:
        """(year, days of the period in that year): how much of each year's budget the period spends."""
        out = []
        for year in range(self.first.year, self.last.year + 1):
            start, end = max(self.first, date(year, 1, 1)), min(self.last, date(year, 12, 31))
            out.append((year, (end - start).days + 1))
        return out

    def label(self) -> str:
        if self.kind is PeriodKind.MONTH:
            return f"{self.first:%Y-%m}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.first.year} Q{(self.first.month - 1) // 3 + 1}"
        if self.kind is PeriodKind.YEAR:
            return str(self.first.year)
        return f"{self.first.isoformat()} – {self.last.isoformat()}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _calendar_year(number: int) -> None:
    """Refuse a year the calendar cannot hold: a month of a custom period reaches here as it is."""
    if not MINYEAR <= number <= MAXYEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{year} is not a year the programme can have figures for."),
            field="year",
            year=number,
        )


def month(year: int, number: int) -> Period:
    _calendar_year(year)
    if not 1 <= number <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A month is a number from 1 to 12, not {number}."),
            field="month",
            number=number,
        )
    return Period(PeriodKind.MONTH, date(year, number, 1), _month_end(year, number))


def quarter(year: int, number: int) -> Period:
    _calendar_year(year)
    if not 1 <= number <= 4:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A quarter is 1, 2, 3 or 4, not {number}."),
            field="quarter",
            number=number,
        )
    first_month = 3 * number - 2
    return Period(PeriodKind.QUARTER, date(year, first_month, 1), _month_end(year, first_month + 2))


def year(number: int) -> Period:
    if not 2000 <= number <= 2100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{year} is not a year the programme can have figures for."),
            field="year",
            year=number,
        )
    return Period(PeriodKind.YEAR, date(number, 1, 1), date(number, 12, 31))


def custom(first: date, last: date) -> Period:
    if last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The period ends ({last}) before it starts ({first}); swap the two dates."
            ),
            field="period",
            first=first.isoformat(),
            last=last.isoformat(),
        )
    if (last - first).days + 1 > LONGEST_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a period of at most ten years."), field="period"
        )
    return Period(PeriodKind.CUSTOM, first, last)


def around(kind: PeriodKind, day: date) -> Period:
    """The month, quarter or year that holds `day`: what the dashboard opens on."""
    if kind is PeriodKind.MONTH:
        return month(day.year, day.month)
    if kind is PeriodKind.QUARTER:
        return quarter(day.year, (day.month - 1) // 3 + 1)
    return year(day.year)
