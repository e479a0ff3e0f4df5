"""Taking a unit back: the loan closed with its late fee, the condition it came back in, the deposit
refunded minus documented deductions, and the unit sent to cleaning (or to repair).

The late fee: grace days after the due date are free; each day after them costs the product's
per-day fee (or the centre's, when the product sets none). The deposit pays the late fee and the
deductions first; what is left is refunded, and anything beyond the deposit is owed at the counter.
A unit that came back in good order waits for its cleaning record (MZ/T 175.2) before the next
loan; one that needs repair or is damaged goes to repair, with the clerk's note as the fault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.catalog.text_fields import limited
from silvershop.centres.models import Centre
from silvershop.db.base import utcnow
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.money import format_yuan
from silvershop.rental.models import (
    DeviceUnit,
    Loan,
    LoanStatus,
    MaintenanceRecord,
    UnitCondition,
    UnitState,
)
from silvershop.rental.reservations import move_reservations_off
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission

MAX_PHOTO_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class LateFee:
    days_late: int
    grace_days: int
    per_day_fen: int

    @property
    def charged_days(self) -> int:
        return max(0, self.days_late - self.grace_days)

    @property
    def fee_fen(self) -> int:
        return self.charged_days * self.per_day_fen


@dataclass(frozen=True)
class ReturnResult:
    loan_id: int
    loan_code: str
    asset_tag: str
    late: LateFee
    deposit_fen: int
    deductions_fen: int
    deductions_note: str
    refund_fen: int  # handed back from the deposit
    owed_fen: int  # paid at the counter when fee and deductions exceed the deposit
    condition: UnitCondition
    unit_state: UnitState
    collected: bool


def open_loan_of(session: Session, unit: DeviceUnit) -> Loan:
    loan = session.scalar(select(Loan).where(Loan.unit_id == unit.id, Loan.status == LoanStatus.OPEN))
    if loan is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{tag} is not on loan, so it cannot be taken back. Check the label you scanned."
            ),
            field="unit",
            tag=unit.asset_tag,
        )
    return loan


def late_fee(session: Session, loan: Loan, unit: DeviceUnit, today: date) -> LateFee:
    """The late fee if the unit came back `today`: the product's rule, else the centre's."""
    product = session.get(Product, unit.product_id)
    centre = session.get(Centre, loan.centre_id)
    assert product is not None and centre is not None  # foreign keys
    per_day = (
        product.late_fee_per_day_fen
        if product.late_fee_per_day_fen is not None
        else centre.late_fee_per_day_fen
    )
    grace = product.grace_days if product.grace_days is not None else centre.grace_days
    return LateFee(max(0, (today - loan.due_on).days), grace, per_day)


def return_unit(
    session: Session,
    actor: Actor,
    unit_id: int,
    condition: UnitCondition,
    today: date,
    *,
    note: str = "",
    photo: bytes | None = None,
    deductions_fen: int = 0,
    deductions_note: str = "",
    collected: bool = False,
) -> ReturnResult:
    """Close the unit's open loan as of `today` (`collected`: picked up at the resident's home)."""
    unit = session.get(DeviceUnit, unit_id)
    if unit is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This device unit no longer exists; scan its label again."),
            field="unit",
        )
    actor.require(Permission.RENT, unit.home_centre_id)
    loan = open_loan_of(session, unit)
    condition = UnitCondition(condition)
    said = limited(note, 2000, "note")
    if condition is not UnitCondition.GOOD and not said:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say what is wrong with the unit, so the repair knows what to fix."),
            field="note",
        )
    if photo is not None and len(photo) > MAX_PHOTO_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The photo is larger than 8 MB; take it again at a smaller size."),
            field="photo",
        )
    why = _check_deductions(deductions_fen, deductions_note, loan.deposit_fen)
    late = late_fee(session, loan, unit, today)
    taken = late.fee_fen + deductions_fen
    refund, owed = max(0, loan.deposit_fen - taken), max(0, taken - loan.deposit_fen)
    state = UnitState.AWAITING_CLEANING if condition is UnitCondition.GOOD else UnitState.IN_REPAIR
    closed = session.execute(
        update(Loan)
        .where(Loan.id == loan.id, Loan.status == LoanStatus.OPEN)
        .values(
            status=LoanStatus.RETURNED,
            returned_at=utcnow(),
            returned_by=actor.user_id,
            collected=collected,
            return_condition=condition,
            return_note=said,
            return_photo=photo,
            late_fee_fen=late.fee_fen,
            deductions_fen=deductions_fen,
            deductions_note=why,
            deposit_refund_fen=refund,
        )
        .execution_options(synchronize_session=False)
    )
    if closed.rowcount == 0:  # type: ignore[attr-defined]  # taken back at another desk just now
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{tag} was taken back at another desk a moment ago."),
            field="unit",
            tag=unit.asset_tag,
        )
    session.execute(
        update(DeviceUnit)
        .where(DeviceUnit.id == unit.id)
        .values(state=state, condition=condition)
        .execution_options(synchronize_session=False)
    )
    if state is UnitState.IN_REPAIR:
        session.add(MaintenanceRecord(unit_id=unit.id, loan_id=loan.id, fault=said))
        session.flush()
        move_reservations_off(session, actor, unit.id, today)  # those waiting for it get another
    session.flush()
    session.expire_all()
    audit.record(
        session,
        actor,
        "return",
        "loan",
        loan.id,
        {
            "condition": (None, condition.value),
            "late_fee_fen": (None, late.fee_fen),
            "deductions_fen": (None, deductions_fen),
            "refund_fen": (None, refund),
            "collected": (None, collected),
        },
    )
    return ReturnResult(
        loan.id,
        loan.code,
        unit.asset_tag,
        late,
        loan.deposit_fen,
        deductions_fen,
        why,
        refund,
        owed,
        condition,
        state,
        collected,
    )


def _check_deductions(deductions_fen: int, note: str, deposit_fen: int) -> str:
    why = limited(note, 200, "deductions_note")
    if deductions_fen < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A deduction cannot be negative; enter 0 for none."),
            field="deductions",
        )
    if deductions_fen > deposit_fen:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Deductions cannot exceed the deposit of {deposit} 元; charge the rest separately.",
            ),
            field="deductions",
            deposit=format_yuan(deposit_fen),
        )
    if deductions_fen and not why:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Say what the deduction is for (a missing part, a repair), so it is documented."
            ),
            field="deductions_note",
        )
    return why
