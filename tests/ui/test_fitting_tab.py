"""Disabled residents' device-fitting subsidy cases at the desk: opened through the form with who
pays what, moved on one stage at a time with each stage kept in the history, closed after the
follow-up, and a stage out of order refused with nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.errors import ValidationError
from silvershop.rental.fitting import STAGES, CaseView, advance_case, case_view, open_case
from silvershop.rental.models import FittingStage
from silvershop.security.login import login
from silvershop.ui.rental.fitting_dialogs import AdvanceCaseDialog, OpenCaseDialog
from silvershop.ui.rental.fitting_tab import FittingTab
from silvershop.ui.vocabulary import yuan
from tests.ui.test_loans_tab import ALIVE, CENTRE, demo_key, open_rental_tab, renters, rows
from tests.ui.test_reservations_tab import choose_resident
from tests.ui.test_settings_users import error_under, on_next_dialog
from tests.ui.test_transfers_tab import on_dialog


@pytest.fixture(autouse=True)
def keep_alive() -> Iterator[None]:
    yield
    ALIVE.clear()


@pytest.fixture
def key_file(demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return demo_key(demo_template, monkeypatch)


def case_of(db: Database, case_id: int) -> CaseView:
    clerk = login(db.sessions, "clerk", DEMO_PASSWORD)
    with reading(db.sessions) as session:
        return case_view(session, clerk, case_id)


def record_next(tab: FittingTab, note: str) -> None:
    def record(dialog: AdvanceCaseDialog) -> None:
        dialog.note.setText(note)
        dialog.action.click()

    failures = on_dialog(AdvanceCaseDialog, record)
    tab.advance_button.click()
    assert not failures, failures


def test_a_case_is_opened_and_moves_on_stage_by_stage_until_it_is_closed(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    resident = renters(demo_database, key_file)[0]
    tab = open_rental_tab(qtbot, demo_database, FittingTab, "clerk")

    def apply(dialog: OpenCaseDialog) -> None:
        choose_resident(dialog.resident, resident)
        dialog.device.setText("电动轮椅")
        dialog.standard_price.setText("3,500")
        dialog.actual_price.setText("4200元")
        assert dialog.shares.text() == "Subsidy 3,500.00 元 · the person pays 700.00 元"
        dialog.action.click()

    failures = on_dialog(OpenCaseDialog, apply)
    tab.new_button.click()
    assert not failures, failures
    chosen = tab.table.selected()
    assert chosen is not None and f"Case {chosen.code} is opened for {resident.name}" in tab.bar.text()
    [row] = [line for line in rows(tab.table) if line[0] == chosen.code]
    assert row[1:] == [
        resident.name,
        "电动轮椅",
        "Application received",
        *(yuan(fen) for fen in (350_000, 420_000, 350_000, 70_000)),  # standard, actual, subsidy, person
    ]
    for number, stage in enumerate(STAGES[1:], start=2):
        record_next(tab, f"step {number}")
        history = [(event.stage, event.note) for event in tab.history.model.records()]
        assert len(history) == number and history[-1] == (stage, f"step {number}")
        assert tab.table.selected() is not None and tab.table.selected().stage is stage  # type: ignore[union-attr]
    assert rows(tab.history)[-1][0] == "Followed up (回访)"
    assert "closed, no further stage" in tab.history_heading.text()
    assert not tab.advance_button.isEnabled()


def test_a_stage_out_of_order_is_refused_and_nothing_is_written(
    qtbot: QtBot, demo_database: Database, key_file: Path, english: None
) -> None:
    db = demo_database
    resident = renters(db, key_file)[0]
    clerk = login(db.sessions, "clerk", DEMO_PASSWORD)
    with transaction(db.sessions) as session:
        case = open_case(session, clerk, resident.id, "助听器", 600_000, 480_000, CENTRE)
    skipped = "初审 comes next, so 评估 cannot be recorded yet"
    with pytest.raises(ValidationError, match=skipped), transaction(db.sessions) as session:
        advance_case(session, clerk, case.id, "", stage=FittingStage.ASSESSED)  # skips two stages
    tab = open_rental_tab(qtbot, db, FittingTab, "clerk")
    assert tab.select(case.id)
    assert [event.stage for event in tab.history.model.records()] == [FittingStage.APPLIED]

    def meanwhile_another_desk_records_it(dialog: object) -> None:
        assert isinstance(dialog, AdvanceCaseDialog)
        assert dialog.stage is FittingStage.FIRST_REVIEW
        with transaction(db.sessions) as session:
            advance_case(session, clerk, case.id, "at the other desk")
        dialog.note.setText("here too")
        dialog.action.click()
        assert dialog.isVisible()  # this desk's 初审 would now skip over nothing: it is refused
        assert "Stages are recorded one at a time" in error_under(dialog.next_stage)
        dialog.reject()

    failures = on_next_dialog(meanwhile_another_desk_records_it)
    tab.advance_button.click()
    assert not failures, failures
    notes = [(event.stage, event.note) for event in case_of(db, case.id).history]
    assert notes == [(FittingStage.APPLIED, ""), (FittingStage.FIRST_REVIEW, "at the other desk")]
