"""Transfers between centres, in two steps: the sender ships (the goods leave its books and are in
transit), the receiver confirms what arrived (the goods enter its books), in one go or in parts.

What has not arrived stays on the transfer as missing until the sender's manager settles it:
returned to the sender's shelf, or written off as lost on the way. Receiving adds to each line's
`quantity_received` with one guarded UPDATE, and the CHECK `received ≤ shipped` backs it, so two
desks confirming the same transfer at once cannot receive it twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from uuid import uuid4

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, aliased

from silvershop.catalog.models import Product
from silvershop.catalog.text_fields import limited
from silvershop.centres.centres import get_centre, tidy_code
from silvershop.centres.ledger import MoveRequest, check_size, post_moves
from silvershop.centres.models import (
    Centre,
    Location,
    MoveKind,
    Transfer,
    TransferLine,
    TransferStatus,
)
from silvershop.db.base import local_date, utcnow
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.security import audit
from silvershop.security.models import User
from silvershop.security.permissions import Actor, Permission

OPEN = (TransferStatus.IN_TRANSIT, TransferStatus.PARTIAL)


class Settlement(StrEnum):
    """What became of goods shipped but never received."""

    RETURNED = "returned"  # back on the sender's shelf
    WRITTEN_OFF = "written_off"  # lost or broken on the way


@dataclass(frozen=True)
class ShipItem:
    product_id: int
    from_location_id: int
    quantity: int


@dataclass(frozen=True)
class TransferLineView:
    product_id: int
    product_code: str
    product_name: str
    from_location_code: str
    shipped: int
    received: int

    @property
    def missing(self) -> int:
        return self.shipped - self.received


@dataclass(frozen=True)
class TransferView:
    id: int
    code: str
    from_centre_id: int
    from_centre: str
    to_centre_id: int
    to_centre: str
    status: TransferStatus
    note: str
    shipped_at: datetime
    shipped_by: str
    closed_at: datetime | None
    settlement: Settlement | None
    settlement_reason: str
    lines: tuple[TransferLineView, ...]

    @property
    def shipped(self) -> int:
        return sum(line.shipped for line in self.lines)

    @property
    def received(self) -> int:
        return sum(line.received for line in self.lines)

    @property
    def missing(self) -> int:
        return sum(line.missing for line in self.lines)


def ship(
    session: Session,
    actor: Actor,
    from_centre_id: int,
    to_centre_id: int,
    items: Sequence[ShipItem],
    note: str = "",
) -> TransferView:
    """Send goods to another centre: they leave the sender's locations now and arrive when confirmed."""
    sender, receiver = get_centre(session, from_centre_id), get_centre(session, to_centre_id)
    actor.require(Permission.MOVE_STOCK, sender.id)
    if sender.id == receiver.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Choose another centre to send to; to move goods inside a centre, move them."
            ),
            field="to_centre",
        )
    if not receiver.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{centre} is closed and cannot receive goods; choose another centre."
            ),
            field="to_centre",
            centre=receiver.name,
        )
    if not items:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Add at least one product to send."), field="items")
    products = [item.product_id for item in items]
    if len(set(products)) != len(products):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "List each product once, with the total to send."), field="items"
        )
    for item in items:
        check_size(item.quantity)
        if item.quantity <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter how many as a whole number greater than 0."),
                field="quantity",
            )
        location = session.get(Location, item.from_location_id)
        if location is None or location.centre_id != sender.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Goods can only be sent from a location of {centre}."),
                field="from_location",
                centre=sender.name,
            )
    transfer = Transfer(
        code=f"new-{uuid4().hex[:20]}",  # replaced by the id-based code once the id is known
        from_centre_id=sender.id,
        to_centre_id=receiver.id,
        note=limited(note, 500, "note"),
        shipped_by=actor.user_id,
    )
    session.add(transfer)
    session.flush()
    transfer.code = f"T{transfer.id:06d}"  # from the id: unique without a race between desks
    for item in items:
        session.add(
            TransferLine(
                transfer_id=transfer.id,
                product_id=item.product_id,
                from_location_id=item.from_location_id,
                quantity_shipped=item.quantity,
            )
        )
    session.flush()
    post_moves(
        session,
        actor,
        [
            MoveRequest(
                item.product_id,
                item.from_location_id,
                -item.quantity,
                MoveKind.TRANSFER_OUT,
                receiver.code,
                transfer.code,
                transfer_id=transfer.id,
            )
            for item in items
        ],
    )
    audit.record(
        session,
        actor,
        "create",
        "transfer",
        transfer.id,
        {
            "code": (None, transfer.code),
            "to": (None, receiver.code),
            "items": (None, sum(i.quantity for i in items)),
        },
    )
    return transfer_view(session, transfer.id)


def _outstanding(transfer: Transfer) -> dict[int, TransferLine]:
    return {line.product_id: line for line in transfer.lines}


def receive(
    session: Session,
    actor: Actor,
    transfer_id: int,
    location_id: int,
    arrived: Mapping[int, int] | None = None,
) -> TransferView:
    """Confirm what arrived, per product (None: everything still on the way), into one location."""
    transfer = _get(session, transfer_id)
    actor.require(Permission.MOVE_STOCK, transfer.to_centre_id)
    if transfer.status not in OPEN:
        raise _already_closed(transfer)
    location = session.get(Location, location_id)
    if location is None or location.centre_id != transfer.to_centre_id or not location.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Put what arrived in a location of the receiving centre, {centre}."),
            field="location",
            centre=get_centre(session, transfer.to_centre_id).name,
        )
    lines = _outstanding(transfer)
    wanted = {line.product_id: line.missing for line in _lines(session, transfer.id) if line.missing}
    if arrived is None:
        arrived = wanted
    arrived = {product: n for product, n in arrived.items() if n}
    if not arrived:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter or scan what arrived; nothing was received."), field="quantity"
        )
    moves = []
    for product_id, quantity in arrived.items():
        line = lines.get(product_id)
        if line is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{product} was not sent with transfer {code}; keep it apart and tell the sender.",
                ),
                field="quantity",
                product=line_name(session, product_id),
                code=transfer.code,
            )
        if check_size(quantity) < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter how many as a whole number greater than 0."),
                field="quantity",
            )
        taken = session.execute(
            update(TransferLine)
            .where(
                TransferLine.id == line.id,
                TransferLine.quantity_received + quantity <= TransferLine.quantity_shipped,
            )
            .values(quantity_received=TransferLine.quantity_received + quantity)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount == 0:  # type: ignore[attr-defined]
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only {missing} of {product} are still on the way in transfer {code}, so {asked} "
                    "cannot be received. Count again; someone may have confirmed them already.",
                ),
                field="quantity",
                missing=session.scalar(  # as it stands now, after whoever confirmed them first
                    select(TransferLine.quantity_shipped - TransferLine.quantity_received).where(
                        TransferLine.id == line.id
                    )
                ),
                product=line_name(session, product_id),
                code=transfer.code,
                asked=quantity,
            )
        moves.append(
            MoveRequest(
                product_id,
                location.id,
                quantity,
                MoveKind.TRANSFER_IN,
                get_centre(session, transfer.from_centre_id).code,
                transfer.code,
                transfer_id=transfer.id,
            )
        )
    post_moves(session, actor, moves)
    session.expire(transfer)
    done = all(line.missing == 0 for line in _lines(session, transfer.id))
    transfer.status = TransferStatus.RECEIVED if done else TransferStatus.PARTIAL
    if done:
        transfer.closed_at = utcnow()
    audit.record(
        session, actor, "receive", "transfer", transfer.id, {"received": (None, sum(arrived.values()))}
    )
    session.flush()
    return transfer_view(session, transfer.id)


def settle(session: Session, actor: Actor, transfer_id: int, how: Settlement, reason: str) -> TransferView:
    """Close a transfer whose goods will not all arrive: what is missing goes back to the sender's
    shelf (returned) or off the books for good (written off)."""
    transfer = _get(session, transfer_id)
    actor.require(Permission.MANAGE_CENTRE, transfer.from_centre_id)
    if transfer.status not in OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Transfer {code} is already closed; there is nothing left to settle."
            ),
            field="transfer",
            code=transfer.code,
        )
    why = limited(reason, 180, "reason")
    if not why:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say what happened to the missing goods."), field="reason"
        )
    how = Settlement(how)
    missing = [line for line in transfer.lines if line.quantity_shipped > line.quantity_received]
    if how is Settlement.RETURNED:
        post_moves(
            session,
            actor,
            [
                MoveRequest(
                    line.product_id,
                    line.from_location_id,
                    line.quantity_shipped - line.quantity_received,
                    MoveKind.TRANSFER_IN,
                    why,
                    transfer.code,
                    transfer_id=transfer.id,
                )
                for line in missing
            ],
        )
    transfer.status = TransferStatus.RESOLVED
    transfer.closed_at = utcnow()
    transfer.resolution = f"{how.value}: {why}"
    audit.record(
        session, actor, "settle", "transfer", transfer.id, {"resolution": (None, transfer.resolution)}
    )
    session.flush()
    return transfer_view(session, transfer.id)


def _already_closed(transfer: Transfer) -> ValidationError:
    when = local_date(transfer.closed_at)
    if transfer.status is TransferStatus.RECEIVED:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Transfer {code} was already received in full on {date}; nothing was received again.",
            ),
            field="transfer",
            code=transfer.code,
            date=when,
        )
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Transfer {code} was settled on {date} and is closed; nothing was received. If goods arrived "
            "after all, receive them into stock with their delivery note.",
        ),
        field="transfer",
        code=transfer.code,
        date=when,
    )


def _get(session: Session, transfer_id: int) -> Transfer:
    transfer = session.get(Transfer, transfer_id)
    if transfer is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This transfer no longer exists; press F5 to see the list again.")
        )
    return transfer


def find_transfer(session: Session, code: str) -> int:
    """The id of the transfer with this code (T000042, as the sender's desk showed it on shipping)."""
    found = session.scalar(select(Transfer.id).where(Transfer.code == tidy_code(code)))
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is no transfer {code}; a transfer's code looks like T000012. Check it and try again.",
            ),
            code=tidy_code(code),
        )
    return found


def line_name(session: Session, product_id: int) -> str:
    product = session.get(Product, product_id)
    return f"{product.code} {product.name}" if product else str(product_id)


def _lines(session: Session, transfer_id: int) -> list[TransferLineView]:
    return _lines_of(session, [transfer_id]).get(transfer_id, [])


def _lines_of(session: Session, transfer_ids: Sequence[int]) -> dict[int, list[TransferLineView]]:
    rows = session.execute(
        select(
            TransferLine.transfer_id,
            TransferLine.product_id,
            Product.code,
            Product.name,
            Location.code,
            TransferLine.quantity_shipped,
            TransferLine.quantity_received,
        )
        .join(Product, Product.id == TransferLine.product_id)
        .join(Location, Location.id == TransferLine.from_location_id)
        .where(TransferLine.transfer_id.in_(transfer_ids))
        .order_by(Product.code)
    )
    lines: dict[int, list[TransferLineView]] = {}
    for transfer_id, *line in rows:
        lines.setdefault(transfer_id, []).append(TransferLineView(*line))
    return lines


def transfer_view(session: Session, transfer_id: int) -> TransferView:
    return list_views(session, select(Transfer.id).where(Transfer.id == transfer_id))[0]


def list_transfers(
    session: Session, actor: Actor, *, centre_id: int | None = None, open_only: bool = False
) -> list[TransferView]:
    """Transfers from or to the centres the actor may see (or one centre), newest first."""
    visible = actor.visible_centres(Permission.VIEW_STOCK)
    query = select(Transfer.id)
    if centre_id is not None:
        actor.require(Permission.VIEW_STOCK, centre_id)
        query = query.where(or_(Transfer.from_centre_id == centre_id, Transfer.to_centre_id == centre_id))
    elif visible is not None:
        query = query.where(or_(Transfer.from_centre_id.in_(visible), Transfer.to_centre_id.in_(visible)))
    if open_only:
        query = query.where(Transfer.status.in_(OPEN))
    return list_views(session, query.order_by(Transfer.id.desc()).limit(500))


def list_views(session: Session, ids: object) -> list[TransferView]:
    sender, receiver = aliased(Centre), aliased(Centre)
    rows = session.execute(
        select(
            Transfer.id,
            Transfer.code,
            sender.id,
            sender.name,
            receiver.id,
            receiver.name,
            Transfer.status,
            Transfer.note,
            Transfer.shipped_at,
            User.username,
            Transfer.closed_at,
            Transfer.resolution,
        )
        .join(sender, sender.id == Transfer.from_centre_id)
        .join(receiver, receiver.id == Transfer.to_centre_id)
        .outerjoin(User, User.id == Transfer.shipped_by)
        .where(Transfer.id.in_(ids))  # type: ignore[arg-type]
        .order_by(Transfer.id.desc())
    )
    found = rows.all()
    lines = _lines_of(session, [row[0] for row in found])
    views = []
    for tid, code, from_id, from_name, to_id, to_name, status, note, at, by, closed, resolution in found:
        how, _, why = (resolution or "").partition(": ")
        views.append(
            TransferView(
                tid,
                code,
                from_id,
                from_name,
                to_id,
                to_name,
                status,
                note,
                at,
                by or "",
                closed,
                Settlement(how) if how else None,
                why,
                tuple(lines.get(tid, ())),
            )
        )
    return views
