"""Cleaning and repairs at the rental desk: a finished repair sends the unit to cleaning, a cleaning
that passed puts it back on the shelf (or with the resident waiting for it) and off the list, one
that failed keeps it there, and a cleaning record without its disinfectant is refused under the field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from silvershop.config import local_today
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.rental.desk_lists import UnitWaiting
from silvershop.rental.models import CleaningRecord, ConsentBasis, DeviceUnit, Resident, UnitState
from silvershop.rental.out_of_service import finish_repair
from silvershop.rental.reservations import reserve
from silvershop.security.login import login
from silvershop.ui.rental.care_dialogs import CleaningDialog, FinishRepairDialog
from silvershop.ui.rental.care_tab import CareTab
from tests.ui.test_settings_users import error_under
from tests.ui.test_transfers_tab import on_dialog
from tests.ui.test_units_tab import ALIVE, FIRST_CENTRE, open_rental_tab

REPAIRED_BY = "更换刹车线"


@pytest.fixture(autouse=True)
def keep_alive() -> Iterator[None]:
    """Hold the tabs until pytest-qt has closed them (see test_catalog_screen.keep_alive)."""
    yield
    ALIVE.clear()


def open_care(qtbot: QtBot, db: Database, username: str) -> CareTab:
    return open_rental_tab(qtbot, db, CareTab, username)


def tags(records: tuple[UnitWaiting, ...]) -> list[str]:
    return [unit.asset_tag for unit in records]


def choose(table: QWidget, tag: str) -> UnitWaiting:
    records = table.model.records()  # type: ignore[attr-defined]
    row = tags(records).index(tag)
    table.view.selectRow(row)  # type: ignore[attr-defined]
    return records[row]  # type: ignore[no-any-return]


def unit_state(db: Database, unit_id: int) -> UnitState:
    with reading(db.sessions) as session:
        return session.get_one(DeviceUnit, unit_id).state


def cleanings(db: Database, unit_id: int) -> int:
    with reading(db.sessions) as session:
        count = select(func.count()).select_from(CleaningRecord).where(CleaningRecord.unit_id == unit_id)
        return session.scalar(count) or 0


def repaired(db: Database, tab: CareTab) -> UnitWaiting:
    """A unit of the first centre whose repair the manager finished (by the service), now waiting for
    cleaning, as the tab lists it after reading again."""
    actor = login(db.sessions, "manager", DEMO_PASSWORD)
    unit = tab.repairs.model.records()[0]
    assert unit.repair_id is not None
    with transaction(db.sessions) as session:
        finish_repair(session, actor, unit.repair_id, REPAIRED_BY, 0, False)
    tab.reload()
    return next(waiting for waiting in tab.cleaning.model.records() if waiting.unit_id == unit.unit_id)


def sign_off(dialog: CleaningDialog, *, passed: bool = True) -> None:
    dialog.method.setCurrentIndex(dialog.method.findText("擦拭消毒"))
    dialog.agent.setEditText("含氯消毒剂 500 mg/L")
    (dialog.passed if passed else dialog.failed).setChecked(True)
    dialog.action.click()


def test_a_finished_repair_sends_the_unit_to_cleaning(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    tab = open_care(qtbot, demo_database, "clerk")
    unit = choose(tab.repairs, tab.repairs.model.records()[0].asset_tag)
    assert tab.finish_button.isEnabled()
    seen: dict[str, object] = {}

    def finish(dialog: FinishRepairDialog) -> None:
        seen["may retire"] = not dialog.beyond_repair.isHidden()  # only a manager decides that
        dialog.action_taken.setText(REPAIRED_BY)
        dialog.cost.setText("35.50")
        dialog.action.click()

    failures = on_dialog(FinishRepairDialog, finish)
    tab.finish_button.click()
    assert not failures, failures
    assert seen["may retire"] is False
    assert unit_state(demo_database, unit.unit_id) is UnitState.AWAITING_CLEANING
    assert unit.asset_tag not in tags(tab.repairs.model.records())
    assert unit.asset_tag in tags(tab.cleaning.model.records())
    chosen = tab.cleaning.selected()
    assert chosen is not None and chosen.asset_tag == unit.asset_tag
    assert f"{unit.asset_tag} is repaired and waits for cleaning" in tab.bar.text()


def test_a_passed_cleaning_puts_the_unit_back_on_the_shelf_and_off_the_list(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    tab = open_care(qtbot, demo_database, "clerk")
    unit = repaired(demo_database, tab)
    before = cleanings(demo_database, unit.unit_id)
    choose(tab.cleaning, unit.asset_tag)
    seen: dict[str, str] = {}

    def clean(dialog: CleaningDialog) -> None:
        seen["by"] = dialog.performed_by.text()
        sign_off(dialog)

    failures = on_dialog(CleaningDialog, clean)
    tab.clean_button.click()
    assert not failures, failures
    assert seen["by"] == "租赁服务员"  # the clerk's display name, not their user name
    state = unit_state(demo_database, unit.unit_id)
    assert state in (UnitState.AVAILABLE, UnitState.RESERVED)
    assert unit.asset_tag not in tags(tab.cleaning.model.records())
    assert cleanings(demo_database, unit.unit_id) == before + 1
    if state is UnitState.AVAILABLE:
        assert f"{unit.asset_tag} is clean and back on the shelf: Available." in tab.bar.text()
    else:
        assert f"{unit.asset_tag} is clean and held for" in tab.bar.text()


def test_a_cleaned_unit_goes_to_the_resident_waiting_for_its_product(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    db = demo_database
    tab = open_care(qtbot, db, "clerk")
    in_repair = tab.repairs.model.records()[0]
    manager = login(db.sessions, "manager", DEMO_PASSWORD)
    with transaction(db.sessions) as session:
        product = session.get_one(DeviceUnit, in_repair.unit_id).product_id
        free = session.scalar(
            select(func.count()).where(
                DeviceUnit.home_centre_id == FIRST_CENTRE,
                DeviceUnit.product_id == product,
                DeviceUnit.state.in_((UnitState.AVAILABLE, UnitState.AWAITING_CLEANING)),
            )
        )
        assert free == 0  # so the reservation waits
        resident = session.scalars(
            select(Resident).where(
                Resident.home_centre_id == FIRST_CENTRE,
                Resident.anonymised_at.is_(None),
                Resident.consent_basis != ConsentBasis.NONE,
            )
        ).first()
        assert resident is not None
        today = local_today()
        reserve(
            session,
            manager,
            resident.id,
            FIRST_CENTRE,
            today,
            today + timedelta(days=30),
            product,
            today=today,
        )
    unit = repaired(db, tab)
    choose(tab.cleaning, unit.asset_tag)
    failures = on_dialog(CleaningDialog, sign_off)
    tab.clean_button.click()
    assert not failures, failures
    assert unit_state(db, unit.unit_id) is UnitState.RESERVED
    assert f"{unit.asset_tag} is clean and held for {resident.name}'s reservation" in tab.bar.text()


def test_a_failed_cleaning_keeps_the_unit_on_the_list(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    tab = open_care(qtbot, demo_database, "clerk")
    unit = repaired(demo_database, tab)
    before = cleanings(demo_database, unit.unit_id)
    choose(tab.cleaning, unit.asset_tag)
    failures = on_dialog(CleaningDialog, lambda dialog: sign_off(dialog, passed=False))
    tab.clean_button.click()
    assert not failures, failures
    assert unit_state(demo_database, unit.unit_id) is UnitState.AWAITING_CLEANING
    assert unit.asset_tag in tags(tab.cleaning.model.records())
    assert cleanings(demo_database, unit.unit_id) == before + 1  # kept in the unit's history
    assert f"The cleaning of {unit.asset_tag} failed" in tab.bar.text()


def test_a_cleaning_without_its_disinfectant_is_refused_under_the_field(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    tab = open_care(qtbot, demo_database, "clerk")
    unit = repaired(demo_database, tab)
    before = cleanings(demo_database, unit.unit_id)
    choose(tab.cleaning, unit.asset_tag)
    seen: dict[str, object] = {}

    def forget_the_agent(dialog: CleaningDialog) -> None:
        dialog.method.setCurrentIndex(0)
        dialog.action.click()
        seen["open"] = dialog.isVisible()
        seen["under agent"] = error_under(dialog.agent)
        dialog.reject()

    failures = on_dialog(CleaningDialog, forget_the_agent)
    tab.clean_button.click()
    assert not failures, failures
    assert seen["open"] is True
    assert str(seen["under agent"]).startswith("⚠ Enter the disinfectant used and its strength")
    assert cleanings(demo_database, unit.unit_id) == before
    assert unit_state(demo_database, unit.unit_id) is UnitState.AWAITING_CLEANING
