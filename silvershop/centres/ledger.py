"""The stock ledger: every change of quantity is a move with a reason, and balances follow it.

A move is never edited; a mistake is put right by another move. Each move adds to the balance of
its product at its location in the same transaction, through one upsert (`INSERT … ON CONFLICT DO
UPDATE`) inside a savepoint for the batch: the CHECK on `stock_balance` (quantity ≥ 0) is what stops two desks
taking the last unit at the same moment, on SQLite and PostgreSQL alike, and the savepoint lets the
refusal say how many there were instead of aborting the caller's transaction with a driver error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Insert, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.centres.models import Location, MoveKind, StockBalance, StockMove
from silvershop.db.base import utcnow
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.security.permissions import Actor, Permission

# Who may post which kind of move: counting, receiving and moving belong to the desk; changing what
# the books say without goods moving (adjustments, write-offs) belongs to the centre's manager.
PERMISSION_OF: dict[MoveKind, Permission] = {
    MoveKind.RECEIVE: Permission.MOVE_STOCK,
    MoveKind.MOVE_OUT: Permission.MOVE_STOCK,
    MoveKind.MOVE_IN: Permission.MOVE_STOCK,
    MoveKind.TRANSFER_OUT: Permission.MOVE_STOCK,
    MoveKind.TRANSFER_IN: Permission.MOVE_STOCK,
    MoveKind.ADJUST: Permission.MANAGE_CENTRE,
    MoveKind.WRITE_OFF: Permission.MANAGE_CENTRE,
}
# More than any centre holds of one product; a number beyond it is a slip of the keyboard (or a
# scanner typing into the wrong field), and beyond 2³¹ PostgreSQL could not store it at all.
MAX_QUANTITY = 1_000_000
_OUTGOING = frozenset({MoveKind.MOVE_OUT, MoveKind.TRANSFER_OUT, MoveKind.WRITE_OFF})
_INCOMING = frozenset({MoveKind.RECEIVE, MoveKind.MOVE_IN, MoveKind.TRANSFER_IN})


@dataclass(frozen=True)
class MoveRequest:
    """One change of quantity: positive into the location, negative out of it."""

    product_id: int
    location_id: int
    quantity: int
    kind: MoveKind
    reason: str = ""
    reference: str = ""  # a delivery note number, a transfer's code
    transfer_id: int | None = None
    stocktake_id: int | None = None


def post_moves(session: Session, actor: Actor, moves: Sequence[MoveRequest]) -> list[int]:
    """Write `moves` and their balances in the caller's transaction: all of them, or none.

    Returns the ids of the moves, in order. A move that would take a balance below zero is refused
    with the quantity there was at that point of the batch; the balances written before it in the
    batch are rolled back with it (one savepoint), and the caller's transaction stays usable.
    Everything is checked before anything is written, and the moves are inserted together at the
    end, so a stocktake of thousands of lines costs about two statements per line and nothing more.
    """
    locations: dict[int, Location] = {}
    for move in moves:
        if move.location_id not in locations:
            locations[move.location_id] = _location(session, move.location_id)
        actor.require(PERMISSION_OF[move.kind], locations[move.location_id].centre_id)
        _check_sign(move)
    wanted = {move.product_id for move in moves}
    known = set(session.scalars(select(Product.id).where(Product.id.in_(wanted)))) if wanted else set()
    if wanted - known:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This product no longer exists; someone may have deleted it.")
        )
    _add_to_balances(session, moves, locations)
    if not moves:
        return []
    rows = [
        {
            "product_id": move.product_id,
            "centre_id": locations[move.location_id].centre_id,
            "location_id": move.location_id,
            "quantity": move.quantity,
            "kind": move.kind,
            "reason": move.reason.strip()[:200],
            "reference": move.reference.strip()[:80],
            "transfer_id": move.transfer_id,
            "stocktake_id": move.stocktake_id,
            "user_id": actor.user_id,
            "at": utcnow(),
        }
        for move in moves
    ]
    written = session.execute(insert(StockMove).returning(StockMove.id, sort_by_parameter_order=True), rows)
    return list(written.scalars())


def _location(session: Session, location_id: int) -> Location:
    location = session.get(Location, location_id)
    if location is None or not location.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This location does not exist or is no longer in use; choose one of the centre's.",
            ),
            field="location",
        )
    return location


def check_size(quantity: int, field: str = "quantity") -> int:
    """`quantity` when it is one a centre could hold; refused otherwise."""
    if abs(quantity) > MAX_QUANTITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{quantity} is more than a centre could hold; check the number (at most {most})."
            ),
            field=field,
            quantity=quantity,
            most=MAX_QUANTITY,
        )
    return quantity


def _check_sign(move: MoveRequest) -> None:
    check_size(move.quantity)
    if move.quantity == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A quantity of 0 changes nothing; enter how many."), field="quantity"
        )
    if (move.kind in _OUTGOING and move.quantity > 0) or (move.kind in _INCOMING and move.quantity < 0):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter how many as a whole number greater than 0."), field="quantity"
        )


def _add_to_balances(session: Session, moves: Sequence[MoveRequest], locations: dict[int, Location]) -> None:
    """Every desk changes balances in one order, by product then location (a stable sort: the moves of
    one balance keep theirs), so two desks moving the same goods opposite ways wait for each other
    instead of each holding the row the other needs (PostgreSQL would end one of them as a deadlock)."""
    ordered = sorted(moves, key=lambda m: (m.product_id, m.location_id))
    done: list[MoveRequest] = []
    try:
        with session.begin_nested():
            for move in ordered:
                location = locations[move.location_id]
                if move.quantity > 0:
                    session.execute(_upsert(session, move, location))
                else:  # an insert of a negative row would break the CHECK before any conflict is seen
                    taken = session.execute(
                        update(StockBalance)
                        .where(
                            StockBalance.product_id == move.product_id,
                            StockBalance.location_id == location.id,
                        )
                        .values(quantity=StockBalance.quantity + move.quantity)
                        .execution_options(synchronize_session=False)
                    )
                    if taken.rowcount == 0:  # type: ignore[attr-defined]
                        raise _NotEnough(move)
                done.append(move)
    except IntegrityError as exc:
        failed = ordered[len(done)]
        raise _not_enough(session, failed, locations[failed.location_id], done) from exc
    except _NotEnough as short:
        raise _not_enough(session, short.move, locations[short.move.location_id], done) from None


class _NotEnough(Exception):
    """Nothing of the product at the location to take from: no balance row to update."""

    def __init__(self, move: MoveRequest) -> None:
        super().__init__()
        self.move = move


def _upsert(session: Session, move: MoveRequest, location: Location) -> Insert:
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    return (
        insert(StockBalance)
        .values(
            product_id=move.product_id,
            location_id=location.id,
            centre_id=location.centre_id,
            quantity=move.quantity,
        )
        .on_conflict_do_update(
            index_elements=[StockBalance.product_id, StockBalance.location_id],
            set_={"quantity": StockBalance.quantity + move.quantity},
        )
    )


def _not_enough(
    session: Session, move: MoveRequest, location: Location, before: Sequence[MoveRequest]
) -> ValidationError:
    """The refusal, with what was there at that point of the batch (the batch itself is undone)."""
    earlier = sum(
        m.quantity for m in before if m.product_id == move.product_id and m.location_id == move.location_id
    )
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Only {there} of {product} are at {location}, so {asked} cannot leave it. "
            "Count what is there, or take fewer.",
        ),
        field="quantity",
        product=_product_name(session, move.product_id),
        there=location_balance(session, move.product_id, location.id) + earlier,
        location=location.name,
        asked=-move.quantity,
    )


def _product_name(session: Session, product_id: int) -> str:
    """A product as a refusal names it: its code, which is on the label, and its name."""
    found = session.execute(select(Product.code, Product.name).where(Product.id == product_id)).first()
    return f"{found[0]} {found[1]}" if found else str(product_id)


def location_balance(session: Session, product_id: int, location_id: int) -> int:
    """How many of a product the books say are at one location."""
    quantity = session.scalar(
        select(StockBalance.quantity).where(
            StockBalance.product_id == product_id, StockBalance.location_id == location_id
        )
    )
    return quantity or 0


def centre_balance(session: Session, actor: Actor, product_id: int, centre_id: int) -> int:
    """How many of a product the books say are at a centre, over all its locations."""
    actor.require(Permission.VIEW_STOCK, centre_id)
    total = session.scalar(
        select(func.coalesce(func.sum(StockBalance.quantity), 0)).where(
            StockBalance.product_id == product_id, StockBalance.centre_id == centre_id
        )
    )
    return int(total or 0)


def ledger_disagreements(session: Session) -> list[tuple[int, int, int, int]]:
    """(product, location, balance, sum of moves) wherever the balances and the ledger differ.

    Nothing should ever appear here; it is what a backup check or a crash test asks.
    """
    moved = (
        select(
            StockMove.product_id,
            StockMove.location_id,
            func.sum(StockMove.quantity).label("moved"),
        )
        .group_by(StockMove.product_id, StockMove.location_id)
        .subquery()
    )
    rows = session.execute(
        select(
            moved.c.product_id, moved.c.location_id, func.coalesce(StockBalance.quantity, 0), moved.c.moved
        )
        .outerjoin(
            StockBalance,
            (StockBalance.product_id == moved.c.product_id)
            & (StockBalance.location_id == moved.c.location_id),
        )
        .where(func.coalesce(StockBalance.quantity, 0) != moved.c.moved)
    )
    return [(int(p), int(loc), int(balance), int(total)) for p, loc, balance, total in rows]
