"""Reservations of rental devices: a resident asks for one unit, or for any unit of a product, for
some days, and the desk holds it for them.

An active reservation always names its unit: a product reservation takes a unit that is free for
those days (not lent past the first day, not reserved on any of them), preferring one on the shelf
now; when none is, it waits, and the waiting list of a product at a centre is served first come,
first served whenever a unit becomes free (`promote_waiting`). A unit on the shelf with an active
reservation is held (state reserved) so a walk-in is not given it; the checkout lends a held unit
only to the resident it is held for. Refusals name the dates that clash, never the other resident.

Two desks could promise one unit twice; each reservation locks the unit's row (PostgreSQL) or
holds SQLite's write lock before it checks the unit's dates, so the second desk sees the first's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from silvershop.catalog.models import Product
from silvershop.catalog.text_fields import limited
from silvershop.centres.centres import get_centre
from silvershop.centres.models import Centre
from silvershop.config import local_today
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.rental.models import (
    DeviceUnit,
    Loan,
    LoanStatus,
    Reservation,
    ReservationStatus,
    Resident,
    UnitState,
)
from silvershop.rental.quotes import renting_resident
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission

OPEN = (ReservationStatus.WAITING, ReservationStatus.ACTIVE)
# Units that cannot be promised: nobody knows when a repair ends, and the others are gone for good.
_NOT_PROMISED = (UnitState.IN_REPAIR, UnitState.RETIRED, UnitState.LOST)


@dataclass(frozen=True)
class ReservationView:
    id: int
    status: ReservationStatus
    centre_id: int
    centre_code: str
    product_id: int
    product_code: str
    product_name: str
    unit_id: int | None  # None while waiting
    asset_tag: str
    resident_id: int
    resident_name: str
    start_on: date
    end_on: date
    note: str
    created_at: datetime
    place_in_queue: int | None  # 1 for the first on the waiting list; None unless waiting


def _check_dates(start_on: date, end_on: date, today: date) -> None:
    if start_on < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A reservation cannot start in the past ({date}); choose today or a later day."
            ),
            field="start_on",
            date=start_on.isoformat(),
        )
    if end_on < start_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reservation ends before it starts; check the dates."),
            field="end_on",
        )


def _locked_unit(session: Session, unit_id: int) -> DeviceUnit | None:
    """The unit, its row locked until the end of the transaction (a no-op under SQLite's write lock)."""
    return session.scalar(
        select(DeviceUnit)
        .where(DeviceUnit.id == unit_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )


def _clash(
    session: Session, unit_id: int, start_on: date, end_on: date, today: date
) -> ValidationError | None:
    """Why the unit cannot be promised for these days, naming the dates in the way; None if it can.
    A unit whose loan is overdue is not back, whatever its due date said, so it is promised to nobody."""
    due = session.scalar(select(Loan.due_on).where(Loan.unit_id == unit_id, Loan.status == LoanStatus.OPEN))
    if due is not None and due < today:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This device was due back on {due} and is not back yet; choose another device.",
            ),
            field="start_on",
            due=due.isoformat(),
        )
    if due is not None and due >= start_on:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This device is on loan until {due}; reserve it from {next} on, or choose another device.",
            ),
            field="start_on",
            due=due.isoformat(),
            next=(due + timedelta(days=1)).isoformat(),
        )
    taken = session.execute(
        select(Reservation.start_on, Reservation.end_on)
        .where(
            Reservation.unit_id == unit_id,
            Reservation.status == ReservationStatus.ACTIVE,
            Reservation.start_on <= end_on,
            Reservation.end_on >= start_on,
        )
        .order_by(Reservation.start_on)
        .limit(1)
    ).first()
    if taken is not None:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This device is already reserved from {start} to {end}; choose other dates or another "
                "device.",
            ),
            field="start_on",
            start=taken.start_on.isoformat(),
            end=taken.end_on.isoformat(),
        )
    return None


def _hold(session: Session, unit_id: int) -> None:
    """Put a unit that is on the shelf aside for its reservation; one that is out stays as it is."""
    session.execute(
        update(DeviceUnit)
        .where(DeviceUnit.id == unit_id, DeviceUnit.state == UnitState.AVAILABLE)
        .values(state=UnitState.RESERVED)
        .execution_options(synchronize_session=False)
    )


def shelf_state(session: Session, unit_id: int) -> UnitState:
    """What a unit back on the shelf is: held if an active reservation names it, else available.
    Whoever puts a unit back in service (cleaning signed off, a reservation cancelled) sets this."""
    held = session.scalar(
        select(Reservation.id).where(
            Reservation.unit_id == unit_id, Reservation.status == ReservationStatus.ACTIVE
        )
    )
    return UnitState.AVAILABLE if held is None else UnitState.RESERVED


def _free_unit(
    session: Session, centre_id: int, product_id: int, start_on: date, end_on: date, today: date
) -> int | None:
    """A unit of the product at the centre free for these days, preferring one on the shelf now."""
    lent = select(Loan.unit_id).where(
        Loan.status == LoanStatus.OPEN, or_(Loan.due_on >= start_on, Loan.due_on < today)
    )
    promised = select(Reservation.unit_id).where(
        Reservation.status == ReservationStatus.ACTIVE,
        Reservation.unit_id.is_not(None),
        Reservation.start_on <= end_on,
        Reservation.end_on >= start_on,
    )
    readiness = case(
        (DeviceUnit.state == UnitState.AVAILABLE, 0),
        (DeviceUnit.state == UnitState.AWAITING_CLEANING, 1),
        (DeviceUnit.state == UnitState.RESERVED, 2),
        else_=3,
    )
    candidates = session.scalars(
        select(DeviceUnit.id)
        .where(
            DeviceUnit.home_centre_id == centre_id,
            DeviceUnit.product_id == product_id,
            DeviceUnit.state.not_in(_NOT_PROMISED),
            DeviceUnit.id.not_in(lent),
            DeviceUnit.id.not_in(promised),
        )
        .order_by(readiness, DeviceUnit.asset_tag)
    ).all()
    for unit_id in candidates:
        unit = _locked_unit(session, unit_id)  # another desk may have promised it since the query
        if (
            unit is not None
            and unit.state not in _NOT_PROMISED
            and _clash(session, unit_id, start_on, end_on, today) is None
        ):
            return unit_id
    return None


def _place(session: Session, reservation: Reservation, today: date) -> bool:
    """Give a waiting reservation a free unit and hold it; False if none is free (or its days are past)."""
    if reservation.end_on < today:
        return False
    unit_id = _free_unit(
        session,
        reservation.centre_id,
        reservation.product_id,
        reservation.start_on,
        reservation.end_on,
        today,
    )
    if unit_id is None:
        return False
    reservation.unit_id, reservation.status = unit_id, ReservationStatus.ACTIVE
    session.flush()
    _hold(session, unit_id)
    return True


def _promised_unit(session: Session, unit_id: int, centre: Centre, product_id: int | None) -> DeviceUnit:
    unit = _locked_unit(session, unit_id)
    if unit is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This device unit no longer exists; scan its label again."),
            field="unit",
        )
    if unit.home_centre_id != centre.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{tag} belongs to another centre; reserve a device of {centre}."),
            field="unit",
            tag=unit.asset_tag,
            centre=centre.name,
        )
    if product_id is not None and product_id != unit.product_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{tag} is not a unit of the chosen product; scan it again or choose its product."
            ),
            field="unit",
            tag=unit.asset_tag,
        )
    if unit.state in _NOT_PROMISED:
        raise ValidationError(_CANNOT_PROMISE[unit.state], field="unit", tag=unit.asset_tag)
    return unit


_CANNOT_PROMISE: dict[UnitState, str] = {
    UnitState.IN_REPAIR: QT_TRANSLATE_NOOP(
        "errors",
        "{tag} is in repair and cannot be promised for these days; reserve the product instead, and the "
        "first free unit is held for the resident.",
    ),
    UnitState.RETIRED: QT_TRANSLATE_NOOP("errors", "{tag} is retired and is no longer lent."),
    UnitState.LOST: QT_TRANSLATE_NOOP("errors", "{tag} is recorded as lost; choose another unit."),
}


def _rentable_product(session: Session, centre: Centre, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This product is no longer in the catalogue; choose another."),
            field="product",
        )
    units = session.scalar(
        select(func.count(DeviceUnit.id)).where(
            DeviceUnit.home_centre_id == centre.id,
            DeviceUnit.product_id == product.id,
            DeviceUnit.state.not_in((UnitState.RETIRED, UnitState.LOST)),
        )
    )
    if not product.rentable or not units:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{centre} has no units of {product} to lend; choose a product the centre rents out."
            ),
            field="product",
            centre=centre.name,
            product=f"{product.code} {product.name}",
        )
    return product


def reserve(
    session: Session,
    actor: Actor,
    resident_id: int,
    centre_id: int,
    start_on: date,
    end_on: date,
    product_id: int | None = None,
    unit_id: int | None = None,
    note: str = "",
    *,
    today: date | None = None,
) -> ReservationView:
    """Reserve one unit (refused if its days clash) or any unit of a product (held if one is free for
    those days, else on the waiting list) for a resident, from `start_on` to `end_on`."""
    today = today or local_today()
    centre = get_centre(session, centre_id)
    actor.require(Permission.RENT, centre.id)
    resident = renting_resident(session, actor, resident_id)
    _check_dates(start_on, end_on, today)
    said = limited(note, 200, "note")
    if unit_id is None and product_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the product to reserve, or scan the device to reserve."),
            field="product",
        )
    values: dict[str, Any] = {
        "resident_id": resident.id,
        "centre_id": centre.id,
        "start_on": start_on,
        "end_on": end_on,
        "note": said,
        "created_by": actor.user_id,
    }
    if unit_id is not None:
        unit = _promised_unit(session, unit_id, centre, product_id)
        clash = _clash(session, unit.id, start_on, end_on, today)
        if clash is not None:
            raise clash
        reservation = Reservation(
            product_id=unit.product_id, unit_id=unit.id, status=ReservationStatus.ACTIVE, **values
        )
        session.add(reservation)
        session.flush()
        _hold(session, unit.id)
    else:
        assert product_id is not None  # one of the two, checked above
        product = _rentable_product(session, centre, product_id)
        reservation = Reservation(product_id=product.id, status=ReservationStatus.WAITING, **values)
        session.add(reservation)
        session.flush()
        _place(session, reservation, today)
    view = reservation_view(session, reservation.id)
    audit.record(
        session,
        actor,
        "reserve",
        "reservation",
        reservation.id,
        {
            "resident_id": (None, resident.id),
            "product": (None, view.product_code),
            "unit": (None, view.asset_tag or None),
            "start_on": (None, start_on),
            "end_on": (None, end_on),
            "status": (None, view.status.value),
        },
    )
    return view


def _get(session: Session, reservation_id: int) -> Reservation:
    reservation = session.get(Reservation, reservation_id)
    if reservation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This reservation no longer exists; press F5 to see the list again.")
        )
    return reservation


def cancel_reservation(
    session: Session, actor: Actor, reservation_id: int, *, today: date | None = None
) -> ReservationView:
    """Cancel a reservation that is waiting or held; its unit goes to the next on the waiting list."""
    today = today or local_today()
    reservation = _get(session, reservation_id)
    actor.require(Permission.RENT, reservation.centre_id)
    was = reservation.status
    cancelled = session.execute(
        update(Reservation)
        .where(Reservation.id == reservation.id, Reservation.status.in_(OPEN))
        .values(status=ReservationStatus.CANCELLED)
        .execution_options(synchronize_session=False)
    )
    session.refresh(reservation)
    if cancelled.rowcount == 0:  # type: ignore[attr-defined]
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This reservation was already fulfilled: the resident has the device. Nothing was changed.",
            )
            if reservation.status is ReservationStatus.FULFILLED
            else QT_TRANSLATE_NOOP("errors", "This reservation was already cancelled; nothing was changed."),
            field="reservation",
        )
    if reservation.unit_id is not None:
        session.execute(
            update(DeviceUnit)
            .where(DeviceUnit.id == reservation.unit_id, DeviceUnit.state == UnitState.RESERVED)
            .values(state=shelf_state(session, reservation.unit_id))
            .execution_options(synchronize_session=False)
        )
    audit.record(
        session,
        actor,
        "cancel",
        "reservation",
        reservation.id,
        {"status": (was.value, ReservationStatus.CANCELLED.value)},
    )
    if was is ReservationStatus.ACTIVE:
        promote_waiting(session, actor, reservation.centre_id, reservation.product_id, today=today)
    return reservation_view(session, reservation.id)


def promote_waiting(
    session: Session, actor: Actor, centre_id: int, product_id: int, *, today: date | None = None
) -> ReservationView | None:
    """When a unit of a product becomes free: the oldest waiting reservation that a unit is now free
    for is given it and held (None if there is none)."""
    today = today or local_today()
    actor.require(Permission.RENT, centre_id)
    waiting = session.scalars(
        select(Reservation)
        .where(
            Reservation.centre_id == centre_id,
            Reservation.product_id == product_id,
            Reservation.status == ReservationStatus.WAITING,
            Reservation.end_on >= today,
        )
        .order_by(Reservation.id)
    ).all()
    for reservation in waiting:
        if _place(session, reservation, today):
            view = reservation_view(session, reservation.id)
            audit.record(
                session,
                actor,
                "promote",
                "reservation",
                reservation.id,
                {"status": ("waiting", "active"), "unit": (None, view.asset_tag)},
            )
            return view
    return None


def move_reservations_off(session: Session, actor: Actor, unit_id: int, today: date) -> None:
    """A unit left service (repair, retired, lost): each reservation holding it moves to another free
    unit of the product, or back to the waiting list, in the order they were made."""
    held = session.scalars(
        select(Reservation)
        .where(Reservation.unit_id == unit_id, Reservation.status == ReservationStatus.ACTIVE)
        .order_by(Reservation.id)
    ).all()
    for reservation in held:
        reservation.unit_id, reservation.status = None, ReservationStatus.WAITING
        session.flush()
        _place(session, reservation, today)
        audit.record(
            session,
            actor,
            "move",
            "reservation",
            reservation.id,
            {"unit_id": (unit_id, reservation.unit_id), "status": ("active", reservation.status.value)},
        )


def reservation_views(session: Session, *conditions: ColumnElement[bool]) -> list[ReservationView]:
    """Reservations meeting `conditions`, by first day and then first come."""
    earlier = aliased(Reservation)
    place = (
        select(func.count(earlier.id))
        .where(
            earlier.status == ReservationStatus.WAITING,
            earlier.centre_id == Reservation.centre_id,
            earlier.product_id == Reservation.product_id,
            earlier.id <= Reservation.id,
        )
        .correlate(Reservation)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Reservation.id,
            Reservation.status,
            Centre.id,
            Centre.code,
            Product.id,
            Product.code,
            Product.name,
            DeviceUnit.id,
            DeviceUnit.asset_tag,
            Resident.id,
            Resident.name,
            Reservation.start_on,
            Reservation.end_on,
            Reservation.note,
            Reservation.created_at,
            place,
        )
        .join(Centre, Centre.id == Reservation.centre_id)
        .join(Product, Product.id == Reservation.product_id)
        .join(Resident, Resident.id == Reservation.resident_id)
        .outerjoin(DeviceUnit, DeviceUnit.id == Reservation.unit_id)
        .where(*conditions)
        .order_by(Reservation.start_on, Reservation.id)
        .limit(1000)
    )
    return [
        ReservationView(
            *row[:8], row[8] or "", *row[9:15], row[15] if row[1] is ReservationStatus.WAITING else None
        )
        for row in rows
    ]


def reservation_view(session: Session, reservation_id: int) -> ReservationView:
    [view] = reservation_views(session, Reservation.id == _get(session, reservation_id).id)
    return view


def in_force_on(day: date) -> ColumnElement[bool]:
    """Reservations whose days include `day`."""
    return (Reservation.start_on <= day) & (Reservation.end_on >= day)


def list_reservations(
    session: Session,
    actor: Actor,
    centre_id: int,
    on: date | None = None,
    status: ReservationStatus | None = None,
) -> list[ReservationView]:
    """A centre's reservations (those whose days include `on`, if given), by first day."""
    actor.require(Permission.RENT, centre_id)
    conditions = [Reservation.centre_id == centre_id]
    if on is not None:
        conditions.append(in_force_on(on))
    if status is not None:
        conditions.append(Reservation.status == ReservationStatus(status))
    return reservation_views(session, *conditions)
