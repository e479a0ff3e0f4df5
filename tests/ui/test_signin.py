"""Signing in as a person at the desk does it: the first administrator of a new database, the login,
its refusals and its wait, the demo's accounts, the password that must be changed, signing out; and
`--user` for scripts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from silvershop.app import Launch
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from silvershop.security import users
from silvershop.security.login import login
from silvershop.ui.desk import Desk
from silvershop.ui.main_window import MainWindow
from silvershop.ui.signin.first_admin import FirstAdminDialog
from silvershop.ui.signin.login_dialog import LoginDialog
from silvershop.ui.signin.new_password import NewPasswordDialog
from tests.ui.conftest import Start, ended, loaded

D = TypeVar("D", bound=QWidget)
WRONG = "The user name or the password is wrong."
ROLE_WORDS = ["Administrator", "Centre manager", "Desk clerk", "Catalogue editor", "Kiosk"]


def dialog_shown(qtbot: QtBot, launch: Launch, kind: type[D]) -> D:
    """The sign-in dialog of `kind` once it is on screen."""

    def shown() -> bool:
        dialog = launch.gate.dialog if launch.gate is not None else None
        return isinstance(dialog, kind) and dialog.isVisible()

    qtbot.waitUntil(shown, timeout=60_000)
    assert launch.gate is not None
    dialog = launch.gate.dialog
    assert isinstance(dialog, kind)
    return dialog


def sentence_under(field: QWidget) -> str:
    """The refusal shown under a form's field, or "" when there is none."""
    holder = field.parentWidget()
    shown = [label.text() for label in holder.findChildren(QLabel, "fieldError") if not label.isHidden()]
    return shown[0] if shown else ""


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_in(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Replace what the field holds by typing, as a person would."""
    field.setFocus()
    target = getattr(field, "edit", field)
    target.clear()
    qtbot.keyClicks(target, text)


def sign_in(qtbot: QtBot, dialog: LoginDialog, name: str, password: str = DEMO_PASSWORD) -> None:
    type_in(qtbot, dialog.username, name)
    type_in(qtbot, dialog.password, password)
    qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)


def shown_entries(window: MainWindow) -> list[str]:
    return window.navigation.shown()


def desk_on(database: Database, *, demo: bool = False) -> Desk:
    return Desk(database, Path(database.engine.url.database or ".").parent, demo=demo)


def test_first_start_makes_the_administrator_and_signs_them_in(
    qtbot: QtBot, start: Start, db_url: str
) -> None:
    launch = start("--db", db_url, "--lang", "en")
    dialog = dialog_shown(qtbot, launch, FirstAdminDialog)
    assert launch.window is not None
    assert launch.window.screens == {}  # nothing is read before someone signs in
    assert "closing this window closes silvershop" in dialog.findChild(QLabel, "note").text()
    assert dialog.focusWidget() is dialog.username  # ready to type, from the keyboard alone

    type_in(qtbot, dialog.username, "wangfang")
    dialog.display_name.setText("王芳")  # typed through an input method, which QTest cannot play
    type_in(qtbot, dialog.password, "a long secret")
    type_in(qtbot, dialog.again, "a long secrex")
    click(qtbot, dialog.action)
    assert dialog.isVisible()
    assert sentence_under(dialog.again) == "⚠ The two passwords are not the same. Type the password again."

    type_in(qtbot, dialog.password, "short")
    type_in(qtbot, dialog.again, "short")
    qtbot.keyClick(dialog.again.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert sentence_under(dialog.password) == "⚠ A password needs at least 8 characters."
    assert sentence_under(dialog.again) == ""
    assert launch.desk is not None
    with reading(launch.desk.database.sessions) as session:
        assert users.needs_first_admin(session)  # nothing was written

    type_in(qtbot, dialog.password, "a long secret")
    type_in(qtbot, dialog.again, "a long secret")
    with qtbot.waitSignal(launch.window.loaded, timeout=60_000):
        click(qtbot, dialog.action)
    window = launch.window
    assert not dialog.isVisible()
    assert len(shown_entries(window)) == 6
    assert window.user_label.text() == "Signed in: 王芳 (Administrator)"
    assert window.desk is not None
    assert window.desk.actor is not None
    assert window.desk.actor.username == "wangfang"
    login(launch.desk.database.sessions, "wangfang", "a long secret")  # and can sign in next time


def test_closing_the_first_administrators_dialog_ends_silvershop(
    qtbot: QtBot, start: Start, db_url: str
) -> None:
    launch = start("--db", db_url, "--lang", "en")
    dialog = dialog_shown(qtbot, launch, FirstAdminDialog)
    assert dialog.cancel.text() == "Quit silvershop"
    with qtbot.waitSignal(launch.ended) as blocker:
        qtbot.keyClick(dialog.username, Qt.Key.Key_Escape)
    assert blocker.args == [0]


def test_login_signs_in_and_closing_it_ends_silvershop(qtbot: QtBot, start: Start, demo_url: str) -> None:
    launch = start("--db", demo_url, "--lang", "en")
    dialog = dialog_shown(qtbot, launch, LoginDialog)
    assert dialog.password.edit.echoMode() == dialog.password.edit.EchoMode.Password
    assert dialog.demo_accounts == {}  # a real database lists no accounts
    assert launch.window is not None
    with qtbot.waitSignal(launch.window.loaded, timeout=60_000):
        sign_in(qtbot, dialog, "editor")
    assert launch.window.user_label.text() == "Signed in: 目录编辑 (Catalogue editor)"

    other = start("--db", demo_url, "--lang", "en")
    with qtbot.waitSignal(other.ended) as blocker:
        click(qtbot, dialog_shown(qtbot, other, LoginDialog).cancel)
    assert blocker.args == [0]


def test_show_reveals_the_password_typed(qtbot: QtBot, demo_database: Database, english: None) -> None:
    dialog = LoginDialog(desk_on(demo_database))
    qtbot.addWidget(dialog)
    type_in(qtbot, dialog.password, "secret")
    assert dialog.password.toggle.text() == "Show"
    click(qtbot, dialog.password.toggle)
    assert dialog.password.edit.echoMode() == dialog.password.edit.EchoMode.Normal
    assert dialog.password.toggle.text() == "Hide"


def test_a_wrong_password_and_an_unknown_user_get_the_same_sentence(
    qtbot: QtBot, start: Start, demo_url: str
) -> None:
    launch = start("--db", demo_url, "--lang", "en")
    dialog = dialog_shown(qtbot, launch, LoginDialog)
    sign_in(qtbot, dialog, "clerk", "not the password")
    wrong_password = sentence_under(dialog.password)
    sign_in(qtbot, dialog, "nobody-at-this-desk", "not the password")
    unknown_user = sentence_under(dialog.password)
    assert wrong_password == unknown_user == f"⚠ {WRONG}"
    assert dialog.isVisible()
    assert launch.window is not None
    assert launch.window.screens == {}

    type_in(qtbot, dialog.username, "")
    click(qtbot, dialog.action)
    assert sentence_under(dialog.username) == "⚠ Enter a user name."


def test_after_three_failures_the_button_waits_and_counts_down(
    qtbot: QtBot, start: Start, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [datetime(2026, 5, 4, 9, 0, tzinfo=UTC)]
    monkeypatch.setattr("silvershop.security.login.utcnow", lambda: clock[0])
    launch = start("--db", demo_url, "--lang", "en")
    dialog = dialog_shown(qtbot, launch, LoginDialog)
    for _ in range(3):
        sign_in(qtbot, dialog, "manager", "guess")
        assert sentence_under(dialog.password) == f"⚠ {WRONG}"
        assert dialog.action.isEnabled()
    clock[0] += timedelta(seconds=1)  # the first wait is over; the fourth failure earns two seconds
    sign_in(qtbot, dialog, "manager", "guess again")
    sign_in(qtbot, dialog, "manager", DEMO_PASSWORD)  # even the right password is held back
    assert sentence_under(dialog.password) == ("⚠ Too many failed attempts. Wait 2 seconds, then try again.")
    assert not dialog.action.isEnabled()
    qtbot.waitUntil(lambda: "Wait 1 seconds" in sentence_under(dialog.password), timeout=5_000)
    assert not dialog.action.isEnabled()
    qtbot.waitUntil(dialog.action.isEnabled, timeout=5_000)
    assert sentence_under(dialog.password) == ""
    clock[0] += timedelta(seconds=2)
    assert launch.window is not None
    with qtbot.waitSignal(launch.window.loaded, timeout=60_000):
        sign_in(qtbot, dialog, "manager", DEMO_PASSWORD)


def test_a_disabled_user_cannot_sign_in(qtbot: QtBot, start: Start, demo_url: str) -> None:
    launch = start("--db", demo_url, "--lang", "en")
    dialog = dialog_shown(qtbot, launch, LoginDialog)
    assert launch.desk is not None
    sessions = launch.desk.database.sessions
    admin = login(sessions, "admin", DEMO_PASSWORD)
    with transaction(sessions) as session:
        users.set_active(session, admin, "clerk", False)
    sign_in(qtbot, dialog, "clerk")
    assert dialog.isVisible()
    assert dialog.bar.text() == "⚠ This account is disabled. Ask an administrator to enable it."
    assert launch.window is not None
    assert launch.window.screens == {}


def test_the_demo_lists_one_account_per_role_and_fills_it_in(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    dialog = LoginDialog(desk_on(demo_database, demo=True))
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [button.text() for button in dialog.demo_accounts.values()]
    assert list(dialog.demo_accounts) == [account.username for account in DEMO_ACCOUNTS]
    assert [text.partition(":")[0] for text in texts] == ROLE_WORDS
    assert DEMO_PASSWORD in dialog.findChildren(QLabel, "note")[-1].text()
    for button in dialog.demo_accounts.values():
        assert button.height() >= 44
    click(qtbot, dialog.demo_accounts["clerk"])
    assert dialog.username.text() == "clerk"
    assert dialog.password.text() == DEMO_PASSWORD
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    assert dialog.actor is not None
    assert dialog.actor.username == "clerk"


def test_a_password_reset_by_an_administrator_must_be_changed_first(
    qtbot: QtBot, start: Start, demo_url: str
) -> None:
    launch = start("--db", demo_url, "--lang", "en")
    dialog = dialog_shown(qtbot, launch, LoginDialog)
    assert launch.desk is not None and launch.window is not None
    sessions = launch.desk.database.sessions
    with transaction(sessions) as session:
        users.reset_password(session, login(sessions, "admin", DEMO_PASSWORD), "clerk", "temporary 1")
    sign_in(qtbot, dialog, "clerk", "temporary 1")
    changing = dialog_shown(qtbot, launch, NewPasswordDialog)
    assert launch.window.screens == {}
    click(qtbot, changing.cancel)  # cannot be skipped: back to the login
    dialog = dialog_shown(qtbot, launch, LoginDialog)
    assert launch.window.screens == {}

    sign_in(qtbot, dialog, "clerk", "temporary 1")
    changing = dialog_shown(qtbot, launch, NewPasswordDialog)
    type_in(qtbot, changing.current, "temporary 1")
    type_in(qtbot, changing.password, "only mine 22")
    type_in(qtbot, changing.again, "only mine 23")
    click(qtbot, changing.action)
    assert sentence_under(changing.again) == "⚠ The two passwords are not the same. Type the password again."
    type_in(qtbot, changing.again, "only mine 22")
    with qtbot.waitSignal(launch.window.loaded, timeout=60_000):
        click(qtbot, changing.action)
    assert launch.window.desk is not None
    assert launch.window.desk.actor is not None
    assert not launch.window.desk.actor.must_change_password
    assert not login(sessions, "clerk", "only mine 22").must_change_password


def test_signing_out_clears_the_window_and_the_next_user_gets_their_own_screens(
    qtbot: QtBot, start: Start, demo_url: str
) -> None:
    launch = start("--db", demo_url, "--lang", "en", "--view", "stats")
    window = launch.window
    assert window is not None
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        sign_in(qtbot, dialog_shown(qtbot, launch, LoginDialog), "admin")
    admins = dict(window.screens)
    assert len(admins) == 6
    assert window.current_view() == "stats"
    assert window.sign_out_action.isEnabled()

    window.sign_out_action.trigger()
    dialog = dialog_shown(qtbot, launch, LoginDialog)
    assert dialog.username.text() == ""
    assert window.screens == {}
    assert window.user_label.isHidden()
    assert not window.refresh_action.isEnabled()
    assert not window.sign_out_action.isEnabled()
    assert all(page.purpose.text() == "Sign in to see this page." for page in window.pages.values())

    with qtbot.waitSignal(window.loaded, timeout=60_000):
        sign_in(qtbot, dialog, "clerk")
    assert shown_entries(window) == ["catalog", "centres", "rental", "labels", "settings"]
    assert set(window.screens) == set(shown_entries(window))
    assert not any(window.screens[name] is admins[name] for name in window.screens)
    assert window.current_view() == "catalog"  # statistics are not the clerk's
    assert window.user_label.text() == "Signed in: 租赁服务员 (Desk clerk)"


def test_user_option_signs_in_without_a_dialog_and_opens_an_allowed_screen(
    qtbot: QtBot, start: Start, demo_url: str
) -> None:
    launch = start("--db", demo_url, "--user", "kiosk", "--view", "rental", "--lang", "en")
    window = loaded(qtbot, launch)
    assert launch.gate is None
    assert shown_entries(window) == ["catalog", "settings"]
    assert window.current_view() == "catalog"


@pytest.mark.parametrize(("name", "password"), [("admin", "wrong password"), ("nobody", DEMO_PASSWORD)])
def test_a_failed_sign_in_with_user_is_one_sentence_and_exit_2(
    qtbot: QtBot,
    start: Start,
    demo_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    password: str,
) -> None:
    monkeypatch.setenv("SILVERSHOP_PASSWORD", password)
    launch = start("--db", demo_url, "--user", name, "--lang", "en")
    assert ended(qtbot, launch) == 2
    assert capsys.readouterr().err.strip().splitlines() == [WRONG]
    assert launch.window is not None
    assert launch.window.screens == {}


def test_user_option_without_a_password_says_where_to_give_it(
    qtbot: QtBot,
    start: Start,
    demo_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("SILVERSHOP_PASSWORD")
    launch = start("--db", demo_url, "--user", "admin", "--lang", "en")
    assert ended(qtbot, launch) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "Give the password of admin in the environment variable SILVERSHOP_PASSWORD."
    ]


def test_user_option_is_refused_for_a_password_that_must_be_changed(
    qtbot: QtBot,
    start: Start,
    demo_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = open_database(demo_url)
    with transaction(database.sessions) as session:
        admin = login(database.sessions, "admin", DEMO_PASSWORD)
        users.reset_password(session, admin, "clerk", "temporary 1")
    database.close()
    monkeypatch.setenv("SILVERSHOP_PASSWORD", "temporary 1")
    launch = start("--db", demo_url, "--user", "clerk", "--lang", "en")
    assert ended(qtbot, launch) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "clerk must choose a new password first: sign in once in the login dialog."
    ]
