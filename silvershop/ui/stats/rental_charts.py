"""The rental service's figures: loans per month and district, and the subsidy granted against the
city's budget.

Every month of the period has its place on the axis, an empty one too, so a quiet month shows as one.
A loan counts in the month it started, in the district of the centre that lent it (stats/rental_months).
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QChart, QLineSeries, QStackedBarSeries
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QWidget

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate
from silvershop.stats import behind
from silvershop.stats.figures import Dashboard
from silvershop.stats.period import Period
from silvershop.ui import vocabulary
from silvershop.ui.stats.chart_card import ChartCard
from silvershop.ui.stats.charts import (
    PATTERNS,
    Ask,
    Asked,
    Listing,
    Numbers,
    attach,
    bar_series,
    bar_set,
    categories,
    colour,
    money_axis,
    new_chart,
    on_click,
    values,
    yuan_figure,
)

HEIGHT = 320
LINE_WIDTH = 3
CONTEXT = "stats"
# A QDate pattern (MMMM: the month's name, M: its number, yyyy: the year): each language writes a month
# of a year its own way, and Qt names the month in it.
_MONTH_OF_YEAR = QT_TRANSLATE_NOOP("stats", "MMMM yyyy")
_MONTHS_OF_YEAR = QT_TRANSLATE_NOOP("stats", "Months of {year}")
FEW_MONTHS = 6  # as many month names as fit side by side under a card's bars


def month_axis(chart: QChart, period: Period) -> QBarCategoryAxis:
    """The months of the period along the bottom: named (Oct, 10月) when a few, numbered under the
    year's name when a year's worth (twelve names do not fit side by side), 2026-03 turned upright
    when the period spans years."""
    months = period.months()
    within_year = period.first.year == period.last.year
    if within_year and len(months) <= FEW_MONTHS:
        locale = QLocale()
        labels = [locale.monthName(int(m[5:]), QLocale.FormatType.ShortFormat) for m in months]
    elif within_year:
        labels = [str(int(m[5:])) for m in months]
    else:
        labels = months
    axis = categories(chart, labels, Qt.AlignmentFlag.AlignBottom)
    if within_year and len(months) > FEW_MONTHS:
        axis.setTitleText(translate(CONTEXT, _MONTHS_OF_YEAR).format(year=period.first.year))
    elif not within_year and len(months) > FEW_MONTHS:
        axis.setLabelsAngle(-90)
    return axis


def month_words(month: str) -> str:
    """2026-03 as the person's language writes a month of a year (March 2026, 2026年3月)."""
    day = QDate(int(month[:4]), int(month[5:]), 1)
    return QLocale().toString(day, translate(CONTEXT, _MONTH_OF_YEAR))


class RentalsCard(ChartCard):
    """Stacked bars: loans started per month, one colour and legend entry per district."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Loans per month and district"), self.tr("loans"), HEIGHT, parent)

    def show_figures(self, figures: Dashboard, ask: Asked) -> None:
        months = figures.scope.period.months()
        if not figures.rentals:
            self.show_nothing(self.tr("No loans started in this period."))
            return
        counts: dict[str, dict[str, int]] = defaultdict(dict)
        for row in figures.rentals:
            counts[row.district_code][row.month] = row.loans
        codes = sorted(counts)
        names = {code: figures.district_names.get(code, code) for code in codes}
        chart = new_chart()
        series = QStackedBarSeries()
        for index, code in enumerate(codes):
            numbers = [counts[code].get(m, 0) for m in months]
            # A pattern as well as a colour: eight districts' colours alone are not told apart by all.
            bars = bar_set(names[code], numbers, index, pattern=PATTERNS[index % len(PATTERNS)])
            bar_series(series, bars)
            on_click(
                bars,
                ask,
                lambda i, code=code, numbers=numbers: self._ask(code, names[code], months[i], numbers[i]),
            )
            self.describe(
                bars,
                lambda i, code=code, numbers=numbers: self.tr("{district}, {month}: {loans} loans").format(
                    district=names[code], month=month_words(months[i]), loans=vocabulary.number(numbers[i])
                ),
            )
        chart.addSeries(series)
        totals = [sum(counts[code].get(m, 0) for code in codes) for m in months]
        attach(
            series,
            month_axis(chart, figures.scope.period),
            values(chart, max(totals), Qt.AlignmentFlag.AlignLeft),
        )
        header = (self.tr("Month"), *(names[code] for code in codes), self.tr("All districts"))
        rows = tuple(
            (m, *(counts[code].get(m, 0) for code in codes), total)
            for m, total in zip(months, totals, strict=True)
        )
        self.show_chart(chart, Numbers(header, rows))

    def _ask(self, code: str, district: str, month: str, loans: int) -> Ask | None:
        if not loans:
            return None
        return Ask(
            self.tr("Loans started in {month} by centres of {district}").format(
                month=month_words(month), district=district
            ),
            Listing.LOANS,
            lambda session, actor, scope: behind.loans(
                session, actor, scope, district_code=code, month=month
            ),
        )


class SubsidyCard(ChartCard):
    """Bars of the subsidy granted each month in 元, a line of what was granted so far and, for the
    whole city, the budget for the period as a dashed line to compare that line with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Subsidy granted against the budget"), self.tr("subsidy"), HEIGHT, parent)

    def budget_note(self, figures: Dashboard) -> str:
        subsidy = figures.subsidy
        if subsidy.budget_fen is not None:
            share = 100 * subsidy.granted_fen / subsidy.budget_fen if subsidy.budget_fen else 0
            return self.tr(
                "The budget for this period is {budget}, the year's budget shared by its days; {granted} "
                "granted is {share}% of it."
            ).format(
                budget=vocabulary.yuan(subsidy.budget_fen),
                granted=vocabulary.yuan(subsidy.granted_fen),
                share=QLocale().toString(share, "f", 0),
            )
        if subsidy.budget_note == "district":
            return self.tr("The budget is the city's; it is shown when all districts are chosen.")
        return self.tr("No yearly budget is set; an administrator sets it under Settings.")

    def show_figures(self, figures: Dashboard, ask: Asked) -> None:
        subsidy = figures.subsidy
        note = self.budget_note(figures)
        if not subsidy.granted_fen and subsidy.budget_fen is None:
            self.show_nothing(self.tr("No subsidy was granted on loans started in this period."), note)
            return
        months = [m.month for m in subsidy.months]
        granted = [m.granted_fen for m in subsidy.months]
        running, so_far = [], 0
        for fen in granted:
            so_far += fen
            running.append(so_far)
        chart = new_chart()
        bars = bar_set(self.tr("Granted in the month (元)"), [fen / 100 for fen in granted], 0)
        series = bar_series(QBarSeries(), bars)
        on_click(bars, ask, lambda i: self._ask(months[i]) if granted[i] else None)
        self.describe(
            bars,
            lambda i: self.tr("{month}: {granted} granted, {so_far} so far").format(
                month=month_words(months[i]),
                granted=vocabulary.yuan(granted[i]),
                so_far=vocabulary.yuan(running[i]),
            ),
        )
        chart.addSeries(series)
        line = QLineSeries()
        line.setName(self.tr("Granted so far (元)"))
        line.setPen(QPen(colour(5), LINE_WIDTH))
        line.setPointsVisible(
            True
        )  # dots on the months: told from the budget's dashed line by more than colour
        for index, fen in enumerate(running):
            line.append(index, fen / 100)
        chart.addSeries(line)
        drawn = [series, line]
        top = max(running)
        if subsidy.budget_fen is not None:
            budget = QLineSeries()
            budget.setName(self.tr("Budget for the period (元)"))
            budget.setPen(QPen(colour(6), LINE_WIDTH, Qt.PenStyle.DashLine))
            # From the first bar's left edge to the last bar's right one: the category axis puts bar i at i.
            budget.append(-0.5, subsidy.budget_fen / 100)
            budget.append(len(months) - 0.5, subsidy.budget_fen / 100)
            chart.addSeries(budget)
            drawn.append(budget)
            top = max(top, subsidy.budget_fen)
        axis_x = month_axis(chart, figures.scope.period)
        axis_y = money_axis(chart, top / 100, Qt.AlignmentFlag.AlignLeft)
        axis_y.setTitleText(self.tr("元"))
        for each in drawn:
            attach(each, axis_x, axis_y)
        header = [self.tr("Month"), self.tr("Granted (元)"), self.tr("Granted so far (元)")]
        if subsidy.budget_fen is not None:
            header.append(self.tr("Budget for the period (元)"))
        rows = tuple(
            (month, yuan_figure(fen), yuan_figure(total))
            + ((yuan_figure(subsidy.budget_fen),) if subsidy.budget_fen is not None else ())
            for month, fen, total in zip(months, granted, running, strict=True)
        )
        self.show_chart(chart, Numbers(tuple(header), rows), note)

    def _ask(self, month: str) -> Ask:
        return Ask(
            self.tr("Loans started in {month}").format(month=month_words(month)),
            Listing.LOANS,
            lambda session, actor, scope: behind.loans(session, actor, scope, month=month),
        )
