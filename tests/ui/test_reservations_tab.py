"""Reservations at the desk: a product with every unit promised puts the next resident on the waiting
list and says their place; a unit whose days clash is refused under the days, naming them, and
nothing is written; cancelling a held reservation says who waiting was given the unit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from silvershop.config import local_today
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.rental.models import Reservation, ReservationStatus
from silvershop.rental.reservations import ReservationView, list_reservations, reserve
from silvershop.rental.residents import ResidentView
from silvershop.security.login import login
from silvershop.ui.rental.reservation_dialog import ReservationDialog
from silvershop.ui.rental.reservations_tab import ReservationsTab
from silvershop.ui.rental.resident_search import ResidentSearch
from tests.ui.test_loans_tab import ALIVE, CENTRE, demo_key, on_shelf, open_rental_tab, renters, rows
from tests.ui.test_scan_field import type_scan
from tests.ui.test_settings_users import answer, error_under, on_next_dialog
from tests.ui.test_transfers_tab import on_dialog


@pytest.fixture(autouse=True)
def keep_alive() -> Iterator[None]:
    yield
    ALIVE.clear()


@pytest.fixture
def key_file(demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return demo_key(demo_template, monkeypatch)


def book(db: Database, resident_id: int, start: date, end: date, **what: int) -> ReservationView:
    clerk = login(db.sessions, "clerk", DEMO_PASSWORD)
    with transaction(db.sessions) as session:
        return reserve(session, clerk, resident_id, CENTRE, start, end, today=local_today(), **what)


def fill(
    db: Database, people: list[ResidentView], product_id: int, start: date, end: date
) -> list[ReservationView]:
    """Reserve the product for one resident after another until one of them has to wait."""
    made: list[ReservationView] = []
    for person in people:
        made.append(book(db, person.id, start, end, product_id=product_id))
        if made[-1].status is ReservationStatus.WAITING:
            return made
    raise AssertionError("the demo centre has more units of the product than residents to reserve them")


def count(db: Database) -> int:
    with reading(db.sessions) as session:
        return session.scalar(select(func.count()).select_from(Reservation)) or 0


def choose_resident(search: ResidentSearch, resident: ResidentView) -> None:
    search.query.setText(resident.name)
    search.search_button.click()
    found = [r.id for r in search.table.model.records()]
    search.table.view.selectRow(found.index(resident.id))
    assert search.resident() == resident


def days_after(first: int, last: int) -> tuple[date, date]:
    today = local_today()
    return today + timedelta(days=first), today + timedelta(days=last)


def test_a_product_with_every_unit_promised_puts_the_resident_on_the_waiting_list_with_their_place(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    db = demo_database
    people = renters(db, key_file)
    product_id = on_shelf(db)[0].product_id
    start, end = days_after(1, 14)
    made = fill(db, people, product_id, start, end)
    assert made[-1].place_in_queue == 1
    newcomer = people[len(made)]
    before = count(db)
    tab = open_rental_tab(qtbot, db, ReservationsTab, "clerk")

    def reserve_any_unit(dialog: ReservationDialog) -> None:
        choose_resident(dialog.resident, newcomer)
        dialog.product.setCurrentIndex(dialog.product.findData(product_id))
        assert dialog.unit.currentData() is None  # any free unit, else the waiting list
        dialog.days.set_span(start, end)
        dialog.action.click()

    failures = on_dialog(ReservationDialog, reserve_any_unit)
    tab.new_button.click()
    assert not failures, failures
    assert count(db) == before + 1
    assert f"{newcomer.name} is on the waiting list for" in tab.bar.text()
    assert "2nd in line" in tab.bar.text()
    assert tab.filter() is ReservationStatus.WAITING  # the list shows where the reservation went
    [row] = [line for line in rows(tab.table) if line[0] == newcomer.name]
    assert row[2:5] == ["— (2nd in line)", f"{start} – {end}", "On the waiting list"]


def test_a_unit_whose_days_clash_is_refused_under_the_days_and_nothing_is_written(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    db = demo_database
    first, second = renters(db, key_file)[:2]
    unit = on_shelf(db)[0]
    held = book(db, first.id, *days_after(3, 10), unit_id=unit.id)
    before = count(db)
    tab = open_rental_tab(qtbot, db, ReservationsTab, "clerk")
    said: list[str] = []

    def scan_the_held_unit(dialog: ReservationDialog) -> None:
        choose_resident(dialog.resident, second)
        type_scan(qtbot, dialog.scan, f"SS:U:{unit.asset_tag}")
        assert dialog.unit.currentData() == unit.id
        assert dialog.product.currentData() == unit.product_id
        dialog.days.set_span(*days_after(5, 12))
        dialog.action.click()
        said.append(error_under(dialog.days))
        assert dialog.isVisible()
        dialog.reject()

    failures = on_dialog(ReservationDialog, scan_the_held_unit)
    tab.new_button.click()
    assert not failures, failures
    assert f"already reserved from {held.start_on} to {held.end_on}" in said[0]
    assert count(db) == before


def test_cancelling_a_held_reservation_says_who_waiting_gets_the_unit(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    db = demo_database
    people = renters(db, key_file)
    start, end = days_after(1, 14)
    made = fill(db, people, on_shelf(db)[0].product_id, start, end)
    first, waiting = made[0], made[-1]
    tab = open_rental_tab(qtbot, db, ReservationsTab, "clerk")
    assert tab.select(first.id)
    asked: list[str] = []
    failures = on_next_dialog(answer("Cancel the reservation", asked))
    tab.cancel_button.click()
    assert not failures, failures
    assert first.resident_name in asked[0]
    assert f"{first.asset_tag} now goes to {waiting.resident_name}" in tab.bar.text()
    clerk = login(db.sessions, "clerk", DEMO_PASSWORD)
    with reading(db.sessions) as session:
        now = {r.id: r for r in list_reservations(session, clerk, CENTRE)}
    assert now[first.id].status is ReservationStatus.CANCELLED
    assert (now[waiting.id].status, now[waiting.id].unit_id) == (ReservationStatus.ACTIVE, first.unit_id)
