"""The office's figures: what the centres and the rental service did in a period, per district.

Each figure is one or two GROUP BY queries whatever the size of the database (200,000 loans are
summed by the database, never fetched), written with the constructs of `stats/sql.py` so they run
unchanged on SQLite and PostgreSQL. Nothing here reads a resident's row: loans carry the district,
age band and sex they were lent under, which is all a figure needs.
"""

from __future__ import annotations

from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, Select, and_, case, distinct, func, literal, or_, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.expression import ColumnElement

from silvershop.catalog.models import (
    Category,
    CategoryScheme,
    Enterprise,
    Product,
    ProductStatus,
    product_category,
)
from silvershop.centres.models import Centre, District, InterestRequest, StockBalance
from silvershop.database import Database
from silvershop.kiosk.callbacks import RequestState
from silvershop.rental.models import DeviceUnit, Loan, LoanStatus, UnitState
from silvershop.security import settings
from silvershop.security.permissions import Actor, Permission
from silvershop.stats.period import Period
from silvershop.stats.rental_months import RentalMonth, rental_months
from silvershop.stats.scope import Scope
from silvershop.stats.sql import day_number, earlier, later, local_date

GONE = (UnitState.RETIRED, UnitState.LOST)  # units the centre no longer owns


@dataclass(frozen=True)
class CentreName:
    id: int
    code: str
    name: str
    district_code: str


@dataclass(frozen=True)
class SubsidyMonth:
    month: str
    granted_fen: int


@dataclass(frozen=True)
class SubsidyFigure:
    months: tuple[SubsidyMonth, ...]
    granted_fen: int
    budget_fen: int | None  # the share of the yearly budget the period spends; None when not set
    budget_note: str  # why there is no budget line: "" | "not_set" | "district"


@dataclass(frozen=True)
class Utilisation:
    """Days on loan ÷ days owned within the period, for one product at one centre."""

    product_id: int
    product_code: str
    product_name: str
    centre_id: int
    centre_code: str
    centre_name: str
    units: int
    owned_days: int
    loan_days: int

    @property
    def share(self) -> float:
        return self.loan_days / self.owned_days if self.owned_days else 0.0


@dataclass(frozen=True)
class UnitStates:
    centre_id: int
    centre_code: str
    centre_name: str
    state: UnitState
    units: int


@dataclass(frozen=True)
class CategoryFigure:
    scheme_id: int
    scheme: str  # "miit_smart 2024"
    category_id: int
    code: str
    name: str
    listed: int
    submitted: int


@dataclass(frozen=True)
class StockValue:
    centre_id: int
    centre_code: str
    centre_name: str
    quantity: int
    value_fen: int
    unpriced_products: int  # products held without a reference price, counted at ¥0


@dataclass(frozen=True)
class InterestFigure:
    centre_id: int
    centre_code: str
    centre_name: str
    requests: int
    waiting: int
    called_back: int
    closed_without_call: int  # unreachable, withdrew or expired


@dataclass(frozen=True)
class Dashboard:
    scope: Scope
    rentals: tuple[RentalMonth, ...]
    district_names: dict[str, str]
    subsidy: SubsidyFigure
    utilisation: tuple[Utilisation, ...]
    unit_states: tuple[UnitStates, ...]
    categories: tuple[CategoryFigure, ...]
    stock: tuple[StockValue, ...]
    interest: tuple[InterestFigure, ...]


def _on(value: date) -> ColumnElement[date]:
    return literal(value, Date())


def centres(session: Session, scope: Scope) -> list[CentreName]:
    """The centres within the scope's district, active or not (a closed centre's past loans still count)."""
    rows = session.execute(
        select(Centre.id, Centre.code, Centre.name, Centre.district_code)
        .where(scope.within(Centre.district_code))
        .order_by(Centre.code)
    )
    return [CentreName(*row) for row in rows]


def district_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(District.code, District.name)).all())


def rentals(session: Session, scope: Scope) -> list[RentalMonth]:
    """Loans started in the period per district and month: the query behind the bureau's 租赁统计."""
    return rental_months(session, scope.districts, scope.period.first, scope.period.last)


def subsidy(session: Session, scope: Scope, rows: list[RentalMonth] | None = None) -> SubsidyFigure:
    """Subsidy granted on loans started in each month of the period, against the city's budget.

    The budget is a yearly figure for the whole city; a period gets the share of it its days are of
    each year it touches. It is not divided among districts (nobody has said how), so a district's
    figure comes without a budget line, and says why; the city chosen by its own code keeps it.
    """
    granted: dict[str, int] = defaultdict(int)
    for row in rows if rows is not None else rentals(session, scope):
        granted[row.month] += row.subsidy_fen
    months = tuple(SubsidyMonth(m, granted.get(m, 0)) for m in scope.period.months())
    yearly_yuan = int(settings.get(session, settings.SUBSIDY_BUDGET_YUAN) or 0)
    budget: int | None = None
    note = ""
    if scope.districts is not None and not scope.whole_city:
        note = "district"
    elif not yearly_yuan:
        note = "not_set"
    else:
        budget = sum(
            round(yearly_yuan * 100 * days / (366 if _leap(year) else 365))
            for year, days in scope.period.years()
        )
    return SubsidyFigure(months, sum(granted.values()), budget, note)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _clip(first_day: ColumnElement[int], last_day: ColumnElement[int], period: Period, today: date):  # type: ignore[no-untyped-def]
    """Days of [first_day, last_day] (day numbers) that fall inside the period and not after today."""
    start = later(first_day, day_number(_on(period.first)))
    end = earlier(last_day, day_number(_on(min(period.last, today))))
    return case((end >= start, end - start + 1), else_=0)


def utilisation(session: Session, scope: Scope, today: date) -> list[Utilisation]:
    """Per product and centre (the units' home centre), busiest first.

    A unit is owned from its purchase date (else the day it was entered) until today, or, once retired
    or lost, until it was last changed. A loan occupies its unit from its start up to the day before it
    came back (at least its first day), so a unit returned and lent again on one day counts that day
    once; an open loan up to today; a loan closed by a renewal up to the day before the renewal's term
    began (the renewal is a loan of its own). No loan counts a day the unit was not owned: a unit lost
    while on loan stops counting on the day it was written off, so a share never passes 100 %.
    """
    period = scope.period
    owned_from = day_number(func.coalesce(DeviceUnit.purchased_on, local_date(DeviceUnit.created_at)))
    owned_to = case(
        (DeviceUnit.state.in_(GONE), day_number(local_date(DeviceUnit.updated_at))),
        else_=day_number(_on(today)),
    )
    owned = session.execute(
        select(
            DeviceUnit.product_id,
            DeviceUnit.home_centre_id,
            func.count(DeviceUnit.id),
            func.sum(_clip(owned_from, owned_to, period, today)),
        )
        .join(Centre, Centre.id == DeviceUnit.home_centre_id)
        .where(scope.within(Centre.district_code))
        .group_by(DeviceUnit.product_id, DeviceUnit.home_centre_id)
    ).all()
    loan_from = day_number(Loan.start_on)
    loan_to = case(
        (Loan.status == LoanStatus.OPEN, day_number(_on(today))),
        (Loan.return_note == "renewed", day_number(Loan.due_on) - 1),
        else_=later(loan_from, day_number(local_date(Loan.returned_at)) - 1),
    )
    on_loan = {
        (product_id, centre_id): int(days or 0)
        for product_id, centre_id, days in session.execute(
            select(
                DeviceUnit.product_id,
                DeviceUnit.home_centre_id,
                func.sum(_clip(later(loan_from, owned_from), earlier(loan_to, owned_to), period, today)),
            )
            .join(DeviceUnit, DeviceUnit.id == Loan.unit_id)
            .join(Centre, Centre.id == DeviceUnit.home_centre_id)
            .where(
                scope.within(Centre.district_code),
                Loan.start_on <= _on(period.last),
                # Loans that ended before the period add nothing; passing them over skips most of the
                # years behind a busy desk. Generous on purpose (a UTC day early, the due date for a
                # renewal): a loan let through is clipped to 0, a loan left out would be lost.
                or_(
                    Loan.status == LoanStatus.OPEN,
                    Loan.returned_at >= datetime.combine(period.first - timedelta(days=1), time(), UTC),
                    Loan.due_on >= _on(period.first),
                ),
            )
            .group_by(DeviceUnit.product_id, DeviceUnit.home_centre_id)
        )
    }
    product_ids = sorted({row[0] for row in owned})
    products = {
        pid: (code, name)
        for pid, code, name in session.execute(
            select(Product.id, Product.code, Product.name).where(Product.id.in_(product_ids))
        )
    }
    names = {c.id: c for c in centres(session, scope)}
    out = [
        Utilisation(
            product_id,
            products[product_id][0],
            products[product_id][1],
            centre_id,
            names[centre_id].code,
            names[centre_id].name,
            int(units),
            int(days or 0),
            on_loan.get((product_id, centre_id), 0),
        )
        for product_id, centre_id, units, days in owned
    ]
    out.sort(key=lambda u: (-u.share, u.centre_code, u.product_code))
    return out


def unit_states(session: Session, scope: Scope) -> list[UnitStates]:
    """How many units each centre holds in each state, now (a state has no history to go back to)."""
    names = {c.id: c for c in centres(session, scope)}
    rows = session.execute(
        select(DeviceUnit.home_centre_id, DeviceUnit.state, func.count(DeviceUnit.id))
        .join(Centre, Centre.id == DeviceUnit.home_centre_id)
        .where(scope.within(Centre.district_code))
        .group_by(DeviceUnit.home_centre_id, DeviceUnit.state)
    )
    out = [
        UnitStates(cid, names[cid].code, names[cid].name, UnitState(state), int(n)) for cid, state, n in rows
    ]
    order = list(UnitState)
    out.sort(key=lambda u: (u.centre_code, order.index(u.state)))
    return out


def categories(session: Session, scope: Scope) -> list[CategoryFigure]:
    """Listed and submitted products under each top category of every scheme edition, now.

    A product filed under two sub-categories of one top category counts once there. With a district,
    the products of makers registered in it, as in the bureau's submission.
    """
    tree = session.execute(select(Category.id, Category.parent_id)).all()
    parent = dict(tree)

    def top(category_id: int) -> int:
        seen = set()
        while parent.get(category_id) is not None and category_id not in seen:
            seen.add(category_id)
            category_id = parent[category_id]  # type: ignore[assignment]
        return category_id

    roots = {cid: top(cid) for cid, _ in tree}

    def counted_filings(query: Select[Any]) -> Select[Any]:
        """Listed or submitted products only, and with a district its makers' (the join to the makers
        costs a third of the query, so it is made only then)."""
        if scope.districts is not None:
            query = query.join(Enterprise, Enterprise.id == Product.enterprise_id)
        return query.where(
            Product.status.in_([ProductStatus.LISTED, ProductStatus.SUBMITTED]),
            scope.within(Enterprise.division_code),
        )

    filed = union_all(
        counted_filings(
            select(
                product_category.c.category_id.label("category_id"),
                Product.status.label("status"),
                Product.id.label("product_id"),
            ).join_from(product_category, Product, product_category.c.product_id == Product.id)
        ),
        counted_filings(
            select(Product.assistive_category_id, Product.status, Product.id).where(
                Product.assistive_category_id.is_not(None)
            )
        ),
    ).subquery()
    root = case(roots, value=filed.c.category_id) if roots else filed.c.category_id
    counted = session.execute(
        select(root, filed.c.status, func.count(distinct(filed.c.product_id))).group_by(root, filed.c.status)
    )
    counts: dict[tuple[int, str], int] = {(int(cid), str(status)): int(n) for cid, status, n in counted}
    out = []
    rows = session.execute(
        select(
            CategoryScheme.id,
            CategoryScheme.name,
            CategoryScheme.edition,
            Category.id,
            Category.code,
            Category.name,
        )
        .join(Category, Category.scheme_id == CategoryScheme.id)
        .where(Category.parent_id.is_(None))
        .order_by(CategoryScheme.sort_order, CategoryScheme.id, Category.sort_order, Category.code)
    )
    for scheme_id, scheme, edition, cid, code, name in rows:
        out.append(
            CategoryFigure(
                scheme_id,
                f"{scheme} {edition}",
                cid,
                code,
                name,
                counts.get((cid, ProductStatus.LISTED.value), 0),
                counts.get((cid, ProductStatus.SUBMITTED.value), 0),
            )
        )
    return out


def stock_value(session: Session, scope: Scope) -> list[StockValue]:
    """What each centre's stock is worth at the products' reference prices, now."""
    priced = func.coalesce(Product.reference_price_fen, 0)
    rows = session.execute(
        select(
            StockBalance.centre_id,
            func.sum(StockBalance.quantity),
            func.sum(StockBalance.quantity * priced),
            func.count(distinct(case((Product.reference_price_fen.is_(None), Product.id)))),
        )
        .join(Product, Product.id == StockBalance.product_id)
        .join(Centre, Centre.id == StockBalance.centre_id)
        .where(StockBalance.quantity > 0, scope.within(Centre.district_code))
        .group_by(StockBalance.centre_id)
    )
    held = {cid: (int(qty or 0), int(value or 0), int(unpriced)) for cid, qty, value, unpriced in rows}
    return [
        StockValue(c.id, c.code, c.name, *held.get(c.id, (0, 0, 0)))
        for c in centres(session, scope)
        if c.id in held
    ]


def interest(session: Session, scope: Scope) -> list[InterestFigure]:
    """Kiosk callback requests left in the period, per centre, and what became of them."""
    day = local_date(InterestRequest.at)
    rows = session.execute(
        select(InterestRequest.centre_id, InterestRequest.closed_reason, func.count(InterestRequest.id))
        .join(Centre, Centre.id == InterestRequest.centre_id)
        .where(
            and_(day >= _on(scope.period.first), day <= _on(scope.period.last)),
            scope.within(Centre.district_code),
        )
        .group_by(InterestRequest.centre_id, InterestRequest.closed_reason)
    )
    per: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for cid, reason, n in rows:
        per[cid][reason or RequestState.WAITING.value] += int(n)
    out = []
    for c in centres(session, scope):
        if c.id not in per:
            continue
        states = per[c.id]
        waiting = states.get(RequestState.WAITING.value, 0)
        called = states.get(RequestState.CALLED_BACK.value, 0)
        total = sum(states.values())
        out.append(InterestFigure(c.id, c.code, c.name, total, waiting, called, total - waiting - called))
    return out


@dataclass(frozen=True)
class _Present:
    """The figures of how things stand now, whatever the period: the catalogue, stock and units."""

    unit_states: tuple[UnitStates, ...]
    categories: tuple[CategoryFigure, ...]
    stock: tuple[StockValue, ...]


@dataclass(frozen=True)
class _OfPeriod:
    rentals: tuple[RentalMonth, ...]
    district_names: dict[str, str]
    subsidy: SubsidyFigure
    utilisation: tuple[Utilisation, ...]
    interest: tuple[InterestFigure, ...]


def _present(session: Session, scope: Scope) -> _Present:
    states = tuple(unit_states(session, scope))
    return _Present(states, tuple(categories(session, scope)), tuple(stock_value(session, scope)))


def _of_period(session: Session, scope: Scope, today: date) -> _OfPeriod:
    rows = rentals(session, scope)
    return _OfPeriod(
        tuple(rows),
        district_names(session),
        subsidy(session, scope, rows),
        tuple(utilisation(session, scope, today)),
        tuple(interest(session, scope)),
    )


def _combined(scope: Scope, of_period: _OfPeriod, present: _Present) -> Dashboard:
    return Dashboard(
        scope,
        of_period.rentals,
        of_period.district_names,
        of_period.subsidy,
        of_period.utilisation,
        present.unit_states,
        present.categories,
        present.stock,
        of_period.interest,
    )


def dashboard(session: Session, actor: Actor, scope: Scope, today: date) -> Dashboard:
    """Every figure of the office's dashboard; `today` ends the days counted in a period not yet over."""
    actor.require(Permission.VIEW_STATS)
    return _combined(scope, _of_period(session, scope, today), _present(session, scope))


def read_dashboard(database: Database, actor: Actor, scope: Scope, today: date) -> Dashboard:
    """`dashboard` in two read sessions side by side: the figures of the period in one, how things
    stand now in the other.

    Each half is a few heavy queries that the database runs without holding Python's lock, so on a
    PC with two cores the office waits for the longer half instead of both. A database on a single
    connection (in memory) is read in one session.
    """
    actor.require(Permission.VIEW_STATS)
    if isinstance(database.engine.pool, StaticPool):
        with database.reading() as session:
            return dashboard(session, actor, scope, today)

    def read_present() -> _Present:
        with database.reading() as session:
            return _present(session, scope)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="stats") as pool:
        present = pool.submit(read_present)
        with database.reading() as session:
            of_period = _of_period(session, scope, today)
        return _combined(scope, of_period, present.result())
