"""Cleaning and disinfection between loans (MZ/T 175.2-2021): a returned unit is lent again only
once a cleaning record — method, agent, who did it and when, and the result — is signed off.

A record that failed is kept (it is part of the unit's history) and the unit stays waiting for a
cleaning that passes. Signing off is one guarded `UPDATE` of the unit's state, so a unit cannot be
released twice, nor released while it is anything but awaiting cleaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from silvershop.catalog.text_fields import limited
from silvershop.db.base import utcnow
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.rental.models import CleaningRecord, CleaningResult, DeviceUnit, Loan, UnitState
from silvershop.rental.reservations import promote_waiting, shelf_state
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission


@dataclass(frozen=True)
class CleaningInput:
    method: str  # e.g. 擦拭消毒, 浸泡消毒, 紫外线照射
    agent: str  # e.g. 含氯消毒剂 500 mg/L, 75% 酒精
    performed_by: str
    result: CleaningResult
    performed_at: datetime | None = None  # when it was done; now if not given
    note: str = ""


@dataclass(frozen=True)
class CleaningView:
    id: int
    asset_tag: str
    method: str
    agent: str
    performed_by: str
    performed_at: datetime
    result: CleaningResult
    unit_state: UnitState


def record_cleaning(session: Session, actor: Actor, unit_id: int, data: CleaningInput) -> CleaningView:
    """Sign off a cleaning of a returned unit; one that passed makes the unit available again."""
    unit = session.get(DeviceUnit, unit_id)
    if unit is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This device unit no longer exists; scan its label again.")
        )
    actor.require(Permission.RENT, unit.home_centre_id)
    if unit.state is not UnitState.AWAITING_CLEANING:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{tag} is not waiting to be cleaned, so there is nothing to sign off; only a unit that came "
                "back from a loan or a repair is cleaned.",
            ),
            field="unit",
            tag=unit.asset_tag,
        )
    values = {
        "method": limited(data.method, 80, "method"),
        "agent": limited(data.agent, 80, "agent"),
        "performed_by": limited(data.performed_by, 60, "performed_by"),
    }
    for field, text in values.items():
        if not text:
            raise ValidationError(_MISSING[field], field=field)
    done_at = data.performed_at or utcnow()
    if done_at > utcnow():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The cleaning cannot have been done in the future; check the time."),
            field="performed_at",
        )
    result = CleaningResult(data.result)
    last_loan = session.scalar(
        select(Loan.id).where(Loan.unit_id == unit.id).order_by(Loan.id.desc()).limit(1)
    )
    record = CleaningRecord(
        unit_id=unit.id,
        loan_id=last_loan,
        performed_at=done_at,
        result=result,
        note=limited(data.note, 2000, "note"),
        signed_off_by=actor.user_id,
        signed_off_at=utcnow(),
        **values,
    )
    session.add(record)
    state = UnitState.AWAITING_CLEANING
    if result is CleaningResult.PASSED:
        state = shelf_state(session, unit.id)  # held for a reservation, or free for anyone
        released = session.execute(
            update(DeviceUnit)
            .where(DeviceUnit.id == unit.id, DeviceUnit.state == UnitState.AWAITING_CLEANING)
            .values(state=state)
            .execution_options(synchronize_session=False)
        )
        if released.rowcount == 0:  # type: ignore[attr-defined]
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{tag} was signed off at another desk a moment ago."),
                field="unit",
                tag=unit.asset_tag,
            )
    session.flush()
    session.expire(unit)
    if state is UnitState.AVAILABLE and promote_waiting(session, actor, unit.home_centre_id, unit.product_id):
        session.expire(unit)  # someone on the waiting list has it now
        state = unit.state
    audit.record(
        session,
        actor,
        "clean",
        "device_unit",
        unit.id,
        {"result": (None, result.value), **{k: (None, v) for k, v in values.items()}},
    )
    return CleaningView(
        record.id,
        unit.asset_tag,
        values["method"],
        values["agent"],
        values["performed_by"],
        done_at,
        result,
        state,
    )


_MISSING = {
    "method": QT_TRANSLATE_NOOP("errors", "Enter how the unit was cleaned (for example 擦拭消毒)."),
    "agent": QT_TRANSLATE_NOOP(
        "errors", "Enter the disinfectant used and its strength (for example 75% 酒精)."
    ),
    "performed_by": QT_TRANSLATE_NOOP("errors", "Enter who cleaned the unit."),
}
