"""What goes on each label: the records named by their codes, read into `LabelItem`s whose payload
and text lines are final, so painting needs no database and a test can check a decoded QR code
against the record it was printed for.

Codes are checked before anything is read: a code with characters a QR label cannot carry, or one
no record has, is named in one sentence with the others, so the person fixes the list once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.centres.models import Centre, Location, MoveKind, StockMove
from silvershop.config import LOCAL_ZONE
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.i18n import translate
from silvershop.labels.models import LabelField
from silvershop.labels.payloads import Payload, PayloadKind, check_payload_code, product_payload
from silvershop.money import format_yuan
from silvershop.rental.models import DeviceUnit, UnitState
from silvershop.security import settings
from silvershop.security.permissions import Actor, Permission

OUT_OF_SERVICE = (UnitState.RETIRED, UnitState.LOST)


@dataclass(frozen=True)
class LabelItem:
    kind: PayloadKind
    code: str  # product code, asset tag, centre code, or CENTRE-LOCATION
    payload: str  # what the QR code carries
    values: Mapping[LabelField, str]  # the text lines, as printed; a field with nothing is left off


def clean_code(text: str) -> str:
    """A code as typed or pasted: full-width and lower case as a person or an input method gives it."""
    return unicodedata.normalize("NFKC", text).strip().upper()


def _rent(fen: int | None) -> str:
    if fen is None:
        return ""
    return translate("labels", "Rent {amount}/month").format(amount=format_yuan(fen))


def _missing(kind: PayloadKind, codes: Sequence[str]) -> NotFound:
    messages = {
        PayloadKind.PRODUCT: QT_TRANSLATE_NOOP("errors", "No product has the code {codes}."),
        PayloadKind.UNIT: QT_TRANSLATE_NOOP("errors", "No device unit has the tag {codes}."),
        PayloadKind.CENTRE: QT_TRANSLATE_NOOP("errors", "There is no centre {codes}."),
        PayloadKind.LOCATION: QT_TRANSLATE_NOOP(
            "errors", "There is no location {codes}. Write a location as CENTRE-LOCATION, e.g. LX01-A1."
        ),
    }
    return NotFound(messages[kind], field="codes", codes="、".join(codes))


def _checked(codes: Iterable[str]) -> list[str]:
    cleaned = [clean_code(code) for code in codes if code.strip()]
    for code in cleaned:
        check_payload_code(code)
    return cleaned


def _in_order(kind: PayloadKind, codes: list[str], found: Mapping[str, LabelItem]) -> list[LabelItem]:
    missing = [code for code in dict.fromkeys(codes) if code not in found]
    if missing:
        raise _missing(kind, missing)
    return [found[code] for code in codes]


def product_labels(session: Session, actor: Actor, codes: Iterable[str]) -> list[LabelItem]:
    actor.require(Permission.PRINT_LABELS)
    wanted = _checked(codes)
    template = settings.get(session, settings.PRODUCT_LABEL_URL)
    found = {}
    for product in session.scalars(select(Product).where(Product.code.in_(set(wanted)))):
        found[product.code] = LabelItem(
            PayloadKind.PRODUCT,
            product.code,
            product_payload(product.code, template),
            {
                LabelField.NAME: product.name,
                LabelField.MODEL: product.model,
                LabelField.CODE: product.code,
                LabelField.PRICE: format_yuan(product.reference_price_fen)
                if product.reference_price_fen is not None
                else "",
                LabelField.RENT: _rent(product.monthly_rent_fen) if product.rentable else "",
            },
        )
    return _in_order(PayloadKind.PRODUCT, wanted, found)


def _unit_item(unit: DeviceUnit, product: Product, centre: Centre, location: Location | None) -> LabelItem:
    return LabelItem(
        PayloadKind.UNIT,
        unit.asset_tag,
        Payload(PayloadKind.UNIT, unit.asset_tag).text(),
        {
            LabelField.NAME: product.name,
            LabelField.MODEL: product.model,
            LabelField.CODE: unit.asset_tag,  # the record's own code, as on every kind of label
            LabelField.ASSET_TAG: unit.asset_tag,
            LabelField.CENTRE: centre.name,
            LabelField.LOCATION: f"{location.code} {location.name}" if location is not None else "",
            LabelField.RENT: _rent(product.monthly_rent_fen),
        },
    )


def _unit_rows() -> Select[tuple[DeviceUnit, Product, Centre, Location]]:
    return (
        select(DeviceUnit, Product, Centre, Location)
        .join(Product, Product.id == DeviceUnit.product_id)
        .join(Centre, Centre.id == DeviceUnit.home_centre_id)
        .outerjoin(Location, Location.id == DeviceUnit.location_id)
    )


def unit_labels(session: Session, actor: Actor, tags: Iterable[str]) -> list[LabelItem]:
    actor.require(Permission.PRINT_LABELS)
    wanted = _checked(tags)
    rows = session.execute(_unit_rows().where(DeviceUnit.asset_tag.in_(set(wanted)))).all()
    for _unit, _product, centre, _location in rows:
        actor.require(Permission.VIEW_STOCK, centre.id)  # a centre's fleet is its own staff's
    found = {
        unit.asset_tag: _unit_item(unit, product, centre, location)
        for unit, product, centre, location in rows
    }
    return _in_order(PayloadKind.UNIT, wanted, found)


def _centre(session: Session, code: str) -> Centre:
    centre = session.scalars(select(Centre).where(Centre.code == clean_code(code))).first()
    if centre is None:
        raise _missing(PayloadKind.CENTRE, [clean_code(code)])
    return centre


def centre_unit_labels(session: Session, actor: Actor, centre_code: str) -> list[LabelItem]:
    """Every unit a centre has in service, by tag: for labelling a centre's fleet in one go."""
    actor.require(Permission.PRINT_LABELS)
    centre = _centre(session, centre_code)
    actor.require(Permission.VIEW_STOCK, centre.id)
    rows = session.execute(
        _unit_rows()
        .where(DeviceUnit.home_centre_id == centre.id, DeviceUnit.state.not_in(OUT_OF_SERVICE))
        .order_by(DeviceUnit.asset_tag)
    )
    items = [_unit_item(*row) for row in rows]
    if not items:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{centre} has no device units in service to label."),
            field="centre",
            centre=centre.name,
        )
    return items


def received_labels(session: Session, actor: Actor, centre_code: str, day: date) -> list[LabelItem]:
    """A label for every piece a centre received on `day` (its calendar), products in the order they
    came in: what the person unpacking the delivery sticks on."""
    actor.require(Permission.PRINT_LABELS)
    centre = _centre(session, centre_code)
    actor.require(Permission.VIEW_STOCK, centre.id)
    start = datetime.combine(day, time(), LOCAL_ZONE)
    moves = session.execute(
        select(Product.code, StockMove.quantity)
        .join(Product, Product.id == StockMove.product_id)
        .where(
            StockMove.centre_id == centre.id,
            StockMove.kind == MoveKind.RECEIVE,
            StockMove.at >= start,
            StockMove.at < start + timedelta(days=1),
        )
        .order_by(StockMove.at, StockMove.id)
    ).all()
    if not moves:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{centre} received nothing on {day}."),
            field="centre",
            centre=centre.name,
            day=day.isoformat(),
        )
    pieces = [code for code, quantity in moves for _piece in range(quantity)]
    return product_labels(session, actor, pieces)


def centre_labels(session: Session, actor: Actor, codes: Iterable[str]) -> list[LabelItem]:
    actor.require(Permission.PRINT_LABELS)
    wanted = _checked(codes)
    found = {
        centre.code: LabelItem(
            PayloadKind.CENTRE,
            centre.code,
            Payload(PayloadKind.CENTRE, centre.code).text(),
            {LabelField.NAME: centre.name, LabelField.CODE: centre.code, LabelField.CENTRE: centre.name},
        )
        for centre in session.scalars(select(Centre).where(Centre.code.in_(set(wanted))))
    }
    return _in_order(PayloadKind.CENTRE, wanted, found)


def location_labels(session: Session, actor: Actor, codes: Iterable[str]) -> list[LabelItem]:
    """Locations written CENTRE-LOCATION (LX01-A1), as their labels carry them."""
    actor.require(Permission.PRINT_LABELS)
    wanted = _checked(codes)
    found: dict[str, LabelItem] = {}
    centres = {code.split("-", 1)[0] for code in wanted}
    rows = session.execute(
        select(Location, Centre)
        .join(Centre, Centre.id == Location.centre_id)
        .where(Centre.code.in_(centres), (Centre.code + "-" + Location.code).in_(set(wanted)))
    )
    for location, centre in rows:
        actor.require(Permission.VIEW_STOCK, centre.id)
        full = f"{centre.code}-{location.code}"
        found[full] = LabelItem(
            PayloadKind.LOCATION,
            full,
            Payload(PayloadKind.LOCATION, centre.code, location.code).text(),
            {
                LabelField.NAME: location.name,
                LabelField.CODE: full,
                LabelField.CENTRE: centre.name,
                LabelField.LOCATION: f"{location.code} {location.name}",
            },
        )
    return _in_order(PayloadKind.LOCATION, wanted, found)


def labels_for(session: Session, actor: Actor, kind: PayloadKind, codes: Iterable[str]) -> list[LabelItem]:
    readers = {
        PayloadKind.PRODUCT: product_labels,
        PayloadKind.UNIT: unit_labels,
        PayloadKind.CENTRE: centre_labels,
        PayloadKind.LOCATION: location_labels,
    }
    return readers[kind](session, actor, codes)
