"""Read-only summaries the screens show before their full versions exist.

Each function answers one question a member of staff asks on opening a screen (how many products,
which centres, what the rental desk holds) with plain frozen dataclasses, so Qt item models never
hold ORM objects and the same figures can be printed by the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Select, distinct, func, select, union
from sqlalchemy.orm import Session

from silvershop.catalog.models import (
    Category,
    CategoryScheme,
    Enterprise,
    Product,
    ProductStatus,
    product_category,
)
from silvershop.centres.models import Centre, DisplayItem, District, Location, StockBalance
from silvershop.rental.models import DeviceUnit, Loan, LoanStatus, UnitState


@dataclass(frozen=True)
class StatusCount:
    status: ProductStatus
    products: int


@dataclass(frozen=True)
class SchemeCount:
    """Products filed under one edition of one category scheme (a product may count in several)."""

    scheme: str
    edition: str
    products: int


@dataclass(frozen=True)
class CatalogueOverview:
    products: int
    enterprises: int
    rentable: int
    by_status: tuple[StatusCount, ...]
    by_scheme: tuple[SchemeCount, ...]


@dataclass(frozen=True)
class CentreRow:
    code: str
    name: str
    district: str
    locations: int
    products_on_display: int
    stock_quantity: int


@dataclass(frozen=True)
class StateCount:
    state: UnitState
    units: int


@dataclass(frozen=True)
class RentalOverview:
    units: int
    by_state: tuple[StateCount, ...]
    open_loans: int
    due_within_week: int  # today and the six days after it
    overdue: int  # due before today and not yet returned


def _count(session: Session, query: Select[tuple[int]]) -> int:
    return int(session.scalar(query) or 0)


def _counts_by(session: Session, column: ColumnElement[str]) -> dict[str, int]:
    rows = session.execute(select(column, func.count()).group_by(column))
    return {str(key): int(n) for key, n in rows}


def catalogue_overview(session: Session) -> CatalogueOverview:
    """Every status and every scheme edition is listed, with zero where nothing is filed yet."""
    by_status = _counts_by(session, Product.status)
    filed = union(
        select(product_category.c.product_id, product_category.c.category_id),
        select(Product.id, Product.assistive_category_id).where(Product.assistive_category_id.is_not(None)),
    ).subquery()
    per_scheme: dict[int, int] = {
        scheme_id: int(n)
        for scheme_id, n in session.execute(
            select(Category.scheme_id, func.count(distinct(filed.c.product_id)))
            .join(filed, filed.c.category_id == Category.id)
            .group_by(Category.scheme_id)
        )
    }
    schemes = session.execute(
        select(CategoryScheme.id, CategoryScheme.name, CategoryScheme.edition).order_by(
            CategoryScheme.sort_order, CategoryScheme.id
        )
    )
    return CatalogueOverview(
        products=sum(by_status.values()),
        enterprises=_count(session, select(func.count()).select_from(Enterprise)),
        rentable=_count(session, select(func.count()).select_from(Product).where(Product.rentable.is_(True))),
        by_status=tuple(StatusCount(status, by_status.get(status.value, 0)) for status in ProductStatus),
        by_scheme=tuple(
            SchemeCount(scheme=name, edition=edition, products=per_scheme.get(scheme_id, 0))
            for scheme_id, name, edition in schemes
        ),
    )


def centre_rows(session: Session) -> list[CentreRow]:
    """Active centres in the order of their district, then by code."""
    locations = (
        select(func.count()).where(Location.centre_id == Centre.id).correlate(Centre).scalar_subquery()
    )
    on_display = (
        select(func.count(distinct(DisplayItem.product_id)))
        .where(DisplayItem.centre_id == Centre.id)
        .correlate(Centre)
        .scalar_subquery()
    )
    stock = (
        select(func.coalesce(func.sum(StockBalance.quantity), 0))
        .where(StockBalance.centre_id == Centre.id)
        .correlate(Centre)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Centre.code, Centre.name, District.name, locations, on_display, stock)
        .join(District, District.code == Centre.district_code)
        .where(Centre.active.is_(True))
        .order_by(District.sort_order, Centre.code)
    )
    return [
        CentreRow(code, name, district, int(n_loc), int(n_display), int(qty))
        for code, name, district, n_loc, n_display, qty in rows
    ]


def rental_overview(session: Session, today: date) -> RentalOverview:
    """`today` is the desk's local date. "Due within a week" looks seven days ahead from today, not to
    the end of the calendar week, so on a Friday the clerk still sees what comes back on Monday."""
    by_state = _counts_by(session, DeviceUnit.state)
    open_loans = select(func.count()).select_from(Loan).where(Loan.status == LoanStatus.OPEN)
    return RentalOverview(
        units=sum(by_state.values()),
        by_state=tuple(StateCount(state, by_state.get(state.value, 0)) for state in UnitState),
        open_loans=_count(session, open_loans),
        due_within_week=_count(
            session, open_loans.where(Loan.due_on.between(today, today + timedelta(days=6)))
        ),
        overdue=_count(session, open_loans.where(Loan.due_on < today)),
    )
