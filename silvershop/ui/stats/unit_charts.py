"""The rental units' figures: how busy each product is at each centre, and what state the units are in.

Both count units at their home centre. Utilisation is days on loan ÷ days owned within the period
(stats/figures.utilisation); states are as they are now, as a state keeps no history.
"""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries, QHorizontalBarSeries, QHorizontalStackedBarSeries
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from silvershop.rental.models import UnitState
from silvershop.stats import behind
from silvershop.stats.figures import Dashboard, Utilisation
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
    centre_labels,
    new_chart,
    on_click,
    shortened,
    slim,
    unique,
    values,
)

BUSIEST = 15
PRODUCT_LABEL = 8  # characters of a product's name on the axis, beside its centre's code
UTILISATION_HEIGHT = 420
STATES_HEIGHT = 320


def percent(share: float) -> str:
    return QLocale().toString(100 * share, "f", 1)


class UtilisationCard(ChartCard):
    """Horizontal bars of the busiest products at their centres, busiest on top, 0–100 %; the copied
    numbers hold every product at every centre."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Device utilisation: days on loan ÷ days owned"),
            self.tr("utilisation"),
            UTILISATION_HEIGHT,
            parent,
        )

    def show_figures(self, figures: Dashboard, ask: Asked) -> None:
        every = figures.utilisation
        if not every:
            self.show_nothing(self.tr("No rental units belong to the centres chosen."))
            return
        busiest = list(reversed(every[:BUSIEST]))  # the axis is drawn from the bottom up
        labels = unique([f"{shortened(u.product_name, PRODUCT_LABEL)} {u.centre_code}" for u in busiest])
        chart = new_chart()
        chart.legend().hide()  # one set of bars, named by the card's title
        bars = bar_set(self.tr("Days on loan ÷ days owned"), [round(100 * u.share, 1) for u in busiest], 0)
        series = bar_series(QHorizontalBarSeries(), bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        slim(series, len(busiest))
        on_click(bars, ask, lambda i: self._ask(busiest[i]))
        self.describe(bars, lambda i: self._words(busiest[i]))
        chart.addSeries(series)
        axis = values(chart, 100, Qt.AlignmentFlag.AlignBottom, "%d%%")
        axis.setRange(0, 100)
        axis.setTickCount(6)
        attach(series, categories(chart, labels, Qt.AlignmentFlag.AlignLeft), axis)
        header = (
            self.tr("Product code"),
            self.tr("Product"),
            self.tr("Centre code"),
            self.tr("Centre"),
            self.tr("Units"),
            self.tr("Days owned"),
            self.tr("Days on loan"),
            self.tr("Share (%)"),
        )
        rows = tuple(
            (
                u.product_code,
                u.product_name,
                u.centre_code,
                u.centre_name,
                u.units,
                u.owned_days,
                u.loan_days,
                f"{100 * u.share:.1f}",
            )
            for u in every
        )
        note = ""
        if len(every) > BUSIEST:
            note = self.tr(
                "The {shown} busiest of {all} products at their centres; Copy numbers gives all."
            ).format(shown=BUSIEST, all=vocabulary.number(len(every)))
        self.show_chart(chart, Numbers(header, rows), note, rows=len(busiest))

    def _words(self, u: Utilisation) -> str:
        return self.tr(
            "{product} ({code}) at {centre}: {loan_days} of {owned_days} days on loan, {share}%"
        ).format(
            product=u.product_name,
            code=u.product_code,
            centre=u.centre_name,
            loan_days=vocabulary.number(u.loan_days),
            owned_days=vocabulary.number(u.owned_days),
            share=percent(u.share),
        )

    def _ask(self, u: Utilisation) -> Ask:
        return Ask(
            self.tr("Units of {product} at {centre}").format(product=u.product_name, centre=u.centre_name),
            Listing.UNITS,
            lambda session, actor, scope: behind.units(
                session, actor, scope, centre_id=u.centre_id, product_id=u.product_id
            ),
        )


class UnitStatesCard(ChartCard):
    """Stacked bars per centre, a part for each state a unit can be in: each state is named in the
    legend and hatched its own way, so colour is never the only way to tell them apart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rental units by state"), self.tr("unit states"), STATES_HEIGHT, parent)

    def show_figures(self, figures: Dashboard, ask: Asked) -> None:
        if not figures.unit_states:
            self.show_nothing(self.tr("No rental units belong to the centres chosen."))
            return
        centres: dict[int, str] = {}
        counts: dict[tuple[int, UnitState], int] = {}
        for row in figures.unit_states:
            centres.setdefault(row.centre_id, row.centre_name)
            counts[row.centre_id, row.state] = row.units
        ids = list(reversed(centres))  # the first centre on top
        labels = centre_labels([centres[c] for c in ids])
        states = [state for state in UnitState if any((c, state) in counts for c in ids)]
        chart = new_chart()
        series = QHorizontalStackedBarSeries()
        for state in states:
            index = list(UnitState).index(state)
            numbers = [counts.get((c, state), 0) for c in ids]
            bars = bar_set(vocabulary.word(state), numbers, index, pattern=PATTERNS[index % len(PATTERNS)])
            bar_series(series, bars)
            on_click(
                bars,
                ask,
                lambda i, state=state, numbers=numbers: self._ask(ids[i], centres, state, numbers[i]),
            )
            self.describe(
                bars,
                lambda i, state=state, numbers=numbers: self.tr("{centre}: {units} {state}").format(
                    centre=centres[ids[i]], units=vocabulary.number(numbers[i]), state=vocabulary.word(state)
                ),
            )
        chart.addSeries(series)
        slim(series, len(ids))
        totals = [sum(counts.get((c, s), 0) for s in states) for c in ids]
        attach(
            series,
            categories(chart, labels, Qt.AlignmentFlag.AlignLeft),
            values(chart, max(totals), Qt.AlignmentFlag.AlignBottom),
        )
        codes = {row.centre_id: row.centre_code for row in figures.unit_states}
        header = (
            self.tr("Centre code"),
            self.tr("Centre"),
            *(vocabulary.word(state) for state in UnitState),
            self.tr("All units"),
        )
        rows = tuple(
            (
                codes[c],
                centres[c],
                *(counts.get((c, state), 0) for state in UnitState),
                sum(counts.get((c, state), 0) for state in UnitState),
            )
            for c in centres
        )
        self.show_chart(chart, Numbers(header, rows), rows=len(ids))

    def _ask(self, centre_id: int, centres: dict[int, str], state: UnitState, units: int) -> Ask | None:
        if not units:
            return None
        return Ask(
            self.tr("Units at {centre}: {state}").format(
                state=vocabulary.word(state), centre=centres[centre_id]
            ),
            Listing.UNITS,
            lambda session, actor, scope: behind.units(
                session, actor, scope, centre_id=centre_id, state=state
            ),
        )
