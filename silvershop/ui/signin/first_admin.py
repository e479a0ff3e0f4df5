"""The first start of a new database: nobody can sign in until its administrator exists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QWidget

from silvershop.db.session import transaction
from silvershop.security import users
from silvershop.ui.signin.dialog import SignInDialog
from silvershop.ui.signin.password_field import PasswordField, check_typed_twice

if TYPE_CHECKING:
    from silvershop.security.permissions import Actor
    from silvershop.ui.desk import Desk

NAME_MAX = 60  # the length of the display name's column


class FirstAdminDialog(SignInDialog):
    """Makes the administrator and signs them in; closing it closes silvershop, which the dialog says,
    since without a user nothing else can be done."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Welcome to silvershop"),
            self.tr("Create the administrator"),
            self.tr("Create and sign in"),
            self.tr(
                "This database has no users yet. Create its administrator, who signs in now and can then "
                "add everyone else. silvershop cannot be used without one: closing this window closes "
                "silvershop."
            ),
            parent,
        )
        self.desk = desk
        self.username = self.add("username", self.tr("User name"), QLineEdit())
        self.username.setMaxLength(users.USERNAME_MAX)
        self.display_name = self.add("display_name", self.tr("Display name"), QLineEdit())
        self.display_name.setMaxLength(NAME_MAX)
        self.display_name.setPlaceholderText(self.tr("As colleagues call you; may be left empty"))
        self.password = self.add("password", self.tr("Password"), PasswordField())
        self.again = self.add("password_again", self.tr("Password again"), PasswordField())
        self.cancel.setText(self.tr("Quit silvershop"))
        self.actor: Actor | None = None
        self.username.setFocus()

    def submit(self) -> None:
        check_typed_twice(self.password.text(), self.again.text())
        with transaction(self.desk.database.sessions) as session:
            self.actor = users.create_first_admin(
                session, self.username.text(), self.password.text(), self.display_name.text()
            )
