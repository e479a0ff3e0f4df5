"""Taking a unit out of service and back: repairs, retirement, loss.

A unit on loan may be marked lost (the resident reports it lost, or it never comes back): its loan
stays open, so the desks keep seeing it among the loans due until the deposit is settled at the
return desk. Retiring needs the unit at the centre, so a unit on loan cannot be retired. A repaired
unit is cleaned before its next loan (MZ/T 175.2), so a finished repair sends it to cleaning.
Whatever leaves service hands its reservations to another unit of the product, or back to the
waiting list.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from silvershop.catalog.text_fields import limited
from silvershop.config import local_today
from silvershop.db.base import local_date, utcnow
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.rental.models import DeviceUnit, Loan, LoanStatus, MaintenanceRecord, UnitCondition, UnitState
from silvershop.rental.reservations import move_reservations_off
from silvershop.rental.units import OUT_OF_SERVICE, Repair, UnitView, amount, get_unit, repair_line, unit_view
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission


def _reason(text: str, what: str) -> str:
    why = limited(text, 200, "reason")
    if not why:
        raise ValidationError(what, field="reason")
    return why


def _take_out(
    session: Session, actor: Actor, unit: DeviceUnit, state: UnitState, why: str, today: date
) -> UnitView:
    """Retire the unit or record it lost, unless another desk changed it first; its reservations
    move to another unit of the product or back to the waiting list."""
    blocked = (*OUT_OF_SERVICE, UnitState.ON_LOAN) if state is UnitState.RETIRED else OUT_OF_SERVICE
    before = unit.state
    note = f"{unit.note}\n{why}".strip()
    changed = session.execute(
        update(DeviceUnit)
        .where(DeviceUnit.id == unit.id, DeviceUnit.state.not_in(blocked))
        .values(state=state, note=note)
        .execution_options(synchronize_session=False)
    )
    session.refresh(unit)
    if changed.rowcount == 0:  # type: ignore[attr-defined]
        raise _cannot_take_out(session, unit)
    move_reservations_off(session, actor, unit.id, today)
    audit.record(
        session, actor, state.value, "device_unit", unit.id, {"state": (before.value, state.value)}, why
    )
    return unit_view(session, unit.id)


def _cannot_take_out(session: Session, unit: DeviceUnit) -> ValidationError:
    if unit.state is UnitState.ON_LOAN:
        due = session.scalar(
            select(Loan.due_on).where(Loan.unit_id == unit.id, Loan.status == LoanStatus.OPEN)
        )
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{tag} is on loan (due back on {due}); take it back at the desk before retiring it.",
            ),
            field="unit",
            tag=unit.asset_tag,
            due=due.isoformat() if due else "",
        )
    if unit.state is UnitState.RETIRED:
        return ValidationError(
            QT_TRANSLATE_NOOP("errors", "{tag} was already retired on {date}; nothing was changed."),
            field="unit",
            tag=unit.asset_tag,
            date=local_date(unit.updated_at),
        )
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "{tag} was already recorded as lost on {date}; nothing was changed."),
        field="unit",
        tag=unit.asset_tag,
        date=local_date(unit.updated_at),
    )


def retire_unit(
    session: Session, actor: Actor, unit_id: int, reason: str, *, today: date | None = None
) -> UnitView:
    """Take a unit out of service for good (worn out, not worth repairing); it is never lent again."""
    unit = get_unit(session, unit_id)
    actor.require(Permission.MANAGE_CENTRE, unit.home_centre_id)
    why = _reason(
        reason, QT_TRANSLATE_NOOP("errors", "Say why the unit is retired (for example: frame bent).")
    )
    return _take_out(session, actor, unit, UnitState.RETIRED, why, today or local_today())


def mark_lost(
    session: Session, actor: Actor, unit_id: int, reason: str, *, today: date | None = None
) -> UnitView:
    """Record that a unit is gone: not found at a count, or reported lost by the resident who has it
    (the loan then stays open until the return desk settles the deposit)."""
    unit = get_unit(session, unit_id)
    actor.require(Permission.MANAGE_CENTRE, unit.home_centre_id)
    why = _reason(
        reason,
        QT_TRANSLATE_NOOP("errors", "Say how the unit was lost (for example: not found at the count)."),
    )
    return _take_out(session, actor, unit, UnitState.LOST, why, today or local_today())


_REPAIRABLE = (UnitState.AVAILABLE, UnitState.RESERVED, UnitState.AWAITING_CLEANING)


def send_to_repair(
    session: Session, actor: Actor, unit_id: int, fault: str, *, today: date | None = None
) -> Repair:
    """A fault found at the centre: the unit leaves the shelf until its repair is finished."""
    unit = get_unit(session, unit_id)
    actor.require(Permission.RENT, unit.home_centre_id)
    said = limited(fault, 500, "fault")
    if not said:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say what is wrong with the unit, so the repair knows what to fix."),
            field="fault",
        )
    before = unit.state
    sent = session.execute(
        update(DeviceUnit)
        .where(DeviceUnit.id == unit.id, DeviceUnit.state.in_(_REPAIRABLE))
        .values(state=UnitState.IN_REPAIR, condition=UnitCondition.NEEDS_REPAIR)
        .execution_options(synchronize_session=False)
    )
    session.refresh(unit)
    if sent.rowcount == 0:  # type: ignore[attr-defined]
        raise ValidationError(_NOT_REPAIRABLE[unit.state], field="unit", tag=unit.asset_tag)
    record = MaintenanceRecord(unit_id=unit.id, fault=said)
    session.add(record)
    session.flush()
    move_reservations_off(session, actor, unit.id, today or local_today())
    audit.record(
        session,
        actor,
        "repair",
        "device_unit",
        unit.id,
        {"state": (before.value, UnitState.IN_REPAIR.value), "fault": (None, said)},
    )
    return repair_line(record)


_NOT_REPAIRABLE: dict[UnitState, str] = {
    UnitState.ON_LOAN: QT_TRANSLATE_NOOP(
        "errors", "{tag} is on loan; take it back at the desk as needing repair, which sends it to repair."
    ),
    UnitState.IN_REPAIR: QT_TRANSLATE_NOOP("errors", "{tag} is already in repair; nothing was changed."),
    UnitState.RETIRED: QT_TRANSLATE_NOOP("errors", "{tag} is retired and is no longer repaired."),
    UnitState.LOST: QT_TRANSLATE_NOOP("errors", "{tag} is recorded as lost; it cannot be sent to repair."),
}


def finish_repair(
    session: Session,
    actor: Actor,
    record_id: int,
    action: str,
    cost_fen: int,
    beyond_repair: bool,
) -> Repair:
    """Close a repair: the unit waits for cleaning before its next loan (MZ/T 175.2), or, beyond
    repair, is retired (which only the centre's manager decides)."""
    record = session.get(MaintenanceRecord, record_id)
    if record is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This repair no longer exists; press F5 to see the list again.")
        )
    unit = get_unit(session, record.unit_id)
    actor.require(Permission.MANAGE_CENTRE if beyond_repair else Permission.RENT, unit.home_centre_id)
    done = limited(action, 500, "action")
    if not done:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say what was done (or, beyond repair, why it cannot be repaired)."),
            field="action",
        )
    cost = amount(cost_fen, "cost")
    closed = session.execute(
        update(MaintenanceRecord)
        .where(MaintenanceRecord.id == record.id, MaintenanceRecord.closed_at.is_(None))
        .values(
            closed_at=utcnow(), action=done, cost_fen=cost, performed_by=actor.username, retired=beyond_repair
        )
        .execution_options(synchronize_session=False)
    )
    session.refresh(record)
    if closed.rowcount == 0:  # type: ignore[attr-defined]
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This repair of {tag} was closed on {date}; nothing was changed."),
            field="repair",
            tag=unit.asset_tag,
            date=local_date(record.closed_at),
        )
    state = UnitState.RETIRED if beyond_repair else UnitState.AWAITING_CLEANING
    condition = UnitCondition.DAMAGED if beyond_repair else UnitCondition.GOOD
    moved = session.execute(
        update(DeviceUnit)
        .where(DeviceUnit.id == unit.id, DeviceUnit.state == UnitState.IN_REPAIR)
        .values(state=state, condition=condition)
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount == 0:  # type: ignore[attr-defined]
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{tag} is not in repair any more; nothing was changed."),
            field="repair",
            tag=unit.asset_tag,
        )
    session.refresh(unit)
    audit.record(
        session,
        actor,
        "repaired",
        "device_unit",
        unit.id,
        {"state": (UnitState.IN_REPAIR.value, state.value), "cost_fen": (None, cost)},
        done,
    )
    return repair_line(record)
