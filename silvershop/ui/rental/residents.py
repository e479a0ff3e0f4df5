"""The Residents tab of the rental desk: finding a resident by part of a name, a full ID number or
a mobile number, registering one, and revealing one value on purpose. Personal values are masked.

A full ID number or mobile is looked up through the keyed hashes (the database cannot search the
encrypted values); anything else is taken as part of a name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from enum import Enum

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from silvershop.centres.directory import CentreEntry, DistrictEntry, list_centres, list_districts
from silvershop.config import local_today
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError
from silvershop.rental.residents import (
    ResidentView,
    find_by_id_number,
    find_by_phone,
    list_residents,
)
from silvershop.security.permissions import Actor, Permission
from silvershop.security.vault import KeyProblem, Vault, open_vault
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.rental import words
from silvershop.ui.rental.registration import RegisterResidentDialog
from silvershop.ui.rental.reveal import RevealDialog
from silvershop.ui.rental.subsidy_dialog import SubsidyDialog
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, kept, list_page

LIMIT = 200


class Query(Enum):
    NAME = "name"
    ID_NUMBER = "id_number"
    MOBILE = "mobile"


def query_kind(text: str) -> Query:
    """18 digits (the last may be X) is an ID number, 11 digits a mobile, anything else a name."""
    compact = re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", text))
    if re.fullmatch(r"[0-9Xx]{18}", compact):
        return Query.ID_NUMBER
    if re.fullmatch(r"(\+?86)?[0-9]{11}", compact):
        return Query.MOBILE
    return Query.NAME


def find_residents(
    session: Session, actor: Actor, vault: Vault, text: str, *, limit: int, today: date
) -> Sequence[ResidentView]:
    """The residents `text` names, as every resident search of the desk reads it (`query_kind`): a
    full ID number or mobile through the keyed hashes, anything else as part of a name (at most
    `limit`)."""
    kind = query_kind(text) if text else Query.NAME
    if kind is Query.ID_NUMBER:
        one = find_by_id_number(session, actor, vault, text, today=today)
        return [one] if one else []
    if kind is Query.MOBILE:
        return find_by_phone(session, actor, vault, text, today=today)
    return list_residents(session, actor, vault, name_part=text, limit=limit, today=today)


def resident_columns() -> list[Column[ResidentView]]:
    """The columns of a list of residents, on the Residents tab and the review alike."""
    title = words.word
    return [
        Column(title(QT_TRANSLATE_NOOP("residents", "Name")), lambda r: r.name),
        Column(title(QT_TRANSLATE_NOOP("residents", "ID number")), lambda r: r.id_number or "–"),
        Column(title(QT_TRANSLATE_NOOP("residents", "Mobile")), lambda r: r.phone or "–"),
        Column(title(QT_TRANSLATE_NOOP("residents", "Sex")), lambda r: words.sex(r.sex)),
        Column(title(QT_TRANSLATE_NOOP("residents", "Age")), lambda r: r.age if r.age is not None else "–"),
        Column(title(QT_TRANSLATE_NOOP("residents", "Centre")), lambda r: r.home_centre_code or "–"),
        Column(
            title(QT_TRANSLATE_NOOP("residents", "Consent on file")), lambda r: words.consent(r.consent_basis)
        ),
        Column(
            title(QT_TRANSLATE_NOOP("residents", "Keep until")),
            lambda r: r.retain_until.isoformat() if r.retain_until else "–",
            stretch=True,
        ),
    ]


class ResidentsTab(QWidget):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.centres: list[CentreEntry] = []
        self.districts: list[DistrictEntry] = []
        self.bar = MessageBar()
        self.query = kept(large_target(QLineEdit()), "residents")
        self.query.setPlaceholderText(
            self.tr("Part of a name, a full ID number or an 11-digit mobile number")
        )
        self.query.setAccessibleName(self.tr("Find a resident"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.search)
        self.search_button = action_button(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.register_button = action_button(self.tr("Register resident…"))
        self.register_button.clicked.connect(self.register)
        self.register_button.setVisible(actor.can(Permission.EDIT_RESIDENTS))
        self.reveal_button = action_button(self.tr("Reveal…"))
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_button.setVisible(actor.can(Permission.REVEAL_PERSONAL))
        self.subsidy_button = action_button(self.tr("Subsidy…"))
        self.subsidy_button.setToolTip(
            self.tr("The chosen resident's rental subsidy this year, grant by grant")
        )
        self.subsidy_button.clicked.connect(self.show_subsidy)
        self.note = QLabel(objectName="note", wordWrap=True)
        self.table: RecordTable[ResidentView] = RecordTable(resident_columns(), hide_when_empty=True)
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.view.doubleClicked.connect(self.reveal)

        search = button_row()
        search.setSpacing(SPACING // 2)
        label = QLabel(self.tr("Find"))
        label.setBuddy(self.query)
        search.addWidget(label)
        search.addWidget(self.query, 1)
        search.addWidget(self.search_button)
        search.addSpacing(SPACING)
        search.addWidget(self.register_button)
        search.addWidget(self.reveal_button)
        search.addWidget(self.subsidy_button)
        list_page(self, self.bar, search, self.note, table=self.table)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.table.selected()
        self.reveal_button.setEnabled(chosen is not None and not chosen.anonymised)
        self.subsidy_button.setEnabled(chosen is not None)

    def show_subsidy(self) -> None:
        chosen = self.table.selected()
        if chosen is not None:
            SubsidyDialog(self.desk, self.actor, chosen, self).exec()

    def refresh(self, session: Session) -> None:
        self.bar.clear()
        self.centres = list_centres(session)
        self.districts = list_districts(session)
        try:
            vault = open_vault(session)
            found = self._find(session, vault, self.query.text().strip())
        except SilvershopError as err:  # a missing key, a mistyped ID number, another centre's resident
            self.table.set_records(())
            self.note.hide()
            self.register_button.setEnabled(not isinstance(err, KeyProblem))
            self.bar.show_error(err.localized())
            return
        self.table.set_records(found[:LIMIT])
        self.note.show()
        self.register_button.setEnabled(True)
        self._selection_changed()

    def _find(self, session: Session, vault: Vault, text: str) -> Sequence[ResidentView]:
        found = find_residents(session, self.actor, vault, text, limit=LIMIT + 1, today=local_today())
        self.note.setText(self._note(query_kind(text) if text else Query.NAME, text, len(found)))
        return found

    def _note(self, kind: Query, text: str, count: int) -> str:
        if count > LIMIT:
            return self.tr(
                "Showing the first {count} residents by name. Type part of a name, an ID number or a mobile "
                "number to find the others."
            ).format(count=vocabulary.number(LIMIT))
        if count:
            return self.tr("{count} residents.").format(count=vocabulary.number(count))
        if not text:
            return self.tr(
                "No residents are registered at your centres yet. Register the first with "
                "“Register resident…”."
            )
        if kind is Query.NAME:
            return self.tr(
                "No resident's name contains “{text}”. Try the ID number or the mobile number."
            ).format(text=text)
        return self.tr("Nobody is registered with this number. Check it with the resident, or register them.")

    def search(self) -> None:
        with self.desk.database.reading() as session:
            self.refresh(session)

    def register(self) -> None:
        dialog = RegisterResidentDialog(self.desk, self.actor, self.centres, self.districts, self)
        if not dialog.exec() or dialog.registered is None:
            return
        self.query.setText(dialog.registered.name)
        self.search()
        self.bar.show_info(
            self.tr("{name} is registered. Their data may be kept until {date}.").format(
                name=dialog.registered.name, date=dialog.registered.retain_until
            )
        )

    def reveal(self) -> None:
        chosen = self.table.selected()
        if chosen is None or chosen.anonymised or not self.actor.can(Permission.REVEAL_PERSONAL):
            return
        RevealDialog(self.desk, self.actor, chosen, self).exec()
