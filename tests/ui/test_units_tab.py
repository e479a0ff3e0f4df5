"""The rental units of a centre as the desk sees them: a manager registers a unit and is shown the
tag it was given, a scanned label chooses its unit, a clerk is not offered what only a manager may
do, a unit on loan cannot be retired, and a unit's history names its renters and nothing more."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from silvershop.database import Database
from silvershop.db.session import reading
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.rental.models import DeviceUnit, Loan, Resident, UnitState
from silvershop.rental.units import UnitView
from silvershop.security.login import login
from silvershop.ui.desk import Desk
from silvershop.ui.rental.unit_dialogs import AssetTagDialog, RegisterUnitDialog, RetireDialog
from silvershop.ui.rental.unit_history import HistoryDialog
from silvershop.ui.rental.units_tab import UnitsTab
from tests.ui.test_scan_field import type_scan
from tests.ui.test_settings_users import answer, error_under, on_next_dialog
from tests.ui.test_transfers_tab import on_dialog

FIRST_CENTRE = 1  # the demo's first centre, where the manager and the clerk work
T = TypeVar("T", bound=QWidget)
ALIVE: list[QWidget] = []
# What an ID number or a mobile looks like, whole or masked: none may appear in a unit's history.
PERSONAL = re.compile(r"\d{11}|\d{17}[\dX]|\d{6}\*+|\d{3}\*{4}\d{4}|\*{4}")


@pytest.fixture(autouse=True)
def keep_alive() -> Iterator[None]:
    """Hold the tabs until pytest-qt has closed them (see test_catalog_screen.keep_alive)."""
    yield
    ALIVE.clear()


def open_rental_tab(qtbot: QtBot, db: Database, kind: type[T], username: str) -> T:
    """A tab of the rental desk as the screen hosts it for `username`: read once, and again whenever
    it says it wrote something."""
    actor = login(db.sessions, username, DEMO_PASSWORD)
    tab = kind(Desk(db, Path(db.engine.url.database or ".").parent, language="en", actor=actor), actor)
    qtbot.addWidget(tab)
    ALIVE.append(tab)
    tab.resize(1100, 700)
    tab.show()
    tab.changed.connect(tab.reload)  # type: ignore[attr-defined]
    tab.reload()  # type: ignore[attr-defined]
    return tab


def listed(tab: UnitsTab) -> list[UnitView]:
    return list(tab.table.model.records())


def choose(tab: UnitsTab, tag: str) -> UnitView:
    row = next(i for i, unit in enumerate(listed(tab)) if unit.asset_tag == tag)
    tab.table.view.selectRow(row)
    return listed(tab)[row]


def cells(tab: UnitsTab, tag: str) -> list[str]:
    model = tab.table.model
    row = next(i for i, unit in enumerate(listed(tab)) if unit.asset_tag == tag)
    return [str(model.data(model.index(row, col))) for col in range(model.columnCount())]


def state_of(db: Database, tag: str) -> UnitState:
    with reading(db.sessions) as session:
        return session.scalars(select(DeviceUnit.state).where(DeviceUnit.asset_tag == tag)).one()


def test_a_manager_registers_a_unit_by_scanning_its_product_and_is_shown_the_next_tag(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    tab = open_rental_tab(qtbot, demo_database, UnitsTab, "manager")
    before = listed(tab)
    highest = max(int(unit.asset_tag.removeprefix("LX01-")) for unit in before)
    expected = f"LX01-{highest + 1:05d}"
    shown_tag: list[str] = []

    def fill(dialog: RegisterUnitDialog) -> None:
        picker = dialog.product
        wanted = picker.combo.itemText(picker.combo.count() - 1).split()[0]  # another than the first
        type_scan(qtbot, picker.code, f"ＳＳ：Ｐ：{wanted}")  # full width, as an IME types
        assert picker.combo.currentText().startswith(wanted) and not picker.code.text()
        dialog.serial_no.setText("SN-2024-0042")
        dialog.cost.setText("¥1,299.50")
        dialog.date_unknown.setChecked(True)
        on_dialog(
            AssetTagDialog, lambda tag_dialog: (shown_tag.append(tag_dialog.tag.text()), tag_dialog.accept())
        )
        dialog.action.click()

    failures = on_dialog(RegisterUnitDialog, fill)
    tab.register_button.click()
    assert not failures, failures
    assert shown_tag == [expected]
    assert len(listed(tab)) == len(before) + 1
    chosen = tab.table.selected()
    assert chosen is not None and chosen.asset_tag == expected
    assert cells(tab, expected)[2:5] == ["Available", "In good order", "0"]
    assert f"registered as {expected}" in tab.bar.text()
    with reading(demo_database.sessions) as session:
        unit = session.scalars(select(DeviceUnit).where(DeviceUnit.asset_tag == expected)).one()
        assert (unit.serial_no, unit.purchase_cost_fen, unit.purchased_on) == ("SN-2024-0042", 129950, None)


def test_a_scanned_unit_label_chooses_the_unit_whatever_the_filter(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    tab = open_rental_tab(qtbot, demo_database, UnitsTab, "clerk")
    on_loan = next(unit for unit in listed(tab) if unit.state is UnitState.ON_LOAN)
    tab.state.setCurrentIndex(tab.state.findData(UnitState.AVAILABLE.value))
    tab.search()
    assert on_loan.asset_tag not in [unit.asset_tag for unit in listed(tab)]
    type_scan(qtbot, tab.query, f"SS:U:{on_loan.asset_tag}")  # type: ignore[arg-type]
    chosen = tab.table.selected()
    assert chosen is not None and chosen.asset_tag == on_loan.asset_tag
    assert tab.query.text() == on_loan.asset_tag and tab.state.currentData() is None
    type_scan(qtbot, tab.query, "SS:C:LX01")  # type: ignore[arg-type]
    assert "is a centre's label, not a device's" in tab.bar.text()
    assert not tab.query.text()  # ready for the next scan


def test_a_clerk_is_not_offered_registering_retiring_or_recording_a_loss(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    clerk = open_rental_tab(qtbot, demo_database, UnitsTab, "clerk")
    choose(clerk, listed(clerk)[0].asset_tag)
    assert clerk.register_button.isHidden()
    assert clerk.retire_button.isHidden()
    assert clerk.lost_button.isHidden()
    assert not clerk.history_button.isHidden() and not clerk.repair_button.isHidden()
    assert clerk.choice.isHidden()  # one centre: nothing to choose
    manager = open_rental_tab(qtbot, demo_database, UnitsTab, "manager")
    assert not manager.register_button.isHidden() and not manager.retire_button.isHidden()


def test_retiring_a_unit_on_loan_is_refused_with_the_sentence_and_nothing_changes(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    tab = open_rental_tab(qtbot, demo_database, UnitsTab, "manager")
    unit = choose(tab, next(u.asset_tag for u in listed(tab) if u.state is UnitState.ON_LOAN))
    asked: list[str] = []
    seen: dict[str, str] = {}

    def retire(dialog: RetireDialog) -> None:
        dialog.reason.setText("车架变形")
        confirmed = on_next_dialog(answer("Retire", asked))
        dialog.action.click()
        assert not confirmed, confirmed
        seen["under unit"] = error_under(dialog.unit_label)
        dialog.reject()

    failures = on_dialog(RetireDialog, retire)
    tab.retire_button.click()
    assert not failures, failures
    assert asked and unit.asset_tag in asked[0] and "cannot be undone" in asked[0]
    assert seen["under unit"].startswith(f"⚠ {unit.asset_tag} is on loan (due back on ")
    assert "take it back at the desk before retiring it" in seen["under unit"]
    assert state_of(demo_database, unit.asset_tag) is UnitState.ON_LOAN
    assert cells(tab, unit.asset_tag)[2] == "On loan"


def test_retiring_an_available_unit_asks_first_then_shows_it_retired(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    tab = open_rental_tab(qtbot, demo_database, UnitsTab, "manager")
    unit = choose(tab, next(u.asset_tag for u in listed(tab) if u.state is UnitState.AVAILABLE))

    def retire(dialog: RetireDialog) -> None:
        dialog.action.click()  # no reason: refused under the field, nothing asked
        assert "Say why the unit is retired" in error_under(dialog.reason)
        dialog.reason.setText("车架变形")
        on_next_dialog(answer("Retire", []))
        dialog.action.click()

    failures = on_dialog(RetireDialog, retire)
    tab.retire_button.click()
    assert not failures, failures
    assert state_of(demo_database, unit.asset_tag) is UnitState.RETIRED
    assert cells(tab, unit.asset_tag)[2] == "Retired"
    assert f"{unit.asset_tag} is retired: 车架变形" in tab.bar.text()
    assert not tab.retire_button.isEnabled() and not tab.lost_button.isEnabled()


def test_the_history_names_the_renters_and_shows_no_id_number_or_phone(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    tab = open_rental_tab(qtbot, demo_database, UnitsTab, "clerk")
    unit = choose(tab, max(listed(tab), key=lambda u: u.loan_count).asset_tag)
    with reading(demo_database.sessions) as session:
        renters = sorted(
            session.scalars(
                select(Resident.name)
                .join(Loan, Loan.resident_id == Resident.id)
                .where(Loan.unit_id == unit.id)
            )
        )
    assert len(renters) == unit.loan_count > 1
    seen: dict[str, object] = {}

    def read(dialog: HistoryDialog) -> None:
        model = dialog.loans.model
        rows = [
            [str(model.data(model.index(r, c))) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        seen["names"] = sorted(row[1] for row in rows)
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        for table in (dialog.loans, dialog.cleanings, dialog.repairs):
            m = table.model
            texts += [str(m.data(m.index(r, c))) for r in range(m.rowCount()) for c in range(m.columnCount())]
        seen["personal"] = [text for text in texts if PERSONAL.search(text)]
        seen["facts"] = dialog.facts.text()
        dialog.accept()

    failures = on_dialog(HistoryDialog, read)
    tab.history_button.click()
    assert not failures, failures
    assert seen["names"] == renters
    assert seen["tabs"][0] == f"Loans ({unit.loan_count})"
    assert f"Lent {unit.loan_count} times" in str(seen["facts"])
    assert seen["personal"] == []
