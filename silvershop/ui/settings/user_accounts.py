"""The Users tab: the staff an administrator (everyone) or a centre manager (their centres' staff)
looks after, and what they can do about an account."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from silvershop.centres.directory import CentreEntry, list_centres
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.security import users
from silvershop.security.permissions import Actor
from silvershop.security.users import UserRow
from silvershop.ui.desk import Desk
from silvershop.ui.settings import words
from silvershop.ui.settings.access import may_manage
from silvershop.ui.settings.account_dialogs import AccessDialog, AddUserDialog, ResetPasswordDialog
from silvershop.ui.widgets.form_dialog import action_button, confirm
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, list_page


class UserAccountsTab(QWidget):
    """`changed` is emitted after a write, so the screen can read the audit log again too."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.centres: list[CentreEntry] = []
        self.bar = MessageBar()
        self.add_button = action_button(self.tr("Add user…"))
        self.access_button = action_button(self.tr("Edit roles and centres…"))
        self.active_button = action_button(self.tr("Disable…"))
        self.password_button = action_button(self.tr("Reset password…"))
        self.add_button.clicked.connect(self.add_user)
        self.access_button.clicked.connect(self.edit_access)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.hint = QLabel(objectName="note", wordWrap=True)
        self.table: RecordTable[UserRow] = RecordTable(
            [
                Column(self.tr("User name"), lambda u: u.username),
                Column(self.tr("Display name"), lambda u: u.display_name),
                Column(self.tr("Roles"), lambda u: words.roles(u.roles)),
                Column(self.tr("Centres"), lambda u: words.list_of(u.centre_codes) or "–"),
                Column(self.tr("Status"), self._status),
                Column(
                    self.tr("Last sign-in"),
                    lambda u: words.local_time(u.last_login_at, never=self.tr("Never")),
                    stretch=True,
                ),
            ],
            empty_text=self.tr("No staff accounts yet. Add the first with “Add user…”."),
        )
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.view.doubleClicked.connect(self.edit_access)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING // 2)
        for button in (self.add_button, self.access_button, self.active_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        list_page(self, self.bar, buttons, self.hint, table=self.table)
        self._selection_changed()

    def _status(self, user: UserRow) -> str:
        if not user.active:
            return self.tr("✕ Disabled")
        if user.must_change_password:
            return self.tr("✓ Active, must choose a new password")
        return self.tr("✓ Active")

    def refresh(self, session: Session) -> None:
        chosen = self.table.selected()
        self.centres = list_centres(session)
        self.table.set_records(users.list_users(session, self.actor))
        if chosen is not None:
            self.select(chosen.username)
        self._selection_changed()

    def select(self, username: str) -> None:
        for row, user in enumerate(self.table.model.records()):
            if user.username == username:
                self.table.view.selectionModel().select(
                    self.table.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.view.scrollTo(self.table.model.index(row, 0))
                return

    def _selection_changed(self) -> None:
        user = self.table.selected()
        manageable = user is not None and may_manage(self.actor, user, self.centres)
        for button in (self.access_button, self.active_button, self.password_button):
            button.setEnabled(manageable)
        self.active_button.setText(
            self.tr("Enable") if user is not None and not user.active else self.tr("Disable…")
        )
        if user is None:
            self.hint.setText(
                self.tr("Choose a user in the list to change their roles, centres or password.")
            )
        elif not manageable:
            self.hint.setText(
                self.tr("ℹ Only an administrator can change the account of {name}.").format(
                    name=user.display_name or user.username
                )
            )
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))

    def add_user(self) -> None:
        dialog = AddUserDialog(self.desk, self.actor, self.centres, self)
        if dialog.exec() and dialog.added is not None:
            self._done(
                self.tr("{name} was added and can sign in now.").format(name=dialog.added.username),
                dialog.added.username,
            )

    def edit_access(self) -> None:
        user = self.table.selected()
        if user is None or not may_manage(self.actor, user, self.centres):
            return
        if AccessDialog(self.desk, self.actor, user, self.centres, self).exec():
            self._done(
                self.tr("The roles and centres of {name} were saved.").format(name=user.username),
                user.username,
            )

    def reset_password(self) -> None:
        user = self.table.selected()
        if user is not None and ResetPasswordDialog(self.desk, self.actor, user, self).exec():
            self._done(
                self.tr(
                    "The password of {name} was reset; they must choose a new one when they next sign in."
                ).format(name=user.username),
                user.username,
            )

    def toggle_active(self) -> None:
        user = self.table.selected()
        if user is None:
            return
        name = user.display_name or user.username
        if user.active and not confirm(
            self,
            self.tr("Disable account"),
            self.tr(
                "Disable the account of {name} ({username})? They can no longer sign in until an "
                "administrator or their centre's manager enables it again. Their records and the audit "
                "log stay as they are."
            ).format(name=name, username=user.username),
            self.tr("Disable"),
        ):
            return
        try:
            with transaction(self.desk.database.sessions) as session:
                users.set_active(session, self.actor, user.username, not user.active)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        sentence = (
            self.tr("{name} can no longer sign in.") if user.active else self.tr("{name} can sign in again.")
        )
        self._done(sentence.format(name=user.username), user.username)

    def _done(self, sentence: str, username: str) -> None:
        self.changed.emit()
        self.select(username)
        self.bar.show_info(sentence)
