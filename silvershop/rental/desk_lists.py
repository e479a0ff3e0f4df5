"""What the rental desk works through each day, across the actor's centres: loans coming due and
overdue (to call the resident), units waiting to be cleaned, units in repair, and who is coming
for a reserved device.

Phones are shown masked; the clerk who must call reveals one number on purpose with
`rental.residents.reveal`, which checks the permission and writes the audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.centres.models import Centre
from silvershop.rental.models import (
    DeviceUnit,
    Loan,
    LoanStatus,
    MaintenanceRecord,
    Reservation,
    Resident,
    UnitState,
)
from silvershop.rental.reservations import OPEN, ReservationView, in_force_on, reservation_views
from silvershop.security.masking import mask_phone
from silvershop.security.permissions import Actor, Permission
from silvershop.security.vault import Vault


@dataclass(frozen=True)
class LoanDue:
    loan_id: int
    loan_code: str
    centre_code: str
    asset_tag: str
    product_name: str
    resident_id: int  # for revealing the phone with rental.residents.reveal
    resident_name: str
    phone: str  # masked: 138****5678
    due_on: date
    days_late: int  # 0 until the day after the due date


@dataclass(frozen=True)
class UnitWaiting:
    """A unit out of the rental cycle for now: waiting for cleaning, or in repair."""

    unit_id: int
    asset_tag: str
    product_name: str
    centre_code: str
    since: datetime | None  # returned or repaired (cleaning); repair opened (repair)
    repair_id: int | None = None  # the open repair record, to finish it
    fault: str = ""


def _desk_centres(actor: Actor, column: ColumnElement[int]) -> list[ColumnElement[bool]]:
    visible = actor.visible_centres(Permission.RENT)
    return [] if visible is None else [column.in_(visible)]


def _loans(
    session: Session, actor: Actor, vault: Vault, today: date, *conditions: ColumnElement[bool]
) -> list[LoanDue]:
    rows = session.execute(
        select(
            Loan.id,
            Loan.code,
            Centre.code,
            DeviceUnit.asset_tag,
            Product.name,
            Resident.id,
            Resident.name,
            Resident.phone_enc,
            Loan.due_on,
        )
        .join(Centre, Centre.id == Loan.centre_id)
        .join(DeviceUnit, DeviceUnit.id == Loan.unit_id)
        .join(Product, Product.id == DeviceUnit.product_id)
        .join(Resident, Resident.id == Loan.resident_id)
        .where(Loan.status == LoanStatus.OPEN, *conditions, *_desk_centres(actor, Loan.centre_id))
        .order_by(Loan.due_on, Loan.code)
    )
    return [
        LoanDue(
            *row[:7],
            mask_phone(vault.decrypt(phone, purpose="phone")) if phone else "",
            due,
            max(0, (today - due).days),
        )
        for *row, phone, due in rows
    ]


def due_within(session: Session, actor: Actor, vault: Vault, today: date, days: int = 7) -> list[LoanDue]:
    """Loans due from today to `days` days ahead, soonest first: residents to remind."""
    return _loans(session, actor, vault, today, Loan.due_on >= today, Loan.due_on <= today + timedelta(days))


def overdue(session: Session, actor: Actor, vault: Vault, today: date) -> list[LoanDue]:
    """Loans past their due date, longest late first: residents to call."""
    return _loans(session, actor, vault, today, Loan.due_on < today)


def awaiting_cleaning(session: Session, actor: Actor) -> list[UnitWaiting]:
    """Units back from a loan or a repair that are lent again only once a cleaning is signed off;
    the longest waiting first."""
    returned = (
        select(func.max(Loan.returned_at)).where(Loan.unit_id == DeviceUnit.id).correlate(DeviceUnit)
    ).scalar_subquery()
    repaired = (
        select(func.max(MaintenanceRecord.closed_at))
        .where(MaintenanceRecord.unit_id == DeviceUnit.id)
        .correlate(DeviceUnit)
    ).scalar_subquery()
    rows = session.execute(
        select(DeviceUnit.id, DeviceUnit.asset_tag, Product.name, Centre.code, returned, repaired)
        .join(Product, Product.id == DeviceUnit.product_id)
        .join(Centre, Centre.id == DeviceUnit.home_centre_id)
        .where(
            DeviceUnit.state == UnitState.AWAITING_CLEANING,
            *_desk_centres(actor, DeviceUnit.home_centre_id),
        )
    )
    units = [
        UnitWaiting(*row, max((t for t in (back, fixed) if t is not None), default=None))
        for *row, back, fixed in rows
    ]
    return sorted(
        units, key=lambda u: (u.since is None, u.since or datetime.min.replace(tzinfo=UTC), u.asset_tag)
    )


def in_repair(session: Session, actor: Actor) -> list[UnitWaiting]:
    """Units in repair with their open repair record (fault, since when), the oldest first."""
    rows = session.execute(
        select(
            DeviceUnit.id,
            DeviceUnit.asset_tag,
            Product.name,
            Centre.code,
            MaintenanceRecord.opened_at,
            MaintenanceRecord.id,
            MaintenanceRecord.fault,
        )
        .join(Product, Product.id == DeviceUnit.product_id)
        .join(Centre, Centre.id == DeviceUnit.home_centre_id)
        .outerjoin(
            MaintenanceRecord,
            (MaintenanceRecord.unit_id == DeviceUnit.id) & MaintenanceRecord.closed_at.is_(None),
        )
        .where(DeviceUnit.state == UnitState.IN_REPAIR, *_desk_centres(actor, DeviceUnit.home_centre_id))
        .order_by(MaintenanceRecord.opened_at, DeviceUnit.asset_tag)
    )
    return [UnitWaiting(*row[:6], row[6] or "") for row in rows]


def reservations_on(session: Session, actor: Actor, day: date) -> list[ReservationView]:
    """Reservations held or waiting whose days include `day`: who may come for a device then."""
    return reservation_views(
        session,
        Reservation.status.in_(OPEN),
        in_force_on(day),
        *_desk_centres(actor, Reservation.centre_id),
    )
