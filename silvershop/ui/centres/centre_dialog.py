"""Opening an experience centre or keeping its details right. The code is given once: every label
printed for the centre and its shelves carries it, so it cannot be changed afterwards."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from silvershop.centres.centres import CentreInput, CentreView, add_centre, centre_input, update_centre
from silvershop.centres.directory import DistrictEntry
from silvershop.db.session import transaction
from silvershop.security.permissions import Actor
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.form_dialog import FormDialog


class CentreDialog(FormDialog):
    """`saved` holds the centre as stored once the action has succeeded."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        districts: Sequence[DistrictEntry],
        centre: CentreView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("New experience centre")
            if centre is None
            else self.tr("Experience centre {name}").format(name=centre.name),
            self.tr("Open centre") if centre is None else self.tr("Save"),
            parent,
            intro=self.tr(
                "The code is printed on every label of the centre and its locations (SS:C:LX01), so it "
                "cannot be changed once the centre is open."
            ),
        )
        self.desk = desk
        self.actor = actor
        self.centre = centre
        self.saved: CentreView | None = None
        self.code = self.add("code", self.tr("Code"), QLineEdit())
        self.code.setPlaceholderText(self.tr("2 to 12 letters and digits, e.g. LX01"))
        self.code.setMaxLength(16)  # room for spaces typed with it; the service takes them out
        self.name = self.add("name", self.tr("Name"), QLineEdit())
        self.district = self.add("district_code", self.tr("District"), QComboBox())
        self.district.addItem(self.tr("Choose the district…"), "")
        for district in districts:
            self.district.addItem(district.name, district.code)
        self.address = self.add("address", self.tr("Address"), QLineEdit())
        self.opening_hours = self.add("opening_hours", self.tr("Opening hours"), QLineEdit())
        self.opening_hours.setPlaceholderText(self.tr("e.g. Mon–Sat 9:00–17:00"))
        self.phone = self.add("phone", self.tr("Phone"), QLineEdit())
        self.manager_name = self.add("manager_name", self.tr("Manager"), QLineEdit())
        if centre is not None:
            self._fill(centre_input(centre))
            self.code.setEnabled(False)  # greyed as well as read-only: the intro says why
            self.name.setFocus()

    def _fill(self, data: CentreInput) -> None:
        self.code.setText(data.code)
        self.name.setText(data.name)
        self.district.setCurrentIndex(max(self.district.findData(data.district_code), 0))
        self.address.setText(data.address)
        self.opening_hours.setText(data.opening_hours)
        self.phone.setText(data.phone)
        self.manager_name.setText(data.manager_name)

    def data(self) -> CentreInput:
        return CentreInput(
            code=self.code.text(),
            name=self.name.text(),
            district_code=str(self.district.currentData() or ""),
            address=self.address.text(),
            opening_hours=self.opening_hours.text(),
            phone=self.phone.text(),
            manager_name=self.manager_name.text(),
        )

    def submit(self) -> None:
        data = self.data()
        with transaction(self.desk.database.sessions) as session:
            if self.centre is None:
                self.saved = add_centre(session, self.actor, data)
            else:
                self.saved = update_centre(session, self.actor, self.centre.id, data)
