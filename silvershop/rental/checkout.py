"""Lending a unit: the quote's numbers written as a loan, the unit marked on loan, the subsidy granted
against the resident's annual cap, the payment recorded — one transaction.

Two desks may scan the same wheelchair, or spend the same resident's cap, at the same moment; the
database decides. The unit changes state with one guarded `UPDATE … WHERE state = 'available'`,
backed by the partial unique index of one open loan per unit; the cap is one guarded `UPDATE` of
`subsidy_account`, backed by its CHECK. The desk that loses is told in a sentence and nothing of its
attempt is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from uuid import uuid4

from sqlalchemy import insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.catalog.text_fields import limited
from silvershop.db.base import utcnow
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.rental.models import (
    DeviceUnit,
    Loan,
    LoanStatus,
    Reservation,
    ReservationStatus,
    Resident,
    SubsidyAccount,
    SubsidyGrant,
    UnitState,
)
from silvershop.rental.quotes import (
    Quote,
    Term,
    price,
    rentable_unit,
    renting_resident,
)
from silvershop.rental.subsidy_rules import age_band
from silvershop.security import audit
from silvershop.security.models import User
from silvershop.security.permissions import Actor
from silvershop.security.vault import Vault


class PaymentMethod(StrEnum):
    """How the resident paid: recorded, not processed (no payment integration)."""

    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    BANK = "bank"  # a bank transfer, with its reference


@dataclass(frozen=True)
class Payment:
    method: PaymentMethod
    reference: str = ""


@dataclass(frozen=True)
class LoanView:
    """A loan as the desk and the receipt show it (the resident by name only)."""

    id: int
    code: str
    unit_id: int
    asset_tag: str
    product_name: str
    resident_id: int
    resident_name: str
    centre_id: int
    status: LoanStatus
    start_on: date
    due_on: date
    term_months: int
    term_days: int
    rent_fen: int
    subsidy_rate_bp: int
    subsidy_fen: int
    subsidy_rule: str
    payable_fen: int
    deposit_fen: int
    payment_method: str
    payment_reference: str
    checked_out_by: str
    renewed_from_id: int | None


def check_payment(payment: Payment) -> Payment:
    method = PaymentMethod(payment.method)
    reference = limited(payment.reference, 80, "payment_reference")
    if method is PaymentMethod.BANK and not reference:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the bank transfer's reference so the payment can be traced."),
            field="payment_reference",
        )
    return Payment(method, reference)


def checkout(
    session: Session,
    actor: Actor,
    vault: Vault,
    resident_id: int,
    unit_id: int,
    term: Term,
    payment: Payment,
    today: date,
) -> LoanView:
    """Lend `unit_id` to `resident_id` from today; the money is the quote's, computed again here."""
    paid = check_payment(payment)
    resident = renting_resident(session, actor, resident_id)
    unit = rentable_unit(session, unit_id, resident_id, today)
    terms = price(session, actor, vault, resident, unit, term, today)
    take_unit(session, unit, resident_id, today)
    loan = write_loan(session, actor, terms, paid)
    grant_subsidy(session, terms, loan.id)
    audit.record(
        session,
        actor,
        "checkout",
        "loan",
        loan.id,
        {
            "unit": (None, unit.asset_tag),
            "resident_id": (None, resident_id),
            "rent_fen": (None, terms.rent_fen),
            "subsidy_fen": (None, terms.subsidy_fen),
            "deposit_fen": (None, terms.deposit_fen),
            "payment": (None, paid.method.value),
        },
    )
    return loan_view(session, loan.id)


def take_unit(session: Session, unit: DeviceUnit, resident_id: int, today: date) -> None:
    """Mark the unit on loan, unless another desk lent it a moment ago (then refuse)."""
    allowed = [UnitState.AVAILABLE]
    if unit.state is UnitState.RESERVED:
        allowed.append(UnitState.RESERVED)  # rentable_unit checked it is reserved for this resident
    taken = session.execute(
        update(DeviceUnit)
        .where(DeviceUnit.id == unit.id, DeviceUnit.state.in_(allowed))
        .values(state=UnitState.ON_LOAN, loan_count=DeviceUnit.loan_count + 1)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount == 0:  # type: ignore[attr-defined]
        raise _lent_elsewhere(unit)
    session.execute(
        update(Reservation)
        .where(
            Reservation.unit_id == unit.id,
            Reservation.resident_id == resident_id,
            Reservation.status == ReservationStatus.ACTIVE,
            Reservation.end_on >= today,
        )
        .values(status=ReservationStatus.FULFILLED)
        .execution_options(synchronize_session=False)
    )
    session.expire(unit)


def _lent_elsewhere(unit: DeviceUnit) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{tag} was lent at another desk a moment ago; it cannot be lent twice. Choose another unit.",
        ),
        field="unit",
        tag=unit.asset_tag,
    )


def write_loan(
    session: Session, actor: Actor, terms: Quote, paid: Payment, *, renewed_from: Loan | None = None
) -> Loan:
    loan = Loan(
        code=f"new-{uuid4().hex[:20]}",  # replaced by the id-based code once the id is known
        unit_id=terms.unit_id,
        resident_id=terms.resident_id,
        centre_id=terms.centre_id,
        status=LoanStatus.OPEN,
        start_on=terms.start_on,
        due_on=terms.due_on,
        term_months=terms.term.months,
        term_days=terms.term.days,
        rent_fen=terms.rent_fen,
        subsidy_rate_bp=terms.rate_bp,
        subsidy_fen=terms.subsidy_fen,
        subsidy_rule=terms.rule.code if terms.rule and terms.subsidy_fen else "",
        rule_set_id=terms.rule_set_id,
        payable_fen=terms.payable_fen,
        deposit_fen=renewed_from.deposit_fen if renewed_from is not None else terms.deposit_fen,
        payment_method=paid.method.value,
        payment_reference=paid.reference,
        renewed_from_id=renewed_from.id if renewed_from is not None else None,
        checked_out_by=actor.user_id,
        district_code=terms.district_code,
        age_band=age_band(terms.age),
        sex=terms.sex or None,
    )
    try:
        with session.begin_nested():
            session.add(loan)
            session.flush()
    except IntegrityError as exc:  # the unique index of open loans: another desk was quicker
        unit = session.get(DeviceUnit, terms.unit_id)
        assert unit is not None
        raise _lent_elsewhere(unit) from exc
    loan.code = f"L{loan.id:07d}"
    session.flush()
    return loan


def grant_subsidy(session: Session, terms: Quote, loan_id: int) -> None:
    """Add the loan's subsidy to the resident's year, within the cap even against another desk."""
    if not terms.subsidy_fen:
        return
    year = terms.start_on.year
    insert_account = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert_account(SubsidyAccount)
        .values(resident_id=terms.resident_id, year=year, cap_fen=terms.cap_fen, granted_fen=0)
        .on_conflict_do_nothing(index_elements=[SubsidyAccount.resident_id, SubsidyAccount.year])
    )
    granted = session.execute(
        update(SubsidyAccount)
        .where(
            SubsidyAccount.resident_id == terms.resident_id,
            SubsidyAccount.year == year,
            SubsidyAccount.granted_fen + terms.subsidy_fen <= SubsidyAccount.cap_fen,
        )
        .values(granted_fen=SubsidyAccount.granted_fen + terms.subsidy_fen)
        .execution_options(synchronize_session=False)
    )
    if granted.rowcount == 0:  # type: ignore[attr-defined]
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name}'s subsidy for {year} changed at another desk while this was being quoted; "
                "quote again to see what is left of the cap.",
            ),
            field="resident",
            name=terms.resident_name,
            year=year,
        )
    session.execute(
        insert(SubsidyGrant).values(
            resident_id=terms.resident_id,
            year=year,
            loan_id=loan_id,
            amount_fen=terms.subsidy_fen,
            rule=terms.rule.code if terms.rule else "",
            at=utcnow(),
        )
    )


def loan_view(session: Session, loan_id: int) -> LoanView:
    row = session.execute(
        select(Loan, DeviceUnit.asset_tag, Product.name, Resident.name, User.username)
        .join(DeviceUnit, DeviceUnit.id == Loan.unit_id)
        .join(Product, Product.id == DeviceUnit.product_id)
        .join(Resident, Resident.id == Loan.resident_id)
        .outerjoin(User, User.id == Loan.checked_out_by)
        .where(Loan.id == loan_id)
    ).one()
    loan, tag, product, resident, username = row
    return LoanView(
        id=loan.id,
        code=loan.code,
        unit_id=loan.unit_id,
        asset_tag=tag,
        product_name=product,
        resident_id=loan.resident_id,
        resident_name=resident,
        centre_id=loan.centre_id,
        status=loan.status,
        start_on=loan.start_on,
        due_on=loan.due_on,
        term_months=loan.term_months,
        term_days=loan.term_days,
        rent_fen=loan.rent_fen,
        subsidy_rate_bp=loan.subsidy_rate_bp,
        subsidy_fen=loan.subsidy_fen,
        subsidy_rule=loan.subsidy_rule,
        payable_fen=loan.payable_fen,
        deposit_fen=loan.deposit_fen,
        payment_method=loan.payment_method,
        payment_reference=loan.payment_reference,
        checked_out_by=username or "",
        renewed_from_id=loan.renewed_from_id,
    )
