"""Whatever a person types into a field, or a spreadsheet holds in a cell, the answer is the value or
one sentence saying what to change: never a traceback. Random text, and text built from the characters
people really mix up (full-width digits, Chinese, currency signs, dashes), goes into every validator;
a refusal must be a SilvershopError whose localized text is a whole sentence with every placeholder
filled, and a refused service call must leave nothing of itself in the caller's transaction.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator
from datetime import date, time
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog import text_fields
from silvershop.catalog.categories import normalise_assistive_code
from silvershop.catalog.category_codes import add_category
from silvershop.catalog.credit_code import validate_credit_code
from silvershop.catalog.enterprise_checks import contact_phone, tidy_credit_code
from silvershop.catalog.enterprises import EnterpriseInput, add_enterprise
from silvershop.catalog.models import Category, Enterprise, Product
from silvershop.catalog.product_codes import checked_code
from silvershop.catalog.products import ProductInput, add_product
from silvershop.centres.centres import CentreInput, LocationInput, add_centre, add_location, tidy_code
from silvershop.centres.models import Centre, Location, LocationKind
from silvershop.database import Database, open_database
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.exchange import cells
from silvershop.exchange.bureau_export import checked_office
from silvershop.exchange.bureau_rows import parse_statuses
from silvershop.kiosk.pin import tidy_pin
from silvershop.labels.payloads import check_payload_code
from silvershop.money import format_yuan, parse_yuan
from silvershop.rental.models import Resident
from silvershop.rental.residents import ResidentInput, add_resident
from silvershop.security import settings as shared_settings
from silvershop.security.id_number import parse_id_number
from silvershop.security.models import Role
from silvershop.security.passwords import check_strength
from silvershop.security.permissions import actor_with
from silvershop.security.phone import normalise_mobile, normalise_phone
from silvershop.security.vault import Vault, open_vault
from silvershop.stats import period

TODAY = date(2026, 6, 1)
ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")
MAKER, MAKER_CODE = "无锡德康康复器材有限公司", "91350100M000100Y43"
FUZZ = settings(max_examples=150, deadline=None)
DB_FUZZ = settings(max_examples=60, deadline=None)

# What people really type into these fields, and mix up: digits in both widths, the letters of codes,
# Chinese, currency, the separators an input method or a scan puts in, and characters that change
# length under NFKC or upper-casing.
TYPED = (
    string.digits
    + "XxIOSVZMAYBn"
    + "０１２３４５６７８９ＸＡ"
    + "¥￥元RMBCNY,.，。-−－‐—+() \t\n\u3000"
    + "手动轮椅车无锡德康年度"
    + "ß㍱ﬁ①⑩"
    + ":：/{}%"
)
typed = st.one_of(st.text(), st.text(alphabet=TYPED, max_size=30))
# Everything openpyxl can hand over for a cell.
cell = st.one_of(
    st.none(),
    typed,
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(),
    st.decimals(allow_nan=False),
    st.dates(),
    st.datetimes(),
    st.times(),
)


def assert_sentence(error: SilvershopError) -> None:
    """The refusal reads as a sentence: every placeholder filled, ending as a sentence ends."""
    needed = {name for _text, name, _spec, _conv in string.Formatter().parse(error.message) if name}
    assert needed <= set(error.params), (error.message, error.params)
    shown = error.localized().strip()
    assert shown and shown[-1] in ".?!。？！", shown


def passes_or_says_why(call: Callable[[], Any]) -> Any:
    """The value `call` gives, or None after checking its refusal is a sentence; any other
    exception fails the test with the input hypothesis found."""
    try:
        return call()
    except SilvershopError as error:
        assert_sentence(error)
        return None


# ------------------------------------------------------------------------------ codes and numbers


@FUZZ
@given(typed)
@example("１１０１０５１９４９１２３１００２Ｘ")
@example("0000000000000000000")
@example("11010500000000002X")  # year 0000
@example("11010599991231002X")  # a birth date far in the future
def test_id_numbers(text: str) -> None:
    parsed = passes_or_says_why(lambda: parse_id_number(text, today=TODAY))
    if parsed is not None:
        assert len(parsed.value) == 18 and parsed.birth_date <= TODAY


@FUZZ
@given(typed)
@example("91350100M000100Y43")
@example("9135 0100-M000 100Y43")
@example("ß" * 9)  # upper-cases to 18 characters
def test_credit_codes(text: str) -> None:
    for call in (lambda: validate_credit_code(text), lambda: validate_credit_code(tidy_credit_code(text))):
        code = passes_or_says_why(call)
        if code is not None:
            assert len(code) == 18 and validate_credit_code(code) == code


@FUZZ
@given(typed)
@example("+86 138 0013 8000")
@example("0510-82345678")
@example("+")
@example("()")
@example("+8" + "6" * 40)
def test_phone_numbers(text: str) -> None:
    mobile = passes_or_says_why(lambda: normalise_mobile(text))
    if mobile is not None:
        assert len(mobile) == 11 and mobile.startswith("1")
    passes_or_says_why(lambda: normalise_phone(text))
    passes_or_says_why(lambda: contact_phone(text))


@FUZZ
@given(typed)
@example("1,299.50")
@example("¥-0")
@example("9" * 5000)
@example("0." + "0" * 60 + "1")
@example("１２９９元")
def test_money_typed_in_yuan(text: str) -> None:
    fen = passes_or_says_why(lambda: parse_yuan(text, field="price"))
    if fen is not None:
        assert 0 <= fen <= 10_000_000 * 100
        assert parse_yuan(format_yuan(fen), field="price") == fen


# ------------------------------------------------------------------------------- workbook cells


@FUZZ
@given(cell)
@example(float("nan"))
@example(float("inf"))
@example(2**53)
@example(9.14403e17)
@example(2_958_465.99)
@example(-1)
@example(time(12, 0))
@example("#N/A")
def test_workbook_cell_readers(value: Any) -> None:
    assert isinstance(cells.text(value), str)
    cells.is_formula(value)
    cells.is_blank(value)
    passes_or_says_why(lambda: cells.words(value, field="产品名称"))
    passes_or_says_why(lambda: cells.code(value, field="统一社会信用代码"))
    passes_or_says_why(lambda: cells.flag(value, field="可租赁"))
    fen = passes_or_says_why(lambda: cells.money(value, field="参考价格(元)"))
    assert fen is None or fen >= 0
    year = passes_or_says_why(lambda: cells.year(value, field="入选年度"))
    assert year is None or 1 <= year <= 9999


# ---------------------------------------------------------------------------- settings and periods


@FUZZ
@given(st.one_of(typed, st.text(alphabet=string.printable, max_size=250).map(lambda t: "https://" + t)))
@example("http://")
@example("https://{code}")
@example("https://ylfw.example.gov.cn/product/{code}")
@example("HTTPS://例子.cn/{code}")
def test_product_page_address(value: str) -> None:
    passes_or_says_why(lambda: shared_settings.check_product_url(value))


@FUZZ
@given(st.one_of(typed, st.integers(), st.none(), st.lists(st.text(), max_size=2)))
def test_submitting_office(value: Any) -> None:
    office = passes_or_says_why(lambda: shared_settings.check_office(value))
    if office is not None:
        assert len(office) <= shared_settings.OFFICE_LIMIT and "\n" not in office
    if isinstance(value, str):
        passes_or_says_why(lambda: checked_office(value))


@FUZZ
@given(st.integers(min_value=-(10**6), max_value=10**6), st.integers(min_value=-100, max_value=100))
@example(0, 1)
@example(9999, 12)
@example(10_000, 1)
def test_months_quarters_and_years(year: int, number: int) -> None:
    for make in (lambda: period.month(year, number), lambda: period.quarter(year, number)):
        chosen = passes_or_says_why(make)
        if chosen is not None:
            assert chosen.first <= chosen.last and chosen.months()
    passes_or_says_why(lambda: period.year(year))


@FUZZ
@given(st.dates(), st.dates())
@example(date.min, date.max)
@example(date(9999, 12, 1), date(9999, 12, 31))
def test_custom_periods(first: date, last: date) -> None:
    chosen = passes_or_says_why(lambda: period.custom(first, last))
    if chosen is not None:
        assert chosen.days == (last - first).days + 1
        for month in chosen.months():  # what a chart's month opens (stats/behind.loans)
            year, number = (int(part) for part in month.split("-"))
            assert period.month(year, number).first.month == number
        chosen.years()
        chosen.label()


# ----------------------------------------------------------------------- other fields people type


@FUZZ
@given(typed)
@example("")
@example("  1234  ")
@example("１２３４５６")
def test_other_fields(text: str) -> None:
    passes_or_says_why(lambda: text_fields.limited(text, 10, "name"))
    passes_or_says_why(lambda: check_strength(text))
    passes_or_says_why(lambda: tidy_pin(text))
    passes_or_says_why(lambda: check_payload_code(text))
    passes_or_says_why(lambda: parse_statuses(text))
    normalise_assistive_code(text)
    tidy_code(text)


# --------------------------------------------------------------- names and codes checked by services


@pytest.fixture(scope="module")
def catalogue_db() -> Iterator[Database]:
    db = open_database("sqlite://")
    with transaction(db.sessions) as s:
        add_enterprise(s, ADMIN, EnterpriseInput(MAKER, MAKER_CODE))
        add_centre(s, ADMIN, CentreInput("LX01", "梁溪区适老生活体验中心", "320213"))
    yield db
    db.close()


@pytest.fixture(scope="module")
def vault(catalogue_db: Database) -> Vault:
    with transaction(catalogue_db.sessions) as s:
        return open_vault(s)


def _counts(session: Session) -> tuple[int, ...]:
    return tuple(
        session.scalar(select(func.count()).select_from(table)) or 0
        for table in (Enterprise, Centre, Location, Category, Product, Resident)
    )


class _Undo(Exception):
    """Raised at the end of an example so that what it wrote is rolled back."""


def in_transaction(db: Database, call: Callable[[Session], Any]) -> None:
    """Run `call` as a front end does, in its own transaction; a refusal must be a sentence and leave
    nothing of itself in that transaction. Whatever was written is rolled back afterwards."""
    try:
        with transaction(db.sessions) as session:
            before = _counts(session)
            try:
                call(session)
            except SilvershopError as error:
                assert_sentence(error)
                session.flush()
                assert _counts(session) == before
            raise _Undo
    except _Undo:
        pass


@DB_FUZZ
@given(name=typed, code=typed, division=typed, phone=typed, address=st.text(max_size=300))
@example(name="无锡德康康复器材有限公司", code="91350100M000100Y43", division="", phone="", address="")
@example(name="ＡＢ", code="91110000802100433B", division="100000", phone="400 810 8888", address="")
def test_enterprises(
    catalogue_db: Database, name: str, code: str, division: str, phone: str, address: str
) -> None:
    data = EnterpriseInput(name, code, division, contact_phone=phone, address=address)
    in_transaction(catalogue_db, lambda s: add_enterprise(s, ADMIN, data))


@DB_FUZZ
@given(code=typed, name=typed, district=st.sampled_from(["320213", "320211", "999999", ""]), phone=typed)
@example(code="lx01", name="中心", district="320213", phone="")
@example(code="ｘｓ０２", name="中心", district="320205", phone="0510-82345678")
def test_centres_and_locations(
    catalogue_db: Database, code: str, name: str, district: str, phone: str
) -> None:
    in_transaction(
        catalogue_db, lambda s: add_centre(s, ADMIN, CentreInput(code, name, district, phone=phone))
    )
    with catalogue_db.reading() as s:
        centre_id = s.scalar(select(Centre.id).where(Centre.code == "LX01"))
    assert centre_id is not None
    location = LocationInput(code, name, LocationKind.DISPLAY)
    in_transaction(catalogue_db, lambda s: add_location(s, ADMIN, centre_id, location))


@DB_FUZZ
@given(
    scheme=st.sampled_from([("iso9999", "2022"), ("miit_smart", "2024"), ("nope", "1")]),
    code=typed,
    name=typed,
    parent=st.one_of(st.just(""), typed),
)
@example(scheme=("iso9999", "2022"), code="122299", name="轮椅", parent="")
@example(scheme=("iso9999", "2022"), code="12 22 99", name="轮椅", parent="12 22 99")
def test_categories_and_product_codes(
    catalogue_db: Database, scheme: tuple[str, str], code: str, name: str, parent: str
) -> None:
    in_transaction(catalogue_db, lambda s: add_category(s, ADMIN, *scheme, code, name, parent))
    in_transaction(catalogue_db, lambda s: checked_code(s, code, None))


@DB_FUZZ
@given(
    name=typed,
    model=typed,
    code=typed,
    price=typed,
    rent=typed,
    grace=typed,
    rentable=st.booleans(),
    year=st.one_of(st.none(), st.integers(-10, 10_000)),
    description=st.text(max_size=3000),
)
@example(
    name="手动轮椅车",
    model="WC-101",
    code="",
    price="1,299",
    rent="200元",
    grace="3",
    rentable=True,
    year=2024,
    description="",
)
@example(
    name="轮椅",
    model="WC-1",
    code="p-000009",
    price="",
    rent="",
    grace="",
    rentable=True,
    year=None,
    description="",
)
def test_products(
    catalogue_db: Database,
    name: str,
    model: str,
    code: str,
    price: str,
    rent: str,
    grace: str,
    rentable: bool,
    year: int | None,
    description: str,
) -> None:
    with catalogue_db.reading() as s:
        maker_id = s.scalar(select(Enterprise.id).where(Enterprise.credit_code == MAKER_CODE))
    assert maker_id is not None
    data = ProductInput(
        name,
        model,
        maker_id,
        code=code,
        reference_price=price,
        monthly_rent=rent,
        deposit=price,
        late_fee_per_day=rent,
        grace_days=grace,
        rentable=rentable,
        listing_year=year,
        description=description,
    )
    in_transaction(catalogue_db, lambda s: add_product(s, ADMIN, data))


@DB_FUZZ
@given(name=typed, id_number=typed, phone=typed, guardian_phone=typed, address=st.text(max_size=300))
@example(name="王秀英", id_number="11010519491231002X", phone="13800138000", guardian_phone="", address="")
@example(
    name="王秀英",
    id_number="１１０１０５１９４９１２３１００２ｘ",
    phone="+86 138 0013 8000",
    guardian_phone="0510-82345678",
    address="",
)
def test_residents(
    catalogue_db: Database,
    vault: Vault,
    name: str,
    id_number: str,
    phone: str,
    guardian_phone: str,
    address: str,
) -> None:
    data = ResidentInput(
        name, id_number, phone, address, guardian_phone=guardian_phone, home_centre_code="LX01"
    )
    in_transaction(catalogue_db, lambda s: add_resident(s, ADMIN, vault, data, today=TODAY))
