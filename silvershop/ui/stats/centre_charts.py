"""The experience centres' figures: what their stock is worth, and what the kiosk's visitors asked for.

Centres are named on the axis, the first at the top; a centre with nothing to count is left out.
"""

from __future__ import annotations

from PySide6.QtCharts import QHorizontalBarSeries, QHorizontalStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from silvershop.kiosk.callbacks import RequestState
from silvershop.security.permissions import Actor
from silvershop.stats import behind
from silvershop.stats.behind import RequestLine, Rows
from silvershop.stats.figures import Dashboard, InterestFigure, StockValue
from silvershop.stats.scope import Scope
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
    money_axis,
    new_chart,
    on_click,
    slim,
    values,
    yuan_figure,
)

HEIGHT = 320
WAITING = frozenset({RequestState.WAITING})
CALLED_BACK = frozenset({RequestState.CALLED_BACK})
CLOSED_WITHOUT_CALL = frozenset(RequestState) - WAITING - CALLED_BACK  # unreachable, withdrew, expired


class StockCard(ChartCard):
    """Bars of each centre's stock at the products' reference prices, in 元."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stock value per centre"), self.tr("stock value"), HEIGHT, parent)

    def show_figures(self, figures: Dashboard, ask: Asked) -> None:
        held = list(reversed(figures.stock))  # the first centre on top
        if not held:
            self.show_nothing(self.tr("The centres chosen hold no stock."))
            return
        chart = new_chart()
        chart.legend().hide()  # one set of bars, named by the card's title
        bars = bar_set(self.tr("Stock value (元)"), [s.value_fen / 100 for s in held], 0)
        series = bar_series(QHorizontalBarSeries(), bars)
        on_click(bars, ask, lambda i: self._ask(held[i]))
        self.describe(
            bars,
            lambda i: self.tr("{centre}: {quantity} items worth {value}").format(
                centre=held[i].centre_name,
                quantity=vocabulary.number(held[i].quantity),
                value=vocabulary.yuan(held[i].value_fen),
            ),
        )
        chart.addSeries(series)
        slim(series, len(held))
        axis = money_axis(chart, max(s.value_fen for s in held) / 100, Qt.AlignmentFlag.AlignBottom)
        axis.setTitleText(self.tr("元"))
        attach(
            series,
            categories(chart, centre_labels([s.centre_name for s in held]), Qt.AlignmentFlag.AlignLeft),
            axis,
        )
        header = (
            self.tr("Centre code"),
            self.tr("Centre"),
            self.tr("Items in stock"),
            self.tr("Value (元)"),
            self.tr("Products without a reference price"),
        )
        rows = tuple(
            (s.centre_code, s.centre_name, s.quantity, yuan_figure(s.value_fen), s.unpriced_products)
            for s in figures.stock
        )
        self.show_chart(chart, Numbers(header, rows), self._unpriced(figures.stock), rows=len(held))

    def _unpriced(self, stock: tuple[StockValue, ...]) -> str:
        without = [s for s in stock if s.unpriced_products]
        if not without:
            return ""
        return self.tr(
            "Products without a reference price are counted at ¥0: {products} of them, held at {centres} "
            "centres (Copy numbers says which)."
        ).format(
            products=vocabulary.number(sum(s.unpriced_products for s in without)),
            centres=vocabulary.number(len(without)),
        )

    def _ask(self, held: StockValue) -> Ask:
        return Ask(
            self.tr("Stock at {centre}").format(centre=held.centre_name),
            Listing.STOCK,
            lambda session, actor, scope: behind.stock(session, actor, held.centre_id),
        )


class InterestCard(ChartCard):
    """Stacked bars per centre of the callback requests left at its kiosk in the period: still waiting,
    called back, closed without a call."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Kiosk callback requests per centre"), self.tr("callback requests"), HEIGHT, parent
        )

    def show_figures(self, figures: Dashboard, ask: Asked) -> None:
        asked = list(reversed(figures.interest))  # the first centre on top
        if not asked:
            self.show_nothing(self.tr("No kiosk visitor asked to be called back in this period."))
            return
        parts = (
            (self.tr("Waiting for a call"), [f.waiting for f in asked], WAITING),
            (self.tr("Called back"), [f.called_back for f in asked], CALLED_BACK),
            (self.tr("Closed without a call"), [f.closed_without_call for f in asked], CLOSED_WITHOUT_CALL),
        )
        chart = new_chart()
        series = QHorizontalStackedBarSeries()
        for index, (name, numbers, states) in enumerate(parts):
            bars = bar_set(name, numbers, index, pattern=PATTERNS[index])
            bar_series(series, bars)
            on_click(
                bars,
                ask,
                lambda i, name=name, numbers=numbers, states=states: (
                    self._ask(asked[i], name, states) if numbers[i] else None
                ),
            )
            self.describe(
                bars,
                lambda i, name=name, numbers=numbers: self.tr("{centre}: {requests} {state}").format(
                    centre=asked[i].centre_name, requests=vocabulary.number(numbers[i]), state=name
                ),
            )
        slim(series, len(asked))
        chart.addSeries(series)
        attach(
            series,
            categories(chart, centre_labels([f.centre_name for f in asked]), Qt.AlignmentFlag.AlignLeft),
            values(chart, max(f.requests for f in asked), Qt.AlignmentFlag.AlignBottom),
        )
        header = (
            self.tr("Centre code"),
            self.tr("Centre"),
            self.tr("Requests"),
            *(name for name, _numbers, _states in parts),
        )
        rows = tuple(
            (f.centre_code, f.centre_name, f.requests, f.waiting, f.called_back, f.closed_without_call)
            for f in figures.interest
        )
        self.show_chart(chart, Numbers(header, rows), rows=len(asked))

    def _ask(self, figure: InterestFigure, part: str, states: frozenset[RequestState]) -> Ask:
        def read(session: Session, actor: Actor, scope: Scope) -> Rows[RequestLine]:
            return behind.requests(session, actor, scope, figure.centre_id, states=states)

        return Ask(
            self.tr("Callback requests at {centre}: {state}").format(centre=figure.centre_name, state=part),
            Listing.REQUESTS,
            read,
        )
