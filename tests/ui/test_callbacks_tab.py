"""The staff's side of the kiosk: the visitors of a centre waiting to be called back, as its desk sees
them on the centres screen (masked, revealed on purpose and only for the call, marked or discarded once
however many desks try, deleted when they waited too long), and the kiosk's shared settings an
administrator keeps (its idle time, how long requests wait, its staff PIN, never shown)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from silvershop.centres.models import InterestRequest
from silvershop.database import Database
from silvershop.db.base import utcnow
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_KIOSK_PIN
from silvershop.kiosk.callbacks import RequestState
from silvershop.kiosk.pin import kiosk_pin_matches
from silvershop.security import settings
from silvershop.security.models import AuditEntry, User
from silvershop.security.vault import KEY_FILE_ENV
from silvershop.ui.centres.callbacks_tab import CallbacksTab, DiscardDialog
from silvershop.ui.centres.screen import CentresScreen
from silvershop.ui.settings.shared_settings import KioskPinDialog
from tests.ui.test_centres_screen import open_centres
from tests.ui.test_loans_tab import demo_key
from tests.ui.test_settings_users import answer, error_under, on_next_dialog, open_settings, tab_titles
from tests.ui.test_transfers_tab import open_centre_tab

FIRST_CENTRE = 1  # where the demo's visitors wait, and where its manager and clerk work
_ALIVE: list[QWidget] = []


@pytest.fixture(autouse=True)
def keep_alive() -> Iterator[None]:
    """Hold the screens until pytest-qt has closed them (see test_catalog_screen.keep_alive)."""
    yield
    _ALIVE.clear()


@pytest.fixture(autouse=True)
def key_file(demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return demo_key(demo_template, monkeypatch)


def callbacks_of(screen: CentresScreen) -> CallbacksTab:
    tab = screen.callbacks
    assert tab is not None
    screen.show_tab(tab)  # read as it is opened
    return tab


def cells(tab: CallbacksTab) -> list[dict[str, str]]:
    """The rows as the person reads them, by column title."""
    model = tab.table.model
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    return [
        {title: str(model.data(model.index(row, i))) for i, title in enumerate(titles)}
        for row in range(model.rowCount())
    ]


def requests(db: Database) -> list[tuple[int, bytes, bytes, str | None]]:
    """Each request's id, stored name and phone, and who called it back."""
    with reading(db.sessions) as session:
        return [
            (request.id, bytes(request.name_enc), bytes(request.phone_enc), username)
            for request, username in session.execute(
                select(InterestRequest, User.username)
                .outerjoin(User, User.id == InterestRequest.handled_by)
                .order_by(InterestRequest.id)
            )
        ]


def mark_chosen(tab: CallbacksTab) -> list[str]:
    """Press Mark as called back and agree; what the confirmation asked."""
    asked: list[str] = []
    failures = on_next_dialog(answer("Mark as called back", asked))
    tab.mark_button.click()
    assert not failures, failures
    return asked


def test_a_clerk_sees_the_visitors_waiting_masked_newest_first_and_how_many_in_the_tab(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_centres(qtbot, demo_database, "clerk")
    _ALIVE.append(screen)
    assert tab_titles(screen) == ["Overview", "Stock", "Transfers", "Stocktakes", "Callback requests (3)"]
    tab = callbacks_of(screen)
    rows = cells(tab)
    assert len(rows) == 3
    assert [row["Asked at"] for row in rows] == sorted((row["Asked at"] for row in rows), reverse=True)
    assert all("*" in row["Name"] and "*" in row["Phone"] for row in rows)
    assert {row["Status"] for row in rows} == {"Waiting for a call"}
    assert "(no particular product)" in [row["Product"] for row in rows]
    assert tab.waiting.text() == "3 visitors are waiting for a call."
    assert not tab.reveal_button.isEnabled() and not tab.mark_button.isEnabled()  # nothing chosen yet


def test_show_name_and_phone_puts_them_in_the_row_and_in_the_audit_log(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    tab = open_centre_tab(qtbot, demo_database, CallbacksTab, "clerk", FIRST_CENTRE)
    tab.table.view.selectRow(0)
    chosen = tab.selected()
    assert chosen is not None and tab.reveal_button.isEnabled()
    tab.reveal_button.click()
    [row, *_] = cells(tab)
    assert "*" not in row["Name"] and "*" not in row["Phone"]
    assert f"Call {row['Name']} on {row['Phone']}." in tab.bar.text()
    assert tab.selected() == chosen and not tab.reveal_button.isEnabled()
    with reading(demo_database.sessions) as session:
        reveals = session.execute(
            select(AuditEntry.username, AuditEntry.entity_id).where(AuditEntry.action == "reveal")
        ).all()
    assert [tuple(r) for r in reveals] == [("clerk", str(chosen.id))]


def test_marking_a_request_erases_name_and_phone_and_updates_the_count(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_centres(qtbot, demo_database, "clerk")
    _ALIVE.append(screen)
    tab = callbacks_of(screen)
    tab.table.view.selectRow(0)
    chosen = tab.selected()
    assert chosen is not None
    [asked] = mark_chosen(tab)
    assert chosen.name_masked in asked and "deleted for good" in asked
    assert "Marked as called back" in tab.bar.text()
    assert len(cells(tab)) == 2
    assert "Callback requests (2)" in tab_titles(screen)
    assert tab.waiting.text() == "2 visitors are waiting for a call."
    [marked] = [r for r in requests(demo_database) if r[0] == chosen.id]
    assert marked[1:] == (b"", b"", "clerk")

    tab.show_handled.setChecked(True)
    rows = cells(tab)
    assert len(rows) == 3
    [done] = [row for row in rows if row["Status"].startswith("Called back")]
    assert done["Status"].startswith("Called back by clerk at ")
    assert (done["Name"], done["Phone"]) == ("", "")


def test_the_second_desk_to_mark_a_request_is_told_who_called_and_it_is_marked_once(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    clerk = open_centre_tab(qtbot, demo_database, CallbacksTab, "clerk", FIRST_CENTRE)
    manager = open_centre_tab(qtbot, demo_database, CallbacksTab, "manager", FIRST_CENTRE)
    for tab in (clerk, manager):
        tab.table.view.selectRow(0)
    mark_chosen(clerk)
    mark_chosen(manager)  # the manager's list still showed it as waiting
    assert "clerk has already called this visitor back" in manager.bar.text()
    assert "⚠" not in manager.bar.text()  # news, not an error of the manager's
    assert len(cells(manager)) == 2  # read again
    assert [r[3] for r in requests(demo_database)].count("clerk") == 1
    with reading(demo_database.sessions) as session:
        marks = session.scalars(
            select(AuditEntry.username).where(
                AuditEntry.entity == "callback_request", AuditEntry.action == "update"
            )
        ).all()
    assert list(marks) == ["clerk"]


def test_an_administrator_sees_the_count_of_the_centre_chosen(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_centres(qtbot, demo_database, "admin")
    _ALIVE.append(screen)
    assert tab_titles(screen)[-1] == "Callback requests (3)"
    other = next(
        screen.choice.itemData(i)
        for i in range(screen.choice.count())
        if screen.choice.itemData(i) != FIRST_CENTRE
    )
    screen.choice.choose(other)
    assert tab_titles(screen)[-1] == "Callback requests"
    tab = callbacks_of(screen)
    assert cells(tab) == [] and tab.table.empty.text() == "Nobody is waiting for a call."


def test_the_kiosk_settings_keep_the_idle_time_in_bounds_and_never_show_the_pin(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_settings(qtbot, demo_database, "admin")
    _ALIVE.append(screen)
    shared = screen.shared
    assert shared is not None
    screen.tabs.setCurrentIndex(tab_titles(screen).index("Desk and data"))
    assert shared.kiosk_idle.value() == 90
    assert shared.pin_state.text() == "set"  # the demo's
    shared.kiosk_idle.setValue(10)
    shared.save.click()
    assert error_under(shared.kiosk_idle) == "⚠ Enter a whole number from 20 to 900."
    shared.kiosk_idle.setValue(120)
    shared.save.click()
    assert "Saved" in shared.form.bar.text()

    seen: dict[str, str] = {}

    def type_pins(dialog: QWidget) -> None:
        assert isinstance(dialog, KioskPinDialog)
        assert dialog.pin.echoMode() == QLineEdit.EchoMode.Password
        dialog.pin.setText("1357")
        dialog.again.setText("1358")
        dialog.action.click()
        seen["different"] = error_under(dialog.again)
        dialog.pin.setText("12ab")
        dialog.again.setText("12ab")
        dialog.action.click()
        seen["letters"] = error_under(dialog.pin)
        dialog.pin.setText("13579")
        dialog.again.setText("１３５７９")
        dialog.action.click()

    failures = on_next_dialog(type_pins)
    shared.set_pin.click()
    assert not failures, failures
    assert seen == {
        "different": "⚠ The two PINs are not the same. Type the PIN again.",
        "letters": "⚠ The kiosk PIN is 4 to 8 digits (0-9), without letters or spaces.",
    }
    assert shared.form.bar.text() == "ℹ The kiosk PIN is set for every kiosk on this database."
    with reading(demo_database.sessions) as session:
        assert settings.get(session, settings.KIOSK_IDLE_SECONDS) == 120
        assert kiosk_pin_matches(session, "13579") and not kiosk_pin_matches(session, DEMO_KIOSK_PIN)
        digest = str(settings.get(session, settings.KIOSK_PIN))
    shown = [field.text() for field in shared.findChildren(QLineEdit)]
    assert not [text for text in shown if "13579" in text or digest in text or "argon2" in text]


def reveal_row(tab: CallbacksTab, row: int) -> dict[str, str]:
    tab.table.view.selectRow(row)
    tab.reveal_button.click()
    return cells(tab)[row]


def test_a_revealed_name_and_phone_are_masked_again_when_another_request_is_chosen_or_the_list_read(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    tab = open_centre_tab(qtbot, demo_database, CallbacksTab, "clerk", FIRST_CENTRE)
    shown = reveal_row(tab, 0)
    assert "*" not in shown["Name"] and shown["Phone"] in tab.bar.text()
    tab.table.view.selectRow(1)
    first, second, _ = cells(tab)
    assert "*" in first["Name"] and "*" in first["Phone"] and "*" in second["Name"]
    assert shown["Phone"] not in tab.bar.text() and tab.reveal_button.isEnabled()

    shown = reveal_row(tab, 1)
    assert "*" not in shown["Name"]
    tab.reload()
    assert all("*" in row["Name"] and "*" in row["Phone"] for row in cells(tab))
    assert shown["Phone"] not in tab.bar.text()


def discard_chosen(tab: CallbacksTab, reason: str) -> dict[str, str]:
    """Press Discard…, first without a reason, then with `reason` (a radio button's words); what the
    dialog said."""
    seen: dict[str, str] = {}

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, DiscardDialog)
        seen["intro"] = " ".join(label.text() for label in dialog.findChildren(QLabel, "note"))
        dialog.action.click()
        seen["no reason"] = error_under(dialog.reasons[RequestState.UNREACHABLE].parentWidget())
        next(radio for radio in dialog.reasons.values() if radio.text() == reason).click()
        dialog.action.click()

    failures = on_next_dialog(choose)
    tab.discard_button.click()
    assert not failures, failures
    return seen


def test_a_request_is_discarded_with_a_reason_and_its_name_and_phone_are_deleted(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_centres(qtbot, demo_database, "clerk")
    _ALIVE.append(screen)
    tab = callbacks_of(screen)
    tab.table.view.selectRow(0)
    chosen = tab.selected()
    assert chosen is not None and tab.discard_button.isEnabled()
    seen = discard_chosen(tab, "We could not reach the visitor")
    assert chosen.name_masked in seen["intro"] and "deleted for good" in seen["intro"]
    assert seen["no reason"].startswith("⚠ Choose why the request is closed")
    assert "closed without a call" in tab.bar.text()
    assert len(cells(tab)) == 2 and "Callback requests (2)" in tab_titles(screen)
    [closed] = [r for r in requests(demo_database) if r[0] == chosen.id]
    assert closed[1:] == (b"", b"", "clerk")
    with reading(demo_database.sessions) as session:
        [changes] = session.scalars(select(AuditEntry.changes).where(AuditEntry.action == "discard")).all()
    assert "unreachable" in changes

    tab.show_handled.setChecked(True)
    [done] = [row for row in cells(tab) if not row["Status"].startswith("Waiting")]
    assert done["Status"].startswith("Closed by clerk at ") and done["Status"].endswith(
        "could not be reached"
    )
    tab.table.view.selectRow(next(i for i, row in enumerate(cells(tab)) if row == done))
    assert not (
        tab.discard_button.isEnabled() or tab.mark_button.isEnabled() or tab.reveal_button.isEnabled()
    )


def test_requests_waiting_too_long_are_deleted_when_the_list_is_read(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    with transaction(demo_database.sessions) as session:
        oldest = session.scalars(select(InterestRequest).order_by(InterestRequest.at)).first()
        assert oldest is not None
        oldest.at = utcnow() - timedelta(days=31)
        old_id = oldest.id
    screen = open_centres(qtbot, demo_database, "manager")
    _ALIVE.append(screen)
    assert tab_titles(screen)[-1] == "Callback requests (2)"  # not counted as waiting any more
    tab = callbacks_of(screen)
    assert len(cells(tab)) == 2 and tab.waiting.text() == "2 visitors are waiting for a call."
    [expired] = [r for r in requests(demo_database) if r[0] == old_id]
    assert expired[1:] == (b"", b"", None)
    tab.show_handled.setChecked(True)
    assert [row["Status"] for row in cells(tab)][-1].endswith("nobody called back in time")
    assert [row["Name"] for row in cells(tab)][-1] == ""


def test_how_long_a_request_waits_is_a_shared_setting_beside_the_kiosks(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_settings(qtbot, demo_database, "admin")
    _ALIVE.append(screen)
    shared = screen.shared
    assert shared is not None
    screen.tabs.setCurrentIndex(tab_titles(screen).index("Desk and data"))
    assert shared.callback_days.value() == 30
    shared.callback_days.setValue(400)
    shared.save.click()
    assert error_under(shared.callback_days) == "⚠ Enter a whole number from 1 to 365."
    shared.callback_days.setValue(14)
    shared.save.click()
    assert "Saved" in shared.form.bar.text()
    with reading(demo_database.sessions) as session:
        assert settings.get(session, settings.CALLBACK_DAYS) == 14


def test_a_desk_without_the_key_cannot_read_the_requests_but_still_deletes_those_waiting_too_long(
    qtbot: QtBot, demo_database: Database, english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with transaction(demo_database.sessions) as session:
        oldest = session.scalars(select(InterestRequest).order_by(InterestRequest.at)).first()
        assert oldest is not None
        oldest.at = utcnow() - timedelta(days=31)
        old_id = oldest.id
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "elsewhere.key"))
    tab = open_centre_tab(qtbot, demo_database, CallbacksTab, "clerk", FIRST_CENTRE)
    assert cells(tab) == [] and "key file" in tab.bar.text() and "missing" in tab.bar.text()
    [expired] = [r for r in requests(demo_database) if r[0] == old_id]
    assert expired[1:] == (b"", b"", None)
    assert sum(1 for r in requests(demo_database) if r[1]) == 2  # the others wait for a desk with the key
