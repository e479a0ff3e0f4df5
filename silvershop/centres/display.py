"""Which products are on show where, so a visitor (at the kiosk) or a clerk (in the catalogue) can be
told "you can try this here, in display zone A1".

What is on show is public: the kiosk reads it without signing in, so the readers take no actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.catalog.text_fields import limited
from silvershop.centres.models import Centre, DisplayItem, Location, StockBalance
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.rental.models import DeviceUnit, UnitState
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission


@dataclass(frozen=True)
class ShownAt:
    """One centre that has a product: where it is on show (if it is), how many it keeps, how many
    rental units it has and how many of those are free now."""

    centre_id: int
    centre_code: str
    centre_name: str
    location_code: str  # "" when the centre keeps the product but does not show it
    location_name: str
    in_stock: int
    rental_units: int
    free_units: int


@dataclass(frozen=True)
class DisplayLine:
    id: int
    product_id: int
    product_code: str
    product_name: str
    location_code: str
    location_name: str
    note: str


def show_product(
    session: Session, actor: Actor, product_id: int, location_id: int, note: str = ""
) -> DisplayLine:
    """Mark a product as on show at a location; showing it there again only updates the note."""
    location = session.get(Location, location_id)
    if location is None or not location.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This location does not exist or is no longer in use; choose one of the centre's."
            ),
            field="location",
        )
    actor.require(Permission.MOVE_STOCK, location.centre_id)
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This product no longer exists; someone may have deleted it.")
        )
    text = limited(note, 200, "note")
    item = session.scalar(
        select(DisplayItem).where(
            DisplayItem.product_id == product_id, DisplayItem.location_id == location_id
        )
    )
    if item is None:
        item = DisplayItem(
            product_id=product_id, centre_id=location.centre_id, location_id=location_id, note=text
        )
        session.add(item)
        session.flush()
        audit.record(
            session,
            actor,
            "create",
            "display_item",
            item.id,
            {"product": (None, product.code), "location": (None, location.code)},
        )
    elif item.note != text:
        audit.record(session, actor, "update", "display_item", item.id, {"note": (item.note, text)})
        item.note = text
    return DisplayLine(
        item.id, product.id, product.code, product.name, location.code, location.name, item.note
    )


def stop_showing(session: Session, actor: Actor, display_id: int) -> None:
    item = session.get(DisplayItem, display_id)
    if item is None:
        return  # already taken off show, perhaps at another desk
    actor.require(Permission.MOVE_STOCK, item.centre_id)
    audit.record(session, actor, "delete", "display_item", item.id, {"product_id": (item.product_id, None)})
    session.delete(item)
    session.flush()


def shown_at_centre(session: Session, centre_id: int) -> list[DisplayLine]:
    """What a centre has on show, by location and product code."""
    rows = session.execute(
        select(
            DisplayItem.id,
            Product.id,
            Product.code,
            Product.name,
            Location.code,
            Location.name,
            DisplayItem.note,
        )
        .join(Product, Product.id == DisplayItem.product_id)
        .join(Location, Location.id == DisplayItem.location_id)
        .where(DisplayItem.centre_id == centre_id)
        .order_by(Location.code, Product.code)
    )
    return [DisplayLine(*row) for row in rows]


def where_to_find(session: Session, product_id: int) -> list[ShownAt]:
    """Every active centre that shows, stocks or rents out a product, by centre code."""
    shown = {
        centre_id: (code, name)
        for centre_id, code, name in session.execute(
            select(DisplayItem.centre_id, Location.code, Location.name)
            .join(Location, Location.id == DisplayItem.location_id)
            .where(DisplayItem.product_id == product_id)
            .order_by(Location.code.desc())  # the first location by code wins below
        )
    }
    stock = dict(
        session.execute(
            select(StockBalance.centre_id, func.sum(StockBalance.quantity))
            .where(StockBalance.product_id == product_id)
            .group_by(StockBalance.centre_id)
        ).all()
    )
    units = {
        centre_id: (total, free)
        for centre_id, total, free in session.execute(
            select(
                DeviceUnit.home_centre_id,
                func.count(DeviceUnit.id),
                func.sum(case((DeviceUnit.state == UnitState.AVAILABLE, 1), else_=0)),
            )
            .where(
                DeviceUnit.product_id == product_id,
                DeviceUnit.state.not_in([UnitState.RETIRED, UnitState.LOST]),
            )
            .group_by(DeviceUnit.home_centre_id)
        )
    }
    centre_ids = set(shown) | {c for c, n in stock.items() if n} | set(units)
    if not centre_ids:
        return []
    centres = session.execute(
        select(Centre.id, Centre.code, Centre.name)
        .where(Centre.id.in_(centre_ids), Centre.active.is_(True))
        .order_by(Centre.code)
    )
    result = []
    for centre_id, code, name in centres:
        location_code, location_name = shown.get(centre_id, ("", ""))
        total, free = units.get(centre_id, (0, 0))
        result.append(
            ShownAt(
                centre_id,
                code,
                name,
                location_code,
                location_name,
                int(stock.get(centre_id) or 0),
                int(total),
                int(free or 0),
            )
        )
    return result
