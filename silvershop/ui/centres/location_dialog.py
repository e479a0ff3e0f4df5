"""Adding a location to a centre (a display zone, a shelf, a store room) or renaming it, changing its
kind, or taking it out of use once it is empty. Like the centre's, its code is on the shelf's label
(SS:L:LX01-A1) and stays as given."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from silvershop.centres.centres import (
    CentreView,
    LocationInput,
    LocationView,
    add_location,
    update_location,
)
from silvershop.centres.models import LocationKind
from silvershop.db.session import transaction
from silvershop.labels.payloads import location_payload
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.form_dialog import FormDialog


class LocationDialog(FormDialog):
    """`saved` holds the location as stored once the action has succeeded."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        centre: CentreView,
        location: LocationView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("New location at {centre}").format(centre=centre.name)
            if location is None
            else self.tr("Location {code} at {centre}").format(code=location.code, centre=centre.name),
            self.tr("Add location") if location is None else self.tr("Save"),
            parent,
            intro=self.tr(
                "The code is printed on the location's label ({example}), so it cannot be changed later."
            ).format(example=location_payload(centre.code, location.code if location else "A1")),
        )
        self.desk = desk
        self.actor = actor
        self.centre = centre
        self.location = location
        self.saved: LocationView | None = None
        self.code = self.add("code", self.tr("Code"), QLineEdit())
        self.code.setPlaceholderText(self.tr("1 to 8 letters and digits, e.g. A1 or ST"))
        self.code.setMaxLength(12)  # room for spaces typed with it; the service takes them out
        self.name = self.add("name", self.tr("Name"), QLineEdit())
        self.kind = self.add("kind", self.tr("Kind"), QComboBox())
        for kind in LocationKind:
            self.kind.addItem(vocabulary.word(kind), kind)
        self.active: QCheckBox | None = None
        if location is not None:
            self.code.setText(location.code)
            self.code.setEnabled(False)  # greyed as well as read-only: the intro says why
            self.name.setText(location.name)
            self.kind.setCurrentIndex(self.kind.findData(location.kind))
            self.active = self.add("active", self.tr("In use"), QCheckBox(self.tr("Goods can be kept here")))
            self.active.setChecked(location.active)
            self.name.setFocus()

    def submit(self) -> None:
        kind = LocationKind(self.kind.currentData())
        with transaction(self.desk.database.sessions) as session:
            if self.location is None:
                data = LocationInput(self.code.text(), self.name.text(), kind)
                self.saved = add_location(session, self.actor, self.centre.id, data)
            else:
                active = self.active is None or self.active.isChecked()
                self.saved = update_location(
                    session, self.actor, self.location.id, self.name.text(), kind, active=active
                )
