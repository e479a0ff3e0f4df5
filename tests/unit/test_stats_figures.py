"""The office's figures, checked against a small city worked out by hand, on SQLite and PostgreSQL.

The city: centre LX (梁溪区 320213) lends two wheelchairs, XS (锡山区 320205) had a bed it retired in
February. "Today" is 30 June 2025; the year counts up to today.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Category, CategoryScheme, Enterprise, Product, ProductStatus
from silvershop.centres.models import Centre, InterestRequest, Location, LocationKind, StockBalance
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied, SilvershopError, ValidationError
from silvershop.kiosk.callbacks import RequestState
from silvershop.rental.models import DeviceUnit, Loan, LoanStatus, Resident, Sex, UnitState
from silvershop.security import settings
from silvershop.security.models import Role
from silvershop.security.permissions import Actor
from silvershop.stats import behind, figures, period
from silvershop.stats.scope import scope

TODAY = date(2025, 6, 30)
OFFICE = Actor(1, "office", frozenset({Role.CATALOGUE_EDITOR}))  # may view statistics
ADMIN = Actor(None, "admin", frozenset({Role.ADMINISTRATOR}))
CLERK = Actor(3, "clerk", frozenset({Role.DESK_CLERK}), frozenset({1}))  # may not
LIANGXI, XISHAN = "320213", "320205"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    url = "sqlite://" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    database = open_database(url)
    with transaction(database.sessions) as session:
        _city(session)
    yield database
    database.close()


def _category(session: Session, key: str, edition: str, code: str) -> Category:
    return session.scalars(
        select(Category)
        .join(CategoryScheme)
        .where(CategoryScheme.key == key, CategoryScheme.edition == edition, Category.code == code)
    ).one()


def _utc(year: int, month: int, day: int, hour: int) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def _city(session: Session) -> None:
    local = Enterprise(name="无锡康养科技有限公司", credit_code="91350100M000100Y43", division_code=LIANGXI)
    far = Enterprise(name="北京辅具有限公司", credit_code="91110000802100433B", division_code="110000")
    smart = _category(session, "miit_smart", "2024", "P01")
    wheelchairs = _category(session, "iso9999", "ISO 9999:2022", "12 22")
    canes = _category(session, "iso9999", "ISO 9999:2022", "12 03")
    chair = Product(
        code="P1", name="轮椅", model="W1", enterprise=local, status=ProductStatus.LISTED, categories=[smart],
        reference_price_fen=100000, rentable=True, assistive_category=wheelchairs,
    )  # fmt: skip
    # Filed twice under ISO 12: counted once there.
    bed = Product(
        code="P2", name="护理床", model="B1", enterprise=local, status=ProductStatus.SUBMITTED,
        categories=[canes], assistive_category=wheelchairs,
    )  # fmt: skip
    elsewhere = Product(
        code="P3", name="手环", model="H1", enterprise=far, status=ProductStatus.LISTED, categories=[smart]
    )
    draft = Product(
        code="P4", name="草稿", model="D1", enterprise=local, status=ProductStatus.DRAFT, categories=[smart]
    )
    session.add_all([chair, bed, elsewhere, draft])
    lx = Centre(code="LX", name="梁溪中心", district_code=LIANGXI)
    xs = Centre(code="XS", name="锡山中心", district_code=XISHAN)
    session.add_all([lx, xs])
    session.flush()
    shelf = Location(centre_id=lx.id, code="A1", name="A1", kind=LocationKind.DISPLAY)
    session.add(shelf)
    session.flush()
    session.add_all(
        [
            StockBalance(product_id=chair.id, location_id=shelf.id, centre_id=lx.id, quantity=3),
            StockBalance(product_id=bed.id, location_id=shelf.id, centre_id=lx.id, quantity=2),
        ]
    )
    bed.reference_price_fen = None  # two beds held without a price: counted at ¥0
    u1 = DeviceUnit(
        asset_tag="LX-1", product_id=chair.id, home_centre_id=lx.id, purchased_on=date(2025, 1, 1)
    )
    u2 = DeviceUnit(
        asset_tag="LX-2", product_id=chair.id, home_centre_id=lx.id, purchased_on=date(2025, 3, 1),
        state=UnitState.ON_LOAN,
    )  # fmt: skip
    u3 = DeviceUnit(
        asset_tag="XS-1", product_id=bed.id, home_centre_id=xs.id, purchased_on=date(2024, 6, 1),
        state=UnitState.RETIRED,
    )  # fmt: skip
    session.add_all([u1, u2, u3])
    r1, r2 = Resident(name="张三", sex=Sex.FEMALE), Resident(name="李四", sex=Sex.MALE)
    session.add_all([r1, r2])
    session.flush()
    # 16:00 in Wuxi on 28 February: the bed was retired then, so it was owned 1 January – 28 February.
    u3.updated_at = _utc(2025, 2, 28, 8)

    def loan(
        code: str, unit: DeviceUnit, who: Resident, start: date, due: date, subsidy: int, **kw: object
    ) -> None:
        session.add(
            Loan(
                code=code, unit_id=unit.id, resident_id=who.id, centre_id=unit.home_centre_id, start_on=start,
                due_on=due, rent_fen=40000, subsidy_fen=subsidy, payable_fen=40000 - subsidy,
                district_code=LIANGXI, age_band="80+", sex=who.sex, term_months=1,
                subsidy_rate_bp=5000 if subsidy else 0, **kw,
            )
        )  # fmt: skip

    returned = {"status": LoanStatus.RETURNED}
    # Back at 04:00 on 10 February in Wuxi (still the 9th in UTC): on loan 10 Jan – 9 Feb, 31 days (a
    # loan holds its unit up to the day before it comes back, so a unit lent again that day counts once).
    loan(
        "L1",
        u1,
        r1,
        date(2025, 1, 10),
        date(2025, 2, 10),
        20000,
        returned_at=_utc(2025, 2, 9, 20),
        **returned,
    )
    # Started in 2024: not a 2025 loan, but its 4 days of January (back on the 5th) are days of use.
    loan("L2", u1, r2, date(2024, 12, 20), date(2025, 1, 20), 0, returned_at=_utc(2025, 1, 5, 10), **returned)
    # Renewed on 20 March: counts to the day before the renewal's term (1 April), 31 days; the
    # renewal L5 then runs 1 – 29 April (back on the 30th), 29 days.
    loan("L4", u2, r1, date(2025, 3, 1), date(2025, 4, 1), 15000, returned_at=_utc(2025, 3, 20, 2),
         return_note="renewed", **returned)  # fmt: skip
    loan(
        "L5", u2, r1, date(2025, 4, 1), date(2025, 5, 1), 15000, returned_at=_utc(2025, 4, 30, 2), **returned
    )
    # Open since 1 May: 61 days to today.
    loan("L3", u2, r2, date(2025, 5, 1), date(2025, 8, 1), 0)
    # The bed, 1 – 19 February at XS (back on the 20th): 19 of its 59 days.
    loan(
        "L6", u3, r2, date(2025, 2, 1), date(2025, 3, 1), 10000, returned_at=_utc(2025, 2, 20, 3), **returned
    )

    def request(at: datetime, reason: str) -> None:
        session.add(InterestRequest(centre_id=lx.id, product_id=chair.id, name_enc=b"x", phone_enc=b"x",
                                    consent_text="同意", at=at, closed_reason=reason))  # fmt: skip

    request(_utc(2025, 2, 3, 2), "")
    request(_utc(2025, 3, 5, 2), "called_back")
    request(_utc(2025, 3, 31, 17), "expired")  # 01:00 on 1 April in Wuxi: a request of April


def _year(session: Session, district: str = "") -> figures.Dashboard:
    return figures.dashboard(session, OFFICE, scope(session, period.year(2025), district), TODAY)


def test_rentals_count_loans_started_in_the_period_per_district_and_month(db: Database) -> None:
    with reading(db.sessions) as session:
        rows = _year(session).rentals
    assert [(r.district_code, r.month, r.loans, r.subsidy_fen, r.residents) for r in rows] == [
        (XISHAN, "2025-02", 1, 10000, 1),
        (LIANGXI, "2025-01", 1, 20000, 1),
        (LIANGXI, "2025-03", 1, 15000, 1),
        (LIANGXI, "2025-04", 1, 15000, 1),
        (LIANGXI, "2025-05", 1, 0, 1),
    ]


def test_subsidy_is_set_against_the_share_of_the_yearly_budget(db: Database) -> None:
    with transaction(db.sessions) as session:
        settings.put(session, ADMIN, settings.SUBSIDY_BUDGET_YUAN, 365)
    with reading(db.sessions) as session:
        year = _year(session).subsidy
        first_quarter = figures.subsidy(session, scope(session, period.quarter(2025, 1)))
        liangxi = _year(session, LIANGXI).subsidy
    assert [m.granted_fen for m in year.months] == [20000, 10000, 15000, 15000] + [0] * 8
    assert (year.granted_fen, year.budget_fen) == (60000, 36500)
    assert (first_quarter.granted_fen, first_quarter.budget_fen) == (45000, 9000)  # 90 days of 365
    assert (liangxi.granted_fen, liangxi.budget_fen, liangxi.budget_note) == (50000, None, "district")
    with reading(db.sessions) as session:
        city = _year(session, "320200").subsidy  # the city by its own code: all of it, with its budget
    assert (city.granted_fen, city.budget_fen, city.budget_note) == (60000, 36500, "")


def test_without_a_budget_the_figure_says_so(db: Database) -> None:
    with reading(db.sessions) as session:
        figure = _year(session).subsidy
    assert (figure.budget_fen, figure.budget_note) == (None, "not_set")


def test_utilisation_is_days_on_loan_over_days_owned_in_the_centres_calendar(db: Database) -> None:
    with reading(db.sessions) as session:
        rows = _year(session).utilisation
        march = figures.utilisation(session, scope(session, period.month(2025, 3)), TODAY)
    by = {(u.product_code, u.centre_code): (u.units, u.owned_days, u.loan_days) for u in rows}
    # Units owned 1 Jan – 30 Jun (181) and 1 Mar – 30 Jun (122); loans 31 + 4 + 31 + 29 + 61.
    assert by == {("P1", "LX"): (2, 303, 156), ("P2", "XS"): (1, 59, 19)}
    assert rows[0].product_code == "P1"  # busiest first: 51 % before 32 %
    assert round(rows[0].share, 3) == round(156 / 303, 3)
    # March alone: both chairs owned 31 days; LX-2 lent all month (L4 up to 31 March).
    assert {(u.product_code, u.owned_days, u.loan_days) for u in march} == {("P1", 62, 31), ("P2", 0, 0)}


def test_a_unit_lost_while_on_loan_is_never_used_more_than_it_was_owned(db: Database) -> None:
    with transaction(db.sessions) as session:
        chair = session.scalars(select(Product).where(Product.code == "P1")).one()
        lx = session.scalars(select(Centre).where(Centre.code == "LX")).one()
        who = session.scalars(select(Resident).where(Resident.name == "张三")).one()
        lost = DeviceUnit(
            asset_tag="LX-3", product_id=chair.id, home_centre_id=lx.id, purchased_on=date(2025, 1, 1),
            state=UnitState.LOST,
        )  # fmt: skip
        session.add(lost)
        session.flush()
        session.add(
            Loan(
                code="L7", unit_id=lost.id, resident_id=who.id, centre_id=lx.id, start_on=date(2025, 5, 20),
                due_on=date(2025, 7, 20), rent_fen=40000, payable_fen=40000, term_months=2,
            )
        )  # fmt: skip
        session.flush()
        lost.updated_at = _utc(2025, 6, 1, 2)  # written off on 1 June; its loan stays open, unpaid
    with reading(db.sessions) as session:
        june = figures.utilisation(session, scope(session, period.month(2025, 6)), TODAY)
    # LX-1 owned 30 days, idle; LX-2 owned 30, on loan all month (L3); LX-3 owned and lent 1 June only.
    assert [(u.product_code, u.units, u.owned_days, u.loan_days) for u in june if u.centre_code == "LX"] == [
        ("P1", 3, 61, 31)
    ]
    assert all(u.loan_days <= u.owned_days for u in june)


def test_units_by_state_per_centre(db: Database) -> None:
    with reading(db.sessions) as session:
        rows = _year(session).unit_states
        liangxi = _year(session, LIANGXI).unit_states
    assert [(u.centre_code, u.state, u.units) for u in rows] == [
        ("LX", UnitState.AVAILABLE, 1),
        ("LX", UnitState.ON_LOAN, 1),
        ("XS", UnitState.RETIRED, 1),
    ]
    assert {u.centre_code for u in liangxi} == {"LX"}


def test_catalogue_counts_listed_and_submitted_per_top_category(db: Database) -> None:
    with reading(db.sessions) as session:
        rows = _year(session).categories
        liangxi = _year(session, LIANGXI).categories
    smart = next(c for c in rows if c.scheme == "智慧健康养老产品及服务推广目录 2024" and c.code == "P01")
    iso = next(c for c in rows if c.scheme.endswith("ISO 9999:2022") and c.code == "12")
    assert (smart.listed, smart.submitted) == (2, 0)  # the draft is not counted
    assert (iso.listed, iso.submitted) == (1, 1)  # the bed filed under 12 22 and 12 03 counts once
    smart_lx = next(c for c in liangxi if c.scheme == smart.scheme and c.code == "P01")
    assert (smart_lx.listed, smart_lx.submitted) == (1, 0)  # the Beijing maker's product is not 梁溪区's


def test_stock_value_counts_unpriced_products_at_nothing_and_says_so(db: Database) -> None:
    with reading(db.sessions) as session:
        rows = _year(session).stock
    assert [(s.centre_code, s.quantity, s.value_fen, s.unpriced_products) for s in rows] == [
        ("LX", 5, 300000, 1)
    ]


def test_interest_requests_count_in_the_centres_calendar(db: Database) -> None:
    with reading(db.sessions) as session:
        year = _year(session).interest
        first_quarter = figures.interest(session, scope(session, period.quarter(2025, 1)))
    assert [(i.requests, i.waiting, i.called_back, i.closed_without_call) for i in year] == [(3, 1, 1, 1)]
    assert [(i.requests, i.waiting, i.called_back) for i in first_quarter] == [(2, 1, 1)]


def test_the_lists_behind_a_figure_hold_what_it_counts(db: Database) -> None:
    with reading(db.sessions) as session:
        within = scope(session, period.year(2025))
        lx = session.scalar(select(Centre.id).where(Centre.code == "LX"))
        march = behind.loans(session, ADMIN, within, district_code=LIANGXI, month="2025-03")
        every = behind.loans(session, ADMIN, within)
        lent = behind.units(session, ADMIN, within, centre_id=lx, state=UnitState.ON_LOAN)
        smart = next(c for c in _year(session).categories if c.code == "P01" and c.scheme.endswith("2024"))
        listed = behind.products(session, OFFICE, within, smart.category_id, ProductStatus.LISTED)
        held = behind.stock(session, ADMIN, lx)
        asked = behind.requests(session, OFFICE, within, lx)
        waiting = behind.requests(session, OFFICE, within, lx, states={RequestState.WAITING}, limit=5)
        short = behind.loans(session, ADMIN, within, limit=2)
    assert [line.code for line in march.rows] == ["L4"]
    assert every.total == 5 and [line.code for line in every.rows] == ["L1", "L6", "L4", "L5", "L3"]
    assert (short.total, len(short.rows), short.cut) == (5, 2, True)
    assert [u.asset_tag for u in lent.rows] == ["LX-2"]
    assert sorted(p.code for p in listed.rows) == ["P1", "P3"]
    assert [(s.product_code, s.value_fen) for s in held.rows] == [("P1", 300000), ("P2", 0)]
    assert [r.day for r in asked.rows] == [date(2025, 2, 3), date(2025, 3, 5), date(2025, 4, 1)]
    assert [(r.day, r.state) for r in waiting.rows] == [(date(2025, 2, 3), RequestState.WAITING)]


def test_the_lists_keep_to_the_usual_permissions_of_each_centre(db: Database) -> None:
    """A centre's manager sees its own loans in full and the others' as months only; its own devices,
    with the others counted; the office, which lends nothing, sees every loan as a month only."""
    with reading(db.sessions) as session:
        within = scope(session, period.year(2025))
        lx, xs = (session.scalar(select(Centre.id).where(Centre.code == code)) for code in ("LX", "XS"))
        manager = Actor(4, "lx_manager", frozenset({Role.CENTRE_MANAGER}), frozenset({lx}))
        seen = {line.centre_code: line for line in behind.loans(session, manager, within).rows}
        office = behind.loans(session, OFFICE, within).rows
        devices = behind.units(session, manager, within)
        with pytest.raises(PermissionDenied):
            behind.units(session, OFFICE, within)  # the office sees no centre's stock
        with pytest.raises(PermissionDenied):
            behind.stock(session, manager, xs)
        with pytest.raises(PermissionDenied):
            behind.stock(session, OFFICE, lx)
    assert seen["LX"].code and seen["LX"].asset_tag.startswith("LX-") and seen["LX"].start_on is not None
    assert (seen["XS"].code, seen["XS"].asset_tag, seen["XS"].start_on, seen["XS"].month) == (
        "",
        "",
        None,
        "2025-02",
    )
    assert all(line.code == "" and line.start_on is None and line.due_on is None for line in office)
    assert {u.centre_code for u in devices.rows} == {"LX"} and (devices.total, devices.hidden) == (2, 1)
    shown = repr(office)
    assert "张三" not in shown and "李四" not in shown


def test_someone_without_the_statistics_permission_is_refused(db: Database) -> None:
    with reading(db.sessions) as session:
        within = scope(session, period.year(2025))
        with pytest.raises(PermissionDenied):
            figures.dashboard(session, CLERK, within, TODAY)
        with pytest.raises(PermissionDenied):
            behind.loans(session, CLERK, within)


def test_a_district_is_resolved_with_its_parts_and_an_unknown_one_refused(db: Database) -> None:
    with reading(db.sessions) as session:
        city = _year(session, "320200")
        assert sum(r.loans for r in city.rentals) == 5
        with pytest.raises(SilvershopError, match="No district has the code 999999"):
            scope(session, period.year(2025), "999999")
        assert session.scalar(select(func.count()).select_from(Loan)) == 6


@pytest.mark.parametrize(
    ("make", "sentence"),
    [
        (lambda: period.custom(date(2025, 3, 1), date(2025, 2, 1)), "ends (2025-02-01) before it starts"),
        (lambda: period.custom(date(2000, 1, 1), date(2025, 1, 1)), "at most ten years"),
        (lambda: period.month(2025, 13), "from 1 to 12, not 13"),
        (lambda: period.quarter(2025, 5), "1, 2, 3 or 4, not 5"),
        (lambda: period.year(1999), "1999 is not a year"),
    ],
)
def test_a_period_that_cannot_be_is_refused_in_words(make: object, sentence: str) -> None:
    with pytest.raises(ValidationError) as refused:
        make()  # type: ignore[operator]
    assert sentence in refused.value.localized()


def test_periods_know_their_months_and_their_share_of_each_year() -> None:
    span = period.custom(date(2024, 12, 15), date(2025, 2, 3))
    assert span.months() == ["2024-12", "2025-01", "2025-02"]
    assert span.years() == [(2024, 17), (2025, 34)]
    assert period.quarter(2024, 1).days == 91  # a leap year's February
    assert period.around(period.PeriodKind.QUARTER, date(2025, 8, 9)) == period.quarter(2025, 3)


def test_two_sessions_side_by_side_read_the_same_figures(db: Database, tmp_path: Path) -> None:
    """The screen reads the period and the present in two sessions at once (on PostgreSQL, and on a
    SQLite file): the dashboard must be the one a single session reads."""
    on_file = open_database(f"sqlite:///{tmp_path / 'city.sqlite3'}")
    try:
        with transaction(on_file.sessions) as session:
            _city(session)
        for database in (db, on_file):
            with reading(database.sessions) as session:
                within = scope(session, period.year(2025), LIANGXI)
                alone = figures.dashboard(session, OFFICE, within, TODAY)
            assert figures.read_dashboard(database, OFFICE, within, TODAY) == alone
            with pytest.raises(PermissionDenied):
                figures.read_dashboard(database, CLERK, within, TODAY)
    finally:
        on_file.close()
