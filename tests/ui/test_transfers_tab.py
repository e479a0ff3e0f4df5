"""Transfers between centres as the two desks see them: the sender scans what it packs and ships it,
the receiver confirms part now and the rest later, by hand or by scanning, and a second confirmation
of a closed transfer is refused without touching the stock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from silvershop.centres.centres import centre_view
from silvershop.centres.ledger import location_balance
from silvershop.centres.stock import ProductStock, centre_stock
from silvershop.centres.transfers import TransferView
from silvershop.database import Database
from silvershop.db.session import reading
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.security.login import login
from silvershop.ui.centres.transfer_dialogs import ReceiveDialog, SettleDialog, ShipDialog, ShippedDialog
from silvershop.ui.centres.transfers_tab import TransfersTab
from silvershop.ui.desk import Desk
from tests.ui.test_scan_field import type_scan

SENDER, RECEIVER = 1, 2  # the demo's first two centres; the manager and the clerk work at the first
D = TypeVar("D", bound=QWidget)
_ALIVE: list[QWidget] = []


@pytest.fixture(autouse=True)
def keep_alive() -> Iterator[None]:
    """Hold the tabs until pytest-qt has closed them (see test_catalog_screen.keep_alive)."""
    yield
    _ALIVE.clear()


T = TypeVar("T", bound=QWidget)


def open_centre_tab(qtbot: QtBot, db: Database, kind: type[T], username: str, centre_id: int) -> T:
    """A tab of the centres screen as the screen hosts it for `username`: read for `centre_id`, and
    read again whenever it says it wrote something."""
    actor = login(db.sessions, username, DEMO_PASSWORD)
    tab = kind(Desk(db, Path(db.engine.url.database or ".").parent, language="en", actor=actor), actor)
    qtbot.addWidget(tab)
    _ALIVE.append(tab)
    tab.resize(1100, 700)
    tab.show()

    def read() -> None:
        with reading(db.sessions) as session:
            tab.refresh(session, centre_id)  # type: ignore[attr-defined]

    tab.changed.connect(read)  # type: ignore[attr-defined]
    read()
    return tab


def open_tab(qtbot: QtBot, db: Database, username: str, centre_id: int) -> TransfersTab:
    return open_centre_tab(qtbot, db, TransfersTab, username, centre_id)


def on_dialog(kind: type[D], act: Callable[[D], None]) -> list[BaseException]:
    """Run `act` on the next dialog of `kind` to open (it blocks until closed); failures are kept."""
    failures: list[BaseException] = []

    def attempt(tries: int = 300) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if tries:
                QTimer.singleShot(10, lambda: attempt(tries - 1))
            else:
                failures.append(AssertionError(f"no {kind.__name__} opened"))
            return
        try:
            act(dialog)
        except BaseException as exc:  # re-raised by the test once the dialog is closed
            failures.append(exc)
        if dialog.isVisible():  # refused, or the test went wrong: say why rather than wait for ever
            failures.append(AssertionError(f"{kind.__name__} stayed open: {dialog_text(dialog)}"))
            dialog.close()

    QTimer.singleShot(0, attempt)
    return failures


def dialog_text(dialog: QWidget) -> str:
    """What a dialog says: a message box's text, or a form's bar and the sentences under its fields."""
    if isinstance(dialog, QMessageBox):
        return dialog.text()
    bars = [label.text() for label in dialog.findChildren(QLabel, "messageBar") if not label.isHidden()]
    return " ".join([*bars, error_texts(dialog)])


def stocked(db: Database, centre_id: int) -> list[ProductStock]:
    actor = login(db.sessions, "admin", DEMO_PASSWORD)
    with reading(db.sessions) as session:
        return [p for p in centre_stock(session, actor, centre_id) if p.places]


def store_room(db: Database, centre_id: int) -> int:
    with reading(db.sessions) as session:
        return next(loc.id for loc in centre_view(session, centre_id).locations if loc.code == "ST")


def balance(db: Database, product_id: int, location_id: int) -> int:
    with reading(db.sessions) as session:
        return location_balance(session, product_id, location_id)


def shown(tab: TransfersTab) -> list[TransferView]:
    return list(tab.table.model.records())


def cells(tab: TransfersTab, code: str) -> list[str]:
    model = tab.table.model
    row = next(i for i, t in enumerate(model.records()) if t.code == code)
    return [str(model.data(model.index(row, col))) for col in range(model.columnCount())]


def choose(tab: TransfersTab, code: str) -> None:
    row = next(i for i, t in enumerate(shown(tab)) if t.code == code)
    tab.table.view.selectRow(row)


def ship_two(qtbot: QtBot, db: Database) -> tuple[str, ProductStock, ProductStock]:
    """The manager of the first centre scans two products (one of them three times) and ships them."""
    first, second = stocked(db, SENDER)[:2]
    tab = open_tab(qtbot, db, "manager", SENDER)
    code: list[str] = []

    def pack(dialog: ShipDialog) -> None:
        dialog.to_centre.setCurrentIndex(dialog.to_centre.findData(RECEIVER))
        type_scan(qtbot, dialog.scan, "SS:L:LX01-A1")
        assert "not a product label" in dialog.bar.text() + error_texts(dialog)
        type_scan(
            qtbot, dialog.scan, f"ＳＳ：Ｐ：{first.code.replace('-', '－')}"
        )  # full width, as an IME types
        type_scan(qtbot, dialog.scan, f"SS:P:{second.code}")
        type_scan(qtbot, dialog.scan, f"SS:P:{first.code}")  # one more of the first, on its line
        assert [line.quantity.value() for line in dialog.lines] == [2, 1]
        there = max(place.quantity for place in first.places)
        dialog.lines[0].quantity.setValue(there + 1)
        dialog.action.click()
        assert f"Only {there} of {first.code} {first.name} are at" in error_texts(dialog)
        dialog.lines[0].quantity.setValue(3)
        dialog.note.setText("张师傅送货")
        on_dialog(ShippedDialog, note_code)
        dialog.action.click()

    def note_code(dialog: ShippedDialog) -> None:
        code.append(dialog.code.text())
        dialog.accept()

    failures = on_dialog(ShipDialog, pack)
    tab.ship_button.click()
    assert not failures, failures
    assert code and code[0].startswith("T")
    assert cells(tab, code[0])[3:7] == ["In transit", "4", "0", "4"]
    assert f"Transfer {code[0]} is on its way" in tab.bar.text()
    return code[0], first, second


def error_texts(dialog: QWidget) -> str:
    """The sentences shown under the fields of a dialog."""
    return " ".join(
        label.text() for label in dialog.findChildren(QLabel, "fieldError") if not label.isHidden()
    )


def test_shipped_goods_arrive_in_two_parts_and_a_second_confirmation_changes_nothing(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    db = demo_database
    code, first, second = ship_two(qtbot, db)
    shelf = store_room(db, RECEIVER)
    before = balance(db, first.product_id, shelf), balance(db, second.product_id, shelf)
    desk_a = open_tab(qtbot, db, "admin", RECEIVER)
    desk_b = open_tab(qtbot, db, "admin", RECEIVER)  # a second desk with the same list open
    choose(desk_a, code)
    assert desk_a.receive_button.isEnabled()
    assert not desk_a.settle_button.isEnabled()  # the receiver does not settle

    def part(dialog: ReceiveDialog) -> None:
        assert dialog.location.currentData() == shelf  # the store room first
        assert dialog.arrived[first.product_id].value() == 3  # each line starts at what is on the way
        dialog.arrived[first.product_id].setValue(1)
        dialog.action.click()

    failures = on_dialog(ReceiveDialog, part)
    desk_a.receive_button.click()
    assert not failures, failures
    assert cells(desk_a, code)[3:7] == ["Partly received", "4", "2", "2"]
    assert "2 items of" in desk_a.bar.text() and "2 are still on the way" in desk_a.bar.text()
    lines = [(line.product_code, line.received, line.missing) for line in desk_a.lines.model.records()]
    assert lines == [(first.code, 1, 2), (second.code, 1, 0)]

    def rest_by_scanning(dialog: ReceiveDialog) -> None:
        type_scan(qtbot, dialog.scan, f"SS:P:{first.code}")
        assert dialog.arrived[first.product_id].value() == 1  # the first scan starts the lines from 0
        type_scan(qtbot, dialog.scan, f"SS:P:{stocked(db, SENDER)[5].code}")
        assert "was not sent with transfer" in error_texts(dialog)
        type_scan(qtbot, dialog.scan, f"SS:P:{first.code}")
        assert dialog.arrived[first.product_id].value() == 2
        assert f"{first.code} {first.name}: 2 of 2 arrived" in dialog.last.text()
        dialog.action.click()

    failures = on_dialog(ReceiveDialog, rest_by_scanning)
    desk_a.receive_button.click()
    assert not failures, failures
    assert f"Transfer {code} is received in full." in desk_a.bar.text()
    assert code not in [t.code for t in shown(desk_a)]  # no longer open
    desk_a.open_only.setChecked(False)
    assert cells(desk_a, code)[3:7] == ["Received in full", "4", "4", "0"]
    after = balance(db, first.product_id, shelf), balance(db, second.product_id, shelf)
    assert after == (before[0] + 3, before[1] + 1)

    refusals: list[str] = []

    def again(dialog: ReceiveDialog) -> None:
        dialog.action.click()
        refusals.append(dialog.bar.text())
        assert dialog.isVisible()  # refused: the dialog stays with the sentence
        dialog.reject()

    choose(desk_b, code)  # still listed as in transit on the other desk
    failures = on_dialog(ReceiveDialog, again)
    desk_b.receive_button.click()
    assert not failures, failures
    assert refusals and f"Transfer {code} was already received in full" in refusals[0]
    assert "nothing was received again" in refusals[0]
    assert (balance(db, first.product_id, shelf), balance(db, second.product_id, shelf)) == after


def test_the_senders_manager_settles_what_never_arrived(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    db = demo_database
    code, first, _second = ship_two(qtbot, db)
    source = max(first.places, key=lambda place: place.quantity).location_id  # where the dialog takes it from
    clerk = open_tab(qtbot, db, "clerk", SENDER)
    assert clerk.settle_button.isHidden()  # settling is for the manager
    manager = open_tab(qtbot, db, "manager", SENDER)
    choose(manager, code)
    assert not manager.receive_button.isEnabled()  # the sender does not receive its own goods
    assert manager.settle_button.isEnabled()
    held = balance(db, first.product_id, source)

    def settle(dialog: SettleDialog) -> None:
        dialog.action.click()
        assert "Choose what happened" in error_texts(dialog) + dialog.bar.text()
        dialog.radios[next(iter(dialog.radios))].setChecked(True)  # returned to the sender
        dialog.reason.setText("收货中心不需要了")
        dialog.action.click()

    failures = on_dialog(SettleDialog, settle)
    manager.settle_button.click()
    assert not failures, failures
    assert f"Transfer {code} is settled: Returned to the sender." in manager.bar.text()
    manager.open_only.setChecked(False)
    assert cells(manager, code)[3] == "Settled"
    choose(manager, code)
    assert "Returned to the sender (收货中心不需要了)" in manager.detail.text()
    assert balance(db, first.product_id, source) == held + 3
