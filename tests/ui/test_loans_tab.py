"""The desk's morning lists: loans due within a week and overdue, at the clerk's centre, with phones
masked and lateness in words; only a manager may reveal a phone (audited); a loan is renewed from
the list and the renewal is a new loan in the database."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from silvershop.config import local_today
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.rental.checkout import LoanView, Payment, PaymentMethod, checkout
from silvershop.rental.models import ConsentBasis, Loan, LoanStatus, UnitState
from silvershop.rental.quotes import Term
from silvershop.rental.residents import ResidentView, list_residents
from silvershop.rental.units import UnitView, list_units
from silvershop.security.login import login
from silvershop.security.models import AuditEntry
from silvershop.security.vault import KEY_ENV, KEY_FILE_ENV, open_vault
from silvershop.ui.desk import Desk
from silvershop.ui.rental.loans_tab import LoansTab
from silvershop.ui.rental.renewal_dialog import RenewDialog
from silvershop.ui.rental.reveal import RevealDialog
from tests.ui.test_settings_users import error_under, on_next_dialog
from tests.ui.test_transfers_tab import on_dialog

CENTRE = 1  # the demo's first centre, where the clerk and the manager work
DUE, OVERDUE, TODAY = 0, 1, 2
T = TypeVar("T", bound=QWidget)
ALIVE: list[QWidget] = []  # the tabs a test opened, held until pytest-qt has closed them


@pytest.fixture(autouse=True)
def keep_alive() -> Iterator[None]:
    """Hold the tabs until pytest-qt has closed them (see test_catalog_screen.keep_alive)."""
    yield
    ALIVE.clear()


def demo_key(demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo database's own key, where the desk looks for it."""
    path = demo_template.parent / "demo.key"
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    return path


@pytest.fixture
def key_file(demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return demo_key(demo_template, monkeypatch)


def open_rental_tab(qtbot: QtBot, db: Database, kind: type[T], username: str) -> T:
    """A tab of the rental desk as the screen hosts it for `username`: read, and read again whenever
    it says it wrote something."""
    actor = login(db.sessions, username, DEMO_PASSWORD)
    tab = kind(Desk(db, Path(db.engine.url.database or ".").parent, language="en", actor=actor), actor)
    qtbot.addWidget(tab)
    ALIVE.append(tab)
    tab.resize(1100, 700)
    tab.show()

    def read() -> None:
        with reading(db.sessions) as session:
            tab.refresh(session)  # type: ignore[attr-defined]

    tab.changed.connect(read)  # type: ignore[attr-defined]
    read()
    return tab


def renters(db: Database, key: Path) -> list[ResidentView]:
    """Residents of the first centre the desk may lend to, with a mobile on file."""
    clerk = login(db.sessions, "clerk", DEMO_PASSWORD)
    with reading(db.sessions) as session:
        found = list_residents(session, clerk, open_vault(session, key))
    return [r for r in found if r.phone and r.consent_basis is not ConsentBasis.NONE and not r.anonymised]


def on_shelf(db: Database) -> list[UnitView]:
    clerk = login(db.sessions, "clerk", DEMO_PASSWORD)
    with reading(db.sessions) as session:
        return list_units(session, clerk, CENTRE, state=UnitState.AVAILABLE)


def lend(db: Database, key: Path, resident_id: int, unit_id: int, started: date) -> LoanView:
    """A one-month loan the clerk made on `started`."""
    clerk = login(db.sessions, "clerk", DEMO_PASSWORD)
    with transaction(db.sessions) as session:
        return checkout(
            session,
            clerk,
            open_vault(session, key),
            resident_id,
            unit_id,
            Term(months=1),
            Payment(PaymentMethod.CASH),
            started,
        )


def late_and_due(db: Database, key: Path) -> tuple[LoanView, LoanView]:
    """One loan 50 days old (about three weeks late) and one 27 days old (due within the week)."""
    people, units = renters(db, key), on_shelf(db)
    today = local_today()
    late = lend(db, key, people[0].id, units[0].id, today - timedelta(days=50))
    due = lend(db, key, people[1].id, units[1].id, today - timedelta(days=27))
    return late, due


def rows(table: QWidget) -> list[list[str]]:
    model = table.model  # type: ignore[attr-defined]
    return [
        [str(model.data(model.index(row, col))) for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def choose_loan(tab: LoansTab, section: int, loan_id: int) -> None:
    tab.show_section(section)
    assert tab.select(loan_id)


def test_overdue_loans_show_masked_phones_and_lateness_in_words(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    late, due = late_and_due(demo_database, key_file)
    tab = open_rental_tab(qtbot, demo_database, LoansTab, "clerk")
    tab.segment_buttons[OVERDUE].click()
    assert tab.heading.text().startswith("Overdue loans")
    assert tab.segment_buttons[OVERDUE].text() == f"Overdue: {len(rows(tab.late))}"
    [row] = [line for line in rows(tab.late) if line[0] == late.code]
    days_late = (local_today() - late.due_on).days
    assert row[0] == late.code and row[1] == late.asset_tag
    assert row[-1] == f"{days_late} days late"
    assert re.fullmatch(r"1\d\d\*{4}\d{4}", row[4])
    everything = " ".join(cell for line in rows(tab.late) + rows(tab.due) for cell in line)
    assert not re.search(r"\d{11}", everything)  # no mobile in clear anywhere
    [soon] = [line for line in rows(tab.due) if line[0] == due.code]
    assert soon[0] == due.code and re.fullmatch(r"In \d days|Due tomorrow|Due today", soon[-1])


def test_a_clerk_cannot_reveal_a_phone_and_a_manager_can_with_an_audit_entry(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    late, _ = late_and_due(demo_database, key_file)
    clerk_tab = open_rental_tab(qtbot, demo_database, LoansTab, "clerk")
    choose_loan(clerk_tab, OVERDUE, late.id)
    assert not clerk_tab.reveal_button.isVisibleTo(clerk_tab)
    assert clerk_tab.renew_button.isVisibleTo(clerk_tab)

    tab = open_rental_tab(qtbot, demo_database, LoansTab, "manager")
    choose_loan(tab, OVERDUE, late.id)
    assert tab.reveal_button.isVisibleTo(tab) and tab.reveal_button.isEnabled()
    with reading(demo_database.sessions) as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    revealed: list[str] = []

    def reveal(dialog: RevealDialog) -> None:
        assert dialog.resident.id == late.resident_id
        dialog.reveal_button.click()
        revealed.append(dialog.value.text())
        dialog.close()

    failures = on_dialog(RevealDialog, reveal)
    tab.reveal_button.click()
    assert not failures, failures
    assert re.fullmatch(r"1\d{10}", revealed[0])
    with reading(demo_database.sessions) as session:
        last = session.execute(
            select(AuditEntry.action, AuditEntry.entity_id).order_by(AuditEntry.id.desc()).limit(1)
        ).one()
        assert (session.scalar(select(func.count()).select_from(AuditEntry)) or 0) == audited + 1
    assert tuple(last) == ("reveal", str(late.resident_id))
    tab.show_section(TODAY)
    assert not tab.reveal_button.isVisibleTo(tab)  # the reservations list has no phones


def test_renewing_from_the_list_makes_a_new_loan_and_a_late_one_is_refused_in_the_dialog(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    late, due = late_and_due(demo_database, key_file)
    tab = open_rental_tab(qtbot, demo_database, LoansTab, "clerk")

    choose_loan(tab, OVERDUE, late.id)

    def refused(dialog: QWidget) -> None:
        assert isinstance(dialog, RenewDialog)
        dialog.term.months.button(2).click()
        dialog.payment.methods.button(PaymentMethod.CASH).click()
        dialog.action.click()
        assert dialog.isVisible()
        assert "days late, past its grace days" in dialog.bar.text()
        dialog.reject()

    failures = on_next_dialog(refused)
    tab.renew_button.click()
    assert not failures, failures

    choose_loan(tab, DUE, due.id)

    def three_months_by_bank(dialog: RenewDialog) -> None:
        dialog.term.months.button(3).click()
        dialog.payment.methods.button(PaymentMethod.BANK).click()
        dialog.action.click()
        assert "bank transfer's reference" in error_under(dialog.payment.reference)
        dialog.payment.reference.setText("ICBC-20261201-77")
        dialog.action.click()

    failures = on_dialog(RenewDialog, three_months_by_bank)
    tab.renew_button.click()
    assert not failures, failures
    with reading(demo_database.sessions) as session:
        old = session.get_one(Loan, due.id)
        new = session.scalars(select(Loan).where(Loan.renewed_from_id == due.id)).one()
        assert old.status is LoanStatus.RETURNED
        assert (new.status, new.unit_id, new.start_on, new.term_months) == (
            LoanStatus.OPEN,
            due.unit_id,
            due.due_on,
            3,
        )
        assert new.payment_reference == "ICBC-20261201-77"
        new_code = new.code
    assert f"Loan {due.code} is renewed as {new_code}" in tab.bar.text()
    assert due.code not in " ".join(line[0] for line in rows(tab.due))  # due in three months now
