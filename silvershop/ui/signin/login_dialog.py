"""The login: user name and password, one sentence for any refusal, and a visible wait after repeated
failures. The demo lists its accounts, one per role, so each role's view can be tried."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from silvershop.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoAccount
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError, ValidationError
from silvershop.security.login import login
from silvershop.ui import theme
from silvershop.ui.settings import words
from silvershop.ui.signin.dialog import SignInDialog
from silvershop.ui.signin.password_field import PasswordField
from silvershop.ui.signin.throttle import Throttle
from silvershop.ui.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from silvershop.security.permissions import Actor
    from silvershop.ui.desk import Desk


class LoginDialog(SignInDialog):
    """`actor` is the person signed in once the dialog is accepted; closing it closes silvershop."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Sign in to silvershop"),
            self.tr("Sign in"),
            self.tr("Sign in"),
            self.tr("Sign in with your user name and password."),
            parent,
        )
        self.desk = desk
        layout = cast(QVBoxLayout, self.layout())
        self.username = self.add("username", self.tr("User name"), QLineEdit())
        self.password = self.add("password", self.tr("Password"), PasswordField())
        self.cancel.setText(self.tr("Quit silvershop"))
        self.throttle = Throttle(self.action, partial(FormDialog.show_error, self), self._wait_over, self)
        self.demo_accounts: dict[str, QPushButton] = {}
        if desk.demo:
            layout.insertWidget(layout.indexOf(self.buttons), self._demo_list())
        self.actor: Actor | None = None
        chain = [self.username, self.password.edit, self.password.toggle, self.action, self.cancel]
        for before, after in zip(chain, [*chain[1:], *self.demo_accounts.values()], strict=False):
            QWidget.setTabOrder(before, after)
        self.username.setFocus()

    def _demo_list(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        column.addWidget(QLabel(self.tr("Demo accounts"), objectName="section"))
        column.addWidget(
            QLabel(
                self.tr(
                    "Choose an account to fill in its user name and password; they all have the "
                    "password {password}."
                ).format(password=DEMO_PASSWORD),
                objectName="note",
                wordWrap=True,
            )
        )
        for account in DEMO_ACCOUNTS:
            button = QPushButton(
                self.tr("{role}: {name} ({username})").format(
                    role=words.role(account.role), name=account.display_name, username=account.username
                ),
                objectName="demoAccount",
            )
            button.setAutoDefault(False)  # Enter signs in; it never picks an account
            button.setMinimumHeight(theme.target_px())
            button.clicked.connect(lambda _checked=False, account=account: self.fill(account))
            column.addWidget(button)
            self.demo_accounts[account.username] = button
        return box

    def fill(self, account: DemoAccount) -> None:
        """Put a demo account in the fields, ready to sign in with Enter."""
        self.username.setText(account.username)
        self.password.setText(DEMO_PASSWORD)
        if self.action.isEnabled():
            self.action.setFocus()

    def submit(self) -> None:
        if not self.username.text().strip():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter a user name."), field="username")
        self.actor = login(self.desk.database.sessions, self.username.text(), self.password.text())

    def show_error(self, err: SilvershopError) -> None:
        super().show_error(err)
        if err.field == "password":
            self.password.edit.selectAll()  # typing again replaces what was refused
        self.throttle.follow(err)

    def _wait_over(self) -> None:
        for form in self.forms:
            form.clear_errors()
        self.password.setFocus()
        self.password.edit.selectAll()
