"""What staff do with stock at one centre, in their words: receive a delivery, move goods between
locations, adjust the books, write off, and read what is where.

Each action is one or two ledger moves (`ledger.post_moves`) in the caller's transaction; this
module checks what the ledger cannot know: that a delivery has its note, that a move stays inside
one centre, that an adjustment says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.catalog.search_keys import fold
from silvershop.catalog.text_fields import limited, one_line
from silvershop.centres.ledger import MoveRequest, check_size, post_moves
from silvershop.centres.models import Location, MoveKind, StockBalance, StockMove, StockThreshold
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.security.models import User
from silvershop.security.permissions import Actor, Permission


class WriteOffReason(StrEnum):
    DAMAGED = "damaged"
    EXPIRED = "expired"
    LOST = "lost"


@dataclass(frozen=True)
class Placed:
    """Some of a product at one location."""

    location_id: int
    location_code: str
    location_name: str
    quantity: int


@dataclass(frozen=True)
class ProductStock:
    """One product at one centre: how many in all, where they are, and the minimum it should keep."""

    product_id: int
    code: str
    name: str
    model: str
    quantity: int
    min_quantity: int | None
    unit_price_fen: int | None
    places: tuple[Placed, ...]

    @property
    def below_minimum(self) -> bool:
        return self.min_quantity is not None and self.quantity < self.min_quantity


@dataclass(frozen=True)
class MoveLine:
    at: datetime
    product_code: str
    product_name: str
    location_code: str
    quantity: int
    kind: MoveKind
    reason: str
    reference: str
    username: str


def _location_of(session: Session, location_id: int) -> Location:
    location = session.get(Location, location_id)
    if location is None or not location.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This location does not exist or is no longer in use; choose one of the centre's."
            ),
            field="location",
        )
    return location


def _count(quantity: int) -> int:
    if check_size(quantity) <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter how many as a whole number greater than 0."), field="quantity"
        )
    return quantity


def receive(
    session: Session, actor: Actor, product_id: int, location_id: int, quantity: int, delivery_note: str
) -> int:
    """Goods delivered by an enterprise, booked in against its delivery note."""
    note = limited(delivery_note, 80, "delivery_note")
    if not note:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Enter the delivery note number (送货单号) so this delivery can be traced."
            ),
            field="delivery_note",
        )
    move = MoveRequest(product_id, location_id, _count(quantity), MoveKind.RECEIVE, "", note)
    return post_moves(session, actor, [move])[0]


def move_between(
    session: Session,
    actor: Actor,
    product_id: int,
    from_location_id: int,
    to_location_id: int,
    quantity: int,
    reason: str = "",
) -> list[int]:
    """Goods carried from one location of a centre to another (store room to display, say)."""
    source, target = _location_of(session, from_location_id), _location_of(session, to_location_id)
    if source.id == target.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose a different location to move to; this is where the goods are."
            ),
            field="to_location",
        )
    if source.centre_id != target.centre_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Both locations must be in the same centre; to send goods to another centre, "
                "ship a transfer.",
            ),
            field="to_location",
        )
    n, why = _count(quantity), limited(reason, 200, "reason")
    return post_moves(
        session,
        actor,
        [
            MoveRequest(product_id, source.id, -n, MoveKind.MOVE_OUT, why, target.code),
            MoveRequest(product_id, target.id, n, MoveKind.MOVE_IN, why, source.code),
        ],
    )


def adjust(
    session: Session, actor: Actor, product_id: int, location_id: int, change: int, reason: str
) -> int:
    """Put the books right by `change` (positive or negative) without goods moving; says why."""
    why = limited(reason, 200, "reason")
    if not why:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Say why the quantity is adjusted (for example: found during a count)."
            ),
            field="reason",
        )
    return post_moves(session, actor, [MoveRequest(product_id, location_id, change, MoveKind.ADJUST, why)])[0]


def write_off(
    session: Session,
    actor: Actor,
    product_id: int,
    location_id: int,
    quantity: int,
    reason: WriteOffReason,
    note: str = "",
) -> int:
    """Goods that are gone for good: damaged, past their date, or lost. The reason goes in the
    move's reference, so lists can show it in the reader's language; the note says the rest."""
    move = MoveRequest(
        product_id,
        location_id,
        -_count(quantity),
        MoveKind.WRITE_OFF,
        limited(note, 200, "note"),
        WriteOffReason(reason).value,
    )
    return post_moves(session, actor, [move])[0]


def centre_stock(
    session: Session, actor: Actor, centre_id: int, *, text: str = "", below_only: bool = False
) -> list[ProductStock]:
    """Every product the centre holds or should hold (it has a minimum), by code.

    `text` narrows to products whose code, name or model contains it (folded like the catalogue's
    search, so full-width and traditional characters match).
    """
    actor.require(Permission.VIEW_STOCK, centre_id)
    held = (
        select(StockBalance.product_id)
        .where(StockBalance.centre_id == centre_id, StockBalance.quantity > 0)
        .union(select(StockThreshold.product_id).where(StockThreshold.centre_id == centre_id))
        .subquery()
    )
    query = (
        select(
            Product.id,
            Product.code,
            Product.name,
            Product.model,
            Product.reference_price_fen,
            StockThreshold.min_quantity,
        )
        .join(held, held.c.product_id == Product.id)
        .outerjoin(
            StockThreshold,
            and_(StockThreshold.product_id == Product.id, StockThreshold.centre_id == centre_id),
        )
        .order_by(Product.code)
    )
    wanted = fold(one_line(text))
    if wanted:
        query = query.where(
            or_(
                Product.search_text.contains(wanted, autoescape=True),
                Product.code.contains(text.strip().upper(), autoescape=True),
            )
        )
    products = session.execute(query).all()
    places: dict[int, list[Placed]] = {}
    rows = session.execute(
        select(StockBalance.product_id, Location.id, Location.code, Location.name, StockBalance.quantity)
        .join(Location, Location.id == StockBalance.location_id)
        .where(StockBalance.centre_id == centre_id, StockBalance.quantity > 0)
        .order_by(Location.code)
    )
    for product_id, location_id, code, name, quantity in rows:
        places.setdefault(product_id, []).append(Placed(location_id, code, name, quantity))
    result = []
    for product_id, code, name, model, price, minimum in products:
        here = tuple(places.get(product_id, ()))
        line = ProductStock(
            product_id, code, name, model, sum(p.quantity for p in here), minimum, price, here
        )
        if not below_only or line.below_minimum:
            result.append(line)
    return result


def move_history(
    session: Session, actor: Actor, centre_id: int, *, product_id: int | None = None, limit: int = 200
) -> list[MoveLine]:
    """The centre's latest moves, newest first: what came in, went out, and who booked it."""
    actor.require(Permission.VIEW_STOCK, centre_id)
    query = (
        select(
            StockMove.at,
            Product.code,
            Product.name,
            Location.code,
            StockMove.quantity,
            StockMove.kind,
            StockMove.reason,
            StockMove.reference,
            func.coalesce(User.username, ""),
        )
        .join(Product, Product.id == StockMove.product_id)
        .join(Location, Location.id == StockMove.location_id)
        .outerjoin(User, User.id == StockMove.user_id)
        .where(StockMove.centre_id == centre_id)
        .order_by(StockMove.at.desc(), StockMove.id.desc())
        .limit(limit)
    )
    if product_id is not None:
        query = query.where(StockMove.product_id == product_id)
    return [MoveLine(*row) for row in session.execute(query)]
