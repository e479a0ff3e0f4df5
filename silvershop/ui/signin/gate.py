"""Who is at the desk, between the database being open and the window being filled with data.

On a new database the first administrator is made (so too in a demo whose data was cancelled: its
accounts come with its data); afterwards the login asks; a user whose password was reset then chooses
a new one. Scripts, screenshots and benchmarks sign in without a dialog, with the same login service,
so the audit log names them too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from silvershop.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.security import users
from silvershop.security.login import LoginRefused, login
from silvershop.ui.signin.first_admin import FirstAdminDialog
from silvershop.ui.signin.login_dialog import LoginDialog
from silvershop.ui.signin.new_password import NewPasswordDialog

if TYPE_CHECKING:
    from silvershop.security.permissions import Actor
    from silvershop.ui.desk import Desk

PASSWORD_ENV = "SILVERSHOP_PASSWORD"


def scripted_sign_in(desk: Desk, user: str | None, *, screenshot: bool) -> Actor | None:
    """The person a script names, signed in without a dialog: `--user` with the password in
    SILVERSHOP_PASSWORD (as for the CLI's --as), or the demo's administrator for a screenshot of the
    demo. None when nobody is named; refused when the password is missing, wrong or must be changed."""
    if user is None and desk.demo and screenshot:
        user, password = DEMO_ACCOUNTS[0].username, DEMO_PASSWORD
    elif user is None:
        return None
    else:
        password = os.environ.get(PASSWORD_ENV)
    if password is None:
        raise LoginRefused(
            QT_TRANSLATE_NOOP(
                "errors", "Give the password of {name} in the environment variable SILVERSHOP_PASSWORD."
            ),
            name=user,
        )
    actor = login(desk.database.sessions, user, password)
    if actor.must_change_password:
        raise LoginRefused(
            QT_TRANSLATE_NOOP(
                "errors", "{name} must choose a new password first: sign in once in the login dialog."
            ),
            name=user,
        )
    return actor


class SignInGate(QObject):
    """The dialogs before the data, one at a time over `window`.

    Emits `passed(actor)` once someone is signed in, or `closed()` when the person closed the login or
    the first administrator's dialog, after which silvershop ends: nothing can be done without a user.
    `dialog` is the one shown now.
    """

    passed = Signal(object)
    closed = Signal()

    def __init__(self, desk: Desk, window: QWidget) -> None:
        super().__init__(window)
        self.desk = desk
        self.window = window
        self.dialog: QDialog | None = None

    def open(self) -> None:
        with self.desk.database.reading() as session:
            first = users.needs_first_admin(session)
        if first:
            made = FirstAdminDialog(self.desk, self.window)
            self._show(made, lambda: self._through(made.actor), self.closed.emit)
        else:
            self.ask()

    def ask(self) -> None:
        """The login dialog, with nothing typed in it."""
        dialog = LoginDialog(self.desk, self.window)
        self._show(dialog, lambda: self._logged_in(dialog.actor), self.closed.emit)

    def _show(self, dialog: QDialog, accepted: Callable[[], None], rejected: Callable[[], None]) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.open()

    def _logged_in(self, actor: Actor | None) -> None:
        if actor is not None and actor.must_change_password:
            changing = NewPasswordDialog(self.desk, actor, self.window)
            self._show(changing, lambda: self._through(changing.actor), self.ask)
        else:
            self._through(actor)

    def _through(self, actor: Actor | None) -> None:
        """`actor` is set by every dialog that was accepted; the dialogs are done with."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if actor is not None:
            self.passed.emit(actor)
