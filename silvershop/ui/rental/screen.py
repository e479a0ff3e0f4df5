"""The rental-desk screen, for now the state of the rental stock and the loans that are due."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from silvershop.stats.overview import StateCount, rental_overview
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk, local_today
from silvershop.ui.widgets.figures import FigureGrid
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import Screen, column, section, side_by_side


class RentalScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Rental desk"),
            self.tr(
                "Checkout, return, subsidies, cleaning and repairs of assistive devices arrive in a later "
                "version; until then this page shows the state of the rental stock today."
            ),
            parent,
        )
        self.figures = FigureGrid(
            [self.tr("Device units"), self.tr("Open loans"), self.tr("Due within 7 days"), self.tr("Overdue")]
        )
        self.by_state: RecordTable[StateCount] = RecordTable(
            [
                Column(self.tr("State"), lambda r: vocabulary.word(r.state), stretch=True),
                Column(self.tr("Units"), lambda r: r.units),
            ],
            fit_rows=True,
        )
        self.body.addWidget(self.figures)
        self.body.addLayout(
            side_by_side(
                column(section(self.tr("Device units by state")), self.by_state), QWidget(), stretches=(2, 3)
            ),
            1,
        )

    def refresh(self, session: Session) -> None:
        summary = rental_overview(session, local_today())
        self.figures.set_values(
            vocabulary.number(summary.units),
            vocabulary.number(summary.open_loans),
            vocabulary.number(summary.due_within_week),
            vocabulary.number(summary.overdue),
        )
        self.by_state.set_records(summary.by_state)
