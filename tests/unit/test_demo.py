"""The demo database as someone exploring the app meets it: a believable, consistent city."""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog.credit_code import division_of, validate_credit_code
from silvershop.catalog.models import Category, CategoryScheme, Enterprise, Product, product_category
from silvershop.catalog.search import search
from silvershop.catalog.search_keys import fold, spelling
from silvershop.centres.ledger import ledger_disagreements
from silvershop.centres.models import (
    Centre,
    DisplayItem,
    District,
    DivisionKind,
    Location,
    LocationKind,
    StockBalance,
    StockMove,
    Stocktake,
    StockThreshold,
    Transfer,
    TransferStatus,
)
from silvershop.centres.stocktakes import list_stocktakes, stocktake_view
from silvershop.centres.thresholds import below_minimum
from silvershop.centres.transfers import list_transfers
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.demo import DEMO_TODAY, DemoCancelled, generate
from silvershop.demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from silvershop.demo.generator import enterprises_for
from silvershop.errors import ValidationError
from silvershop.rental.models import (
    CleaningRecord,
    CleaningResult,
    ConsentBasis,
    DeviceUnit,
    Loan,
    LoanStatus,
    MaintenanceRecord,
    Reservation,
    Resident,
    SubsidyAccount,
    SubsidyGrant,
    UnitState,
)
from silvershop.rental.subsidy_rules import load_rule_sets
from silvershop.security.id_number import parse_id_number
from silvershop.security.login import login
from silvershop.security.models import Role, User
from silvershop.security.permissions import actor_with
from silvershop.security.phone import normalise_mobile
from silvershop.security.users import create_first_admin
from silvershop.security.vault import Vault, open_vault

PRODUCTS = 400
QR_SAFE = re.compile(r"[0-9A-Z-]+")
TABLES = {
    "enterprises": Enterprise.__table__,
    "products": Product.__table__,
    "product_categories": product_category,
    "centres": Centre.__table__,
    "locations": Location.__table__,
    "stock_moves": StockMove.__table__,
    "stock_balances": StockBalance.__table__,
    "display_items": DisplayItem.__table__,
    "transfers": Transfer.__table__,
    "stock_thresholds": StockThreshold.__table__,
    "stocktakes": Stocktake.__table__,
    "residents": Resident.__table__,
    "units": DeviceUnit.__table__,
    "loans": Loan.__table__,
    "subsidy_grants": SubsidyGrant.__table__,
    "subsidy_accounts": SubsidyAccount.__table__,
    "cleaning_records": CleaningRecord.__table__,
    "maintenance_records": MaintenanceRecord.__table__,
    "reservations": Reservation.__table__,
    "accounts": User.__table__,
}


def _demo(
    products: int = PRODUCTS, seed: int = 1, vault: Vault | None = None
) -> tuple[Database, dict[str, int]]:
    db = open_database("sqlite://")
    with transaction(db.sessions) as session:
        counts = generate(session, products=products, seed=seed, vault=vault or Vault.generate())
    return db, counts


@pytest.fixture(scope="module")
def vault() -> Vault:
    return Vault.generate()


@pytest.fixture(scope="module")
def demo(vault: Vault) -> Iterator[tuple[Database, dict[str, int]]]:
    db, counts = _demo(vault=vault)
    yield db, counts
    db.close()


@pytest.fixture
def session(demo: tuple[Database, dict[str, int]]) -> Iterator[Session]:
    with reading(demo[0].sessions) as s:
        yield s


def _count(session: Session, table: object) -> int:
    return session.scalar(select(func.count()).select_from(table)) or 0  # type: ignore[arg-type]


def test_counts_returned_are_the_rows_written(
    demo: tuple[Database, dict[str, int]], session: Session
) -> None:
    counts = demo[1]
    assert set(counts) == set(TABLES)
    assert {kind: _count(session, table) for kind, table in TABLES.items()} == counts
    assert all(counts[kind] > 0 for kind in TABLES)


def test_enterprises_have_valid_credit_codes_registered_where_they_say(session: Session) -> None:
    enterprises = session.scalars(select(Enterprise)).all()
    assert len(enterprises) == enterprises_for(PRODUCTS) == 12
    assert enterprises_for(1000) == 30
    for enterprise in enterprises:
        assert validate_credit_code(enterprise.credit_code) == enterprise.credit_code
        assert division_of(enterprise.credit_code) == enterprise.division_code
        assert enterprise.name.endswith("有限公司")
        assert normalise_mobile(enterprise.contact_phone) == enterprise.contact_phone
        assert enterprise.registered_on is not None
        assert enterprise.registered_on <= DEMO_TODAY - timedelta(days=2 * 365)
    assert len({e.name for e in enterprises}) == len(enterprises)
    assert sum(e.division_code.startswith("3202") for e in enterprises) > len(enterprises) // 3


def test_products_are_filed_in_every_category_scheme(session: Session) -> None:
    used = set(
        session.execute(
            select(CategoryScheme.key, CategoryScheme.edition)
            .join(Category, Category.scheme_id == CategoryScheme.id)
            .join(product_category, product_category.c.category_id == Category.id)
        ).all()
    )
    smart = set(session.scalars(select(CategoryScheme.edition).where(CategoryScheme.key == "miit_smart")))
    assert smart == {"2018", "2020", "2022", "2024"}
    assert {("miit_smart", edition) for edition in smart} <= used
    assert {key for key, _ in used} >= {"miit_smart", "miit_elderly", "wuxi_rental"}
    assistive = session.scalars(
        select(CategoryScheme.key)
        .join(Category, Category.scheme_id == CategoryScheme.id)
        .join(Product, Product.assistive_category_id == Category.id)
    ).all()
    assert set(assistive) == {"iso9999"}


def test_rentable_products_are_in_the_rental_catalogue_with_rent_and_deposit(session: Session) -> None:
    rental_scheme = select(CategoryScheme.id).where(CategoryScheme.key == "wuxi_rental").scalar_subquery()
    in_rental = set(
        session.scalars(
            select(product_category.c.product_id)
            .join(Category, Category.id == product_category.c.category_id)
            .where(Category.scheme_id == rental_scheme)
        )
    )
    products = session.scalars(select(Product)).all()
    rentable = [p for p in products if p.rentable]
    assert rentable
    assert {p.id for p in rentable} == in_rental
    for product in rentable:
        assert product.monthly_rent_fen
        assert product.monthly_rent_fen % 1000 == 0  # whole tens of yuan
        assert product.deposit_fen
        assert product.assistive_category_id is not None
    assert all(p.monthly_rent_fen is None and p.deposit_fen is None for p in products if not p.rentable)
    wheelchairs = [p.monthly_rent_fen for p in rentable if p.name.endswith("手动轮椅车")]
    assert wheelchairs
    assert 15000 <= statistics.median(wheelchairs) <= 26000  # about 200 元 a month


def test_products_have_label_safe_codes_and_plausible_fields(session: Session) -> None:
    products = session.scalars(select(Product).order_by(Product.id)).all()
    assert len(products) == PRODUCTS
    assert [p.code for p in products][:2] == ["P-000001", "P-000002"]
    for product in products:
        assert QR_SAFE.fullmatch(product.code)
        assert product.model.isascii()
        assert product.reference_price_fen is not None
        assert product.reference_price_fen >= 0
        assert product.reference_price_fen % 100 == 0
        assert product.is_medical_device == bool(product.registration_no)
        assert product.device_class in ("", "I", "II")
    statuses = Counter(p.status.value for p in products)
    assert statuses["listed"] + statuses["submitted"] > PRODUCTS * 0.7
    assert any(p.is_medical_device for p in products)
    assert all(p.listing_year for p in products if p.status.value == "listed")


def test_demo_products_are_found_by_model_and_by_pinyin(session: Session) -> None:
    for product in session.scalars(select(Product).order_by(Product.id).limit(5)):
        assert search(session, product.model)[0] == product.id
        assert product.id in search(session, spelling(fold(product.name)).initials)


def test_every_district_has_an_experience_centre_with_its_rooms(session: Session) -> None:
    districts = set(
        session.scalars(
            select(District.code).where(
                District.kind.in_((DivisionKind.DISTRICT, DivisionKind.COUNTY_CITY, DivisionKind.ZONE))
            )
        )
    )
    centres = session.scalars(select(Centre)).all()
    assert sorted(c.district_code for c in centres) == sorted(districts)
    assert "3202JK" in districts
    for centre in centres:
        assert QR_SAFE.fullmatch(centre.code)
        kinds = [location.kind for location in centre.locations]
        assert 4 <= len(kinds) <= 6
        assert LocationKind.STORE in kinds
        assert LocationKind.RENTAL_STORE in kinds
        assert LocationKind.DISPLAY in kinds
        assert all(QR_SAFE.fullmatch(location.code) for location in centre.locations)
    assert {c.code for c in centres} >= {"LX01", "JY01", "JK01"}


def test_each_balance_is_the_sum_of_its_moves(session: Session) -> None:
    totals = select(StockMove.product_id, StockMove.location_id, func.sum(StockMove.quantity)).group_by(
        StockMove.product_id, StockMove.location_id
    )
    moved = {(product_id, location_id): total for product_id, location_id, total in session.execute(totals)}
    balances = {(b.product_id, b.location_id): b.quantity for b in session.scalars(select(StockBalance))}
    assert balances == moved
    assert all(quantity > 0 for quantity in balances.values())
    kinds = {m.kind.value for m in session.scalars(select(StockMove))}
    assert {"receive", "move_out", "move_in"} <= kinds


def test_what_is_on_display_is_in_stock_at_a_display_zone(session: Session) -> None:
    rows = session.execute(
        select(DisplayItem, Location.kind, StockBalance.quantity)
        .join(Location, Location.id == DisplayItem.location_id)
        .outerjoin(
            StockBalance,
            (StockBalance.product_id == DisplayItem.product_id)
            & (StockBalance.location_id == DisplayItem.location_id),
        )
    ).all()
    assert rows
    for item, kind, quantity in rows:
        assert kind is LocationKind.DISPLAY
        assert quantity
        assert item.since.date() <= DEMO_TODAY


def test_unit_states_agree_with_loans_cleaning_and_repairs(session: Session) -> None:
    units = session.scalars(select(DeviceUnit)).all()
    loans: dict[int, list[Loan]] = defaultdict(list)
    for loan in session.scalars(select(Loan).order_by(Loan.start_on)):
        loans[loan.unit_id].append(loan)
    cleaned = defaultdict(list)
    for record in session.scalars(select(CleaningRecord)):
        cleaned[record.loan_id].append(record.result)
    repairs = {r.unit_id for r in session.scalars(select(MaintenanceRecord)) if r.closed_at is None}
    reserved = {r.unit_id for r in session.scalars(select(Reservation))}
    centres = {c.id: c for c in session.scalars(select(Centre))}
    states = Counter(unit.state for unit in units)
    assert len(states) == len(UnitState)  # every state occurs
    for unit in units:
        history = loans[unit.id]
        open_loans = [loan for loan in history if loan.status is LoanStatus.OPEN]
        centre = centres[unit.home_centre_id]
        assert unit.asset_tag.startswith(centre.code + "-")
        assert QR_SAFE.fullmatch(unit.asset_tag)
        assert unit.loan_count == len(history)
        assert (unit.state is UnitState.ON_LOAN) == bool(open_loans)
        assert len(open_loans) <= 1
        returned = [loan for loan in history if loan.status is LoanStatus.RETURNED]
        if unit.state is UnitState.AWAITING_CLEANING:
            assert returned
            assert CleaningResult.PASSED not in cleaned[returned[-1].id]
        if unit.state is UnitState.AVAILABLE:
            assert all(cleaned[loan.id] == [CleaningResult.PASSED] for loan in returned)
        assert (unit.state is UnitState.IN_REPAIR) == (unit.id in repairs)
        assert (unit.state is UnitState.RESERVED) == (unit.id in reserved)


def test_residents_are_stored_encrypted_and_decrypt_to_valid_numbers(session: Session, vault: Vault) -> None:
    residents = session.scalars(select(Resident)).all()
    assert residents
    for resident in residents:
        assert resident.id_number_enc is not None
        id_number = parse_id_number(
            vault.decrypt(resident.id_number_enc, purpose="id_number"), today=DEMO_TODAY
        )
        assert id_number.area_code.startswith("3202")
        assert id_number.warnings == ()
        assert 60 <= id_number.age_on(DEMO_TODAY) <= 95
        assert id_number.sex is resident.sex
        assert resident.id_number_hash == vault.lookup_hash(id_number.value, purpose="id_number")
        if resident.phone_enc is not None:
            phone = vault.decrypt(resident.phone_enc, purpose="phone")
            assert normalise_mobile(phone) == phone
            assert resident.phone_hash == vault.lookup_hash(phone, purpose="phone")
        else:
            assert resident.guardian_phone_enc is not None  # someone can be called
        assert resident.eligibility_enc is not None
        facts = json.loads(vault.decrypt(resident.eligibility_enc, purpose="eligibility"))
        assert set(facts) == {"ability_level", "ltc_level", "dibao"}
        assert facts["dibao"] in ("", "dibao", "dibao_edge")
        assert resident.consent_basis is not ConsentBasis.NONE
        assert resident.consent_text
        assert resident.home_centre_id is not None
        assert resident.key_id == vault.key_id
    assert sum(r.hukou_local for r in residents) > len(residents) * 0.8


def test_loans_are_priced_by_the_city_rules_within_the_cap(session: Session, vault: Vault) -> None:
    rule_set = load_rule_sets(session)[0]
    residents = {r.id: r for r in session.scalars(select(Resident))}
    granted: dict[tuple[int, int], int] = defaultdict(int)
    for loan in session.scalars(select(Loan).order_by(Loan.start_on, Loan.id)):
        resident = residents[loan.resident_id]
        assert resident.id_number_enc is not None
        id_number = parse_id_number(
            vault.decrypt(resident.id_number_enc, purpose="id_number"), today=DEMO_TODAY
        )
        age = id_number.age_on(loan.start_on)
        assert loan.payable_fen == loan.rent_fen - loan.subsidy_fen
        assert loan.age_band == ("80+" if age >= 80 else f"{age // 10 * 10}-{age // 10 * 10 + 9}")
        assert loan.sex is resident.sex
        assert loan.district_code == resident.district_code
        assert loan.start_on <= DEMO_TODAY
        assert resident.consent_on is not None
        assert resident.consent_on <= loan.start_on  # registered, with consent, before the first loan
        if loan.subsidy_fen:
            assert resident.hukou_local
            assert loan.term_months in (2, 3)
            assert loan.subsidy_fen <= loan.rent_fen * loan.subsidy_rate_bp // 10000
            assert loan.subsidy_rule != "age80" or age >= 80
            granted[(resident.id, loan.start_on.year)] += loan.subsidy_fen
        if loan.status is LoanStatus.RETURNED:
            assert loan.returned_at is not None
            assert loan.deposit_refund_fen == max(
                0, loan.deposit_fen - loan.deductions_fen - loan.late_fee_fen
            )
    accounts = {(a.resident_id, a.year): a for a in session.scalars(select(SubsidyAccount))}
    assert {key: a.granted_fen for key, a in accounts.items()} == dict(granted)
    assert all(a.cap_fen == rule_set.cap_fen for a in accounts.values())
    grants = session.execute(
        select(SubsidyGrant.loan_id, SubsidyGrant.amount_fen, Loan.subsidy_fen).join(
            Loan, Loan.id == SubsidyGrant.loan_id
        )
    ).all()
    assert grants
    assert all(amount == subsidy for _, amount, subsidy in grants)


def test_open_loans_look_current_on_the_demo_day(session: Session) -> None:
    open_loans = session.scalars(select(Loan).where(Loan.status == LoanStatus.OPEN)).all()
    assert open_loans
    assert all(DEMO_TODAY - timedelta(days=120) <= loan.start_on <= DEMO_TODAY for loan in open_loans)
    overdue = [loan for loan in open_loans if loan.due_on < DEMO_TODAY]
    assert len(overdue) < len(open_loans) / 2


def test_same_seed_gives_the_same_city(demo: tuple[Database, dict[str, int]]) -> None:
    again, _ = _demo()
    other, _ = _demo(seed=2)
    try:
        rows = [_rows(db, Product.__table__) for db in (demo[0], again, other)]
        names = [_rows(db, Resident.__table__.c.name) for db in (demo[0], again, other)]
        loans = [_rows(db, Loan.__table__) for db in (demo[0], again, other)]
        assert rows[0] == rows[1]
        assert names[0] == names[1]
        assert loans[0] == loans[1]
        assert rows[0] != rows[2]
        assert names[0] != names[2]
    finally:
        again.close()
        other.close()


def _rows(db: Database, selectable: object) -> list[tuple[object, ...]]:
    with reading(db.sessions) as s:
        return [tuple(row) for row in s.execute(select(selectable))]  # type: ignore[call-overload]


def test_a_database_with_products_is_refused_and_left_as_it_was(
    demo: tuple[Database, dict[str, int]],
) -> None:
    db, counts = demo
    refusal = pytest.raises(ValidationError, match=f"already holds {PRODUCTS} products")
    with refusal as info, transaction(db.sessions) as s:
        generate(s, products=10, vault=Vault.generate())
    assert info.value.field == "database"
    with reading(db.sessions) as s:
        assert {kind: _count(s, table) for kind, table in TABLES.items()} == counts


@pytest.mark.parametrize("products", [0, -5])
def test_no_products_is_refused_before_anything_is_written(products: int) -> None:
    db = open_database("sqlite://")
    try:
        refusal = pytest.raises(ValidationError, match="at least 1 product")
        with refusal as info, transaction(db.sessions) as s:
            generate(s, products=products, vault=Vault.generate())
        assert info.value.field == "products"
        with reading(db.sessions) as s:
            assert _count(s, Enterprise.__table__) == 0
    finally:
        db.close()


def test_progress_runs_from_zero_to_the_total() -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    db = open_database("sqlite://")
    try:
        with transaction(db.sessions) as s:
            generate(s, products=50, vault=Vault.generate(), progress=progress)
    finally:
        db.close()
    total = calls[0][1]
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert len(calls) > 5
    assert all(t == total for _, t in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancel_stops_and_the_transaction_leaves_nothing_behind() -> None:
    calls: list[int] = []

    def cancel_after_products(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 4

    db = open_database("sqlite://")
    try:
        cancelled = pytest.raises(DemoCancelled, match="cancelled; nothing was saved")
        with cancelled, transaction(db.sessions) as s:
            generate(s, products=300, vault=Vault.generate(), progress=cancel_after_products)
        assert len(calls) == 4
        with reading(db.sessions) as s:
            assert _count(s, Product.__table__) == 0
            assert _count(s, Enterprise.__table__) == 0
    finally:
        db.close()


def test_demo_has_one_account_per_role_that_can_log_in(demo: tuple[Database, dict[str, int]]) -> None:
    db, _counts = demo
    for account in DEMO_ACCOUNTS:
        actor = login(db.sessions, account.username, DEMO_PASSWORD)
        assert actor.roles == frozenset({account.role})
    assert {a.role for a in DEMO_ACCOUNTS} == set(Role)
    clerk = login(db.sessions, "clerk", DEMO_PASSWORD)
    assert len(clerk.centre_ids) == 1


def test_demo_into_a_database_with_users_adds_no_accounts() -> None:
    db = open_database("sqlite://")
    try:
        with transaction(db.sessions) as s:
            create_first_admin(s, "chief", "chief-password")
            counts = generate(s, products=20, vault=open_vault(s))
        assert counts["accounts"] == 0
        with reading(db.sessions) as s:
            assert [u.username for u in s.scalars(select(User))] == ["chief"]
    finally:
        db.close()


def test_demo_stock_balances_are_what_its_ledger_adds_up_to(session: Session) -> None:
    assert session.scalar(select(func.count()).select_from(StockMove))
    assert ledger_disagreements(session) == []


def test_demo_centres_show_goods_on_the_way_counts_in_progress_and_shortfalls(session: Session) -> None:
    """What the centre screens should have to show on a first look: every kind of transfer, a count
    half done, products below their minimum."""
    admin = actor_with([Role.ADMINISTRATOR], username="admin")
    transfers = list_transfers(session, admin)
    assert {t.status for t in transfers} == {
        TransferStatus.RECEIVED,
        TransferStatus.PARTIAL,
        TransferStatus.IN_TRANSIT,
    }
    assert all(t.code == f"T{t.id:06d}" and t.shipped for t in transfers)
    [partial] = [t for t in transfers if t.status is TransferStatus.PARTIAL]
    assert 0 < partial.received < partial.shipped
    [counting] = list_stocktakes(session, admin, open_only=True)
    view = stocktake_view(session, admin, counting.id)
    assert view.uncounted > 0 and view.differing == 2 and view.moves_since_start == 0
    assert view.current_location_code == counting.location_code == "ST"
    assert len(list_stocktakes(session, admin)) == session.scalar(select(func.count(Centre.id))) + 1
    assert below_minimum(session, admin)
