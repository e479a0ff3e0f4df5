"""The window locks when nobody uses it, hides all its data, and opens again only for the password of
the person signed in; or lets someone else sign in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from silvershop.database import Database
from silvershop.db.session import transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.security import settings
from silvershop.security.login import login
from silvershop.ui import idle_lock
from silvershop.ui.idle_lock import IdleLock, LockPage
from silvershop.ui.main_window import MainWindow
from silvershop.ui.signin.login_dialog import LoginDialog
from tests.ui.conftest import Start, loaded, open_window
from tests.ui.test_signin import WRONG, dialog_shown, sentence_under, sign_in, type_in

SHORT_MS = 50


def lock_on(window: MainWindow, interval_ms: int = SHORT_MS) -> IdleLock:
    assert window.desk is not None
    return IdleLock(window, window.desk, interval_ms)


def assert_nothing_shows(window: MainWindow) -> None:
    """No screen, no navigation, no way to a screen: only the lock page."""
    assert isinstance(window.cover_page, LockPage)
    assert window.cover_page.isVisible()
    assert not window.content.isVisible()
    assert not window.navigation.isVisible()
    assert not any(screen.isVisible() for screen in window.screens.values())
    assert not any(action.isEnabled() for action in window.view_actions.values())
    assert not window.refresh_action.isEnabled()


def unlock_with(qtbot: QtBot, page: LockPage, password: str) -> None:
    type_in(qtbot, page.password, password)
    qtbot.keyClick(page.password.edit, Qt.Key.Key_Return)


def test_an_idle_window_covers_its_data_and_the_right_password_opens_it(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, user="clerk")
    products = window.screens["catalog"].products
    lock = lock_on(window)
    qtbot.waitUntil(lambda: lock.locked, timeout=10_000)
    assert_nothing_shows(window)
    page = window.cover_page
    assert isinstance(page, LockPage)
    assert "租赁服务员 is signed in" in page.findChild(QLabel, "note").text()
    assert window.focusWidget() is page.password.edit  # ready for the password

    unlock_with(qtbot, page, "not the password")
    assert sentence_under(page.password) == f"⚠ {WRONG}"
    assert_nothing_shows(window)

    unlock_with(qtbot, page, DEMO_PASSWORD)
    assert not lock.locked
    assert window.cover_page is None
    assert products is not None and products.isVisible()
    assert window.view_actions["rental"].isEnabled()
    assert not window.view_actions["stats"].isEnabled()  # still only what the clerk may use
    assert lock.timer.isActive()  # and it watches again


def test_using_the_window_starts_the_idle_time_again(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database)
    lock = lock_on(window, interval_ms=600_000)
    lock.timer.stop()
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert lock.timer.isActive()
    lock.timer.stop()
    qtbot.mouseMove(window.navigation)
    qtbot.mouseMove(window.stack)
    assert lock.timer.isActive()


def test_ctrl_l_locks_at_once_and_waits_are_imposed_as_at_the_login(
    qtbot: QtBot, demo_database: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("silvershop.security.login.utcnow", lambda: datetime(2026, 5, 4, 9, 0, tzinfo=UTC))
    window = open_window(qtbot, demo_database, user="editor")
    lock = lock_on(window, interval_ms=600_000)
    window.lock_requested.connect(lock.lock)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked
    page = window.cover_page
    assert isinstance(page, LockPage)
    for _ in range(3):
        unlock_with(qtbot, page, "guess")
    unlock_with(qtbot, page, DEMO_PASSWORD)
    assert sentence_under(page.password) == "⚠ Too many failed attempts. Wait 1 seconds, then try again."
    assert not page.unlock_button.isEnabled()
    assert lock.locked
    assert not window.lock_action.isEnabled()  # nothing to lock twice


def test_the_idle_time_comes_from_the_shared_settings_and_sign_out_lets_another_sign_in(
    qtbot: QtBot, start: Start, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from silvershop.database import open_database

    database = open_database(demo_url)
    with transaction(database.sessions) as session:
        settings.put(session, login(database.sessions, "admin", DEMO_PASSWORD), settings.IDLE_LOCK_MINUTES, 3)
    database.close()
    monkeypatch.setattr(idle_lock, "MINUTE_MS", 20)
    launch = start("--db", demo_url, "--user", "manager", "--lang", "en")
    window = loaded(qtbot, launch)
    assert launch.lock is not None
    assert launch.lock.timer.interval() == 3 * 20
    qtbot.waitUntil(lambda: launch.lock is not None and launch.lock.locked, timeout=10_000)
    assert_nothing_shows(window)
    page = window.cover_page
    assert isinstance(page, LockPage)

    qtbot.mouseClick(page.sign_out_button, Qt.MouseButton.LeftButton)
    dialog = dialog_shown(qtbot, launch, LoginDialog)
    assert launch.lock is None
    assert window.cover_page is None
    assert window.screens == {}
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        sign_in(qtbot, dialog, "kiosk")
    assert window.navigation.shown() == ["catalog", "settings"]
    assert launch.lock is not None
    assert launch.lock.desk.actor is not None
    assert launch.lock.desk.actor.username == "kiosk"
