"""Registering or correcting an enterprise: its name, its unified social credit code (checked against
GB 32100 as the field is left, and by the service on saving, with the reason under the field), and
how to reach it."""

from __future__ import annotations

import unicodedata
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from silvershop.catalog.credit_code import LENGTH, division_of, validate_credit_code
from silvershop.catalog.enterprises import EnterpriseInput, EnterpriseRow, add_enterprise, update_enterprise
from silvershop.db.session import transaction
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.security.permissions import Actor
from silvershop.ui.catalog.field_checks import FieldChecks
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.form_dialog import FormDialog


def parse_date(text: str, field: str) -> date | None:
    """A date typed as 2015-06-30 (full-width digits and 2015/6/30 too); None when nothing is typed."""
    plain = unicodedata.normalize("NFKC", text).strip().replace("/", "-").replace(".", "-")
    if not plain:
        return None
    try:
        year, month, day = (int(part) for part in plain.split("-"))
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write the registration date as YYYY-MM-DD, for example 2019-05-20."),
            field=field,
        ) from None


class EnterpriseDialog(FormDialog):
    """`saved` holds the enterprise as stored once the action has succeeded."""

    def __init__(
        self, desk: Desk, actor: Actor, row: EnterpriseRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("New enterprise") if row is None else self.tr("Enterprise {name}").format(name=row.name),
            self.tr("Add enterprise") if row is None else self.tr("Save"),
            parent,
            intro=self.tr(
                "The bureau files every product under its maker's unified social credit code: copy it "
                "from the business licence."
            ),
        )
        self.desk = desk
        self.actor = actor
        self.row = row
        self.saved: EnterpriseRow | None = None
        self.name = self.add("name", self.tr("Name"), QLineEdit())
        self.credit_code = self.add("credit_code", self.tr("Unified social credit code"), QLineEdit())
        self.credit_code.setPlaceholderText(self.tr("18 characters, e.g. 91350100M000100Y43"))
        self.credit_code.setMaxLength(24)  # room for spaces pasted with it; the service trims them
        self.division_code = self.add("division_code", self.tr("Division code"), QLineEdit())
        self.registered_on = self.add("registered_on", self.tr("Registered on"), QLineEdit())
        self.registered_on.setPlaceholderText(self.tr("e.g. 2015-06-30; may stay empty"))
        self.contact_name = self.add("contact_name", self.tr("Contact"), QLineEdit())
        self.contact_phone = self.add("contact_phone", self.tr("Phone"), QLineEdit())
        self.address = self.add("address", self.tr("Address"), QLineEdit())
        self.credit_code.textChanged.connect(self._division_hint)
        self.checks = FieldChecks(self)
        self.checks.watch(self.credit_code, validate_credit_code)
        if row is not None:
            self.name.setText(row.name)
            self.credit_code.setText(row.credit_code)
            self.division_code.setText(row.division_code)
            self.registered_on.setText(row.registered_on.isoformat() if row.registered_on else "")
            self.contact_name.setText(row.contact_name)
            self.contact_phone.setText(row.contact_phone)
            self.address.setText(row.address)
        self._division_hint()

    def _division_hint(self) -> None:
        """Say which division an empty field will get, once the credit code is long enough to tell."""
        code = "".join(unicodedata.normalize("NFKC", self.credit_code.text()).split()).upper()
        division = division_of(code) if len(code) == LENGTH else ""
        self.division_code.setPlaceholderText(
            self.tr("Empty: {division}, from the credit code").format(division=division)
            if division.isdigit()
            else self.tr("Empty: taken from the credit code")
        )

    def data(self) -> EnterpriseInput:
        return EnterpriseInput(
            name=self.name.text(),
            credit_code=self.credit_code.text(),
            division_code=self.division_code.text(),
            registered_on=parse_date(self.registered_on.text(), "registered_on"),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            address=self.address.text(),
        )

    def submit(self) -> None:
        data = self.data()
        with transaction(self.desk.database.sessions) as session:
            if self.row is None:
                self.saved = add_enterprise(session, self.actor, data)
            else:
                self.saved = update_enterprise(session, self.actor, self.row.id, data)
