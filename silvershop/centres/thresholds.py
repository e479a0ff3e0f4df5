"""The minimum each centre wants to keep of a product, so someone reorders before the shelf is empty."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.centres.ledger import check_size
from silvershop.centres.models import Centre, StockBalance, StockThreshold
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission


@dataclass(frozen=True)
class Shortfall:
    centre_id: int
    centre_code: str
    product_id: int
    product_code: str
    product_name: str
    min_quantity: int
    quantity: int

    @property
    def missing(self) -> int:
        return self.min_quantity - self.quantity


def set_minimum(session: Session, actor: Actor, product_id: int, centre_id: int, minimum: int | None) -> None:
    """Keep at least `minimum` of a product at a centre; None or 0 removes the minimum."""
    actor.require(Permission.MANAGE_CENTRE, centre_id)
    if session.get(Product, product_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This product no longer exists; someone may have deleted it.")
        )
    if minimum is not None and check_size(minimum, "minimum") < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A minimum is a whole number, 0 or more; 0 means no minimum."),
            field="minimum",
        )
    current = session.get(StockThreshold, (product_id, centre_id))
    before = current.min_quantity if current else None
    after = minimum or None
    if before == after:
        return
    if current is not None and after is None:
        session.delete(current)
    elif current is not None and after is not None:
        current.min_quantity = after
    elif after is not None:
        session.add(StockThreshold(product_id=product_id, centre_id=centre_id, min_quantity=after))
    session.flush()
    audit.record(
        session,
        actor,
        "update",
        "stock_threshold",
        f"{centre_id}/{product_id}",
        {"min_quantity": (before, after)},
    )


def below_minimum(session: Session, actor: Actor, centre_id: int | None = None) -> list[Shortfall]:
    """What is below its minimum at the centres the actor may see (or at one centre), worst first."""
    visible = actor.visible_centres(Permission.VIEW_STOCK)
    if centre_id is not None:
        actor.require(Permission.VIEW_STOCK, centre_id)
    held = (
        select(
            StockBalance.product_id,
            StockBalance.centre_id,
            func.sum(StockBalance.quantity).label("quantity"),
        )
        .group_by(StockBalance.product_id, StockBalance.centre_id)
        .subquery()
    )
    quantity = func.coalesce(held.c.quantity, 0)
    query = (
        select(
            Centre.id,
            Centre.code,
            Product.id,
            Product.code,
            Product.name,
            StockThreshold.min_quantity,
            quantity,
        )
        .join(Centre, Centre.id == StockThreshold.centre_id)
        .join(Product, Product.id == StockThreshold.product_id)
        .outerjoin(
            held,
            (held.c.product_id == StockThreshold.product_id) & (held.c.centre_id == StockThreshold.centre_id),
        )
        .where(quantity < StockThreshold.min_quantity)
        .order_by((StockThreshold.min_quantity - quantity).desc(), Centre.code, Product.code)
    )
    if centre_id is not None:
        query = query.where(StockThreshold.centre_id == centre_id)
    elif visible is not None:
        query = query.where(StockThreshold.centre_id.in_(visible))
    return [Shortfall(*row) for row in session.execute(query)]
