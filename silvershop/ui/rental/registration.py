"""Registering a resident at the desk: every field the subsidy rules and the law need, refused
under the field that is wrong, and nothing written until all of it is right."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from silvershop.centres.directory import CentreEntry, DistrictEntry
from silvershop.config import local_today
from silvershop.db.session import transaction
from silvershop.rental.models import ConsentBasis
from silvershop.rental.residents import (
    Dibao,
    Eligibility,
    LtcLevel,
    ResidentInput,
    ResidentView,
    add_resident,
)
from silvershop.security.permissions import Actor
from silvershop.security.vault import open_vault
from silvershop.ui.desk import Desk
from silvershop.ui.rental import words
from silvershop.ui.widgets.form_dialog import FormDialog


def centres_for(actor: Actor, centres: Sequence[CentreEntry]) -> list[CentreEntry]:
    """Where this person may register residents: their own open centres, or any for an administrator
    who belongs to none."""
    open_centres = [c for c in centres if c.active]
    mine = [c for c in open_centres if c.id in actor.centre_ids]
    return mine or (open_centres if actor.is_admin else [])


def combo(items: Sequence[tuple[object, str]]) -> QComboBox:
    box = QComboBox()
    for value, text in items:
        box.addItem(text, value)
    return box


class RegisterResidentDialog(FormDialog):
    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        centres: Sequence[CentreEntry],
        districts: Sequence[DistrictEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Register resident"),
            self.tr("Register"),
            parent,
            intro=self.tr(
                "ID number, mobile, address, eligibility and the guardian's mobile are stored encrypted and "
                "shown masked. Ask only for what the rental needs."
            ),
            columns=2,
        )
        self.desk = desk
        self.actor = actor
        self.name = self.add("name", self.tr("Name"), QLineEdit())
        self.id_number = self.add("id_number", self.tr("ID number"), QLineEdit())
        self.id_number.setPlaceholderText(self.tr("18 characters, the last may be X"))
        self.phone = self.add("phone", self.tr("Mobile"), QLineEdit())
        self.phone.setPlaceholderText(self.tr("11 digits; may stay empty"))
        self.address = self.add("address", self.tr("Address"), QLineEdit())
        self.district = self.add(
            "district",
            self.tr("District"),
            combo([(None, self.tr("As the centre's")), *((d.code, d.name) for d in districts)]),
        )
        self.hukou_local = self.add(
            "hukou_local", self.tr("Household registration"), QCheckBox(self.tr("Local (hukou in this city)"))
        )
        mine = centres_for(actor, centres)
        self.centre: QComboBox | None = None
        self.only_centre = mine[0].code if len(mine) == 1 else None
        if len(mine) == 1:
            self.add("centre", self.tr("Centre"), QLabel(f"{mine[0].name} ({mine[0].code})"))
        else:
            self.centre = self.add(
                "centre",
                self.tr("Centre"),
                combo(
                    [(None, self.tr("Choose the centre…")), *((c.code, f"{c.name} ({c.code})") for c in mine)]
                ),
            )
        self.ability_level = self.add(
            "ability_level",
            self.tr("Ability assessment"),
            combo([(level, words.word(text)) for level, text in words.ABILITY_LEVELS.items()]),
            column=1,
        )
        self.ltc_level = self.add(
            "ltc_level",
            self.tr("Long-term care insurance"),
            combo([(level, words.word(text)) for level, text in words.LTC_LEVELS.items()]),
            column=1,
        )
        self.dibao = self.add(
            "dibao",
            self.tr("Low-income family"),
            combo([(status, words.word(text)) for status, text in words.DIBAO.items()]),
            column=1,
        )
        self.guardian_name = self.add("guardian_name", self.tr("Guardian or contact"), QLineEdit(), column=1)
        self.guardian_phone = self.add("guardian_phone", self.tr("Guardian's mobile"), QLineEdit(), column=1)
        self.consent_basis = self.add(
            "consent_basis",
            self.tr("Data kept on the basis of"),
            combo([(basis, words.word(text)) for basis, text in words.CONSENT_CHOICES.items()]),
            column=1,
        )
        self.consent = self.add("consent", self.tr("What it covers"), QLineEdit(), column=1)
        self.consent_basis.currentIndexChanged.connect(self._consent_hint)
        self._consent_hint()
        self.registered: ResidentView | None = None

    def _consent_hint(self) -> None:
        if self.consent_basis.currentData() == ConsentBasis.STATUTORY_DUTY:
            self.consent.setPlaceholderText(self.tr("e.g. the city's rental subsidy rules"))
        else:
            self.consent.setPlaceholderText(self.tr("e.g. renting assistive devices"))

    def data(self) -> ResidentInput:
        return ResidentInput(
            name=self.name.text(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            district_code=self.district.currentData(),
            hukou_local=self.hukou_local.isChecked(),
            eligibility=Eligibility(
                ability_level=self.ability_level.currentData(),
                ltc_level=LtcLevel(self.ltc_level.currentData()),
                dibao=Dibao(self.dibao.currentData()),
            ),
            guardian_name=self.guardian_name.text(),
            guardian_phone=self.guardian_phone.text(),
            consent_basis=ConsentBasis(self.consent_basis.currentData()),
            consent_text=self.consent.text(),
            home_centre_code=self.centre.currentData() if self.centre is not None else self.only_centre,
        )

    def submit(self) -> None:
        data = self.data()
        with transaction(self.desk.database.sessions) as session:
            self.registered = add_resident(
                session, self.actor, open_vault(session), data, today=local_today()
            )
