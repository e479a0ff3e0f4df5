"""The desk's receipts: the right amounts for the published example and for a late return, nothing of
the resident but the name, and printable PDFs (A4 and an 80 mm roll as long as the receipt) whose
text really is in the file and inside the paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from silvershop.catalog.models import Enterprise, Product
from silvershop.centres.models import Centre
from silvershop.config import LOCAL_ZONE
from silvershop.database import Database
from silvershop.db.session import transaction
from silvershop.errors import PermissionDenied, SilvershopError, ValidationError
from silvershop.rental.checkout import Payment, PaymentMethod, checkout
from silvershop.rental.models import ConsentBasis, DeviceUnit, UnitCondition
from silvershop.rental.quotes import Term
from silvershop.rental.receipt_layout import Paper, paint, render_pdf
from silvershop.rental.receipts import Receipt, checkout_receipt, return_receipt
from silvershop.rental.residents import ResidentInput, add_resident
from silvershop.rental.returns import return_unit
from silvershop.security.id_number import make_id_number
from silvershop.security.masking import mask_id_number, mask_phone
from silvershop.security.models import Role, User
from silvershop.security.permissions import Actor, actor_with
from silvershop.security.vault import Vault

# The day the return is recorded must be the real local day: the receipt counts late days from the
# moment the loan was closed, as the desk does.
TODAY = datetime.now(LOCAL_ZONE).date()
POINTS_PER_MM = 72 / 25.4
TWO_MONTHS = Term(months=2)
LONG_NAME = "Lightweight folding manual wheelchair with detachable armrests and swing-away footrests MW-621A"


@dataclass
class Desk:
    db: Database
    vault: Vault
    clerk: Actor
    units: list[int]
    id_number: str
    phone: str
    resident: int = 0

    def lend(self, start: date, term: Term = TWO_MONTHS, unit: int = 0) -> int:
        with transaction(self.db.sessions) as s:
            loan = checkout(
                s,
                self.clerk,
                self.vault,
                self.resident,
                self.units[unit],
                term,
                Payment(PaymentMethod.CASH),
                start,
            )
            return loan.id

    def take_back(self, unit: int = 0, **how: object) -> None:
        with transaction(self.db.sessions) as s:
            return_unit(s, self.clerk, self.units[unit], UnitCondition.GOOD, TODAY, **how)  # type: ignore[arg-type]

    def receipt(self, loan_id: int, *, returned: bool = False) -> Receipt:
        with transaction(self.db.sessions) as s:
            return (return_receipt if returned else checkout_receipt)(s, self.clerk, loan_id)


@pytest.fixture
def desk(memdb: Database) -> Desk:
    """The published example's desk: a 200 元-a-month wheelchair with a 500 元 deposit, an 81-year-old."""
    vault = Vault.generate()
    with transaction(memdb.sessions) as s:
        centre = Centre(
            code="LX01",
            name="梁溪区适老生活体验中心",
            district_code="320213",
            address="无锡市梁溪区中山路 100 号",
            phone="0510-82700000",
            opening_hours="周一至周六 9:00–17:00",
            late_fee_per_day_fen=200,
            grace_days=3,
        )
        maker = Enterprise(name="无锡德康康复器材有限公司", credit_code="91350100M000100Y43")
        wheelchair = Product(
            code="P-000001",
            name="手动轮椅车",
            model="MW-621A",
            enterprise=maker,
            rentable=True,
            monthly_rent_fen=20000,
            deposit_fen=50000,
        )
        long_named = Product(
            code="P-000002",
            name=LONG_NAME,
            model="MW-621B",
            enterprise=maker,
            rentable=True,
            monthly_rent_fen=20000,
            deposit_fen=50000,
        )
        clerk = User(username="clerk", display_name="李文", password_hash="-")
        s.add_all([centre, wheelchair, long_named, clerk])
        s.flush()
        units = [
            DeviceUnit(asset_tag="LX01-00001", product_id=wheelchair.id, home_centre_id=centre.id),
            DeviceUnit(asset_tag="LX01-00002", product_id=long_named.id, home_centre_id=centre.id),
        ]
        s.add_all(units)
        s.flush()
        centre_id, unit_ids, clerk_id = centre.id, [u.id for u in units], clerk.id
    actor = actor_with([Role.DESK_CLERK], [centre_id], username="clerk", user_id=clerk_id)
    id_number = make_id_number("320213", date(TODAY.year - 81, 1, 15), 24)
    desk = Desk(memdb, vault, actor, unit_ids, id_number, "13912345678")
    with transaction(memdb.sessions) as s:
        desk.resident = add_resident(
            s,
            actor,
            vault,
            ResidentInput(
                name="王秀英",
                id_number=id_number,
                phone=desk.phone,
                address="无锡市梁溪区健康路 8 号",
                hukou_local=True,
                consent_basis=ConsentBasis.CONSENT,
                consent_text="同意为辅具租赁保存本人信息",
                home_centre_code="LX01",
            ),
            today=TODAY,
        ).id
    return desk


def late_by(days: int, term: Term = TWO_MONTHS) -> date:
    """The first day of a loan of `term` that is `days` days overdue today."""
    start = TODAY - timedelta(days=days)
    while (TODAY - term.ends(start)).days > days:
        start += timedelta(days=1)
    while (TODAY - term.ends(start)).days < days:
        start -= timedelta(days=1)
    return start


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    return document.getAllText(0).text()


def media_box_mm(path: Path) -> tuple[float, float]:
    """The page size written in the PDF itself (its MediaBox is plain text), in millimetres."""
    found = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", path.read_bytes())
    assert len(found) == 1
    x0, y0, x1, y1 = (float(n) for n in found[0])
    return (x1 - x0) / POINTS_PER_MM, (y1 - y0) / POINTS_PER_MM


# What the receipts say


def test_the_checkout_receipt_of_the_published_example_says_700_paid_now(desk: Desk) -> None:
    receipt = desk.receipt(desk.lend(TODAY))
    amounts = {key: receipt.line(key).fen for key in ("rent", "subsidy", "payable", "deposit", "paid_now")}
    assert amounts == {"rent": 40000, "subsidy": 20000, "payable": 20000, "deposit": 50000, "paid_now": 70000}
    assert receipt.line("paid_now").value == "700.00 yuan"
    assert receipt.line("subsidy").value == "-200.00 yuan"
    assert receipt.line("subsidy").label == "Subsidy (50%)"  # never the rule: it can say 低保
    assert receipt.title == "Rental receipt"
    assert receipt.letterhead.name == "梁溪区适老生活体验中心"
    assert receipt.letterhead.details == (
        "无锡市梁溪区中山路 100 号",
        "Tel. 0510-82700000",
        "Open 周一至周六 9:00–17:00",
    )
    facts = {
        key: receipt.line(key).value
        for key in ("resident", "clerk", "asset_tag", "product", "term", "due_on")
    }
    assert facts == {
        "resident": "王秀英",
        "clerk": "李文",
        "asset_tag": "LX01-00001",
        "product": "手动轮椅车",
        "term": "2 months",
        "due_on": Term(months=2).ends(TODAY).isoformat(),
    }
    assert receipt.line("payment_method").value == "Cash"
    assert receipt.issued_at.tzinfo is not None and receipt.issued_at.utcoffset() == timedelta(hours=8)
    assert len(receipt.signatures) == 2


def test_the_return_receipt_takes_the_late_fee_and_deductions_from_the_deposit(desk: Desk) -> None:
    loan = desk.lend(late_by(8))
    desk.take_back(deductions_fen=3000, deductions_note="刹车把手缺失")
    receipt = desk.receipt(loan, returned=True)
    assert receipt.title == "Return receipt"
    assert receipt.line("days_late").value == "8"
    assert receipt.line("late_fee").fen == 1000  # 3 days of grace, then 5 days at 2 元
    assert (receipt.line("deductions").fen, receipt.line("deductions_note").value) == (3000, "刹车把手缺失")
    assert receipt.line("deposit").fen == 50000
    assert (receipt.line("refund").fen, receipt.line("refund").value) == (46000, "460.00 yuan")
    assert receipt.line("owed").fen == 0


def test_a_late_fee_beyond_the_deposit_is_owed_and_nothing_is_refunded(desk: Desk) -> None:
    loan = desk.lend(late_by(300, Term(months=1)), Term(months=1))
    desk.take_back()
    receipt = desk.receipt(loan, returned=True)
    assert receipt.line("late_fee").fen == 297 * 200
    assert (receipt.line("refund").fen, receipt.line("owed").fen) == (0, 297 * 200 - 50000)


def test_a_loan_still_out_has_no_return_receipt_and_another_centre_none_at_all(desk: Desk) -> None:
    loan = desk.lend(TODAY)
    with pytest.raises(ValidationError, match="has not been returned"):
        desk.receipt(loan, returned=True)
    elsewhere = actor_with([Role.DESK_CLERK], [999], username="elsewhere")
    with pytest.raises(PermissionDenied), transaction(desk.db.sessions) as s:
        checkout_receipt(s, elsewhere, loan)


def test_no_receipt_shows_the_id_number_or_the_phone_even_masked(
    desk: Desk, tmp_path: Path, qapp: QApplication
) -> None:
    loan = desk.lend(TODAY)
    desk.take_back()
    for receipt in (desk.receipt(loan), desk.receipt(loan, returned=True)):
        pdf = tmp_path / "receipt.pdf"
        render_pdf(receipt, pdf, Paper.A4)
        printed = " ".join(receipt.texts()) + pdf_text(pdf)
        assert "王秀英" in " ".join(receipt.texts())
        for secret in (desk.id_number, mask_id_number(desk.id_number), desk.phone, mask_phone(desk.phone)):
            assert secret not in printed
        assert "健康路" not in printed  # nor the home address


# The printed documents


@pytest.mark.parametrize("returned", [False, True], ids=["checkout", "return"])
@pytest.mark.parametrize("paper", list(Paper), ids=lambda paper: paper.value)
def test_each_receipt_prints_to_a_pdf_of_its_paper_with_its_text_in_it(
    desk: Desk, tmp_path: Path, qapp: QApplication, paper: Paper, returned: bool
) -> None:
    loan = desk.lend(TODAY)
    desk.take_back()
    receipt = desk.receipt(loan, returned=returned)
    pdf = tmp_path / f"{paper.value}.pdf"
    render_pdf(receipt, pdf, paper)
    assert pdf.read_bytes().startswith(b"%PDF-")
    width, height = media_box_mm(pdf)
    if paper is Paper.A4:
        assert (width, height) == (pytest.approx(210, abs=0.5), pytest.approx(297, abs=0.5))
    else:
        assert width == pytest.approx(80, abs=0.5)
        assert 100 < height < 297  # as long as the receipt, not a sheet
    text = pdf_text(pdf)
    expected = ["LX01-00001", receipt.loan_code, receipt.line("deposit").value, receipt.signatures[1]]
    expected.append(receipt.line("refund" if returned else "paid_now").value)
    for words in expected:
        assert words in text


def test_a_long_product_name_wraps_and_the_roll_grows_to_hold_it(
    desk: Desk, tmp_path: Path, qapp: QApplication
) -> None:
    short, long = desk.lend(TODAY), desk.lend(TODAY, unit=1)
    lengths = []
    for loan in (short, long):
        pdf = tmp_path / f"{loan}.pdf"
        render_pdf(desk.receipt(loan), pdf, Paper.ROLL_80MM)
        lengths.append(media_box_mm(pdf)[1])
        if loan == long:
            assert "".join(LONG_NAME.split()) in "".join(pdf_text(pdf).split())
    assert lengths[1] > lengths[0] + 5  # more lines of name, more roll


DOTS_PER_MM = 203 / 25.4  # a thermal printer's resolution


def painted(receipt: Receipt, page_mm: float, paper_mm: float) -> QImage:
    """`receipt` painted on an 80 mm roll `paper_mm` long, into a page of 72 × `page_mm` mm 4 mm in."""
    image = QImage(round(80 * DOTS_PER_MM), round(paper_mm * DOTS_PER_MM), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(DOTS_PER_MM * 1000))
    image.setDotsPerMeterY(round(DOTS_PER_MM * 1000))
    image.fill(QColor("white"))
    painter = QPainter(image)
    page = QRectF(4 * DOTS_PER_MM, 4 * DOTS_PER_MM, 72 * DOTS_PER_MM, page_mm * DOTS_PER_MM)
    paint(receipt, painter, page, Paper.ROLL_80MM)
    painter.end()
    return image


def ink(image: QImage, x_mm: tuple[float, float], y_mm: tuple[float, float]) -> int:
    """How many dots are not white in a band of the image (every other row, to be quick)."""
    white = QColor("white").rgb()
    xs = range(max(0, round(x_mm[0] * DOTS_PER_MM)), min(image.width(), round(x_mm[1] * DOTS_PER_MM)))
    ys = range(max(0, round(y_mm[0] * DOTS_PER_MM)), min(image.height(), round(y_mm[1] * DOTS_PER_MM)), 2)
    return sum(image.pixel(x, y) != white for x in xs for y in ys)


def test_painting_stays_inside_the_margins_of_an_80_mm_roll(desk: Desk, qapp: QApplication) -> None:
    image = painted(desk.receipt(desk.lend(TODAY, unit=1)), 292, 300)
    assert ink(image, (0, 3.9), (0, 300)) == 0
    assert ink(image, (76.1, 80), (0, 300)) == 0
    assert ink(image, (4, 76), (0, 300)) > 1000


def test_a_page_shorter_than_the_receipt_gets_it_smaller_not_cut_off(desk: Desk, qapp: QApplication) -> None:
    image = painted(desk.receipt(desk.lend(TODAY, unit=1)), 100, 150)
    assert ink(image, (0, 80), (104.1, 150)) == 0
    assert ink(image, (4, 76), (90, 104)) > 100  # the signature lines and the note, at the foot


def test_a_pdf_that_cannot_be_written_is_refused_in_words(
    desk: Desk, tmp_path: Path, qapp: QApplication
) -> None:
    receipt = desk.receipt(desk.lend(TODAY))
    with pytest.raises(SilvershopError, match="could not be written"):
        render_pdf(receipt, tmp_path / "no such folder" / "receipt.pdf", Paper.A4)
