"""The rental-desk screen: the counter (checkout, return, renewal), the loans due, the units and
their cleaning and repairs, reservations, residents, fitting-subsidy cases, and an overview of the
rental stock; each tab shown only to those who may use it.

A unit's label scanned in the window goes to the counter when it is in view, else to the Units tab;
a product's label scanned on the Units tab lists that product's units (`show_scanned`)."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.catalog.products import find_product
from silvershop.config import local_today
from silvershop.errors import PermissionDenied
from silvershop.labels.payloads import Payload, PayloadKind
from silvershop.rental.units import find_unit, unit_view
from silvershop.security.permissions import REFUSALS, Permission
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
from silvershop.ui.widgets.tabs import LazyPage, SectionTabs


class RentalScreen(Screen):
    """The counter comes first: that is what a clerk opens the screen for, scanner in hand. Each tab
    is built and read when it is first shown, and read again when it is shown after a change, so the
    tabs a clerk does not open cost neither memory nor time."""

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
        self._pages: dict[str, LazyPage] = {}
        self._stale: set[QWidget] = set()
        actor = desk.actor
        if actor is not None:
            for name, permission, title, build in (
                ("counter", Permission.RENT, self.tr("Counter", "tab"), CounterTab),
                ("loans", Permission.RENT, self.tr("Loans due", "tab"), LoansTab),
                ("units", Permission.VIEW_STOCK, self.tr("Units", "tab"), UnitsTab),
                ("care", Permission.RENT, self.tr("Cleaning and repairs", "tab"), CareTab),
                ("reservations", Permission.RENT, self.tr("Reservations", "tab"), ReservationsTab),
                ("residents", Permission.VIEW_RESIDENTS, self.tr("Residents", "tab"), ResidentsTab),
                ("fitting", Permission.RENT, self.tr("Fitting subsidies", "tab"), FittingTab),
                ("review", Permission.MANAGE_CENTRE, self.tr("Due for review", "tab"), ReviewTab),
            ):
                if actor.can(permission):
                    page = LazyPage(lambda build=build: build(desk, actor), self.reload)
                    self._pages[name] = page
                    self.tabs.add(page, title)
        self.overview = overview
        self.tabs.add(overview, self.tr("Overview", "tab"))
        self.tabs.currentChanged.connect(self._read_if_stale)
        self.body.addWidget(self.tabs, 1)

    def tab(self, name: str) -> QWidget | None:
        """The tab `name` ("counter", "residents", "review" …), built if it was not yet; None if the
        signed-in person may not use it."""
        page = self._pages.get(name)
        return page.content() if page is not None else None

    @property
    def counter(self) -> CounterTab | None:
        return self.tab("counter")  # type: ignore[return-value]

    @property
    def residents(self) -> ResidentsTab | None:
        return self.tab("residents")  # type: ignore[return-value]

    @property
    def review(self) -> ReviewTab | None:
        return self.tab("review")  # type: ignore[return-value]

    def show_tab(self, tab: QWidget) -> None:
        """Bring the page holding `tab` (one of `tab(...)`'s) into view; it is read if it is stale."""
        for page in self._pages.values():
            if page.built is tab:
                self.tabs.setCurrentWidget(page)

    def _read(self, page: QWidget, session: Session) -> None:
        if page is self.overview:
            self._read_overview(session)
        elif isinstance(page, LazyPage):
            page.content().refresh(session)  # type: ignore[attr-defined]

    def refresh(self, session: Session) -> None:
        current = self.tabs.currentWidget()
        for page in (*self._pages.values(), self.overview):
            if page is current:
                self._read(page, session)
                self._stale.discard(page)
            else:
                self._stale.add(page)

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
        page = self.tabs.currentWidget()
        if page not in self._stale:
            return
        self._stale.discard(page)
        with self.desk.database.reading() as session:
            self._read(page, session)

    def reload(self) -> None:
        """Read the tab in view again after a change made here; the others when they are opened."""
        with self.desk.database.reading() as session:
            self.refresh(session)

    # Scanned labels (ui/scanned_labels.py) --------------------------------------------------------

    def takes_scan(self, kind: PayloadKind) -> bool:
        units = self._pages.get("units")
        if kind is PayloadKind.UNIT:
            return units is not None or "counter" in self._pages
        return kind is PayloadKind.PRODUCT and units is not None and self.tabs.currentWidget() is units

    def show_scanned(self, payload: Payload) -> str:
        """Hand the label to the counter when it is in view, else to the Units tab, as if scanned into
        its field; the product's name. NotFound when no unit or product has the code."""
        actor = self.desk.actor
        assert actor is not None  # someone is signed in
        with self.desk.database.reading() as session:
            if payload.kind is PayloadKind.PRODUCT:
                name = find_product(session, actor, payload.code).name
            else:
                name = unit_view(session, find_unit(session, payload.text()).id).product_name
        counter, units = self._pages.get("counter"), self._pages.get("units")
        on_counter = self.tabs.currentWidget() is counter or units is None
        if payload.kind is PayloadKind.UNIT and counter is not None and on_counter:
            self.tabs.setCurrentWidget(counter)
            cast(CounterTab, counter.content()).scan_unit(payload.text())
        elif units is not None:
            self.tabs.setCurrentWidget(units)  # read if stale
            cast(UnitsTab, units.content()).take_scan(payload.text())
        else:
            raise PermissionDenied(REFUSALS[Permission.VIEW_STOCK], field="scan")
        return name
