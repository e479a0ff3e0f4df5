"""Locking the window when nobody has used it for a while, so a desk left alone shows nobody's data.

After the idle time set in the shared settings (`security.settings.IDLE_LOCK_MINUTES`) without a key
pressed or the mouse used anywhere in silvershop, or at once with File > Lock, a page covers the whole
window and asks the signed-in person's password; a wrong one is refused and held back exactly as at
the login, since it is the login that checks it. Sign out on that page lets someone else sign in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from silvershop.errors import SilvershopError
from silvershop.security import settings, users
from silvershop.security.login import login
from silvershop.ui import theme
from silvershop.ui.icons import icon
from silvershop.ui.person_input import INPUT
from silvershop.ui.signin.password_field import PasswordField
from silvershop.ui.signin.throttle import Throttle
from silvershop.ui.widgets.forms import Form

if TYPE_CHECKING:
    from silvershop.ui.desk import Desk
    from silvershop.ui.main_window import MainWindow

MINUTE_MS = 60_000
CARD_WIDTH = 520


def idle_minutes(desk: Desk) -> int:
    """The idle time of this database's desks, read at each sign-in so a change applies from the next."""
    with desk.database.reading() as session:
        return int(settings.get(session, settings.IDLE_LOCK_MINUTES))


def _known_as(desk: Desk) -> str:
    """The signed-in person by the name colleagues know them by, or their user name if it cannot be read."""
    assert desk.actor is not None
    try:
        with desk.database.reading() as session:
            account = users.own_account(session, desk.actor)
    except SilvershopError:
        return desk.actor.username
    return account.display_name or account.username


class LockPage(QWidget):
    """Opaque, over the whole window: nothing of the screens shows through. Emits `unlocked` once the
    signed-in person typed their password, `sign_out` when they chose to let someone else in."""

    unlocked = Signal()
    sign_out = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="lockPage")
        assert desk.actor is not None  # a window is locked only while someone is signed in
        self.desk = desk
        self.username = desk.actor.username
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card = QWidget(objectName="lockCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card.setFixedWidth(CARD_WIDTH)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        picture = QLabel()
        picture.setPixmap(icon("silvershop").pixmap(48, 48))
        layout.addWidget(picture)
        layout.addWidget(QLabel(self.tr("silvershop is locked"), objectName="signinHeading"))
        layout.addWidget(
            QLabel(
                self.tr(
                    "{name} is signed in. Type the password to go on, or sign out so that someone else "
                    "can sign in."
                ).format(name=_known_as(desk)),
                objectName="note",
                wordWrap=True,
            )
        )
        self.form = Form()
        self.form.layout_.setHorizontalSpacing(16)
        self.password = PasswordField()
        self.form.add("password", self.tr("Password"), self.password)
        layout.addWidget(self.form)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.unlock_button = QPushButton(self.tr("Unlock"), objectName="primary")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.sign_out_button, self.unlock_button):
            button.setMinimumHeight(theme.target_px())
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.unlock_button.clicked.connect(self.unlock)
        self.password.edit.returnPressed.connect(self.unlock)
        self.throttle = Throttle(self.unlock_button, self.form.show_error, self._wait_over, self)
        QWidget.setTabOrder(self.password.edit, self.password.toggle)
        QWidget.setTabOrder(self.password.toggle, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.sign_out_button)
        # Centred by stretches rather than alignment, which would size the card's wrapped sentences for
        # the width of the whole window and cut its fields short.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        self.setFocusProxy(self.password)

    def unlock(self) -> None:
        if self.throttle.waiting:
            return
        try:
            login(self.desk.database.sessions, self.username, self.password.text())
        except SilvershopError as err:
            self.form.show_error(err)
            self.password.edit.selectAll()
            self.throttle.follow(err)
            return
        self.password.clear()
        self.unlocked.emit()

    def _wait_over(self) -> None:
        self.form.clear_errors()
        self.password.setFocus()
        self.password.edit.selectAll()


class IdleLock(QObject):
    """Watches for input anywhere in the application while `window` shows `desk`'s data; after
    `interval_ms` without any, or on `lock()`, covers the window with a `LockPage`.

    Emits `sign_out_requested` when the person at the lock page chose Sign out.
    """

    sign_out_requested = Signal()

    def __init__(self, window: MainWindow, desk: Desk, interval_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.page: LockPage | None = None
        self.timer = QTimer(self, singleShot=True, interval=interval_ms)
        self.timer.timeout.connect(self.lock)
        app = QCoreApplication.instance()
        assert app is not None  # there is a window, so there is an application
        self._app = app
        app.installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.page is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.page is None and event.type() in INPUT:
            self.timer.start()  # from the beginning again
        return False

    def lock(self) -> None:
        if self.page is not None:
            return
        self.timer.stop()
        page = self.page = LockPage(self.desk)
        page.unlocked.connect(self._unlocked)
        page.sign_out.connect(self.sign_out_requested)
        self.window.cover(page)
        page.setFocus()

    def _unlocked(self) -> None:
        self.page = None
        self.window.uncover()
        self.timer.start()

    def stop(self) -> None:
        """No more locking: the person signed out, or silvershop is closing."""
        self.timer.stop()
        self._app.removeEventFilter(self)
