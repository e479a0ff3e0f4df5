"""Renewing a loan: the resident keeps the unit for a new term that starts where the old one ends.

The old loan is closed and a new one opened in the same transaction (the unit never leaves the
resident, so it is neither cleaned nor counted as a new loan); the deposit carries over; the
subsidy is worked out again for the new term against what is left of the cap in the year the new
term starts. A loan already past its grace days is not renewed: it is taken back with its late fee
and lent again, so the late days are settled.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.orm import Session

from silvershop.db.base import utcnow
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.rental.checkout import LoanView, Payment, check_payment, grant_subsidy, loan_view, write_loan
from silvershop.rental.models import DeviceUnit, Loan, LoanStatus
from silvershop.rental.quotes import Term, price, renting_resident
from silvershop.rental.returns import late_fee
from silvershop.security import audit
from silvershop.security.permissions import Actor
from silvershop.security.vault import Vault


def renew(
    session: Session,
    actor: Actor,
    vault: Vault,
    loan_id: int,
    term: Term,
    payment: Payment,
    today: date,
) -> LoanView:
    """A new term for an open loan, from its due date; returns the new loan."""
    paid = check_payment(payment)
    loan = session.get(Loan, loan_id)
    if loan is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This loan no longer exists; scan the unit again."))
    unit = session.get(DeviceUnit, loan.unit_id)
    assert unit is not None  # foreign key
    if loan.status is not LoanStatus.OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Loan {code} is closed already; lend the unit again instead."),
            field="loan",
            code=loan.code,
        )
    late = late_fee(session, loan, unit, today)
    if late.charged_days:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Loan {code} is {days} days late, past its grace days. Take the unit back (with its late "
                "fee) and lend it again.",
            ),
            field="loan",
            code=loan.code,
            days=late.days_late,
        )
    resident = renting_resident(session, actor, loan.resident_id)
    terms = price(session, actor, vault, resident, unit, term, loan.due_on)
    closed = session.execute(
        update(Loan)
        .where(Loan.id == loan.id, Loan.status == LoanStatus.OPEN)
        .values(
            status=LoanStatus.RETURNED,
            returned_at=utcnow(),
            returned_by=actor.user_id,
            return_note="renewed",
            deposit_refund_fen=0,  # carried over to the new loan
        )
        .execution_options(synchronize_session=False)
    )
    if closed.rowcount == 0:  # type: ignore[attr-defined]
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Loan {code} was closed at another desk a moment ago."),
            field="loan",
            code=loan.code,
        )
    session.expire(loan)
    renewed = write_loan(session, actor, terms, paid, renewed_from=loan)
    grant_subsidy(session, terms, renewed.id)
    audit.record(
        session,
        actor,
        "renew",
        "loan",
        renewed.id,
        {
            "renews": (None, loan.code),
            "rent_fen": (None, terms.rent_fen),
            "subsidy_fen": (None, terms.subsidy_fen),
        },
    )
    return loan_view(session, renewed.id)
