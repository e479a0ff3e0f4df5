"""The statistics screen, for now the headline figures of the programme."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from silvershop.config import local_today
from silvershop.stats.overview import headlines
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.figures import FigureGrid
from silvershop.ui.widgets.screen import Screen, section


class StatsScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Statistics"),
            self.tr(
                "Dashboards by district, month and category, and the de-identified report for the bureau, "
                "arrive in a later version; until then this page gives the headline figures."
            ),
            parent,
        )
        self.year = local_today().year
        self.catalogue = FigureGrid(
            [self.tr("Products in the catalogue"), self.tr("Listed products"), self.tr("Experience centres")],
            per_row=3,
        )
        self.rental = FigureGrid(
            [
                self.tr("Device units in service"),
                self.tr("Loans started in {year}").format(year=self.year),
                self.tr("Subsidy granted in {year}").format(year=self.year),
            ],
            per_row=3,
        )
        self.body.addWidget(section(self.tr("Catalogue and centres")))
        self.body.addWidget(self.catalogue)
        self.body.addWidget(section(self.tr("Rental")))
        self.body.addWidget(self.rental)
        self.body.addStretch(1)

    def refresh(self, session: Session) -> None:
        figures = headlines(session, self.year)
        self.catalogue.set_values(
            vocabulary.number(figures.products),
            vocabulary.number(figures.listed_products),
            vocabulary.number(figures.centres),
        )
        self.rental.set_values(
            vocabulary.number(figures.device_units),
            vocabulary.number(figures.loans_this_year),
            vocabulary.yuan(figures.subsidy_this_year_fen),
        )
