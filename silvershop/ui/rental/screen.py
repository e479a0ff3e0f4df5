"""The rental-desk screen: the state of the rental stock and the loans that are due, and for those
who may see them the residents and the ones due for review."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.security.permissions import Permission
from silvershop.stats.overview import StateCount, rental_overview
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk, local_today
from silvershop.ui.rental.residents import ResidentsTab
from silvershop.ui.rental.review import ReviewTab
from silvershop.ui.widgets.figures import FigureGrid
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, Screen, column, section, side_by_side
from silvershop.ui.widgets.tabs import SectionTabs


class RentalScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Rental desk"),
            self.tr(
                "The state of the rental stock today and the residents who rent. Checkout, return, "
                "subsidies, cleaning and repairs arrive in a later version."
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
        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.figures)
        layout.addLayout(
            side_by_side(
                column(section(self.tr("Device units by state")), self.by_state), QWidget(), stretches=(2, 3)
            ),
            1,
        )
        self.tabs = SectionTabs()
        self.tabs.add(overview, self.tr("Overview"))
        actor = desk.actor
        self.residents: ResidentsTab | None = None
        self.review: ReviewTab | None = None
        if actor is not None and actor.can(Permission.VIEW_RESIDENTS):
            self.residents = ResidentsTab(desk, actor)
            self.tabs.add(self.residents, self.tr("Residents"))
        if actor is not None and actor.can(Permission.MANAGE_CENTRE):
            self.review = ReviewTab(desk, actor)
            self.review.changed.connect(self.reload)
            self.tabs.add(self.review, self.tr("Due for review"))
        self.body.addWidget(self.tabs, 1)

    def refresh(self, session: Session) -> None:
        summary = rental_overview(session, local_today())
        self.figures.set_values(
            vocabulary.number(summary.units),
            vocabulary.number(summary.open_loans),
            vocabulary.number(summary.due_within_week),
            vocabulary.number(summary.overdue),
        )
        self.by_state.set_records(summary.by_state)
        for tab in (self.residents, self.review):
            if tab is not None:
                tab.refresh(session)

    def reload(self) -> None:
        """Read everything again after a change made here."""
        with self.desk.database.reading() as session:
            self.refresh(session)
