"""The My account tab: who the signed-in person is to silvershop, and changing their own password."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.centres.directory import list_centres
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.security import users
from silvershop.security.permissions import Actor
from silvershop.ui.desk import Desk
from silvershop.ui.settings import words
from silvershop.ui.signin.password_field import PasswordField, check_typed_twice
from silvershop.ui.widgets.form_dialog import action_button
from silvershop.ui.widgets.forms import Form
from silvershop.ui.widgets.screen import SPACING, section


def value_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MyAccountTab(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.username = value_label()
        self.display_name = value_label()
        self.roles = value_label()
        self.centres = value_label()
        facts = QFormLayout()
        facts.setHorizontalSpacing(24)
        facts.setVerticalSpacing(12)
        facts.addRow(self.tr("User name"), self.username)
        facts.addRow(self.tr("Display name"), self.display_name)
        facts.addRow(self.tr("Roles"), self.roles)
        facts.addRow(self.tr("Centres"), self.centres)

        self.form = Form()
        self.form.layout_.setHorizontalSpacing(24)
        self.current = self._password("old_password", self.tr("Current password"))
        self.new = self._password("password", self.tr("New password"))
        self.again = self._password("password_again", self.tr("New password again"))
        self.change = action_button(self.tr("Change password"))
        self.change.clicked.connect(self.change_password)
        for field in (self.current, self.new, self.again):
            field.edit.returnPressed.connect(self.change_password)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(section(self.tr("My account")))
        layout.addLayout(facts)
        layout.addWidget(section(self.tr("Change password")))
        layout.addWidget(
            QLabel(
                self.tr("At least 8 characters. Choose one you do not use anywhere else."),
                objectName="note",
                wordWrap=True,
            )
        )
        layout.addWidget(self.form)
        layout.addWidget(self.change, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.form.setMaximumWidth(720)

    def _password(self, name: str, label: str) -> PasswordField:
        field = PasswordField()
        self.form.add(name, label, field)
        return field

    def refresh(self, session: Session) -> None:
        account = users.own_account(session, self.actor)
        names = {c.code: c.name for c in list_centres(session)}
        self.username.setText(account.username)
        self.display_name.setText(account.display_name)
        self.roles.setText(words.roles(account.roles))
        if account.centre_codes:
            centres = words.list_of(f"{names.get(code, '')} ({code})" for code in account.centre_codes)
        elif self.actor.is_admin:
            centres = self.tr("Every centre, as an administrator")
        else:
            centres = self.tr("Not tied to a centre")
        self.centres.setText(centres)

    def change_password(self) -> None:
        self.form.clear_errors()
        try:
            check_typed_twice(self.new.text(), self.again.text())
            with transaction(self.desk.database.sessions) as session:
                users.change_own_password(session, self.actor, self.current.text(), self.new.text())
        except SilvershopError as err:
            self.form.show_error(err)
            return
        for field in (self.current, self.new, self.again):
            field.clear()
        self.form.bar.show_info(self.tr("Your password was changed. Use the new one from your next sign-in."))
        self.changed.emit()
