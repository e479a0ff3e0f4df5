"""The dashboard's seven charts, as cards in as many columns as the window has room for.

A card needs a width at which its axis names and bars can still be read; on a laptop the cards stand
in two columns, in elder mode one, on a desk monitor three. The columns are counted again whenever
the board's width changes, rather than letting the widest card push the window wider.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from silvershop.stats.figures import Dashboard
from silvershop.ui import theme
from silvershop.ui.stats.catalogue_chart import CatalogueCard
from silvershop.ui.stats.centre_charts import InterestCard, StockCard
from silvershop.ui.stats.chart_card import ChartCard
from silvershop.ui.stats.rental_charts import RentalsCard, SubsidyCard
from silvershop.ui.stats.unit_charts import UnitStatesCard, UtilisationCard
from silvershop.ui.widgets.screen import SPACING

CARD_WIDTH = 460  # the least width a card is laid out at, ordinary look; text_px grows it in elder mode
MOST_COLUMNS = 3


class ChartBoard(QWidget):
    """`asked(Ask)` when a bar was clicked, for the list behind it; `told(sentence)` and
    `failed(sentence)` pass on what a card says about a saved picture or copied numbers."""

    asked = Signal(object)
    told = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rentals = RentalsCard()
        self.subsidy = SubsidyCard()
        self.utilisation = UtilisationCard()
        self.unit_states = UnitStatesCard()
        self.catalogue = CatalogueCard()
        self.stock = StockCard()
        self.interest = InterestCard()
        self.cards: tuple[ChartCard, ...] = (
            self.rentals,
            self.subsidy,
            self.utilisation,
            self.unit_states,
            self.catalogue,
            self.stock,
            self.interest,
        )
        for card in self.cards:
            card.told.connect(self.told)
            card.failed.connect(self.failed)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(SPACING)
        self.columns = 0
        self._place(1)

    def show_figures(self, figures: Dashboard, about: str) -> None:
        """Draw every figure; `about` (the period and district, in words) ends a saved picture's name."""
        for card in self.cards:
            card.about = about
            card.show_figures(figures, self.asked.emit)
        self._fit_height(self.width())

    def columns_for(self, width: int) -> int:
        least = theme.text_px(CARD_WIDTH)
        return max(1, min(MOST_COLUMNS, (width + SPACING) // (least + SPACING)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        self._place(self.columns_for(width))
        self._fit_height(width)

    def _fit_height(self, width: int) -> None:
        """As tall as the cards are at this width, wrapped titles, notes and legends included. The
        window's scroll area gives a page only its least height, which counts each wrapped line once;
        the cards would be squeezed to the same height each, a tall chart cut off at its bottom."""
        self.grid.activate()
        needed = self.grid.totalHeightForWidth(width) if self.grid.hasHeightForWidth() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(MOST_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns
