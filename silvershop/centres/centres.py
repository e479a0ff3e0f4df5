"""Opening experience centres and keeping their details and locations right.

A centre's code and a location's code are printed on QR labels (`SS:C:LX01`, `SS:L:LX01-A1`), so
they hold only what QR alphanumeric mode carries, without the dash that separates them, and they
do not change once given: a relabelled shelf would leave every printed label pointing nowhere.
An administrator opens centres; each centre's manager keeps its details and locations.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog.enterprise_checks import contact_phone
from silvershop.catalog.text_fields import limited, one_line
from silvershop.centres.models import Centre, DisplayItem, District, Location, LocationKind, StockBalance
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission

_CENTRE_CODE = re.compile(r"[0-9A-Z]{2,12}")
_LOCATION_CODE = re.compile(r"[0-9A-Z]{1,8}")


@dataclass(frozen=True)
class CentreInput:
    code: str
    name: str
    district_code: str
    address: str = ""
    opening_hours: str = ""
    phone: str = ""
    manager_name: str = ""


@dataclass(frozen=True)
class LocationInput:
    code: str
    name: str
    kind: LocationKind


@dataclass(frozen=True)
class LocationView:
    id: int
    centre_id: int
    centre_code: str
    code: str
    name: str
    kind: LocationKind
    active: bool


@dataclass(frozen=True)
class CentreView:
    id: int
    code: str
    name: str
    district_code: str
    district_name: str
    address: str
    opening_hours: str
    phone: str
    manager_name: str
    active: bool
    locations: tuple[LocationView, ...]


def tidy_code(text: str) -> str:
    """A code as typed, the way labels carry it: half-width, upper case, no spaces."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text)).upper()


def get_centre(session: Session, centre_id: int) -> Centre:
    centre = session.get(Centre, centre_id)
    if centre is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This centre no longer exists; press F5 to see the list again.")
        )
    return centre


def find_centre(session: Session, code: str) -> Centre:
    """The centre with this code, as typed on the command line or read from a label."""
    centre = session.scalar(select(Centre).where(Centre.code == tidy_code(code)))
    if centre is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no centre with the code {code}; `centre list` shows them."),
            code=tidy_code(code),
        )
    return centre


def find_location(session: Session, centre: Centre, code: str) -> Location:
    location = session.scalar(
        select(Location).where(Location.centre_id == centre.id, Location.code == tidy_code(code))
    )
    if location is None or not location.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{centre} has no location {code} in use; choose one of the centre's locations."
            ),
            field="location",
            centre=centre.name,
            code=tidy_code(code),
        )
    return location


def centre_view(session: Session, centre_id: int) -> CentreView:
    """A centre with every location, retired ones too. Addresses and opening hours are public."""
    centre = get_centre(session, centre_id)
    district = session.get(District, centre.district_code)
    return CentreView(
        id=centre.id,
        code=centre.code,
        name=centre.name,
        district_code=centre.district_code,
        district_name=district.name if district else centre.district_code,
        address=centre.address,
        opening_hours=centre.opening_hours,
        phone=centre.phone,
        manager_name=centre.manager_name,
        active=centre.active,
        locations=tuple(_location_view(loc, centre.code) for loc in centre.locations),
    )


def _location_view(location: Location, centre_code: str) -> LocationView:
    return LocationView(
        location.id,
        location.centre_id,
        centre_code,
        location.code,
        location.name,
        location.kind,
        location.active,
    )


def _checked_centre(session: Session, data: CentreInput) -> dict[str, str]:
    name = one_line(data.name)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the centre's name, as on its sign."), field="name"
        )
    if session.get(District, data.district_code) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the district the centre serves from the list."),
            field="district_code",
        )
    return {
        "name": limited(name, 120, "name"),
        "district_code": data.district_code,
        "address": limited(one_line(data.address), 200, "address"),
        "opening_hours": limited(one_line(data.opening_hours), 120, "opening_hours"),
        "phone": contact_phone(data.phone, field="phone"),
        "manager_name": limited(one_line(data.manager_name), 60, "manager_name"),
    }


def add_centre(session: Session, actor: Actor, data: CentreInput) -> CentreView:
    actor.require(Permission.OPEN_CENTRE)
    code = tidy_code(data.code)
    if not _CENTRE_CODE.fullmatch(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A centre code has 2 to 12 letters A–Z and digits (no dashes or spaces), "
                "for example LX01; it is printed on labels.",
            ),
            field="code",
        )
    if session.scalar(select(Centre.id).where(Centre.code == code)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The code {code} is already another centre's; choose another."),
            field="code",
            code=code,
        )
    values = _checked_centre(session, data)
    centre = Centre(code=code, **values)
    session.add(centre)
    session.flush()
    audit.record(session, actor, "create", "centre", centre.id, audit.diff({}, {"code": code, **values}))
    return centre_view(session, centre.id)


def update_centre(session: Session, actor: Actor, centre_id: int, data: CentreInput) -> CentreView:
    """Change a centre's details; its code stays, because labels carry it."""
    centre = get_centre(session, centre_id)
    actor.require(Permission.MANAGE_CENTRE, centre.id)
    values = _checked_centre(session, data)
    before = {name: getattr(centre, name) for name in values}
    for name, value in values.items():
        setattr(centre, name, value)
    changes = audit.diff(before, values)
    if changes:
        audit.record(session, actor, "update", "centre", centre.id, changes)
    session.flush()
    return centre_view(session, centre.id)


def _checked_location(data: LocationInput) -> tuple[str, str]:
    code = tidy_code(data.code)
    if not _LOCATION_CODE.fullmatch(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A location code has 1 to 8 letters A–Z and digits (no dashes or spaces), "
                "for example A1 or ST; it is printed on the shelf's label.",
            ),
            field="code",
        )
    name = one_line(data.name)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter a name staff will recognise, such as 展示区A1 or 库房."),
            field="name",
        )
    return code, limited(name, 120, "name")


def add_location(session: Session, actor: Actor, centre_id: int, data: LocationInput) -> LocationView:
    centre = get_centre(session, centre_id)
    actor.require(Permission.MANAGE_CENTRE, centre.id)
    code, name = _checked_location(data)
    taken = session.scalar(select(Location).where(Location.centre_id == centre.id, Location.code == code))
    if taken is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{centre} already has a location {code} ({name}); choose another code."
            ),
            field="code",
            centre=centre.name,
            code=code,
            name=taken.name,
        )
    location = Location(centre_id=centre.id, code=code, name=name, kind=LocationKind(data.kind))
    session.add(location)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "location",
        location.id,
        audit.diff({}, {"centre": centre.code, "code": code, "name": name, "kind": location.kind.value}),
    )
    return _location_view(location, centre.code)


def update_location(
    session: Session, actor: Actor, location_id: int, name: str, kind: LocationKind, *, active: bool = True
) -> LocationView:
    """Rename a location, change its kind, or take it out of use (only once it is empty)."""
    location = session.get(Location, location_id)
    if location is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This location no longer exists; press F5 to see the list again.")
        )
    actor.require(Permission.MANAGE_CENTRE, location.centre_id)
    _, checked_name = _checked_location(LocationInput(location.code, name, kind))
    if location.active and not active:
        _require_empty(session, location)
    before = {"name": location.name, "kind": location.kind.value, "active": location.active}
    location.name, location.kind, location.active = checked_name, LocationKind(kind), active
    after = {"name": checked_name, "kind": location.kind.value, "active": active}
    changes = audit.diff(before, after)
    if changes:
        audit.record(session, actor, "update", "location", location.id, changes)
    session.flush()
    return _location_view(location, location.centre.code)


def _require_empty(session: Session, location: Location) -> None:
    held = session.scalar(
        select(func.coalesce(func.sum(StockBalance.quantity), 0)).where(
            StockBalance.location_id == location.id
        )
    )
    shown = session.scalar(select(func.count(DisplayItem.id)).where(DisplayItem.location_id == location.id))
    if held or shown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{location} still holds {held} items and shows {shown} products; move them elsewhere "
                "before taking it out of use.",
            ),
            field="active",
            location=location.name,
            held=int(held or 0),
            shown=int(shown or 0),
        )


def centre_input(view: CentreView) -> CentreInput:
    """A centre's details as a form starts from them."""
    names = {f.name for f in fields(CentreInput)}
    return CentreInput(**{name: getattr(view, name) for name in names})
