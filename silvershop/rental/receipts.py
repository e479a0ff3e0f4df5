"""The receipts the rental desk hands the resident: one when a unit goes out (租赁凭证), one when it
comes back (归还凭证), on A4 or on an 80 mm thermal roll, printed from the system print dialog or
written to PDF.

Two steps, so what a receipt says is tested without painting and painted without a database:
`checkout_receipt` and `return_receipt` read a loan into a `Receipt` whose every string is already
translated and formatted as printed; `receipt_layout` lays it out with QtGui on any paint device
(a QPrinter from the print dialog, a QPdfWriter, a QImage) and writes it to PDF.

The resident is named and nothing more: no ID number, not even masked, no phone, no address
(个人信息保护法 art. 6, the minimum). The loan code leads the desk back to the resident; a paper
that leaves the centre in a bag need not carry anything more about them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.centres.models import Centre
from silvershop.config import LOCAL_ZONE
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.i18n import translate
from silvershop.money import format_yuan
from silvershop.rental.checkout import PaymentMethod
from silvershop.rental.models import DeviceUnit, Loan, LoanStatus, Resident, UnitCondition
from silvershop.security.models import User
from silvershop.security.permissions import Actor, Permission

_PAYMENT_WORDS: dict[str, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("receipts", "Cash"),
    PaymentMethod.WECHAT: QT_TRANSLATE_NOOP("receipts", "WeChat Pay"),
    PaymentMethod.ALIPAY: QT_TRANSLATE_NOOP("receipts", "Alipay"),
    PaymentMethod.BANK: QT_TRANSLATE_NOOP("receipts", "Bank transfer"),
}
_CONDITION_WORDS = {
    UnitCondition.GOOD: QT_TRANSLATE_NOOP("receipts", "Good"),
    UnitCondition.NEEDS_REPAIR: QT_TRANSLATE_NOOP("receipts", "Needs repair"),
    UnitCondition.DAMAGED: QT_TRANSLATE_NOOP("receipts", "Damaged"),
}


@dataclass(frozen=True)
class Line:
    """One row of a receipt: a label and its value as printed; `fen` keeps an amount exact."""

    key: str  # stable name for code and tests ("paid_now"), never printed
    label: str
    value: str
    fen: int | None = None
    figure: bool = False  # printed right-aligned in the column of amounts
    strong: bool = False  # the sums the resident hands over or gets back


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Letterhead:
    """The centre the receipt is from, so the resident knows where to return and whom to call."""

    name: str
    details: tuple[str, ...]  # address, phone, opening hours, as printed


@dataclass(frozen=True)
class Receipt:
    title: str
    letterhead: Letterhead
    loan_code: str
    issued_at: datetime  # in the centres' zone: when the unit went out or came back
    sections: tuple[Section, ...]
    signatures: tuple[str, ...]  # who signs: the resident or a family member, the clerk
    date_label: str  # beside each signature, for the day it was signed
    note: str = ""

    def line(self, key: str) -> Line:
        return next(line for section in self.sections for line in section.lines if line.key == key)

    def texts(self) -> tuple[str, ...]:
        """Every string the receipt prints, to check what it shows (and what it must not)."""
        rows = [text for s in self.sections for line in s.lines for text in (line.label, line.value)]
        headings = [section.heading for section in self.sections]
        head = (self.title, self.letterhead.name, *self.letterhead.details)
        return (*head, *headings, *rows, *self.signatures, self.date_label, self.note)


# The data step


def checkout_receipt(session: Session, actor: Actor, loan_id: int) -> Receipt:
    """The receipt for a loan as it went out (a renewal too: its deposit was carried over)."""
    loan, tag, product, resident, centre = _loan_facts(session, actor, loan_id)
    renewed_from = session.scalar(select(Loan.code).where(Loan.id == loan.renewed_from_id))
    issued = loan.created_at.astimezone(LOCAL_ZONE)
    deposit_paid = 0 if renewed_from else loan.deposit_fen
    rate = _percent(loan.subsidy_rate_bp)
    # The rate only, never the rule: the rule can say the family lives on 低保 (sensitive, art. 28),
    # and this paper leaves the centre.
    subsidy_label = (
        translate("receipts", "Subsidy ({rate}%)").format(rate=rate)
        if loan.subsidy_fen
        else translate("receipts", "Subsidy")
    )
    deposit_label = (
        translate("receipts", "Deposit (carried over from loan {code})").format(code=renewed_from)
        if renewed_from
        else translate("receipts", "Deposit")
    )
    method = _PAYMENT_WORDS.get(loan.payment_method)
    paid_by = translate("receipts", method) if method else loan.payment_method
    payment = [Line("payment_method", translate("receipts", "Paid by"), paid_by)]
    if loan.payment_reference:
        payment.append(
            Line("payment_reference", translate("receipts", "Payment reference"), loan.payment_reference)
        )
    device = [
        Line("product", translate("receipts", "Device"), product),
        Line("asset_tag", translate("receipts", "Asset tag"), tag),
        Line("term", translate("receipts", "Term"), _term(loan.term_months, loan.term_days)),
        Line("start_on", translate("receipts", "From"), loan.start_on.isoformat()),
        Line("due_on", translate("receipts", "Due back"), loan.due_on.isoformat()),
    ]
    if renewed_from:
        device.append(Line("renews", translate("receipts", "Renews loan"), renewed_from))
    return Receipt(
        title=translate("receipts", "Rental receipt"),
        letterhead=_letterhead(centre),
        loan_code=loan.code,
        issued_at=issued,
        sections=(
            _loan_section(
                session, loan, resident, translate("receipts", "Checked out at"), issued, loan.checked_out_by
            ),
            Section(translate("receipts", "Device and term"), tuple(device)),
            Section(
                translate("receipts", "Payment"),
                (
                    _money("rent", translate("receipts", "Rent"), loan.rent_fen),
                    _money("subsidy", subsidy_label, loan.subsidy_fen, deducted=True),
                    _money("payable", translate("receipts", "Rent to pay"), loan.payable_fen),
                    _money("deposit", deposit_label, loan.deposit_fen),
                    _money(
                        "paid_now",
                        translate("receipts", "Paid now"),
                        loan.payable_fen + deposit_paid,
                        strong=True,
                    ),
                    *payment,
                ),
            ),
        ),
        signatures=_signatures(),
        date_label=translate("receipts", "Date"),
        note=translate("receipts", "Please keep this receipt and bring it when you return the device."),
    )


def return_receipt(session: Session, actor: Actor, loan_id: int) -> Receipt:
    """The receipt for a loan that came back: late days, late fee, deductions, deposit refunded."""
    loan, tag, product, resident, centre = _loan_facts(session, actor, loan_id)
    if loan.status is not LoanStatus.RETURNED or loan.returned_at is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Loan {code} has not been returned yet, so it has no return receipt."
            ),
            field="loan",
            code=loan.code,
        )
    returned = loan.returned_at.astimezone(LOCAL_ZONE)
    days_late = max(0, (returned.date() - loan.due_on).days)
    taken = loan.late_fee_fen + loan.deductions_fen
    refund = (
        loan.deposit_refund_fen if loan.deposit_refund_fen is not None else max(0, loan.deposit_fen - taken)
    )
    how = (
        translate("receipts", "Collected from the resident's home")
        if loan.collected
        else translate("receipts", "Brought to the desk")
    )
    device = [
        Line("product", translate("receipts", "Device"), product),
        Line("asset_tag", translate("receipts", "Asset tag"), tag),
        Line("start_on", translate("receipts", "Lent on"), loan.start_on.isoformat()),
        Line("due_on", translate("receipts", "Due back"), loan.due_on.isoformat()),
        Line("returned", translate("receipts", "Returned"), how),
    ]
    if loan.return_condition is not None:
        condition = translate("receipts", _CONDITION_WORDS[loan.return_condition])
        device.append(Line("condition", translate("receipts", "Condition"), condition))
    if loan.return_note:
        device.append(Line("condition_note", translate("receipts", "Condition note"), loan.return_note))
    money = [
        Line("days_late", translate("receipts", "Days late"), str(days_late), figure=True),
        _money("late_fee", translate("receipts", "Late fee"), loan.late_fee_fen),
        _money("deductions", translate("receipts", "Deductions"), loan.deductions_fen),
    ]
    if loan.deductions_note:
        money.append(Line("deductions_note", translate("receipts", "Deducted for"), loan.deductions_note))
    money += [
        _money("deposit", translate("receipts", "Deposit paid"), loan.deposit_fen),
        _money("refund", translate("receipts", "Deposit refunded"), refund, strong=True),
        _money("owed", translate("receipts", "Still to pay"), max(0, taken - loan.deposit_fen), strong=True),
    ]
    return Receipt(
        title=translate("receipts", "Return receipt"),
        letterhead=_letterhead(centre),
        loan_code=loan.code,
        issued_at=returned,
        sections=(
            _loan_section(
                session, loan, resident, translate("receipts", "Returned at"), returned, loan.returned_by
            ),
            Section(translate("receipts", "Device"), tuple(device)),
            Section(translate("receipts", "Late fee and deposit"), tuple(money)),
        ),
        signatures=_signatures(),
        date_label=translate("receipts", "Date"),
    )


def _loan_facts(session: Session, actor: Actor, loan_id: int) -> tuple[Loan, str, str, str, Centre]:
    """The loan and what a receipt names of it, for the desk of the loan's centre (it names a person)."""
    row = session.execute(
        select(Loan, DeviceUnit.asset_tag, Product.name, Resident.name, Centre)
        .join(DeviceUnit, DeviceUnit.id == Loan.unit_id)
        .join(Product, Product.id == DeviceUnit.product_id)
        .join(Resident, Resident.id == Loan.resident_id)
        .join(Centre, Centre.id == Loan.centre_id)
        .where(Loan.id == loan_id)
    ).one_or_none()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This loan no longer exists, so it has no receipt."))
    loan, tag, product, resident, centre = row
    actor.require(Permission.RENT, loan.centre_id)
    return loan, tag, product, resident, centre


def _letterhead(centre: Centre) -> Letterhead:
    details = [centre.address] if centre.address else []
    if centre.phone:
        details.append(translate("receipts", "Tel. {phone}").format(phone=centre.phone))
    if centre.opening_hours:
        details.append(translate("receipts", "Open {hours}").format(hours=centre.opening_hours))
    return Letterhead(centre.name, tuple(details))


def _loan_section(
    session: Session, loan: Loan, resident: str, when_label: str, when: datetime, clerk_id: int | None
) -> Section:
    """Which loan, when, for whom, and by which clerk (left out when the account is gone)."""
    lines = [
        Line("loan_code", translate("receipts", "Loan number"), loan.code),
        Line("issued_at", when_label, when.strftime("%Y-%m-%d %H:%M")),
        Line("resident", translate("receipts", "Resident"), resident),
    ]
    clerk = session.get(User, clerk_id) if clerk_id is not None else None
    if clerk is not None:
        lines.append(Line("clerk", translate("receipts", "Clerk"), clerk.display_name or clerk.username))
    return Section(translate("receipts", "Loan"), tuple(lines))


def _signatures() -> tuple[str, ...]:
    return (
        translate("receipts", "Resident or family member (signature)"),
        translate("receipts", "Clerk (signature)"),
    )


def _money(key: str, label: str, fen: int, *, strong: bool = False, deducted: bool = False) -> Line:
    """An amount in 元 with two decimals; a deducted one (the subsidy) is printed with a minus."""
    shown = format_yuan(-fen if deducted and fen else fen)
    amount = translate("receipts", "{amount} yuan").format(amount=shown)
    return Line(key, label, amount, fen, figure=True, strong=strong)


def _term(months: int, days: int) -> str:
    if months:
        return (
            translate("receipts", "1 month")
            if months == 1
            else translate("receipts", "{n} months").format(n=months)
        )
    return translate("receipts", "1 day") if days == 1 else translate("receipts", "{n} days").format(n=days)


def _percent(rate_bp: int) -> str:
    """5000 basis points as `50`, 3333 as `33.33`: no float ever touches a rate."""
    whole, part = divmod(rate_bp, 100)
    return f"{whole}.{part:02d}".rstrip("0").rstrip(".") if part else str(whole)
