"""The experience-centres screen: each centre at a glance, and what one centre holds and where.

Most tabs work on one centre, so the choice of centre sits beside the tabs' names and is shared by
all of them: a clerk of one centre finds it already chosen, a manager or the district office
switches once and every tab follows. Choosing a centre in the overview's list chooses it here too.

A tab is any QWidget with

- `changed = Signal()`, emitted after it wrote something (the screen then reads every tab again), and
- `refresh(self, session: Session, centre_id: int | None) -> None`, which reads what the tab shows
  for the chosen centre (None when the person may see no open centre).

A tab is read when it is first shown and again when it is shown after the centre, or the data,
changed; the tabs not in view wait until they are opened. The Callback requests tab (for those who may
see residents' records) says in its title how many kiosk visitors of the chosen centre wait for a call,
read with the tab in view, so nobody misses one.

A centre's label scanned in the window opens its overview; a location's label, the Stock tab with
what is kept there; a product's label scanned on the Stock tab chooses it in stock (`show_scanned`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast, runtime_checkable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from silvershop.catalog.products import find_product
from silvershop.centres.centres import LocationView, centre_view
from silvershop.centres.directory import CentreEntry, list_centres
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied
from silvershop.kiosk.callbacks import open_callback_count
from silvershop.labels.payloads import Payload, PayloadKind
from silvershop.security.permissions import Actor, Permission
from silvershop.ui import vocabulary
from silvershop.ui.centres.callbacks_tab import CallbacksTab
from silvershop.ui.centres.centre_choice import CentreChoice, visible_entries
from silvershop.ui.centres.overview_tab import OverviewTab
from silvershop.ui.centres.stock_tab import StockTab
from silvershop.ui.centres.stocktake_count import CountPage
from silvershop.ui.centres.stocktakes_tab import StocktakesTab
from silvershop.ui.centres.transfers_tab import TransfersTab
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.screen import SPACING, Screen
from silvershop.ui.widgets.tabs import LazyPage, SectionTabs


@runtime_checkable
class CentreTab(Protocol):
    """What `CentresScreen.add_tab` expects of a tab besides being a QWidget (see the module's text)."""

    changed: SignalInstance

    def refresh(self, session: Session, centre_id: int | None) -> None: ...


class CentresScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Experience centres"),
            self.tr(
                "Each district's experience centre: its locations, what it has in stock and on display, "
                "and what needs attention."
            ),
            parent,
        )
        self.choice = CentreChoice()
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # names whole
        self.choice.setAccessibleName(self.tr("Centre"))
        self.choice.chosen.connect(self._centre_chosen)
        label = QLabel(self.tr("Centre"))
        label.setBuddy(self.choice)
        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 4)
        row.setSpacing(SPACING // 2)
        row.addSpacing(SPACING)
        row.addWidget(label)
        row.addWidget(self.choice)
        self.tabs = SectionTabs()
        # Beside the tabs' names rather than on a row of its own: the tables below get the height.
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self._stale: set[QWidget] = set()
        self._listing = False  # the centres are being read again: the refresh reads the tab itself
        self.tabs.currentChanged.connect(self._read_if_stale)
        self.overview: OverviewTab | None = None
        self._pages: dict[str, LazyPage] = {}
        if desk.actor is not None:
            actor = desk.actor
            self.overview = OverviewTab(desk, actor)
            self.overview.centre_chosen.connect(self._chosen_in_overview)
            self.add_tab(self.overview, self.tr("Overview"))
            self.table = self.overview.table  # the list of centres, as the main window's tests read it
            # The other tabs are built when first opened: most visits are to the overview.
            tabs: list[tuple[str, str, Callable[[Desk, Actor], QWidget]]] = [
                ("stock", self.tr("Stock"), StockTab),
                ("transfers", self.tr("Transfers"), TransfersTab),
                ("stocktakes", self.tr("Stocktakes"), StocktakesTab),
            ]
            if actor.can(Permission.VIEW_RESIDENTS):  # visitors' names and phones, like residents'
                tabs.append(("callbacks", self.tr("Callback requests"), CallbacksTab))
            for name, title, build in tabs:
                page = LazyPage(lambda build=build: build(desk, actor), self.reload)
                self._pages[name] = page
                self.tabs.add(page, title)
                self._stale.add(page)
        self.body.addWidget(self.tabs, 1)

    def add_tab(self, tab: QWidget, title: str) -> None:
        """Add a tab that works on the chosen centre; `tab` must be a `CentreTab` as well."""
        if not isinstance(tab, CentreTab):
            raise TypeError(f"{type(tab).__name__} needs `changed` and `refresh(session, centre_id)`")
        self.tabs.add(tab, title)
        self._stale.add(tab)
        tab.changed.connect(self.reload)

    @property
    def stock(self) -> StockTab | None:
        return self._content("stock")  # type: ignore[return-value]

    @property
    def transfers(self) -> TransfersTab | None:
        return self._content("transfers")  # type: ignore[return-value]

    @property
    def stocktakes(self) -> StocktakesTab | None:
        return self._content("stocktakes")  # type: ignore[return-value]

    @property
    def callbacks(self) -> CallbacksTab | None:
        return self._content("callbacks")  # type: ignore[return-value]

    def _content(self, name: str) -> QWidget | None:
        page = self._pages.get(name)
        return page.content() if page is not None else None

    def show_tab(self, tab: QWidget) -> None:
        """Bring `tab` (the overview, or one of the tabs built when opened) into view; it is read if stale."""
        for page in (self.overview, *self._pages.values()):
            if page is tab or (isinstance(page, LazyPage) and page.built is tab):
                self.tabs.setCurrentWidget(page)

    def refresh(self, session: Session) -> None:
        """Read the centres to choose from and the tab in view; the other tabs when they are opened."""
        if self.desk.actor is None:
            return
        self._listing = True
        self.choice.set_centres(visible_entries(self.desk.actor, list_centres(session)))
        self._listing = False
        self._stale.update(self._widgets())
        self._read_current(session)

    def reload(self) -> None:
        """Read everything again after a change made here, so every tab shows it."""
        with self.desk.database.reading() as session:
            self.refresh(session)

    def _widgets(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def _read_current(self, session: Session) -> None:
        self._count_callbacks(session)
        current = self.tabs.currentWidget()
        if current not in self._stale:
            return
        tab = current.content() if isinstance(current, LazyPage) else current
        if isinstance(tab, CentreTab):
            self._stale.discard(current)
            tab.refresh(session, self.choice.centre_id())

    def _read_if_stale(self) -> None:
        if self.tabs.currentWidget() in self._stale:
            with self.desk.database.reading() as session:
                self._read_current(session)

    def _centre_chosen(self) -> None:
        if self._listing:
            return
        self._stale.update(self._widgets())
        self._read_if_stale()

    def _chosen_in_overview(self, centre_id: int) -> None:
        """The overview already shows the centre it chose; the other tabs follow when opened."""
        self.choice.blockSignals(True)
        self.choice.choose(centre_id)
        self.choice.blockSignals(False)
        self._stale.update(w for w in self._widgets() if w is not self.overview)
        if "callbacks" in self._pages:
            with self.desk.database.reading() as session:
                self._count_callbacks(session)

    def _count_callbacks(self, session: Session) -> None:
        """The Callback requests tab says in its title how many visitors of the chosen centre wait for a
        call, so nobody misses one while working on another tab."""
        page = self._pages.get("callbacks")
        centre_id = self.choice.centre_id()
        if page is None or self.desk.actor is None:
            return
        waiting = 0
        if centre_id is not None and self.desk.actor.can(Permission.VIEW_RESIDENTS, centre_id):
            waiting = open_callback_count(session, self.desk.actor, centre_id)
        index = self.tabs.indexOf(page)
        self.tabs.setTabText(
            index,
            self.tr("Callback requests ({count})").format(count=vocabulary.number(waiting))
            if waiting
            else self.tr("Callback requests"),
        )

    # Scanned labels (ui/scanned_labels.py) --------------------------------------------------------

    def takes_scan(self, kind: PayloadKind) -> bool:
        if self.overview is None:
            return False
        in_stock = self.tabs.currentWidget() is self._pages["stock"]
        return kind in (PayloadKind.CENTRE, PayloadKind.LOCATION) or (
            kind is PayloadKind.PRODUCT and (in_stock or self._count_in_view() is not None)
        )

    def show_scanned(self, payload: Payload) -> str:
        """A count in view counts a product or location label, as if scanned into its field; else a
        centre's label opens its overview, a location's the Stock tab with what is kept there, and a
        product's chooses it in the stock in view. Returns the name of what was scanned; NotFound for a
        code nobody has, PermissionDenied for a centre this person does not work with."""
        assert self.desk.actor is not None and self.overview is not None  # someone is signed in
        count = self._count_in_view() if payload.kind is not PayloadKind.CENTRE else None
        with self.desk.database.reading() as session:
            if payload.kind is PayloadKind.PRODUCT:
                shown = find_product(session, self.desk.actor, payload.code).name
            else:
                centre = self._scanned_centre(session, payload.code)
                shown = centre.name
            if payload.kind is PayloadKind.LOCATION:
                location = self._scanned_location(session, centre, payload.location)
                shown = f"{location.code} {location.name}, {centre.name}"
                if count is None:
                    self._show_location(session, location)
        if count is not None:
            count.count_scan(payload.text())
        elif payload.kind is PayloadKind.PRODUCT:
            stock = cast(StockTab, self._pages["stock"].content())
            stock.query.setText(payload.text())  # as if scanned into its search box
            stock.search()
        elif payload.kind is PayloadKind.CENTRE:
            self.tabs.setCurrentWidget(self.overview)  # read if stale
            self._read_if_stale()  # when it was in view already
            self._select_in_overview(centre.id)
        return shown

    def _count_in_view(self) -> CountPage | None:
        """The count open on the Stocktakes tab, when that tab is in view and the count takes scans."""
        page = self._pages["stocktakes"]
        tab = page.built
        if self.tabs.currentWidget() is not page or not isinstance(tab, StocktakesTab):
            return None
        count = tab.count
        return count if tab.pages.currentWidget() is count and count.scan.isEnabled() else None

    def _scanned_location(self, session: Session, centre: CentreEntry, code: str) -> LocationView:
        found = next(
            (place for place in centre_view(session, centre.id).locations if place.code == code), None
        )
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{centre} has no location {location}; check the label, or see the centre's locations on "
                    "its Overview tab.",
                ),
                field="scan",
                centre=centre.code,
                location=code,
            )
        return found

    def _show_location(self, session: Session, location: LocationView) -> None:
        stock_page = self._pages["stock"]
        self._choose_silently(location.centre_id)
        self._stale.discard(stock_page)  # read just below, not again as it comes into view
        self.tabs.setCurrentWidget(stock_page)
        cast(StockTab, stock_page.content()).show_location(session, location)

    def _scanned_centre(self, session: Session, code: str) -> CentreEntry:
        centre = next((c for c in list_centres(session) if c.code == code), None)
        if centre is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No centre has the code {code}; check the label."),
                field="scan",
                code=code,
            )
        if self.choice.findData(centre.id) < 0:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "{code} is the label of {name}, a centre you do not work with."),
                field="scan",
                code=code,
                name=centre.name,
            )
        return centre

    def _choose_silently(self, centre_id: int) -> None:
        """Choose the centre for every tab without reading the one in view; the caller reads it."""
        was_blocked = self.choice.blockSignals(True)
        self.choice.choose(centre_id)
        self.choice.blockSignals(was_blocked)
        self._stale.update(self._widgets())

    def _select_in_overview(self, centre_id: int) -> None:
        """Choose the centre's line in the overview, as a click would: its details show below it and
        every tab follows."""
        assert self.overview is not None
        rows = self.overview.table.model.records()
        row = next((i for i, centre in enumerate(rows) if centre.id == centre_id), None)
        if row is not None:
            self.overview.table.view.selectRow(row)
