"""Settings as each role sees it: an administrator manages every account, a centre manager the desk
clerks of their centre, and everyone their own password; refusals appear under the field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from silvershop.database import Database
from silvershop.db.session import reading
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.security import settings
from silvershop.security.login import LoginRefused, login
from silvershop.security.models import AuditEntry, Role, User
from silvershop.ui.desk import Desk
from silvershop.ui.rental.screen import RentalScreen
from silvershop.ui.settings.account_dialogs import AccessDialog, AddUserDialog, ResetPasswordDialog
from silvershop.ui.settings.screen import SettingsScreen
from silvershop.ui.settings.user_accounts import UserAccountsTab

NEW_PASSWORD = "kept-secret-9"


S = TypeVar("S", SettingsScreen, RentalScreen)


def open_screen(qtbot: QtBot, db: Database, username: str, kind: type[S]) -> S:
    """A screen as it is built for `username` after they sign in."""
    actor = login(db.sessions, username, DEMO_PASSWORD)
    screen = kind(Desk(db, Path(db.engine.url.database or ".").parent, language="en", demo=True, actor=actor))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.reload()
    return screen


def open_settings(qtbot: QtBot, db: Database, username: str) -> SettingsScreen:
    return open_screen(qtbot, db, username, SettingsScreen)


def tab_titles(screen: QWidget) -> list[str]:
    """The sections this person sees on a screen, as they read them."""
    tabs = screen.tabs  # type: ignore[attr-defined]
    return [tabs.tabText(i) for i in range(tabs.count())]


def on_next_dialog(act: Callable[[QWidget], None]) -> list[BaseException]:
    """Run `act` on the dialog about to open (it blocks until closed); a failure closes it and is kept."""
    failures: list[BaseException] = []

    def attempt(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries:
                QTimer.singleShot(10, lambda: attempt(tries - 1))
            else:
                failures.append(AssertionError("no dialog opened"))
            return
        try:
            act(dialog)
        except BaseException as exc:  # re-raised by the test once the dialog is closed
            failures.append(exc)
            dialog.close()

    QTimer.singleShot(0, attempt)
    return failures


def answer(button_text: str, asked: list[str]) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    return act


def error_under(field: QWidget) -> str:
    """The sentence shown right under a form field, or "" when there is none."""
    label = field.parentWidget().findChild(QLabel, "fieldError")
    return label.text() if label is not None and not label.isHidden() else ""


def cells(tab: UserAccountsTab, username: str) -> list[str]:
    model = tab.table.model
    row = next(i for i, u in enumerate(model.records()) if u.username == username)
    return [model.data(model.index(row, col)) for col in range(model.columnCount())]


def usernames(tab: UserAccountsTab) -> list[str]:
    return [u.username for u in tab.table.model.records()]


def counts(db: Database) -> tuple[int, int]:
    with reading(db.sessions) as session:
        return (
            session.scalar(select(func.count()).select_from(User)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def fill_new_user(dialog: AddUserDialog, name: str, password: str, again: str | None = None) -> None:
    dialog.username.setText(name)
    dialog.display_name.setText("王芳")
    dict(dialog.roles.boxes)[Role.DESK_CLERK].setChecked(True)
    dict(dialog.centres.boxes)["LX01"].setChecked(True)
    dialog.password.setText(password)
    dialog.again.setText(password if again is None else again)


def test_admin_adds_a_clerk_who_appears_in_the_table_and_can_sign_in(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_settings(qtbot, demo_database, "admin")
    assert tab_titles(screen) == ["My account", "Users", "Desk and data", "Audit log"]
    tab = screen.users
    assert tab is not None

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, AddUserDialog)
        fill_new_user(dialog, "wangfang", NEW_PASSWORD)
        dialog.action.click()

    failures = on_next_dialog(add)
    tab.add_button.click()
    assert not failures, failures
    assert cells(tab, "wangfang")[:5] == ["wangfang", "王芳", "Desk clerk", "LX01", "✓ Active"]
    assert tab.table.selected() is not None and tab.table.selected().username == "wangfang"  # type: ignore[union-attr]
    assert "wangfang was added" in tab.bar.text()
    assert login(demo_database.sessions, "wangfang", NEW_PASSWORD).roles == frozenset({Role.DESK_CLERK})


@pytest.mark.parametrize(
    ("name", "password", "again", "field", "sentence"),
    [
        ("clerk", NEW_PASSWORD, None, "username", "The user name clerk is already taken."),
        ("lisi", "short", None, "password", "A password needs at least 8 characters."),
        ("lisi", NEW_PASSWORD, "kept-secret-8", "again", "The two passwords are not the same."),
    ],
)
def test_a_refused_new_user_is_explained_under_the_field_and_nothing_is_written(
    qtbot: QtBot,
    demo_database: Database,
    english: None,
    name: str,
    password: str,
    again: str | None,
    field: str,
    sentence: str,
) -> None:
    screen = open_settings(qtbot, demo_database, "admin")
    tab = screen.users
    assert tab is not None
    before = counts(demo_database)
    seen: dict[str, object] = {}

    def try_to_add(dialog: QWidget) -> None:
        assert isinstance(dialog, AddUserDialog)
        fill_new_user(dialog, name, password, again)
        dialog.action.click()
        widget = getattr(dialog, field)
        seen.update(
            open=dialog.isVisible(),
            error=error_under(widget),
            focused=dialog.focusWidget() in (widget, widget.focusProxy()),
        )
        dialog.reject()

    failures = on_next_dialog(try_to_add)
    tab.add_button.click()
    assert not failures, failures
    assert seen["open"], "the dialog stays open so nothing typed is lost"
    assert seen["focused"], "the focus is on the field to correct"
    assert sentence in str(seen["error"])
    assert str(seen["error"]).startswith("⚠")
    assert counts(demo_database) == before
    assert "lisi" not in usernames(tab)


def test_disable_asks_first_then_shows_the_user_as_disabled(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_settings(qtbot, demo_database, "admin")
    tab = screen.users
    assert tab is not None
    tab.select("clerk")
    assert tab.active_button.text() == "Disable…"
    asked: list[str] = []

    failures = on_next_dialog(answer("Cancel", asked))
    tab.active_button.click()
    assert not failures, failures
    assert "clerk" in asked[0] and "can no longer sign in" in asked[0]
    assert cells(tab, "clerk")[4] == "✓ Active"

    failures = on_next_dialog(answer("Disable", asked))
    tab.active_button.click()
    assert not failures, failures
    assert cells(tab, "clerk")[4] == "✕ Disabled"
    assert tab.active_button.text() == "Enable"
    assert "clerk can no longer sign in" in tab.bar.text()
    with pytest.raises(LoginRefused, match="disabled"):
        login(demo_database.sessions, "clerk", DEMO_PASSWORD)

    tab.active_button.click()  # enabling again is not irreversible: no question
    assert cells(tab, "clerk")[4] == "✓ Active"


def test_an_administrator_cannot_disable_themselves_and_is_told_why(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_settings(qtbot, demo_database, "admin")
    tab = screen.users
    assert tab is not None
    tab.select("admin")
    failures = on_next_dialog(answer("Disable", []))
    tab.active_button.click()
    assert not failures, failures
    assert tab.bar.text() == "⚠ You cannot disable your own account."
    assert cells(tab, "admin")[4] == "✓ Active"


def test_reset_password_makes_the_user_choose_a_new_one(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_settings(qtbot, demo_database, "admin")
    tab = screen.users
    assert tab is not None
    tab.select("clerk")

    def reset(dialog: QWidget) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        dialog.password.setText("temporary-1")
        dialog.again.setText("temporary-1")
        dialog.action.click()

    failures = on_next_dialog(reset)
    tab.password_button.click()
    assert not failures, failures
    assert cells(tab, "clerk")[4] == "✓ Active, must choose a new password"
    assert login(demo_database.sessions, "clerk", "temporary-1").must_change_password


def test_a_clerk_has_my_account_but_no_users_and_no_audit_log(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_settings(qtbot, demo_database, "clerk")
    assert tab_titles(screen) == ["My account", "Desk and data"]
    assert screen.users is None and screen.audit is None and screen.shared is None
    account = screen.account
    assert account is not None
    assert account.display_name.text() == "租赁服务员"
    assert account.roles.text() == "Desk clerk"
    assert "(LX01)" in account.centres.text()


def test_a_manager_sees_only_their_centres_staff_and_can_grant_only_desk_clerk(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_settings(qtbot, demo_database, "manager")
    assert tab_titles(screen) == ["My account", "Users", "Desk and data"]
    tab = screen.users
    assert tab is not None
    assert usernames(tab) == ["clerk", "manager"]
    offered: dict[str, list[str]] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AddUserDialog)
        offered["roles"] = [box.text() for _, box in dialog.roles.boxes]
        offered["centres"] = [code for code, _ in dialog.centres.boxes]
        dialog.reject()

    failures = on_next_dialog(look)
    tab.add_button.click()
    assert not failures, failures
    assert offered == {"roles": ["Desk clerk"], "centres": ["LX01"]}

    tab.select("manager")  # their own account is the administrator's to change
    assert not tab.access_button.isEnabled() and not tab.active_button.isEnabled()
    assert "Only an administrator" in tab.hint.text()
    tab.select("clerk")
    assert tab.access_button.isEnabled() and tab.password_button.isEnabled()


def test_changing_my_own_password(qtbot: QtBot, demo_database: Database, english: None) -> None:
    screen = open_settings(qtbot, demo_database, "clerk")
    account = screen.account
    assert account is not None
    account.current.setText(DEMO_PASSWORD)
    account.new.setText(NEW_PASSWORD)
    account.again.setText("something else")
    account.change.click()
    assert "not the same" in error_under(account.again)
    account.current.setText("not my password")
    account.again.setText(NEW_PASSWORD)
    account.change.click()
    assert error_under(account.current) == "⚠ The current password is wrong."
    assert error_under(account.again) == ""
    with pytest.raises(LoginRefused):
        login(demo_database.sessions, "clerk", NEW_PASSWORD)

    account.current.setText(DEMO_PASSWORD)
    account.change.click()
    assert "Your password was changed" in account.form.bar.text()
    assert account.current.text() == account.new.text() == ""
    assert login(demo_database.sessions, "clerk", NEW_PASSWORD).username == "clerk"


def test_shared_settings_refuse_under_the_field_and_save_for_every_desk(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_settings(qtbot, demo_database, "admin")
    shared = screen.shared
    assert shared is not None
    screen.tabs.setCurrentIndex(tab_titles(screen).index("Desk and data"))
    assert shared.idle_minutes.value() == 10
    assert shared.mask_example.text() == "e.g. 110105********002X"
    before = counts(demo_database)
    shared.idle_minutes.setValue(0)
    shared.retention_years.setValue(5)
    shared.save.click()
    assert error_under(shared.idle_minutes) == "⚠ Enter a whole number from 1 to 240."
    assert counts(demo_database) == before  # the retention years were not saved either

    shared.idle_minutes.setValue(15)
    shared.mask_head.setValue(3)
    shared.save.click()
    assert error_under(shared.idle_minutes) == ""
    assert "Saved" in shared.form.bar.text()
    with reading(demo_database.sessions) as session:
        assert settings.get(session, settings.IDLE_LOCK_MINUTES) == 15
        assert settings.get(session, settings.RETENTION_YEARS) == 5
        assert settings.get(session, settings.ID_MASK) == [3, 4]
    assert shared.mask_example.text() == "e.g. 110***********002X"


def test_the_desk_section_is_there_for_everyone(qtbot: QtBot, demo_database: Database, english: None) -> None:
    screen = open_settings(qtbot, demo_database, "editor")
    assert tab_titles(screen) == ["My account", "Desk and data"]
    assert screen.database_url.text() == demo_database.url
    assert screen.account is not None
    assert screen.account.roles.text() == "Catalogue editor"
    assert screen.account.centres.text() == "Not tied to a centre"


def test_roles_and_centres_are_edited_and_a_refusal_stays_in_the_dialog(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_settings(qtbot, demo_database, "admin")
    tab = screen.users
    assert tab is not None
    tab.select("clerk")
    seen: dict[str, str] = {}

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, AccessDialog)
        assert dialog.roles.chosen() == [Role.DESK_CLERK] and dialog.centres.chosen() == ["LX01"]
        dialog.centres.choose([])
        dialog.action.click()  # a clerk must belong to a centre
        seen["error"] = error_under(dialog.centres)
        dialog.centres.choose(["LX01", "BH01"])
        dialog.action.click()

    failures = on_next_dialog(edit)
    tab.access_button.click()
    assert not failures, failures
    assert "at least one centre" in seen["error"]
    assert cells(tab, "clerk")[3] == "BH01, LX01"
    assert "were saved" in tab.bar.text()
