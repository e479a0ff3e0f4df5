"""The rental counter as a clerk with a scanner uses it: a unit scanned (full-width too) opens the
checkout, the quote on screen is the service's to the fen, Enter lends it; a second desk lending the
same unit is refused with nothing written; the unit scanned again is taken back, a deduction above
the deposit refused under its field; a unit awaiting cleaning only says what to do; receipts are
saved as PDF or printed on an 80 mm roll cut to their length."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from silvershop.config import local_today
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.money import format_yuan
from silvershop.rental.checkout import Payment, PaymentMethod, checkout
from silvershop.rental.models import ConsentBasis, Loan, LoanStatus, SubsidyAccount, UnitCondition, UnitState
from silvershop.rental.quotes import Quote, Term, quote
from silvershop.rental.receipt_layout import Paper
from silvershop.rental.residents import ResidentInput, ResidentView, add_resident, list_residents
from silvershop.rental.returns import MAX_PHOTO_BYTES, return_unit
from silvershop.rental.units import UnitView, list_units, unit_view
from silvershop.security.login import login
from silvershop.security.permissions import Actor
from silvershop.security.vault import KEY_ENV, KEY_FILE_ENV, open_vault
from silvershop.ui.desk import Desk
from silvershop.ui.rental.counter import CounterTab
from silvershop.ui.rental.receipt_printing import ROLL_WIDTH_MM
from silvershop.ui.rental.renewal_dialog import RenewDialog
from silvershop.ui.rental.return_panel import ReturnPanel
from tests.ui.test_scan_field import type_scan
from tests.ui.test_settings_users import error_under, on_next_dialog

CENTRE = 1  # the clerk's centre in the demo
NO_CONSENT_ID = "11010519491231002X"
PT_PER_MM = 72 / 25.4
_ALIVE: list[QWidget] = []


@pytest.fixture(autouse=True)
def keep_alive() -> Iterator[None]:
    """Hold the tabs until pytest-qt has closed them (see test_catalog_screen.keep_alive)."""
    yield
    _ALIVE.clear()


@pytest.fixture
def key_file(demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo database's own key, where the counter looks for it."""
    path = demo_template.parent / "demo.key"
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    return path


@dataclass(frozen=True)
class Scene:
    db: Database
    actor: Actor
    unit: UnitView
    resident: ResidentView


@pytest.fixture
def scene(demo_database: Database, key_file: Path, english: None) -> Scene:
    """An available unit of the clerk's centre and a resident of that centre the city subsidises
    for 2 months of it, so the quote has a rule, a rate and a cap to show."""
    actor = login(demo_database.sessions, "clerk", DEMO_PASSWORD)
    with reading(demo_database.sessions) as session:
        vault = open_vault(session)
        units = list_units(session, actor, centre_id=CENTRE, state=UnitState.AVAILABLE)
        residents = list_residents(session, actor, vault, today=local_today())
        for unit in units:
            for resident in residents:
                if quote(
                    session, actor, vault, resident.id, unit.id, Term(months=2), local_today()
                ).subsidy_fen:
                    return Scene(demo_database, actor, unit, resident)
    raise AssertionError("the demo has no subsidised resident for an available unit")


def open_counter(qtbot: QtBot, db: Database, username: str = "clerk") -> CounterTab:
    """The Counter tab as the rental screen hosts it: read at once, and again after each write."""
    actor = login(db.sessions, username, DEMO_PASSWORD)
    tab = CounterTab(Desk(db, Path(db.engine.url.database or ".").parent, language="en", actor=actor), actor)
    qtbot.addWidget(tab)
    _ALIVE.append(tab)
    tab.resize(1280, 800)
    with qtbot.waitExposed(tab):
        tab.show()
    with qtbot.waitActive(tab):
        tab.activateWindow()

    def read() -> None:
        with reading(db.sessions) as session:
            tab.refresh(session)

    tab.changed.connect(read)
    read()
    return tab


def full_width(text: str) -> str:
    """What a scanner types with a Chinese input method's full-width mode on."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def yuan(fen: int) -> str:
    return f"{format_yuan(fen)} 元"


def choose_resident(qtbot: QtBot, tab: CounterTab, resident: ResidentView) -> None:
    picker = tab.checkout.picker
    picker.query.setText(resident.name)
    qtbot.mouseClick(picker.search_button, Qt.MouseButton.LeftButton)
    if picker.resident is None:  # several found: click the row of this one
        row = next(i for i, r in enumerate(picker.table.model.records()) if r.id == resident.id)
        view = picker.table.view
        rect = view.visualRect(picker.table.model.index(row, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.resident is not None and picker.resident.id == resident.id


def press(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))


def ready_to_lend(qtbot: QtBot, tab: CounterTab, scene: Scene) -> None:
    type_scan(qtbot, tab.scan, f"SS:U:{scene.unit.asset_tag}")
    choose_resident(qtbot, tab, scene.resident)
    press(qtbot, tab.checkout.term.months.button(2))
    press(qtbot, tab.checkout.payment.methods.button(PaymentMethod.CASH))


def expected_quote(scene: Scene) -> Quote:
    with reading(scene.db.sessions) as session:
        vault = open_vault(session)
        return quote(
            session, scene.actor, vault, scene.resident.id, scene.unit.id, Term(months=2), local_today()
        )


def unit_state(db: Database, unit_id: int) -> UnitState:
    with reading(db.sessions) as session:
        return unit_view(session, unit_id).state


def loans_of(db: Database, unit_id: int) -> list[tuple[str, LoanStatus]]:
    with reading(db.sessions) as session:
        return [
            (loan.code, loan.status) for loan in session.scalars(select(Loan).where(Loan.unit_id == unit_id))
        ]


def granted(db: Database) -> int:
    with reading(db.sessions) as session:
        return session.scalar(select(func.sum(SubsidyAccount.granted_fen))) or 0


def open_deposit(scene: Scene) -> int:
    """The deposit of the open loan of the scene's unit."""
    with reading(scene.db.sessions) as session:
        return (
            session.scalar(
                select(Loan.deposit_fen).where(Loan.unit_id == scene.unit.id, Loan.status == LoanStatus.OPEN)
            )
            or 0
        )


def lend(scene: Scene) -> str:
    """Lend the scene's unit at another desk (the service, as that desk would)."""
    with transaction(scene.db.sessions) as session:
        return checkout(
            session,
            scene.actor,
            open_vault(session),
            scene.resident.id,
            scene.unit.id,
            Term(months=2),
            Payment(PaymentMethod.CASH),
            local_today(),
        ).code


def test_a_scanned_unit_is_lent_at_the_quote_on_screen_with_enter(qtbot: QtBot, scene: Scene) -> None:
    tab = open_counter(qtbot, scene.db)
    type_scan(qtbot, tab.scan, full_width(f"ss:u:{scene.unit.asset_tag.lower()}"))
    assert tab.stack.currentWidget() is tab.checkout
    assert tab.card.tag.text() == scene.unit.asset_tag
    assert tab.card.state.text().endswith("Available")
    choose_resident(qtbot, tab, scene.resident)
    assert tab.scan.hasFocus()  # chosen with a click: the next scan still lands in the scan field
    press(qtbot, tab.checkout.term.months.button(2))
    expected = expected_quote(scene)
    sheet = tab.checkout.sheet.values
    assert expected.rule is not None
    assert sheet["rent"].text() == yuan(expected.rent_fen)
    assert sheet["subsidy"].text() == yuan(-expected.subsidy_fen)
    assert tab.checkout.sheet.labels["subsidy"].text() == f"Subsidy, {expected.rule.rate_bp // 100} %"
    notes = [note.text() for note in tab.checkout.sheet.findChildren(QLabel, "sheetNote") if note.isVisible()]
    assert expected.rule.label in notes
    assert sheet["used"].text() == yuan(expected.used_this_year_fen)
    assert sheet["left"].text() == yuan(expected.left_after_fen)
    assert sheet["deposit"].text() == yuan(expected.deposit_fen)
    assert sheet["due"].text() == expected.due_on.isoformat()
    assert sheet["pay_now"].text() == yuan(expected.pay_now_fen)
    assert not tab.checkout.checkout_button.isEnabled()  # no payment chosen yet
    press(qtbot, tab.checkout.payment.methods.button(PaymentMethod.CASH))
    assert tab.scan.hasFocus()
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)  # Enter in the empty scan field checks out

    assert unit_state(scene.db, scene.unit.id) is UnitState.ON_LOAN
    [code] = [code for code, status in loans_of(scene.db, scene.unit.id) if status is LoanStatus.OPEN]
    assert tab.stack.currentWidget() is tab.done_page
    assert tab.confirmation.text() == (
        f"✓ {code}: {scene.unit.product_name} lent to {scene.resident.name} until "
        f"{expected.due_on.isoformat()}; {yuan(expected.pay_now_fen)} taken"
    )
    assert tab.card.state.text().endswith("On loan")
    assert tab.checkout.picker.resident is None and tab.checkout.term.term() is None  # cleared
    assert tab.scan.hasFocus()


def test_a_unit_lent_at_another_desk_meanwhile_is_refused_and_nothing_is_written(
    qtbot: QtBot, scene: Scene
) -> None:
    tab = open_counter(qtbot, scene.db)
    ready_to_lend(qtbot, tab, scene)
    assert tab.checkout.checkout_button.isEnabled()
    first = lend(scene)
    before = (loans_of(scene.db, scene.unit.id), granted(scene.db))
    press(qtbot, tab.checkout.checkout_button)
    assert tab.checkout.bar.text() == (
        f"⚠ {scene.unit.asset_tag} is on loan already; it cannot be lent twice. Choose another unit."
    )
    assert not tab.checkout.checkout_button.isEnabled()
    assert (loans_of(scene.db, scene.unit.id), granted(scene.db)) == before
    assert (first, LoanStatus.OPEN) in before[0]
    assert tab.stack.currentWidget() is tab.checkout  # the sentence stays until the next scan


def test_a_bank_transfer_without_its_reference_is_refused_under_the_reference(
    qtbot: QtBot, scene: Scene
) -> None:
    tab = open_counter(qtbot, scene.db)
    ready_to_lend(qtbot, tab, scene)
    press(qtbot, tab.checkout.payment.methods.button(PaymentMethod.BANK))
    press(qtbot, tab.checkout.checkout_button)
    assert "bank transfer's reference" in error_under(tab.checkout.payment.reference)
    assert unit_state(scene.db, scene.unit.id) is UnitState.AVAILABLE
    tab.checkout.payment.reference.setText("ICBC 20261129 0001")
    qtbot.keyClick(tab.checkout.payment.reference, Qt.Key.Key_Return)
    assert unit_state(scene.db, scene.unit.id) is UnitState.ON_LOAN


def test_a_unit_scanned_again_is_taken_back_and_a_deduction_above_the_deposit_is_refused(
    qtbot: QtBot, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = lend(scene)
    tab = open_counter(qtbot, scene.db)
    type_scan(qtbot, tab.scan, scene.unit.asset_tag)
    assert tab.stack.currentWidget() is tab.giveback
    panel: ReturnPanel = tab.giveback
    assert panel.sheet.values["loan"].text() == f"Loan {code} · {scene.resident.name}"
    deposit = open_deposit(scene)
    assert panel.sheet.values["refund"].text() == yuan(deposit)
    panel.deductions.setText(format_yuan(deposit + 100))
    panel.deductions_note.setText("缺少脚踏板")
    press(qtbot, panel.take_back_button)
    assert "cannot exceed the deposit" in error_under(panel.deductions)
    assert unit_state(scene.db, scene.unit.id) is UnitState.ON_LOAN
    assert (code, LoanStatus.OPEN) in loans_of(scene.db, scene.unit.id)

    panel.deductions.setText("50")
    assert panel.sheet.values["refund"].text() == yuan(deposit - 5000)
    photo = tmp_path / "footrest.jpg"
    photo.write_bytes(b"\xff\xd8 a photo of the footrest")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(photo), ""))
    press(qtbot, panel.photo.choose_button)
    assert panel.photo.name.text().startswith("footrest.jpg, ")
    press(qtbot, panel.take_back_button)
    assert unit_state(scene.db, scene.unit.id) is UnitState.AWAITING_CLEANING
    assert (code, LoanStatus.RETURNED) in loans_of(scene.db, scene.unit.id)
    assert f"{yuan(deposit - 5000)} of the deposit refunded" in tab.confirmation.text()
    assert "waits for cleaning" in tab.confirmation.text()
    assert tab.card.state.text().endswith("Awaiting cleaning")
    with reading(scene.db.sessions) as session:
        assert session.scalar(select(Loan.return_photo).where(Loan.code == code)) == photo.read_bytes()


def test_a_photo_over_8_mb_is_refused_when_chosen(qtbot: QtBot, scene: Scene, tmp_path: Path) -> None:
    lend(scene)
    tab = open_counter(qtbot, scene.db)
    type_scan(qtbot, tab.scan, scene.unit.asset_tag)
    large = tmp_path / "large.jpg"
    large.write_bytes(b"\0" * (MAX_PHOTO_BYTES + 1))
    tab.giveback.photo.read(large)
    assert tab.giveback.photo.photo is None
    assert (
        tab.giveback.photo.name.text() == "⚠ The photo is larger than 8 MB; take it again at a smaller size."
    )


def test_a_unit_awaiting_cleaning_says_what_to_do_and_offers_no_checkout(qtbot: QtBot, scene: Scene) -> None:
    lend(scene)
    with transaction(scene.db.sessions) as session:
        return_unit(session, scene.actor, scene.unit.id, UnitCondition.GOOD, local_today())
    tab = open_counter(qtbot, scene.db)
    type_scan(qtbot, tab.scan, f"SS:U:{scene.unit.asset_tag}")
    assert tab.card.state.text().endswith("Awaiting cleaning")
    assert tab.sentence.text() == (
        f"ℹ {scene.unit.asset_tag} came back and waits for its cleaning record; sign it off on the Cleaning "
        "tab before lending it."
    )
    assert tab.sentence.isVisible()
    assert not tab.checkout.checkout_button.isVisible()
    assert not tab.giveback.take_back_button.isVisible()


def test_labels_that_name_no_unit_are_said_and_the_counter_keeps_what_it_showed(
    qtbot: QtBot, scene: Scene
) -> None:
    tab = open_counter(qtbot, scene.db)
    type_scan(qtbot, tab.scan, scene.unit.asset_tag)
    type_scan(qtbot, tab.scan, "SS:P:P-000001")
    assert "is a product's label, not a device's" in tab.feedback.text()
    type_scan(qtbot, tab.scan, "LX01-99999")
    assert tab.feedback.text() == (
        "⚠ There is no device with the asset tag LX01-99999; check the label and try again."
    )
    assert tab.stack.currentWidget() is tab.checkout
    assert tab.card.tag.text() == scene.unit.asset_tag
    assert tab.scan.hasFocus()


def test_a_resident_without_consent_gets_the_refusal_and_no_price(qtbot: QtBot, scene: Scene) -> None:
    with transaction(scene.db.sessions) as session:
        add_resident(
            session,
            scene.actor,
            open_vault(session),
            ResidentInput(name="周无签", id_number=NO_CONSENT_ID, consent_basis=ConsentBasis.NONE),
            today=date(2026, 1, 5),
        )
    tab = open_counter(qtbot, scene.db)
    type_scan(qtbot, tab.scan, scene.unit.asset_tag)
    picker = tab.checkout.picker
    picker.query.setText(NO_CONSENT_ID)
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert picker.resident is not None and picker.resident.name == "周无签"
    assert error_under(picker) == (
        "⚠ 周无签 has no consent on file for keeping their personal data. Record their consent (or the legal "
        "duty) in the resident's record before lending."
    )
    press(qtbot, tab.checkout.term.months.button(2))
    assert "has no consent on file" in error_under(picker)
    assert "pay_now" not in tab.checkout.sheet.values
    assert not tab.checkout.checkout_button.isEnabled()


def test_a_loan_is_renewed_from_the_return_panel(qtbot: QtBot, scene: Scene) -> None:
    code = lend(scene)
    tab = open_counter(qtbot, scene.db)
    type_scan(qtbot, tab.scan, scene.unit.asset_tag)

    def renew(dialog: QWidget) -> None:
        assert isinstance(dialog, RenewDialog)
        assert not dialog.action.isEnabled()
        dialog.term.months.button(3).click()
        dialog.payment.methods.button(PaymentMethod.WECHAT).click()
        assert dialog.sheet.values["deposit"].text() == yuan(0)
        dialog.action.click()

    failures = on_next_dialog(renew)
    press(qtbot, tab.giveback.renew_button)
    assert not failures, failures
    loans = loans_of(scene.db, scene.unit.id)
    assert (code, LoanStatus.RETURNED) in loans
    [renewed] = [c for c, status in loans if status is LoanStatus.OPEN]
    assert tab.confirmation.text().startswith(f"✓ {renewed} renews {code}: ")
    assert unit_state(scene.db, scene.unit.id) is UnitState.ON_LOAN


def test_the_receipt_is_saved_as_pdf_and_printed_on_a_roll_cut_to_its_length(
    qtbot: QtBot, scene: Scene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_counter(qtbot, scene.db)
    ready_to_lend(qtbot, tab, scene)
    press(qtbot, tab.checkout.checkout_button)
    code = tab.receipts.loan[1] if tab.receipts.loan else ""
    saved = tmp_path / "receipt"
    asked: list[str] = []

    def save_as(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(saved), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    press(qtbot, tab.receipts.save_button)
    assert Path(asked[0]).name == f"{code}.pdf"
    pdf = saved.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in tab.receipts.bar.text()

    printed = tmp_path / "roll.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    press(qtbot, tab.receipts.paper.button(Paper.ROLL_80MM))
    press(qtbot, tab.receipts.print_button)
    body = printed.read_bytes()
    assert body.startswith(b"%PDF")
    [box] = re.findall(rb"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", body)
    width, length = float(box[0]) / PT_PER_MM, float(box[1]) / PT_PER_MM
    assert width == pytest.approx(ROLL_WIDTH_MM, abs=0.5)
    assert 100 < length < 297  # as long as the receipt, not a sheet
    assert tab.scan.hasFocus()
