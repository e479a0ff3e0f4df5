"""The Overview tab: every centre the person may see, one line each with what needs attention in
words, and below it the chosen centre's details and locations, where its manager keeps them right.

Choosing a line chooses that centre for the whole screen (`centre_chosen`), so the next tab opened
shows the same centre without choosing it twice. Labels are printed for the centre shown and for the
locations chosen in its list (Ctrl or Shift chooses several).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.centres.centres import CentreView, LocationView, centre_view
from silvershop.centres.directory import DistrictEntry, list_districts
from silvershop.centres.overview import CentreOverview, centre_overviews
from silvershop.labels.payloads import PayloadKind, location_payload
from silvershop.security.permissions import Actor, Permission
from silvershop.ui import vocabulary
from silvershop.ui.centres.centre_dialog import CentreDialog
from silvershop.ui.centres.location_dialog import LocationDialog
from silvershop.ui.desk import Desk
from silvershop.ui.labels.print_dialog import LabelPrintDialog
from silvershop.ui.settings.words import LOCAL_ZONE
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable, row_height
from silvershop.ui.widgets.screen import SPACING, section

SEPARATOR = "\u00a0· "  # a wrapped line ends with the dot rather than starting with it


class OverviewTab(QWidget):
    """`changed` after a write; `centre_chosen(centre_id)` when a centre's line is chosen."""

    changed = Signal()
    centre_chosen = Signal(int)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.districts: list[DistrictEntry] = []
        self.centre: CentreView | None = None
        self._given: int | None = None  # the centre the screen asked for last
        self._choosing = False  # a line is being chosen for the screen, not by the person
        self.bar = MessageBar()
        self.table: RecordTable[CentreOverview] = RecordTable(
            [
                Column(self.tr("Code"), lambda c: c.code),
                Column(self.tr("Centre"), self._name),
                # Headers of two lines: the figures are short, and the row must fit a laptop's width.
                # The district and the locations are below, for the centre chosen.
                Column(self.tr("On\ndisplay"), lambda c: c.products_on_display),
                Column(self.tr("Stock\nunits"), lambda c: c.stock_units),
                Column(self.tr("Stock\nvalue"), lambda c: vocabulary.yuan(c.stock_value_fen)),
                Column(self.tr("Rental\nunits"), lambda c: c.rental_units),
                Column(self.tr("Last\nstocktake"), self._last_count),
                Column(self.tr("Needs attention"), self.attention, stretch=True),
            ],
            empty_text=self.tr("You may see no experience centre yet."),
        )
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.view.setAccessibleName(self.tr("Experience centres"))
        self.table.view.selectionModel().selectionChanged.connect(self._centre_selected)
        self.locations: RecordTable[LocationView] = RecordTable(
            [
                Column(self.tr("Code"), lambda loc: loc.code),
                Column(self.tr("Name"), lambda loc: loc.name, stretch=True),
                Column(self.tr("Kind"), lambda loc: vocabulary.word(loc.kind)),
                Column(self.tr("Label"), lambda loc: location_payload(loc.centre_code, loc.code)),
                Column(self.tr("In use"), lambda loc: self.tr("Yes") if loc.active else self.tr("No")),
            ],
            empty_text=self.tr("This centre has no locations yet; add its display zones and store rooms."),
        )
        self.locations.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.locations.view.setAccessibleName(self.tr("Locations"))
        self.locations.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_centre_button = action_button(self.tr("New centre…"))
        self.edit_centre_button = action_button(self.tr("Edit centre…"))
        self.add_location_button = action_button(self.tr("Add location…"))
        self.edit_location_button = action_button(self.tr("Edit location…"))
        self.centre_label_button = action_button(self.tr("Print label…"))
        self.location_labels_button = action_button(self.tr("Print labels…"))
        self.centre_label_button.clicked.connect(self.print_centre_label)
        self.location_labels_button.clicked.connect(self.print_location_labels)
        for button in (self.centre_label_button, self.location_labels_button):
            button.setVisible(actor.can(Permission.PRINT_LABELS))
        self.new_centre_button.clicked.connect(self.new_centre)
        self.edit_centre_button.clicked.connect(self.edit_centre)
        self.add_location_button.clicked.connect(self.add_location)
        self.edit_location_button.clicked.connect(self.edit_location)
        self.locations.view.activated.connect(self.edit_location)
        self.new_centre_button.setVisible(actor.can(Permission.OPEN_CENTRE))
        for button in (self.edit_centre_button, self.add_location_button, self.edit_location_button):
            button.setVisible(actor.can(Permission.MANAGE_CENTRE))
        self.heading = section("")
        self.heading.setWordWrap(True)
        self.details = QFormLayout()
        self.details.setHorizontalSpacing(SPACING)
        self.details.setVerticalSpacing(SPACING // 4)
        self.facts = {
            name: self._fact(caption)
            for name, caption in (
                ("district", self.tr("District")),
                ("address", self.tr("Address")),
                ("hours", self.tr("Opening hours")),
                ("phone", self.tr("Phone")),
                ("manager", self.tr("Manager")),
                ("units", self.tr("Rental units")),
                ("attention", self.tr("Needs attention")),
            )
        }
        self._layout()
        self._update_buttons()

    def _fact(self, caption: str) -> QLabel:
        value = QLabel(wordWrap=True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.addRow(QLabel(caption, objectName="note"), value)
        return value

    def _layout(self) -> None:
        left = QWidget()
        left.setMinimumWidth(340)  # room for an address or opening hours on two lines at most
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING // 2)
        column.addWidget(self.heading)
        actions = button_row()  # under the name, which then needs no more than two lines
        actions.setSpacing(SPACING // 2)
        actions.addWidget(self.edit_centre_button)
        actions.addWidget(self.centre_label_button)
        actions.addStretch(1)
        column.addLayout(actions)
        column.addLayout(self.details)
        column.addStretch(1)
        column.addWidget(self.new_centre_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING // 2)
        header = button_row()
        header.setSpacing(SPACING // 2)
        header.addWidget(section(self.tr("Locations")), 1)
        header.addWidget(self.add_location_button)
        header.addWidget(self.edit_location_button)
        header.addWidget(self.location_labels_button)
        column.addLayout(header)
        column.addWidget(self.locations, 1)
        # On a small screen the details scroll rather than lose the end of a wrapped line.
        details = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        details.setWidget(left)
        details.setMinimumWidth(left.minimumWidth())
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(details)
        below.addWidget(right)
        below.setStretchFactor(0, 2)
        below.setStretchFactor(1, 3)
        below.setSizes([380, 600])  # in this proportion whatever the width: the locations need more
        below.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(below, 2)

    # Words ---------------------------------------------------------------------------------------

    def _name(self, centre: CentreOverview) -> str:
        return centre.name if centre.active else self.tr("{name} (closed)").format(name=centre.name)

    def _last_count(self, centre: CentreOverview) -> str:
        if centre.last_stocktake is None:
            return self.tr("Never")
        return centre.last_stocktake.astimezone(LOCAL_ZONE).date().isoformat()

    def attention(self, centre: CentreOverview) -> str:
        """What the centre's staff should look at, in words; "–" when nothing is waiting."""
        return SEPARATOR.join(self._waiting(centre)) or "–"

    def _waiting(self, centre: CentreOverview) -> list[str]:
        """One phrase per thing waiting, counted in words that read right for one and for several."""

        def counted(n: int, one: str, many: str) -> list[str]:
            if n <= 0:
                return []
            return [one if n == 1 else many.format(count=vocabulary.number(n))]

        return [
            *counted(
                centre.transfers_in,
                self.tr("1 transfer on the way here"),
                self.tr("{count} transfers on the way here"),
            ),
            *counted(
                centre.transfers_out,
                self.tr("1 transfer sent, not yet received"),
                self.tr("{count} transfers sent, not yet received"),
            ),
            *counted(
                centre.below_minimum,
                self.tr("1 product below minimum"),
                self.tr("{count} products below minimum"),
            ),
            *counted(centre.open_stocktakes, self.tr("a count is open"), self.tr("{count} counts are open")),
        ]

    # Reading -------------------------------------------------------------------------------------

    def refresh(self, session: Session, centre_id: int | None) -> None:
        """The centres again; the one shown stays unless the screen has chosen another since."""
        self.bar.clear()
        shown = self.centre.id if self.centre is not None else None
        wanted = shown if shown is not None and centre_id == self._given else centre_id
        self._given = centre_id
        self.districts = list_districts(session)
        rows = centre_overviews(session, self.actor)
        self.table.set_records(rows)
        ids = [row.id for row in rows]
        if wanted not in ids:
            wanted = ids[0] if ids else None
        self._select(wanted)
        self._fit_table(len(rows))
        self._read_centre(session, wanted)

    def _fit_table(self, rows: int) -> None:
        """Up to five centres in view, at least two, so the chosen one's details fit below; more scroll."""
        view = self.table.view
        frame = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        shown, row = max(rows, 1), row_height()
        self.table.setMinimumHeight(frame + row * min(shown, 2))
        self.table.setMaximumHeight(frame + row * min(shown, 5))

    def _select(self, centre_id: int | None) -> None:
        self._choosing = True
        self.table.view.clearSelection()
        for row, centre in enumerate(self.table.model.records()):
            if centre.id == centre_id:
                index = self.table.model.index(row, 0)
                self.table.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                # Centred, so it stays in view when the details below take some of the height.
                self.table.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._choosing = False

    def _read_centre(self, session: Session, centre_id: int | None) -> None:
        self.centre = centre_view(session, centre_id) if centre_id is not None else None
        centre = self.centre
        overview = next((c for c in self.table.model.records() if c.id == centre_id), None)
        self.heading.setText(centre.name if centre is not None else self.tr("No centre chosen"))
        texts = dict.fromkeys(self.facts, "")
        if centre is not None:
            texts.update(
                district=centre.district_name,
                address=centre.address or "–",
                hours=centre.opening_hours or "–",
                phone=centre.phone or "–",
                manager=centre.manager_name or "–",
            )
        if overview is not None:
            texts.update(units=self._units(overview))
            waiting = self._waiting(overview)
            if overview.unpriced_units:
                waiting.append(
                    self.tr(
                        "{units} units have no reference price and are left out of the stock value"
                    ).format(units=vocabulary.number(overview.unpriced_units))
                )
            texts.update(attention=SEPARATOR.join(waiting) or "–")
        for name, label in self.facts.items():
            label.setText(texts[name])
        self.locations.set_records(centre.locations if centre is not None else ())
        self._update_buttons()

    def _units(self, overview: CentreOverview) -> str:
        """The centre's rental units by state, in words: "6 Available · 4 On loan · 1 In repair"."""
        states = [
            self.tr("{count} {state}").format(count=vocabulary.number(n), state=vocabulary.word(state))
            for state, n in overview.units_by_state
            if n
        ]
        return SEPARATOR.join(states) or self.tr("None")

    def _centre_selected(self) -> None:
        chosen = self.table.selected()
        if chosen is None or self._choosing:
            return
        with self.desk.database.reading() as session:
            self._read_centre(session, chosen.id)
        self.centre_chosen.emit(chosen.id)

    def _update_buttons(self) -> None:
        may = self.centre is not None and self.actor.can(Permission.MANAGE_CENTRE, self.centre.id)
        self.edit_centre_button.setEnabled(may)
        self.add_location_button.setEnabled(may)
        chosen = len(self.locations.view.selectionModel().selectedRows())
        self.edit_location_button.setEnabled(may and chosen == 1)
        self.centre_label_button.setEnabled(self.centre is not None)
        self.location_labels_button.setEnabled(chosen > 0)

    # Writing -------------------------------------------------------------------------------------

    def new_centre(self) -> None:
        dialog = CentreDialog(self.desk, self.actor, self.districts, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._done(self.tr("{name} was opened.").format(name=dialog.saved.name), dialog.saved)

    def edit_centre(self) -> None:
        if self.centre is None or not self.edit_centre_button.isEnabled():
            return
        dialog = CentreDialog(self.desk, self.actor, self.districts, self.centre, self)
        if dialog.exec() and dialog.saved is not None:
            self._done(self.tr("{name} was saved.").format(name=dialog.saved.name), dialog.saved)

    def add_location(self) -> None:
        if self.centre is None or not self.add_location_button.isEnabled():
            return
        dialog = LocationDialog(self.desk, self.actor, self.centre, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._done(
                self.tr("{location} was added to {centre}.").format(
                    location=dialog.saved.name, centre=self.centre.name
                ),
                self.centre,
            )

    def edit_location(self) -> None:
        location = self.locations.selected()
        if self.centre is None or location is None or not self.edit_location_button.isEnabled():
            return
        dialog = LocationDialog(self.desk, self.actor, self.centre, location, self)
        if dialog.exec() and dialog.saved is not None:
            self._done(self.tr("{location} was saved.").format(location=dialog.saved.name), self.centre)

    def print_centre_label(self) -> None:
        if self.centre is not None:
            LabelPrintDialog(self.desk, self.actor, PayloadKind.CENTRE, [self.centre.code], self).exec()

    def print_location_labels(self) -> None:
        rows = sorted(index.row() for index in self.locations.view.selectionModel().selectedRows())
        chosen = [self.locations.model.records()[row] for row in rows]
        if chosen:
            codes = [f"{place.centre_code}-{place.code}" for place in chosen]
            LabelPrintDialog(self.desk, self.actor, PayloadKind.LOCATION, codes, self).exec()

    def _done(self, sentence: str, centre: CentreView) -> None:
        self.centre = centre  # shown again once the screen has read everything
        self.changed.emit()
        self.centre_chosen.emit(centre.id)
        self.bar.show_info(sentence)
