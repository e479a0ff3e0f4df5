"""The dialogs that change staff accounts: adding a user, their roles and centres, a new password.

Each offers only the roles and centres the signed-in person may hand out; the service still decides,
and its refusal appears under the field it is about while the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLineEdit, QWidget

from silvershop.centres.directory import CentreEntry
from silvershop.db.session import transaction
from silvershop.security import users
from silvershop.security.models import Role
from silvershop.security.permissions import Actor
from silvershop.security.users import UserRow
from silvershop.ui.desk import Desk
from silvershop.ui.settings import words
from silvershop.ui.settings.access import grantable_centres, grantable_roles
from silvershop.ui.signin.password_field import PasswordField, check_typed_twice
from silvershop.ui.widgets.choices import Choices
from silvershop.ui.widgets.form_dialog import FormDialog

DIALOG_WIDTH = 820  # two columns of centres, each "LX01 梁溪区适老生活体验中心" in full


def role_choices(actor: Actor, current: Sequence[Role] = ()) -> Choices[Role]:
    offered = grantable_roles(actor)
    choices = Choices([(r, words.role(r)) for r in offered])
    choices.choose(current)
    return choices


def centre_choices(actor: Actor, centres: Sequence[CentreEntry], current: Sequence[str] = ()) -> Choices[str]:
    offered = grantable_centres(actor, centres, keep=current)
    choices: Choices[str] = Choices([(c.code, f"{c.code} {c.name}") for c in offered], per_row=2)
    choices.choose(current)
    return choices


class AddUserDialog(FormDialog):
    def __init__(
        self, desk: Desk, actor: Actor, centres: Sequence[CentreEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Add user"),
            self.tr("Add user"),
            parent,
            intro=self.tr(
                "The new user signs in with this user name and password. Tell them the password in person."
            ),
        )
        self.setMinimumWidth(DIALOG_WIDTH)
        self.desk = desk
        self.actor = actor
        self.username = self.add("username", self.tr("User name"), QLineEdit())
        self.display_name = self.add("display_name", self.tr("Display name"), QLineEdit())
        self.display_name.setPlaceholderText(self.tr("As colleagues call them, e.g. Wang Fang"))
        self.roles = self.add("roles", self.tr("Roles"), role_choices(actor))
        self.centres = self.add("centres", self.tr("Centres"), centre_choices(actor, centres))
        self.password = self.add("password", self.tr("Password"), PasswordField())
        self.again = self.add("password_again", self.tr("Password again"), PasswordField())
        self.added: UserRow | None = None

    def submit(self) -> None:
        check_typed_twice(self.password.text(), self.again.text())
        with transaction(self.desk.database.sessions) as session:
            self.added = users.add_user(
                session,
                self.actor,
                self.username.text(),
                self.password.text(),
                self.roles.chosen(),
                self.centres.chosen(),
                self.display_name.text(),
            )


class AccessDialog(FormDialog):
    """Roles and centres of one existing user."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        user: UserRow,
        centres: Sequence[CentreEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Roles and centres of {name}").format(name=user.display_name or user.username),
            self.tr("Save"),
            parent,
            intro=self.tr("The change applies from {name}'s next sign-in.").format(
                name=user.display_name or user.username
            ),
        )
        self.setMinimumWidth(DIALOG_WIDTH)
        self.desk = desk
        self.actor = actor
        self.user = user
        self.roles = self.add("roles", self.tr("Roles"), role_choices(actor, user.roles))
        self.centres = self.add(
            "centres", self.tr("Centres"), centre_choices(actor, centres, user.centre_codes)
        )

    def submit(self) -> None:
        with transaction(self.desk.database.sessions) as session:
            users.set_roles(
                session, self.actor, self.user.username, self.roles.chosen(), self.centres.chosen()
            )


class ResetPasswordDialog(FormDialog):
    """A temporary password, which the user must replace at their next sign-in."""

    def __init__(self, desk: Desk, actor: Actor, user: UserRow, parent: QWidget | None = None) -> None:
        name = user.display_name or user.username
        super().__init__(
            self.tr("Reset the password of {name}").format(name=name),
            self.tr("Reset password"),
            parent,
            intro=self.tr(
                "Type a temporary password and tell it to {name} in person. They must choose a new one "
                "when they next sign in; their old password stops working at once."
            ).format(name=name),
        )
        self.desk = desk
        self.actor = actor
        self.user = user
        self.password = self.add("password", self.tr("Temporary password"), PasswordField())
        self.again = self.add("password_again", self.tr("Temporary password again"), PasswordField())

    def submit(self) -> None:
        check_typed_twice(self.password.text(), self.again.text())
        with transaction(self.desk.database.sessions) as session:
            users.reset_password(session, self.actor, self.user.username, self.password.text())
