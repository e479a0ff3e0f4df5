"""The rental devices themselves: registering a unit under its asset tag, finding it by its label,
and what it has been through. Taking a unit out of service is `out_of_service`.

The asset tag is printed on the unit's QR label (`SS:U:LX01-00042`), so it holds only what QR
alphanumeric mode carries and never changes. Tags follow the centre's pattern with a sequence
number per centre; two desks registering at once may compute the same next number, so the insert
runs in a savepoint and the loser takes the next number (the UNIQUE constraint decides).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.catalog.search_keys import fold
from silvershop.catalog.text_fields import limited, one_line
from silvershop.centres.centres import get_centre, tidy_code
from silvershop.centres.models import Centre, Location
from silvershop.config import local_today
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.labels.payloads import PayloadKind, normalise_scan, parse_payload
from silvershop.money import FEN_PER_YUAN, MAX_YUAN
from silvershop.rental.models import (
    CleaningRecord,
    CleaningResult,
    DeviceUnit,
    Loan,
    LoanStatus,
    MaintenanceRecord,
    Resident,
    UnitCondition,
    UnitState,
)
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission

MAX_FEN = int(MAX_YUAN) * FEN_PER_YUAN
_TAG = re.compile(r"[0-9A-Z-]{1,32}")
_TAG_ATTEMPTS = 5
OUT_OF_SERVICE = (UnitState.RETIRED, UnitState.LOST)


@dataclass(frozen=True)
class UnitView:
    id: int
    asset_tag: str
    serial_no: str
    product_id: int
    product_code: str
    product_name: str
    centre_id: int
    centre_code: str
    location_code: str  # "" when the unit is not at a location (on loan, or none given)
    state: UnitState
    condition: UnitCondition
    purchased_on: date | None
    purchase_cost_fen: int | None
    loan_count: int
    note: str


@dataclass(frozen=True)
class LoanLine:
    """A past or present loan of a unit: who had it by name only, never their ID number or phone."""

    code: str
    start_on: date
    due_on: date
    returned_at: datetime | None
    status: LoanStatus
    resident_name: str


@dataclass(frozen=True)
class CleaningLine:
    method: str
    agent: str
    performed_by: str
    performed_at: datetime
    result: CleaningResult


@dataclass(frozen=True)
class Repair:
    id: int
    unit_id: int
    fault: str
    action: str
    cost_fen: int
    performed_by: str
    opened_at: datetime
    closed_at: datetime | None
    beyond_repair: bool


@dataclass(frozen=True)
class UnitHistory:
    """Everything a unit went through, each list newest first."""

    unit: UnitView
    loans: tuple[LoanLine, ...]
    cleanings: tuple[CleaningLine, ...]
    repairs: tuple[Repair, ...]

    @property
    def loan_count(self) -> int:
        return len(self.loans)


def get_unit(session: Session, unit_id: int) -> DeviceUnit:
    unit = session.get(DeviceUnit, unit_id)
    if unit is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This device unit no longer exists; scan its label again.")
        )
    return unit


def amount(fen: int, field: str) -> int:
    if not 0 <= fen <= MAX_FEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter an amount from 0 to 10,000,000 元; check the number."),
            field=field,
        )
    return fen


def _tag_shape(centre: Centre) -> tuple[str, re.Pattern[str]]:
    """What the centre's tags look like: a LIKE pattern to find them and a regex reading the sequence."""
    like, regex, has_sequence = "", "", False
    try:
        parts = list(string.Formatter().parse(centre.asset_tag_pattern))
    except ValueError:
        raise _bad_pattern(centre) from None
    for literal, name, _spec, _conversion in parts:
        like, regex = like + literal, regex + re.escape(literal)
        if name == "centre":
            like, regex = like + centre.code, regex + re.escape(centre.code)
        elif name == "seq":
            like, regex, has_sequence = like + "%", regex + r"(\d+)", True
        elif name is not None:
            raise _bad_pattern(centre)
    if not has_sequence:
        raise _bad_pattern(centre)
    return like, re.compile(regex)


def _bad_pattern(centre: Centre) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The asset-tag pattern of {centre} ({pattern}) does not make a tag a label can carry. Put only "
            "letters A–Z, digits and dashes around the centre code and the number, for example {example}.",
        ),
        field="asset_tag_pattern",
        centre=centre.name,
        pattern=centre.asset_tag_pattern,
        example="{centre}-{seq:05d}",
    )


def _next_tag(session: Session, centre: Centre) -> str:
    """The tag after the highest one following the centre's pattern (1 for the centre's first unit)."""
    like, regex = _tag_shape(centre)
    taken = session.scalars(select(DeviceUnit.asset_tag).where(DeviceUnit.asset_tag.like(like)))
    highest = max((int(m.group(1)) for tag in taken if (m := regex.fullmatch(tag))), default=0)
    try:
        tag = centre.asset_tag_pattern.format(centre=centre.code, seq=highest + 1)
    except (ValueError, IndexError, KeyError):
        raise _bad_pattern(centre) from None
    if not _TAG.fullmatch(tag) or not regex.fullmatch(tag):
        raise _bad_pattern(centre)
    return tag


def add_unit(
    session: Session,
    actor: Actor,
    product_id: int,
    centre_id: int,
    serial_no: str = "",
    purchased_on: date | None = None,
    purchase_cost_fen: int | None = None,
    location_id: int | None = None,
    *,
    today: date | None = None,
) -> UnitView:
    """Register a rental unit at a centre under the next asset tag of that centre."""
    today = today or local_today()
    centre = get_centre(session, centre_id)
    actor.require(Permission.MANAGE_CENTRE, centre.id)
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This product is no longer in the catalogue; choose another."),
            field="product",
        )
    if not product.rentable:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{product} is not offered for rent; mark it rentable in the catalogue (with its monthly "
                "rent) before registering rental units of it.",
            ),
            field="product",
            product=f"{product.code} {product.name}",
        )
    serial = limited(serial_no, 80, "serial_no")
    if purchased_on is not None and purchased_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The purchase date {date} is in the future; check it."),
            field="purchased_on",
            date=purchased_on.isoformat(),
        )
    cost = None if purchase_cost_fen is None else amount(purchase_cost_fen, "purchase_cost")
    location = session.get(Location, location_id) if location_id is not None else None
    if location_id is not None and (
        location is None or location.centre_id != centre.id or not location.active
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a location of {centre} that is in use."),
            field="location",
            centre=centre.name,
        )
    for _attempt in range(_TAG_ATTEMPTS):
        unit = DeviceUnit(
            asset_tag=_next_tag(session, centre),
            serial_no=serial,
            product_id=product.id,
            home_centre_id=centre.id,
            location_id=location_id,
            purchased_on=purchased_on,
            purchase_cost_fen=cost,
        )
        try:
            with session.begin_nested():
                session.add(unit)
                session.flush()
            break
        except IntegrityError:  # another desk took this tag a moment ago; take the next one
            continue
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Other desks are registering units of {centre} right now; try again in a moment."
            ),
            centre=centre.name,
        )
    audit.record(
        session,
        actor,
        "create",
        "device_unit",
        unit.id,
        audit.diff(
            {},
            {
                "asset_tag": unit.asset_tag,
                "product": product.code,
                "centre": centre.code,
                "serial_no": serial,
                "purchased_on": purchased_on,
                "purchase_cost_fen": cost,
                "location": location.code if location else None,
            },
        ),
    )
    return unit_view(session, unit.id)


# Labels that are ours but not a device's: what the clerk scanned, and what to scan instead.
_NOT_A_UNIT: dict[PayloadKind, str] = {
    PayloadKind.PRODUCT: QT_TRANSLATE_NOOP(
        "errors",
        "“{scanned}” is a product's label, not a device's. Scan the label on the device itself, or type "
        "its asset tag.",
    ),
    PayloadKind.CENTRE: QT_TRANSLATE_NOOP(
        "errors",
        "“{scanned}” is a centre's label, not a device's. Scan the label on the device itself, or type "
        "its asset tag.",
    ),
    PayloadKind.LOCATION: QT_TRANSLATE_NOOP(
        "errors",
        "“{scanned}” is a location's label, not a device's. Scan the label on the device itself, or type "
        "its asset tag.",
    ),
}


def find_unit(session: Session, text: str) -> DeviceUnit:
    """The unit whose asset tag was typed (any case or width) or whose `SS:U:` label was scanned."""
    scanned = normalise_scan(text)
    tag = tidy_code(text)
    if scanned.startswith("SS:"):
        payload = parse_payload(text)
        if payload.kind is not PayloadKind.UNIT:
            raise ValidationError(_NOT_A_UNIT[payload.kind], field="scan", scanned=scanned)
        tag = payload.code
    unit = session.scalar(select(DeviceUnit).where(DeviceUnit.asset_tag == tag))
    if unit is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "There is no device with the asset tag {tag}; check the label and try again."
            ),
            field="scan",
            tag=tag,
        )
    return unit


def _views(session: Session, query: Select[tuple[int]]) -> list[UnitView]:
    rows = session.execute(
        select(
            DeviceUnit.id,
            DeviceUnit.asset_tag,
            DeviceUnit.serial_no,
            Product.id,
            Product.code,
            Product.name,
            Centre.id,
            Centre.code,
            Location.code,
            DeviceUnit.state,
            DeviceUnit.condition,
            DeviceUnit.purchased_on,
            DeviceUnit.purchase_cost_fen,
            DeviceUnit.loan_count,
            DeviceUnit.note,
        )
        .join(Product, Product.id == DeviceUnit.product_id)
        .join(Centre, Centre.id == DeviceUnit.home_centre_id)
        .outerjoin(Location, Location.id == DeviceUnit.location_id)
        .where(DeviceUnit.id.in_(query))
        .order_by(DeviceUnit.asset_tag)
    )
    return [UnitView(*row[:8], row[8] or "", *row[9:]) for row in rows]


def unit_view(session: Session, unit_id: int) -> UnitView:
    found = _views(session, select(DeviceUnit.id).where(DeviceUnit.id == get_unit(session, unit_id).id))
    return found[0]


def list_units(
    session: Session,
    actor: Actor,
    centre_id: int | None = None,
    state: UnitState | None = None,
    product_id: int | None = None,
    text: str = "",
    *,
    limit: int = 2000,
) -> list[UnitView]:
    """Units of the actor's centres (or one centre) by asset tag; `text` matches the tag, the serial
    number, or the product's code, name or model (folded like the catalogue's search)."""
    visible = actor.visible_centres(Permission.VIEW_STOCK)
    query = select(DeviceUnit.id).join(Product, Product.id == DeviceUnit.product_id)
    if centre_id is not None:
        actor.require(Permission.VIEW_STOCK, centre_id)
        query = query.where(DeviceUnit.home_centre_id == centre_id)
    elif visible is not None:
        query = query.where(DeviceUnit.home_centre_id.in_(visible))
    if state is not None:
        query = query.where(DeviceUnit.state == UnitState(state))
    if product_id is not None:
        query = query.where(DeviceUnit.product_id == product_id)
    if one_line(text):
        query = query.where(
            or_(
                DeviceUnit.asset_tag.contains(tidy_code(text), autoescape=True),
                DeviceUnit.serial_no.contains(one_line(text), autoescape=True),
                Product.search_text.contains(fold(text), autoescape=True),
            )
        )
    return _views(session, query.order_by(DeviceUnit.asset_tag).limit(limit))


def unit_history(session: Session, actor: Actor, unit_id: int) -> UnitHistory:
    """The unit's loans (with the resident's name only), cleanings and repairs, newest first."""
    unit = get_unit(session, unit_id)
    actor.require(Permission.VIEW_STOCK, unit.home_centre_id)
    actor.require(Permission.VIEW_RESIDENTS, unit.home_centre_id)  # the loans name the residents
    loans = session.execute(
        select(Loan.code, Loan.start_on, Loan.due_on, Loan.returned_at, Loan.status, Resident.name)
        .join(Resident, Resident.id == Loan.resident_id)
        .where(Loan.unit_id == unit.id)
        .order_by(Loan.start_on.desc(), Loan.id.desc())
    )
    cleanings = session.execute(
        select(
            CleaningRecord.method,
            CleaningRecord.agent,
            CleaningRecord.performed_by,
            CleaningRecord.performed_at,
            CleaningRecord.result,
        )
        .where(CleaningRecord.unit_id == unit.id)
        .order_by(CleaningRecord.performed_at.desc(), CleaningRecord.id.desc())
    )
    repairs = session.scalars(
        select(MaintenanceRecord)
        .where(MaintenanceRecord.unit_id == unit.id)
        .order_by(MaintenanceRecord.opened_at.desc(), MaintenanceRecord.id.desc())
    )
    return UnitHistory(
        unit_view(session, unit.id),
        tuple(LoanLine(*row) for row in loans),
        tuple(CleaningLine(*row) for row in cleanings),
        tuple(repair_line(record) for record in repairs),
    )


def repair_line(record: MaintenanceRecord) -> Repair:
    return Repair(
        record.id,
        record.unit_id,
        record.fault,
        record.action,
        record.cost_fen,
        record.performed_by,
        record.opened_at,
        record.closed_at,
        record.retired,
    )
