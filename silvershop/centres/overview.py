"""Each centre at a glance, as its manager and the district office ask about it: what it shows, what
its stock is worth, its rental units by state, when it was last counted, and what needs attention
(goods on the way, products below their minimum).

Stock value is quantity × the product's reference price; products without a price add nothing and
are counted apart, so a low value is never mistaken for a complete one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, case, distinct, func, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.centres.models import (
    Centre,
    DisplayItem,
    District,
    Location,
    StockBalance,
    Stocktake,
    StocktakeStatus,
    Transfer,
)
from silvershop.centres.thresholds import below_minimum
from silvershop.centres.transfers import OPEN
from silvershop.rental.models import DeviceUnit, UnitState
from silvershop.security.permissions import Actor, Permission


@dataclass(frozen=True)
class CentreOverview:
    id: int
    code: str
    name: str
    district: str
    active: bool
    locations: int
    products_on_display: int
    stock_units: int
    stock_value_fen: int
    unpriced_units: int  # units of products without a reference price, left out of the value
    units_by_state: tuple[tuple[UnitState, int], ...]
    last_stocktake: datetime | None
    open_stocktakes: int
    transfers_in: int  # on their way to this centre
    transfers_out: int  # shipped from here and not yet received in full
    below_minimum: int

    @property
    def rental_units(self) -> int:
        return sum(n for state, n in self.units_by_state if state not in (UnitState.RETIRED, UnitState.LOST))


def _per_centre(session: Session, column: ColumnElement[int], *where: ColumnElement[bool]) -> dict[int, int]:
    """{centre id: figure} for a query whose first column is the centre's id."""
    return {
        centre: int(n or 0)
        for centre, n in session.execute(
            select(column.label("c"), func.count()).where(*where).group_by(column)
        )
    }


def centre_overviews(session: Session, actor: Actor) -> list[CentreOverview]:
    """The centres the actor may see, the city's order (district, then code), closed ones last."""
    visible = actor.visible_centres(Permission.VIEW_STOCK)
    centres = select(Centre.id, Centre.code, Centre.name, District.name, Centre.active).join(
        District, District.code == Centre.district_code
    )
    if visible is not None:
        centres = centres.where(Centre.id.in_(visible))
    rows = session.execute(centres.order_by(Centre.active.desc(), District.sort_order, Centre.code)).all()
    locations = _per_centre(session, Location.centre_id, Location.active.is_(True))
    on_display = dict(
        session.execute(
            select(DisplayItem.centre_id, func.count(distinct(DisplayItem.product_id))).group_by(
                DisplayItem.centre_id
            )
        ).all()
    )
    stock = {
        centre: (int(units or 0), int(value or 0), int(unpriced or 0))
        for centre, units, value, unpriced in session.execute(
            select(
                StockBalance.centre_id,
                func.sum(StockBalance.quantity),
                func.sum(StockBalance.quantity * func.coalesce(Product.reference_price_fen, 0)),
                func.sum(case((Product.reference_price_fen.is_(None), StockBalance.quantity), else_=0)),
            )
            .join(Product, Product.id == StockBalance.product_id)
            .group_by(StockBalance.centre_id)
        )
    }
    units: dict[int, dict[UnitState, int]] = {}
    for centre, state, n in session.execute(
        select(DeviceUnit.home_centre_id, DeviceUnit.state, func.count()).group_by(
            DeviceUnit.home_centre_id, DeviceUnit.state
        )
    ):
        units.setdefault(centre, {})[state] = int(n)
    last_count = dict(
        session.execute(
            select(Stocktake.centre_id, func.max(Stocktake.closed_at))
            .where(Stocktake.status == StocktakeStatus.APPLIED)
            .group_by(Stocktake.centre_id)
        ).all()
    )
    open_counts = _per_centre(session, Stocktake.centre_id, Stocktake.status == StocktakeStatus.OPEN)
    incoming = _per_centre(session, Transfer.to_centre_id, Transfer.status.in_(OPEN))
    outgoing = _per_centre(session, Transfer.from_centre_id, Transfer.status.in_(OPEN))
    short: dict[int, int] = {}
    for shortfall in below_minimum(session, actor):
        short[shortfall.centre_id] = short.get(shortfall.centre_id, 0) + 1
    result = []
    for centre_id, code, name, district, active in rows:
        held, value, unpriced = stock.get(centre_id, (0, 0, 0))
        states = units.get(centre_id, {})
        result.append(
            CentreOverview(
                id=centre_id,
                code=code,
                name=name,
                district=district,
                active=active,
                locations=locations.get(centre_id, 0),
                products_on_display=int(on_display.get(centre_id) or 0),
                stock_units=held,
                stock_value_fen=value,
                unpriced_units=unpriced,
                units_by_state=tuple((state, states.get(state, 0)) for state in UnitState),
                last_stocktake=last_count.get(centre_id),
                open_stocktakes=open_counts.get(centre_id, 0),
                transfers_in=incoming.get(centre_id, 0),
                transfers_out=outgoing.get(centre_id, 0),
                below_minimum=short.get(centre_id, 0),
            )
        )
    return result
