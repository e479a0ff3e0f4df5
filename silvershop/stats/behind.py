"""The lists behind the dashboard's figures: which loans, which units, which products, which requests.

A figure's number can be clicked through to the rows it counts, read with the same conditions as the
figure, so the list's length is the number clicked. These lists are de-identified like the figures:
a loan is shown with the district, age band and sex it was lent under, never the resident.

The usual permissions hold here as at the desk. A loan's code, unit and days, which a receipt could be
matched with, are shown only for centres where the person lends (`Permission.RENT`); elsewhere a loan
is its month. Devices are listed for the centres whose stock the person may see, and one centre's stock
only to those who may see it; the count says how many more there are.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from sqlalchemy import Date, and_, func, literal, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Category, Enterprise, Product, ProductStatus, product_category
from silvershop.centres.models import Centre, InterestRequest, StockBalance
from silvershop.kiosk.callbacks import RequestState
from silvershop.rental.models import DeviceUnit, Loan, LoanStatus, UnitState
from silvershop.security.permissions import Actor, Permission
from silvershop.stats.period import month as calendar_month
from silvershop.stats.scope import Scope
from silvershop.stats.sql import local_date

T = TypeVar("T")
LONGEST_LIST = 2000  # rows shown behind one figure; the count above the list says how many in all


@dataclass(frozen=True)
class Rows(Generic[T]):
    total: int  # the rows the person may see; `rows` holds the first of them
    rows: tuple[T, ...]
    hidden: int = 0  # counted by the figure, at centres the person may not see them

    @property
    def cut(self) -> bool:
        return self.total > len(self.rows)


@dataclass(frozen=True)
class LoanLine:
    code: str  # "" where the person does not lend (see the module's text), as the unit and days
    centre_code: str
    product_code: str
    product_name: str
    asset_tag: str
    month: str  # 2026-03, the month it started
    start_on: date | None
    due_on: date | None
    open: bool
    term_months: int
    term_days: int
    rent_fen: int
    subsidy_fen: int
    subsidy_rate_bp: int
    district_code: str  # where the resident lived when lent, as kept on the loan
    age_band: str
    sex: str


@dataclass(frozen=True)
class UnitLine:
    asset_tag: str
    product_code: str
    product_name: str
    centre_code: str
    state: UnitState
    purchased_on: date | None
    loan_count: int


@dataclass(frozen=True)
class ProductLine:
    code: str
    name: str
    enterprise: str
    status: ProductStatus
    price_fen: int | None


@dataclass(frozen=True)
class StockLine:
    product_code: str
    product_name: str
    quantity: int
    price_fen: int | None
    value_fen: int


@dataclass(frozen=True)
class RequestLine:
    day: date
    centre_code: str
    product_code: str
    product_name: str
    state: RequestState


def _on(value: date):  # type: ignore[no-untyped-def]
    return literal(value, Date())


def loans(
    session: Session,
    actor: Actor,
    scope: Scope,
    *,
    district_code: str | None = None,
    month: str | None = None,
    centre_id: int | None = None,
    product_id: int | None = None,
    limit: int = LONGEST_LIST,
) -> Rows[LoanLine]:
    """Loans started in the period (and `month`, 2026-03, when given) by centres of the district."""
    actor.require(Permission.VIEW_STATS)
    first, last = scope.period.first, scope.period.last
    if month:
        year, number = (int(part) for part in month.split("-"))
        within = calendar_month(year, number)
        first, last = max(first, within.first), min(last, within.last)
    lender = Centre.__table__.alias("lender")
    conditions = [
        Loan.start_on >= _on(first),
        Loan.start_on <= _on(last),
        scope.within(lender.c.district_code),
    ]
    if district_code is not None:
        conditions.append(lender.c.district_code == district_code)
    if centre_id is not None:
        conditions.append(Loan.centre_id == centre_id)
    if product_id is not None:
        conditions.append(DeviceUnit.product_id == product_id)
    base = (
        select(Loan.id)
        .join(lender, lender.c.id == Loan.centre_id)
        .join(DeviceUnit, DeviceUnit.id == Loan.unit_id)
        .where(and_(*conditions))
    )
    total = int(session.scalar(select(func.count()).select_from(base.subquery())) or 0)
    rows = session.execute(
        select(
            Loan.centre_id,
            Loan.code,
            lender.c.code,
            Product.code,
            Product.name,
            DeviceUnit.asset_tag,
            Loan.start_on,
            Loan.due_on,
            Loan.status,
            Loan.term_months,
            Loan.term_days,
            Loan.rent_fen,
            Loan.subsidy_fen,
            Loan.subsidy_rate_bp,
            Loan.district_code,
            Loan.age_band,
            Loan.sex,
        )
        .join(lender, lender.c.id == Loan.centre_id)
        .join(DeviceUnit, DeviceUnit.id == Loan.unit_id)
        .join(Product, Product.id == DeviceUnit.product_id)
        .where(and_(*conditions))
        .order_by(Loan.start_on, Loan.code)
        .limit(limit)
    )
    lines = tuple(_loan_line(actor.can(Permission.RENT, row[0]), *row[1:]) for row in rows)
    return Rows(total, lines)


def _loan_line(detailed: bool, *row: object) -> LoanLine:
    (code, centre, product_code, product_name, tag, start, due, status) = row[:8]
    (months, days, rent, subsidy, rate, district, band, sex) = row[8:]
    assert isinstance(start, date) and isinstance(due, date)
    return LoanLine(
        str(code) if detailed else "",
        str(centre),
        str(product_code),
        str(product_name),
        str(tag) if detailed else "",
        f"{start:%Y-%m}",
        start if detailed else None,
        due if detailed else None,
        status == LoanStatus.OPEN,
        int(months),  # type: ignore[call-overload]
        int(days),  # type: ignore[call-overload]
        int(rent),  # type: ignore[call-overload]
        int(subsidy),  # type: ignore[call-overload]
        int(rate),  # type: ignore[call-overload]
        str(district or ""),
        str(band),
        str(sex) if sex is not None else "",
    )


def units(
    session: Session,
    actor: Actor,
    scope: Scope,
    *,
    centre_id: int | None = None,
    state: UnitState | None = None,
    product_id: int | None = None,
    limit: int = LONGEST_LIST,
) -> Rows[UnitLine]:
    """Units of the district's centres (their home centre), now, at the centres whose stock the person
    may see; `hidden` counts the others."""
    actor.require(Permission.VIEW_STATS)
    conditions = [scope.within(Centre.district_code)]
    if centre_id is not None:
        conditions.append(DeviceUnit.home_centre_id == centre_id)
    if state is not None:
        conditions.append(DeviceUnit.state == state)
    if product_id is not None:
        conditions.append(DeviceUnit.product_id == product_id)
    counted = select(func.count(DeviceUnit.id)).join(Centre, Centre.id == DeviceUnit.home_centre_id)
    everywhere = int(session.scalar(counted.where(and_(*conditions))) or 0)
    visible = actor.visible_centres(Permission.VIEW_STOCK)
    if visible is not None:
        conditions.append(DeviceUnit.home_centre_id.in_(sorted(visible)))
    where = and_(*conditions)
    total = int(session.scalar(counted.where(where)) or 0) if visible is not None else everywhere
    rows = session.execute(
        select(
            DeviceUnit.asset_tag,
            Product.code,
            Product.name,
            Centre.code,
            DeviceUnit.state,
            DeviceUnit.purchased_on,
            DeviceUnit.loan_count,
        )
        .join(Centre, Centre.id == DeviceUnit.home_centre_id)
        .join(Product, Product.id == DeviceUnit.product_id)
        .where(where)
        .order_by(DeviceUnit.asset_tag)
        .limit(limit)
    )
    return Rows(
        total,
        tuple(
            UnitLine(tag, pc, pn, cc, UnitState(st), bought, int(n))
            for tag, pc, pn, cc, st, bought, n in rows
        ),
        everywhere - total,
    )


def products(
    session: Session,
    actor: Actor,
    scope: Scope,
    category_id: int,
    status: ProductStatus,
    *,
    limit: int = LONGEST_LIST,
) -> Rows[ProductLine]:
    """Products of `status` filed under the top category `category_id` or anything below it."""
    actor.require(Permission.VIEW_STATS)
    below = {category_id}
    while True:
        more = set(session.scalars(select(Category.id).where(Category.parent_id.in_(below))))
        if more <= below:
            break
        below |= more
    filed = (
        select(product_category.c.product_id)
        .where(product_category.c.category_id.in_(sorted(below)))
        .union(select(Product.id).where(Product.assistive_category_id.in_(sorted(below))))
    )
    where = and_(
        Product.id.in_(filed),
        Product.status == status,
        scope.within(Enterprise.division_code),
    )
    total = int(
        session.scalar(
            select(func.count(Product.id))
            .join(Enterprise, Enterprise.id == Product.enterprise_id)
            .where(where)
        )
        or 0
    )
    rows = session.execute(
        select(Product.code, Product.name, Enterprise.name, Product.status, Product.reference_price_fen)
        .join(Enterprise, Enterprise.id == Product.enterprise_id)
        .where(where)
        .order_by(Product.code)
        .limit(limit)
    )
    return Rows(total, tuple(ProductLine(c, n, e, ProductStatus(s), p) for c, n, e, s, p in rows))


def stock(session: Session, actor: Actor, centre_id: int, *, limit: int = LONGEST_LIST) -> Rows[StockLine]:
    """What the centre holds, the most valuable first: for those who may see the centre's stock."""
    actor.require(Permission.VIEW_STATS)
    actor.require(Permission.VIEW_STOCK, centre_id)
    quantity = func.sum(StockBalance.quantity)
    value = quantity * func.coalesce(Product.reference_price_fen, 0)
    query = (
        select(Product.code, Product.name, quantity, Product.reference_price_fen, value)
        .join(Product, Product.id == StockBalance.product_id)
        .where(StockBalance.centre_id == centre_id, StockBalance.quantity > 0)
        .group_by(Product.id, Product.code, Product.name, Product.reference_price_fen)
    )
    total = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    rows = session.execute(query.order_by(value.desc(), Product.code).limit(limit))
    return Rows(total, tuple(StockLine(c, n, int(q), p, int(v)) for c, n, q, p, v in rows))


def requests(
    session: Session,
    actor: Actor,
    scope: Scope,
    centre_id: int,
    *,
    states: Collection[RequestState] | None = None,
    limit: int = LONGEST_LIST,
) -> Rows[RequestLine]:
    """The centre's callback requests of the period: the day, the product and what became of it. No
    name or phone: those are read, one at a time and audited, under Centres → Callback requests."""
    actor.require(Permission.VIEW_STATS)
    day = local_date(InterestRequest.at)
    where = and_(
        InterestRequest.centre_id == centre_id,
        day >= _on(scope.period.first),
        day <= _on(scope.period.last),
    )
    if states is not None:  # a waiting request is stored with no reason yet
        reasons = sorted("" if state is RequestState.WAITING else state.value for state in states)
        where = and_(where, InterestRequest.closed_reason.in_(reasons))
    total = int(session.scalar(select(func.count(InterestRequest.id)).where(where)) or 0)
    rows = session.execute(
        select(day, Centre.code, Product.code, Product.name, InterestRequest.closed_reason)
        .join(Centre, Centre.id == InterestRequest.centre_id)
        .outerjoin(Product, Product.id == InterestRequest.product_id)
        .where(where)
        .order_by(InterestRequest.at)
        .limit(limit)
    ).all()
    lines = tuple(
        RequestLine(
            d if isinstance(d, date) else date.fromisoformat(str(d)),
            cc,
            pc or "",
            pn or "",
            RequestState(reason or RequestState.WAITING.value),
        )
        for d, cc, pc, pn, reason in rows
    )
    return Rows(total, lines)
