"""The My account tab: who the signed-in person is to silvershop, elder mode (长辈模式) for them, and
changing their own password."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget
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
from silvershop.ui.widgets.forms import Form, MessageBar
from silvershop.ui.widgets.screen import SPACING, section


def saved_elder_mode(desk: Desk) -> bool:
    """Whether the person signed in at `desk` chose elder mode (长辈模式); nobody signed in has not."""
    if desk.actor is None:
        return False
    with desk.database.reading() as session:
        return users.own_account(session, desk.actor).elder_mode


def save_elder_mode(desk: Desk, actor: Actor, on: bool) -> None:
    """Keep elder mode on or off in `actor`'s own account."""
    with transaction(desk.database.sessions) as session:
        users.set_elder_mode(session, actor, on)


def value_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MyAccountTab(QWidget):
    """Emits `changed` after a write others see (the audit log), `elder_mode_changed(on)` once the
    person's choice of elder mode is saved, for the window to show it."""

    changed = Signal()
    elder_mode_changed = Signal(bool)

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

        self.elder_mode = QCheckBox(self.tr("Elder mode (长辈模式): larger text and buttons"))
        self.elder_mode.clicked.connect(self.choose_elder_mode)
        self.elder_bar = MessageBar()

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
        layout.addWidget(section(self.tr("Reading the screen")))
        layout.addWidget(self.elder_bar)
        layout.addWidget(self.elder_mode, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Text of 18 points and more, buttons and fields at least 60 pixels each way, in every "
                    "screen. It is kept with your account, so it follows you to any desk (Ctrl+Shift+E)."
                ),
                objectName="note",
                wordWrap=True,
            )
        )
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
        self.elder_mode.setChecked(account.elder_mode)

    def choose_elder_mode(self, on: bool) -> None:
        """Saved at once for this person; the window then shows it (`elder_mode_changed`)."""
        self.elder_bar.clear()
        try:
            save_elder_mode(self.desk, self.actor, on)
        except SilvershopError as err:
            self.elder_mode.setChecked(not on)
            self.elder_bar.show_error(err.localized())
            return
        self.changed.emit()
        self.elder_mode_changed.emit(on)

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
