"""The summaries the screens show: counts a member of staff would check against what they entered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Category, CategoryScheme, Enterprise, Product, ProductStatus
from silvershop.centres.models import Centre, DisplayItem, Location, LocationKind, StockBalance
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.rental.models import DeviceUnit, Loan, LoanStatus, Resident, UnitState
from silvershop.stats import overview

TODAY = date(2025, 6, 11)  # a Wednesday: "within 7 days" runs to Tuesday 17 June


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The same questions on both backends a city may run: the queries must mean the same on each."""
    url = "sqlite://" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    database = open_database(url)
    yield database
    database.close()


def _category(session: Session, key: str, edition: str, code: str) -> Category:
    return session.scalars(
        select(Category)
        .join(CategoryScheme)
        .where(CategoryScheme.key == key, CategoryScheme.edition == edition, Category.code == code)
    ).one()


def _product(
    session: Session, enterprise: Enterprise, n: int, status: ProductStatus, **kw: object
) -> Product:
    product = Product(
        code=f"P{n:04d}", name=f"产品{n}", model=f"M-{n}", enterprise=enterprise, status=status, **kw
    )
    session.add(product)
    return product


def _centre(session: Session, code: str, district: str) -> Centre:
    centre = Centre(code=code, name=f"{code}体验中心", district_code=district)
    session.add(centre)
    session.flush()
    return centre


def _location(session: Session, centre: Centre, code: str) -> Location:
    location = Location(centre_id=centre.id, code=code, name=code, kind=LocationKind.DISPLAY)
    session.add(location)
    session.flush()
    return location


def _loan(
    session: Session, unit: DeviceUnit, resident: Resident, n: int, start: date, due: date, status: LoanStatus
) -> Loan:
    loan = Loan(
        code=f"L{n}", unit_id=unit.id, resident_id=resident.id, centre_id=unit.home_centre_id, status=status,
        start_on=start, due_on=due, rent_fen=40000, subsidy_fen=20000, payable_fen=20000,
    )  # fmt: skip
    session.add(loan)
    session.flush()
    return loan


def test_empty_database_lists_every_status_and_scheme_with_zero(db: Database) -> None:
    with reading(db.sessions) as session:
        summary = overview.catalogue_overview(session)
        rental = overview.rental_overview(session, TODAY)
    assert summary.products == 0
    assert [s.status for s in summary.by_status] == list(ProductStatus)
    assert all(s.products == 0 for s in summary.by_status)
    assert ("智慧健康养老产品及服务推广目录", "2024") in {(s.scheme, s.edition) for s in summary.by_scheme}
    assert all(s.products == 0 for s in summary.by_scheme)
    assert [s.state for s in rental.by_state] == list(UnitState)
    assert rental.open_loans == rental.units == 0


def test_catalogue_counts_products_by_status_and_by_scheme_edition(db: Database) -> None:
    with transaction(db.sessions) as session:
        firm = Enterprise(name="无锡康养科技有限公司", credit_code="91350100M000100Y43")
        other = Enterprise(name="江阴辅具有限公司", credit_code="91110000802100433B")
        smart_2024 = _category(session, "miit_smart", "2024", "P01")
        wheelchairs = _category(session, "iso9999", "ISO 9999:2022", "12 22")
        for n in range(3):
            _product(session, firm, n, ProductStatus.LISTED, categories=[smart_2024])
        _product(session, other, 3, ProductStatus.DRAFT, rentable=True, assistive_category=wheelchairs)
        # Filed under the 2024 scheme and an ISO code: counted once in each, not twice anywhere.
        _product(
            session,
            other,
            4,
            ProductStatus.SUBMITTED,
            categories=[smart_2024],
            assistive_category=wheelchairs,
        )
    with reading(db.sessions) as session:
        summary = overview.catalogue_overview(session)
    assert (summary.products, summary.enterprises, summary.rentable) == (5, 2, 1)
    assert {s.status: s.products for s in summary.by_status} == {
        ProductStatus.DRAFT: 1,
        ProductStatus.SUBMITTED: 1,
        ProductStatus.LISTED: 3,
        ProductStatus.ARCHIVED: 0,
    }
    per_scheme = {(s.scheme, s.edition): s.products for s in summary.by_scheme}
    assert per_scheme[("智慧健康养老产品及服务推广目录", "2024")] == 4
    assert per_scheme[("智慧健康养老产品及服务推广目录", "2022")] == 0
    assert per_scheme[("康复辅助器具分类和术语（ISO 9999）", "ISO 9999:2022")] == 2


def test_centre_rows_count_locations_display_and_stock(db: Database) -> None:
    with transaction(db.sessions) as session:
        firm = Enterprise(name="无锡康养科技有限公司", credit_code="91350100M000100Y43")
        products = [_product(session, firm, n, ProductStatus.LISTED) for n in range(2)]
        session.flush()
        busy = _centre(session, "LX01", "320213")
        empty = _centre(session, "JY01", "320281")
        _centre(session, "XS99", "320205").active = False
        hall, store = _location(session, busy, "A1"), _location(session, busy, "S1")
        _location(session, empty, "A1")
        for product in products:
            session.add(DisplayItem(product_id=product.id, centre_id=busy.id, location_id=hall.id))
        # The same product shown at two spots is still one product on display.
        session.add(DisplayItem(product_id=products[0].id, centre_id=busy.id, location_id=store.id))
        session.add(
            StockBalance(product_id=products[0].id, location_id=hall.id, centre_id=busy.id, quantity=3)
        )
        session.add(
            StockBalance(product_id=products[1].id, location_id=store.id, centre_id=busy.id, quantity=9)
        )
    with reading(db.sessions) as session:
        rows = overview.centre_rows(session)
    assert rows == [
        overview.CentreRow("LX01", "LX01体验中心", "梁溪区", 2, 2, 12),
        overview.CentreRow("JY01", "JY01体验中心", "江阴市", 1, 0, 0),
    ]


def test_rental_overview_counts_states_open_loans_and_what_is_due_soon_or_late(db: Database) -> None:
    with transaction(db.sessions) as session:
        firm = Enterprise(name="无锡康养科技有限公司", credit_code="91350100M000100Y43")
        chair = _product(session, firm, 1, ProductStatus.LISTED, rentable=True)
        session.flush()
        centre = _centre(session, "LX01", "320213")
        states = (
            [UnitState.ON_LOAN] * 4
            + [UnitState.AVAILABLE] * 2
            + [UnitState.AWAITING_CLEANING, UnitState.LOST]
        )
        units = [
            DeviceUnit(asset_tag=f"LX01-{n:05d}", product_id=chair.id, home_centre_id=centre.id, state=state)
            for n, state in enumerate(states)
        ]
        session.add_all(units)
        resident = Resident(name="张三")
        session.add(resident)
        session.flush()
        _loan(session, units[0], resident, 1, date(2025, 4, 11), TODAY, LoanStatus.OPEN)
        _loan(session, units[1], resident, 2, date(2025, 4, 17), date(2025, 6, 17), LoanStatus.OPEN)  # day 7
        _loan(session, units[2], resident, 3, date(2025, 4, 18), date(2025, 6, 18), LoanStatus.OPEN)  # day 8
        _loan(
            session, units[3], resident, 4, date(2025, 4, 10), date(2025, 6, 10), LoanStatus.OPEN
        )  # overdue
        _loan(session, units[6], resident, 5, date(2025, 4, 12), date(2025, 6, 12), LoanStatus.RETURNED)
    with reading(db.sessions) as session:
        rental = overview.rental_overview(session, TODAY)
    states_seen = {s.state: s.units for s in rental.by_state}
    assert states_seen[UnitState.ON_LOAN] == 4
    assert states_seen[UnitState.AVAILABLE] == 2
    assert states_seen[UnitState.IN_REPAIR] == 0
    assert rental.units == 8
    assert (rental.open_loans, rental.due_within_week, rental.overdue) == (4, 2, 1)
