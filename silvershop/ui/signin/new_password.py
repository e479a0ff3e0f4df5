"""The new password a user must choose after an administrator reset theirs, before the window fills."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from silvershop.db.session import transaction
from silvershop.security import users
from silvershop.ui.signin.dialog import SignInDialog
from silvershop.ui.signin.password_field import PasswordField, check_typed_twice

if TYPE_CHECKING:
    from silvershop.security.permissions import Actor
    from silvershop.ui.desk import Desk


class NewPasswordDialog(SignInDialog):
    """Cannot be skipped: Cancel goes back to the login, not on to the data. `actor` is the signed-in
    person once the new password is saved."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Choose a new password"),
            self.tr("Choose a new password"),
            self.tr("Save and go on"),
            self.tr(
                "An administrator gave {name} a temporary password. Choose a new one that only you know; "
                "silvershop opens once it is saved."
            ).format(name=actor.username),
            parent,
        )
        self.desk = desk
        self.actor = actor
        self.cancel.setText(self.tr("Back to the login"))
        self.current = self.add("old_password", self.tr("Current password"), PasswordField())
        self.password = self.add("password", self.tr("New password"), PasswordField())
        self.again = self.add("password_again", self.tr("New password again"), PasswordField())
        self.current.setFocus()

    def submit(self) -> None:
        check_typed_twice(self.password.text(), self.again.text())
        with transaction(self.desk.database.sessions) as session:
            users.change_own_password(session, self.actor, self.current.text(), self.password.text())
        self.actor = replace(self.actor, must_change_password=False)
