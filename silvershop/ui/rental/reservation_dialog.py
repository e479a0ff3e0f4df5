"""Reserving a device for a resident: any unit of a product (held now if one is free for those days,
else a place on the waiting list), or one particular unit, scanned off its label or picked.

The days are chosen on calendars that do not go back before today; a clash on a unit is said under
the days, with the dates in the way, and nothing is written. The dialog leaves what it reserved in
`reserved` and the sentence that says so in `confirmation`, for the tab's message bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from silvershop.centres.directory import CentreEntry
from silvershop.config import local_today
from silvershop.db.session import transaction
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError, ValidationError
from silvershop.i18n import translate
from silvershop.rental.models import ReservationStatus, UnitState
from silvershop.rental.reservations import ReservationView, reserve
from silvershop.rental.units import UnitView, find_unit
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.rental.resident_search import ResidentSearch
from silvershop.ui.widgets.form_dialog import FormDialog, large_target
from silvershop.ui.widgets.scan_field import ScanField
from silvershop.ui.widgets.screen import SPACING

CONTEXT = "reservations"
FIRST_DAYS = 30  # a new reservation starts as a month from today, the usual rental
# Units that are never promised again; a unit in repair is still listed, and its refusal says why.
GONE = (UnitState.RETIRED, UnitState.LOST)
_PLACES = {
    1: QT_TRANSLATE_NOOP("reservations", "{n}st in line"),
    2: QT_TRANSLATE_NOOP("reservations", "{n}nd in line"),
    3: QT_TRANSLATE_NOOP("reservations", "{n}rd in line"),
}
_PLACE = QT_TRANSLATE_NOOP("reservations", "{n}th in line")


def place_in_line(place: int) -> str:
    """A place on the waiting list as people say it: 1st in line, 2nd in line, 11th in line."""
    last = place % 10 if place % 100 not in (11, 12, 13) else 0
    return translate(CONTEXT, _PLACES.get(last, _PLACE)).format(n=vocabulary.number(place))


def unit_or_place(reservation: ReservationView) -> str:
    """The unit held for a reservation, or, on the waiting list, a dash and its place in line."""
    if reservation.asset_tag:
        return reservation.asset_tag
    if reservation.place_in_queue is not None:
        return f"— ({place_in_line(reservation.place_in_queue)})"
    return "—"


def days(reservation: ReservationView) -> str:
    return f"{reservation.start_on.isoformat()} – {reservation.end_on.isoformat()}"


class DaysField(QWidget):
    """From and to on two calendars; neither goes back before today, and "to" never before "from"."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = large_target(QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd"))
        self.end = large_target(QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd"))
        self.start.setAccessibleName(self.tr("First day"))
        self.end.setAccessibleName(self.tr("Last day"))
        self.start.setMinimumDate(QDate(today))
        self.end.setMinimumDate(QDate(today))
        self.start.setDate(QDate(today))
        self.end.setDate(QDate(today).addDays(FIRST_DAYS))
        self.start.dateChanged.connect(self._start_moved)
        self.length = QLabel(objectName="note")
        self.end.dateChanged.connect(self._say_length)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING // 2)
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end)
        row.addWidget(self.length, 1)
        self.setFocusProxy(self.start)
        self._say_length()

    def span(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def set_span(self, start: date, end: date) -> None:
        self.start.setDate(QDate(start))
        self.end.setDate(QDate(end))

    def _start_moved(self) -> None:
        self.end.setMinimumDate(self.start.date())
        self._say_length()

    def _say_length(self) -> None:
        first, last = self.span()
        self.length.setText(self.tr("{count} days").format(count=vocabulary.number((last - first).days + 1)))


class ReservationDialog(FormDialog):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        centre: CentreEntry,
        units: Sequence[UnitView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("New reservation at {centre}").format(centre=centre.name),
            self.tr("Reserve"),
            parent,
            intro=self.tr(
                "Reserve any unit of a product — one free for those days is held for the resident, or they "
                "go on the waiting list — or one particular unit, scanned or picked."
            ),
            columns=2,
        )
        self.desk = desk
        self.actor = actor
        self.centre = centre
        self.units = [u for u in units if u.centre_id == centre.id and u.state not in GONE]
        self.reserved: ReservationView | None = None
        self.confirmation = ""
        self.resident = self.add("resident", self.tr("Resident"), ResidentSearch(desk, actor))
        self.scan = self.add("scan", self.tr("Scan a device"), ScanField(), column=1)
        self.scan.setPlaceholderText(self.tr("Scan the label on a device to reserve that very unit"))
        self.scan.scanned.connect(self.scanned)
        self.product = self.add("product", self.tr("Product"), QComboBox(), column=1)
        self.unit = self.add("unit", self.tr("Unit"), QComboBox(), column=1)
        self.days = self.add("dates", self.tr("Days"), DaysField(local_today()), column=1)
        self.note = self.add("note", self.tr("Note"), QLineEdit(), column=1)
        self.note.setPlaceholderText(self.tr("e.g. after leaving hospital; may stay empty"))
        products: dict[int, str] = {}
        for unit in sorted(self.units, key=lambda u: u.product_code):
            products.setdefault(unit.product_id, f"{unit.product_name}  ({unit.product_code})")
        for product_id, text in products.items():
            self.product.addItem(text, product_id)
        self.product.currentIndexChanged.connect(self._list_units)
        self._list_units()

    def _list_units(self) -> None:
        self.unit.clear()
        self.unit.addItem(self.tr("Any free unit (else the waiting list)"), None)
        for unit in self.units:
            if unit.product_id == self.product.currentData():
                self.unit.addItem(f"{unit.asset_tag}  ·  {vocabulary.word(unit.state)}", unit.id)

    def scanned(self, text: str) -> None:
        """Choose the scanned unit and its product; a label of something else is refused under the field."""
        self._clear_errors()
        try:
            with self.desk.database.reading() as session:
                found = find_unit(session, text)
                found_id, tag = found.id, found.asset_tag  # read here: no ORM object leaves the session
            unit = next((u for u in self.units if u.id == found_id), None)
            if unit is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{tag} is not a device of {centre} that can be reserved; it belongs to another "
                        "centre or is no longer lent.",
                    ),
                    field="scan",
                    tag=tag,
                    centre=self.centre.name,
                )
        except SilvershopError as err:
            self.show_error(err)
            return
        self.product.setCurrentIndex(self.product.findData(unit.product_id))
        self.unit.setCurrentIndex(self.unit.findData(unit.id))

    def _clear_errors(self) -> None:
        for form in self.forms:
            form.clear_errors()
        self.bar.clear()

    def show_error(self, err: SilvershopError) -> None:
        if err.field in ("start_on", "end_on"):  # the days are one field: the sentence goes under both
            err.field = "dates"
        super().show_error(err)

    def submit(self) -> None:
        resident = self.resident.required()
        start, end = self.days.span()
        with transaction(self.desk.database.sessions) as session:
            self.reserved = reserve(
                session,
                self.actor,
                resident.id,
                self.centre.id,
                start,
                end,
                product_id=self.product.currentData(),
                unit_id=self.unit.currentData(),
                note=self.note.text(),
                today=local_today(),
            )
        self.confirmation = self.said(self.reserved)

    def said(self, done: ReservationView) -> str:
        if done.status is ReservationStatus.WAITING:
            return self.tr(
                "{name} is on the waiting list for {product}, {place}: no unit is free from {start} to "
                "{end}. The first unit that comes free is held for them."
            ).format(
                name=done.resident_name,
                product=done.product_name,
                place=place_in_line(done.place_in_queue or 1),
                start=done.start_on.isoformat(),
                end=done.end_on.isoformat(),
            )
        return self.tr("Reserved for {name}: unit {tag} ({product}), from {start} to {end}.").format(
            name=done.resident_name,
            tag=done.asset_tag,
            product=done.product_name,
            start=done.start_on.isoformat(),
            end=done.end_on.isoformat(),
        )
