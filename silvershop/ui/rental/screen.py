"""The rental-desk screen: the counter (checkout, return, renewal), the loans due, the units and
their cleaning and repairs, reservations, residents, fitting-subsidy cases, and an overview of the
rental stock; each tab shown only to those who may use it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.config import local_today
from silvershop.security.permissions import Permission
from silvershop.stats.overview import StateCount, rental_overview
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.rental.care_tab import CareTab
from silvershop.ui.rental.counter import CounterTab
from silvershop.ui.rental.fitting_tab import FittingTab
from silvershop.ui.rental.loans_tab import LoansTab
from silvershop.ui.rental.reservations_tab import ReservationsTab
from silvershop.ui.rental.residents import ResidentsTab
from silvershop.ui.rental.review import ReviewTab
from silvershop.ui.rental.units_tab import UnitsTab
from silvershop.ui.widgets.figures import FigureGrid
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, Screen, column, section, side_by_side
from silvershop.ui.widgets.tabs import SectionTabs

T = TypeVar("T", bound=QWidget)


class RentalScreen(Screen):
    """The counter comes first: that is what a clerk opens the screen for, scanner in hand. Each tab
    is read when it is first shown and again when it is shown after a change, so the lists a clerk
    does not look at cost nothing."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Rental desk"),
            self.tr(
                "Lend and take back assistive devices, with the city's subsidy; clean, repair and reserve "
                "them; and keep the residents who rent."
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
        self._readers: dict[QWidget, Callable[[Session], None]] = {}
        self._stale: set[QWidget] = set()
        actor = desk.actor
        self.counter: CounterTab | None = None
        self.residents: ResidentsTab | None = None
        self.review: ReviewTab | None = None
        if actor is not None and actor.can(Permission.RENT):
            self.counter = self._add(CounterTab(desk, actor), self.tr("Counter", "tab"))
            self._add(LoansTab(desk, actor), self.tr("Loans due", "tab"))
        if actor is not None and actor.can(Permission.VIEW_STOCK):
            self._add(UnitsTab(desk, actor), self.tr("Units", "tab"))
        if actor is not None and actor.can(Permission.RENT):
            self._add(CareTab(desk, actor), self.tr("Cleaning and repairs", "tab"))
            self._add(ReservationsTab(desk, actor), self.tr("Reservations", "tab"))
        if actor is not None and actor.can(Permission.VIEW_RESIDENTS):
            self.residents = self._add(ResidentsTab(desk, actor), self.tr("Residents", "tab"))
        if actor is not None and actor.can(Permission.RENT):
            self._add(FittingTab(desk, actor), self.tr("Fitting subsidies", "tab"))
        if actor is not None and actor.can(Permission.MANAGE_CENTRE):
            self.review = self._add(ReviewTab(desk, actor), self.tr("Due for review", "tab"))
        self.overview = overview
        self.tabs.add(overview, self.tr("Overview", "tab"))
        self._readers[overview] = self._read_overview
        self.tabs.currentChanged.connect(self._read_if_stale)
        self.body.addWidget(self.tabs, 1)

    def _add(self, tab: T, title: str) -> T:
        self.tabs.add(tab, title)
        self._readers[tab] = tab.refresh  # type: ignore[attr-defined]
        changed = getattr(tab, "changed", None)
        if changed is not None:
            changed.connect(self.reload)
        return tab

    def refresh(self, session: Session) -> None:
        current = self.tabs.currentWidget()
        for tab, read in self._readers.items():
            if tab is current:
                read(session)
                self._stale.discard(tab)
            else:
                self._stale.add(tab)

    def _read_overview(self, session: Session) -> None:
        summary = rental_overview(session, local_today())
        self.figures.set_values(
            vocabulary.number(summary.units),
            vocabulary.number(summary.open_loans),
            vocabulary.number(summary.due_within_week),
            vocabulary.number(summary.overdue),
        )
        self.by_state.set_records(summary.by_state)

    def _read_if_stale(self) -> None:
        tab = self.tabs.currentWidget()
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        with self.desk.database.reading() as session:
            self._readers[tab](session)

    def reload(self) -> None:
        """Read the tab in view again after a change made here; the others when they are opened."""
        with self.desk.database.reading() as session:
            self.refresh(session)
