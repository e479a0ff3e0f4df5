"""Importing a 产品目录 sheet as enterprises and districts really fill it in: whatever the layout,
spelling and cell types, the same product comes out; a row that cannot be one is rejected with every
reason at once, naming its column; a file that cannot be read is refused whole in one sentence; and
an import is all or nothing, with a copy of a SQLite database taken before it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from sqlalchemy import func, select

from silvershop.catalog.enterprises import EnterpriseInput, add_enterprise
from silvershop.catalog.models import Category, CategoryScheme, Enterprise, Product, product_category
from silvershop.catalog.products import ProductInput, add_product
from silvershop.centres.centres import CentreInput, LocationInput, add_centre, add_location
from silvershop.centres.models import LocationKind
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.errors import SilvershopError
from silvershop.exchange.catalogue_import import Action, ImportCancelled, ImportPlan, cancelled
from silvershop.exchange.importing import import_catalogue, preview_import
from silvershop.exchange.workbook_file import UnreadableWorkbook
from silvershop.rental.units import add_unit
from silvershop.security.models import AuditEntry, Role
from silvershop.security.permissions import actor_with
from tests.workbooks import (
    ALL_DIGITS,
    ASSISTIVE_CODE,
    BRAND,
    CATEGORY,
    CREDIT_CODE,
    DEKANG,
    DEKANG_NAME,
    DEPOSIT,
    DESCRIPTION,
    DEVICE_CLASS,
    LISTING_YEAR,
    MAKER,
    MAKER_DIVISION,
    MEDICAL,
    MODEL,
    NAME,
    PRICE,
    REGISTRATION,
    RENT,
    RENTABLE,
    REQUIRED,
    WATCH,
    WHEELCHAIR,
    YINFA,
    YINFA_NAME,
    product,
    replace_text,
    write_many,
    write_products,
    write_sheet,
)

EDITOR = actor_with([Role.CATALOGUE_EDITOR], username="editor")
ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")
# What the plain wheelchair row stores, whatever way the sender wrote it.
WHEELCHAIR_STORED = {
    "name": "手动轮椅车",
    "model": "WC-101",
    "brand": "德康",
    "maker": DEKANG_NAME,
    "credit_code": DEKANG,
    "categories": [("miit_smart", "2024", "P02")],
    "reference_price_fen": 129900,
    "rentable": True,
    "monthly_rent_fen": 20000,
    "deposit_fen": 100000,
    "listing_year": 2024,
}


# ---------------------------------------------------------------------------------------------- helpers

DB_NAME = "catalogue.sqlite3"


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with reference data, made once; each test gets a copy (a tenth of the time)."""
    path = tmp_path_factory.mktemp("template") / DB_NAME
    open_database(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def db(migrated: Path, tmp_path: Path) -> Iterator[Database]:
    """This test's own SQLite file, a copy of the migrated one."""
    path = tmp_path / DB_NAME
    shutil.copyfile(migrated, path)
    database = open_database(f"sqlite:///{path}")
    yield database
    database.close()


def preview(db: Database, path: Path, **options: str) -> ImportPlan:
    return preview_import(db, EDITOR, path, **options)


def imported(db: Database, path: Path, **options: str) -> ImportPlan:
    return import_catalogue(db, EDITOR, path, **options).plan


def stored(db: Database) -> dict[str, dict[str, Any]]:
    """Model → the product as the catalogue now holds it, with its maker and categories."""
    with reading(db.sessions) as s:
        filed: dict[int, list[tuple[str, str, str]]] = {}
        for product_id, key, edition, code in s.execute(
            select(product_category.c.product_id, CategoryScheme.key, CategoryScheme.edition, Category.code)
            .join(Category, Category.id == product_category.c.category_id)
            .join(CategoryScheme, CategoryScheme.id == Category.scheme_id)
        ):
            filed.setdefault(product_id, []).append((key, edition, code))
        found = {}
        for p in s.scalars(select(Product)):
            found[p.model] = {
                "id": p.id,
                "code": p.code,
                "name": p.name,
                "model": p.model,
                "brand": p.brand,
                "maker": p.enterprise.name,
                "credit_code": p.enterprise.credit_code,
                "division": p.enterprise.division_code,
                "categories": sorted(filed.get(p.id, [])),
                "assistive": p.assistive_category.code if p.assistive_category else None,
                "is_medical_device": p.is_medical_device,
                "device_class": p.device_class,
                "registration_no": p.registration_no,
                "reference_price_fen": p.reference_price_fen,
                "rentable": p.rentable,
                "monthly_rent_fen": p.monthly_rent_fen,
                "deposit_fen": p.deposit_fen,
                "description": p.description,
                "listing_year": p.listing_year,
                "status": p.status.value,
                "updated_at": p.updated_at,
            }
        return found


def only(db: Database) -> dict[str, Any]:
    products = stored(db)
    assert len(products) == 1, products
    return next(iter(products.values()))


def subset(found: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    return {key: found[key] for key in expected}


def everything(db: Database) -> tuple[object, ...]:
    """All an import could have written: products, enterprises, their categories and the audit log."""
    with reading(db.sessions) as s:
        return (
            s.execute(select(Product.__table__)).all(),
            s.execute(select(Enterprise.__table__)).all(),
            s.execute(select(product_category)).all(),
            s.execute(select(AuditEntry.__table__)).all(),
        )


def product_count(db: Database) -> int:
    with reading(db.sessions) as s:
        return s.scalar(select(func.count(Product.id))) or 0


def audit_count(db: Database, entity: str) -> int:
    with reading(db.sessions) as s:
        return s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity == entity)) or 0


def problems(plan: ImportPlan) -> list[tuple[int, str]]:
    return [(p.row, p.column) for p in plan.problems]


def reason(plan: ImportPlan, row: int, column: str) -> str:
    found = [p.reason() for p in plan.problems if (p.row, p.column) == (row, column)]
    assert len(found) == 1, problems(plan)
    return found[0]


def register_yinfa_watch(db: Database, model: str = "HW-7") -> None:
    with transaction(db.sessions) as s:
        yinfa = add_enterprise(s, EDITOR, EnterpriseInput(YINFA_NAME, YINFA))
        add_product(s, EDITOR, ProductInput("智能健康手表", model, yinfa.id, reference_price="899"))


# ------------------------------------------------------------------------------- messy but readable


def test_the_template_row_becomes_a_product_under_its_maker_and_category(
    db: Database, tmp_path: Path
) -> None:
    plan = imported(db, write_products(tmp_path / "in.xlsx", [WHEELCHAIR, WATCH]))
    assert (plan.count(Action.CREATE), plan.problems) == (2, [])
    assert sorted(plan.new_enterprises) == sorted([DEKANG, YINFA])
    products = stored(db)
    assert subset(products["WC-101"], WHEELCHAIR_STORED) == WHEELCHAIR_STORED
    assert products["WC-101"]["division"] == "350100"  # from the credit code
    assert products["WC-101"]["status"] == "listed"  # it has a listing year
    watch = products["HW-7"]
    assert (watch["maker"], watch["reference_price_fen"], watch["rentable"], watch["status"]) == (
        YINFA_NAME,
        89900,
        False,
        "submitted",  # no listing year yet
    )
    assert audit_count(db, "product") == 2 and audit_count(db, "enterprise") == 2


def test_columns_in_any_order_are_read_by_their_names(db: Database, tmp_path: Path) -> None:
    columns = list(reversed(list(WHEELCHAIR)))
    plan = imported(db, write_products(tmp_path / "in.xlsx", [WHEELCHAIR], columns=columns))
    assert plan.problems == []
    assert subset(only(db), WHEELCHAIR_STORED) == WHEELCHAIR_STORED


def test_the_header_is_found_under_a_merged_title_and_a_note(db: Database, tmp_path: Path) -> None:
    path = write_products(
        tmp_path / "in.xlsx",
        [WHEELCHAIR],
        above=[["2024年度智慧健康养老产品推荐汇总表"], ["填报单位：无锡德康康复器材有限公司"]],
        merges=["A1:L1", "A2:F2"],
    )
    plan = imported(db, path)
    assert (plan.header_row, [p.row for p in plan.products], plan.problems) == (3, [4], [])
    assert subset(only(db), WHEELCHAIR_STORED) == WHEELCHAIR_STORED


TWO_ROW_HEADERS = {
    # Most names merged down over both rows, group titles over the names below them.
    "names merged down": (
        ["序号", CATEGORY, "产品信息", None, None, MAKER, CREDIT_CODE, "价格（元）", None, None, RENTABLE],
        [None, None, NAME, MODEL, BRAND, None, None, "参考价格(元)", "月租金(元)", "押金(元)", None],
        ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2", "H1:J1", "K1:K2"],
    ),
    # Only 序号 and 目录类别 merged down; every other name sits under a group title.
    "names under group titles": (
        ["序号", CATEGORY, "产品信息", None, None, "企业信息", None, "租赁及价格", None, None, None],
        [
            None,
            None,
            NAME,
            MODEL,
            BRAND,
            MAKER,
            CREDIT_CODE,
            "参考价格(元)",
            RENTABLE,
            "月租金(元)",
            "押金(元)",
        ],
        ["A1:A2", "B1:B2", "C1:E1", "F1:G1", "H1:K1"],
    ),
}


@pytest.mark.parametrize("layout", list(TWO_ROW_HEADERS))
def test_a_two_row_header_is_read_as_one(db: Database, tmp_path: Path, layout: str) -> None:
    top, names, merges = TWO_ROW_HEADERS[layout]
    cells = {**WHEELCHAIR, "序号": 1, CATEGORY: "P02"}
    row = [cells.get(below or above) for above, below in zip(top, names, strict=True)]
    path = write_sheet(tmp_path / "in.xlsx", [top, names], [row], merges=merges)
    plan = imported(db, path)
    assert (plan.header_row, plan.problems) == (2, [])
    expected = {k: v for k, v in WHEELCHAIR_STORED.items() if k != "listing_year"}
    assert subset(only(db), expected) == expected


def test_header_names_as_senders_spell_them(db: Database, tmp_path: Path) -> None:
    """An asterisk on required names, full-width brackets, wrapped and padded names, and a copy of the
    template in traditional characters all name the template's columns."""
    spelled = {
        CATEGORY: "*目錄類別",
        NAME: "＊產品名稱",
        MODEL: " 型號\n規格 ",
        BRAND: "品 牌",
        MAKER: "生產企業*",
        CREDIT_CODE: "統一社會\n信用代碼",
        PRICE: "參考價格（元）",
        RENTABLE: "可租賃",
        RENT: "月租金（元）",
        DEPOSIT: "押金 (元)",
        DESCRIPTION: "產品簡介",
        LISTING_YEAR: "入選年度",
    }
    columns = list(WHEELCHAIR)
    path = write_products(
        tmp_path / "in.xlsx", [WHEELCHAIR], columns=columns, header=[spelled[c] for c in columns]
    )
    plan = imported(db, path)
    assert plan.problems == []
    assert subset(only(db), WHEELCHAIR_STORED) == WHEELCHAIR_STORED


def test_values_with_stray_spaces_full_width_characters_and_numbers_as_text(
    db: Database, tmp_path: Path
) -> None:
    typed = product(
        **{
            CATEGORY: " Ｐ０２ ",
            NAME: " 手动轮椅车\n",
            MODEL: "ＷＣ－１０１ ",
            BRAND: " 德康",
            MAKER: "无锡德康康复器材有限公司 ",
            CREDIT_CODE: " ９１３５ ０１００ Ｍ０００ １００Ｙ４３ ",
            PRICE: "１，２９９",
            RENTABLE: " 是 ",
            RENT: "200",  # a number stored as text
            DEPOSIT: " 1000 ",
            LISTING_YEAR: "2024",
        }
    )
    plan = imported(db, write_products(tmp_path / "in.xlsx", [typed]))
    assert plan.problems == []
    assert subset(only(db), WHEELCHAIR_STORED) == WHEELCHAIR_STORED


@pytest.mark.parametrize(
    ("written", "fen"),
    [
        ("1,299", 129900),
        ("¥1299", 129900),
        ("￥1,299.00", 129900),
        ("1299元", 129900),
        ("1299", 129900),
        (1299, 129900),
        (1299.5, 129950),
        ("1299.50", 129950),
        (1299.9, 129990),
    ],
)
def test_prices_as_people_type_them(db: Database, tmp_path: Path, written: object, fen: int) -> None:
    imported(db, write_products(tmp_path / "in.xlsx", [product(**{PRICE: written})]))
    assert only(db)["reference_price_fen"] == fen


@pytest.mark.parametrize(
    "written",
    [2024, "2024", "2024年", "２０２４年度", 45292, 45400.25, datetime(2024, 5, 1), date(2024, 12, 31)],
    ids=["number", "text", "with-nian", "full-width", "serial", "serial-with-time", "datetime", "date"],
)
def test_listing_year_as_a_year_a_date_or_excel_s_serial_number(
    db: Database, tmp_path: Path, written: object
) -> None:
    """45292 is 2024-01-01 as Excel stores a date the sender's copy no longer shows as one."""
    imported(db, write_products(tmp_path / "in.xlsx", [product(**{LISTING_YEAR: written})]))
    assert only(db)["listing_year"] == 2024


def test_empty_rows_between_blocks_are_passed_over_and_rows_keep_their_excel_numbers(
    db: Database, tmp_path: Path
) -> None:
    rows = [WHEELCHAIR, {}, {NAME: "   "}, WATCH, {}, product(**{MODEL: "WC-102", CREDIT_CODE: None})]
    plan = imported(db, write_products(tmp_path / "in.xlsx", rows, columns=list(WHEELCHAIR)))
    assert plan.rows == 3
    assert sorted(stored(db)) == ["HW-7", "WC-101"]
    assert problems(plan) == [(7, CREDIT_CODE)]  # header row 1, so the sixth row below it is row 7


def test_traditional_characters_are_stored_simplified(db: Database, tmp_path: Path) -> None:
    typed = product(
        **{
            NAME: "手動輪椅車",
            MAKER: "無錫德康康復器材有限公司",
            DESCRIPTION: "摺疊式手動輪椅，適合社區出行。",
        }
    )
    imported(db, write_products(tmp_path / "in.xlsx", [typed]))
    found = only(db)
    assert (found["name"], found["maker"], found["description"]) == (
        "手动轮椅车",
        DEKANG_NAME,
        "折叠式手动轮椅，适合社区出行。",
    )


def test_a_maker_merged_down_over_its_products_makes_them_all(db: Database, tmp_path: Path) -> None:
    rows = [
        product(**{MODEL: "WC-101"}),
        product(**{MODEL: "WC-102", MAKER: None, CREDIT_CODE: None}),
        product(**{MODEL: "WC-103", MAKER: None, CREDIT_CODE: None}),
        product(WATCH),
    ]
    columns = list(WHEELCHAIR)
    maker, code = (chr(ord("A") + columns.index(c)) for c in (MAKER, CREDIT_CODE))
    path = write_products(
        tmp_path / "in.xlsx", rows, columns=columns, merges=[f"{maker}2:{maker}4", f"{code}2:{code}4"]
    )
    plan = imported(db, path)
    assert (plan.count(Action.CREATE), plan.problems) == (4, [])
    makers = {model: (p["maker"], p["credit_code"]) for model, p in stored(db).items()}
    assert makers == {
        "WC-101": (DEKANG_NAME, DEKANG),
        "WC-102": (DEKANG_NAME, DEKANG),
        "WC-103": (DEKANG_NAME, DEKANG),
        "HW-7": (YINFA_NAME, YINFA),
    }


def test_a_sheet_renamed_sheet1_is_found_by_its_header(db: Database, tmp_path: Path) -> None:
    path = write_products(
        tmp_path / "in.xlsx",
        [WHEELCHAIR],
        title="Sheet1",
        before={"说明": [["请按模板填写"], ["联系人：王工"]]},
    )
    plan = imported(db, path)
    assert (plan.sheet, plan.problems) == ("Sheet1", [])
    assert only(db)["model"] == "WC-101"


def test_a_category_named_by_code_by_name_or_both(db: Database, tmp_path: Path) -> None:
    rows = [
        product(**{MODEL: "A-1", CATEGORY: "P02"}),
        product(**{MODEL: "A-2", CATEGORY: "老年辅助器具类智能产品"}),
        product(**{MODEL: "A-3", CATEGORY: "P02 老年辅助器具类智能产品"}),
        product(**{MODEL: "A-4", CATEGORY: "老年輔助器具類智能產品"}),
    ]
    plan = imported(db, write_products(tmp_path / "in.xlsx", rows))
    assert plan.problems == []
    assert {p["categories"][0] for p in stored(db).values()} == {("miit_smart", "2024", "P02")}


def test_codes_stored_as_short_numbers_are_read_as_codes(db: Database, tmp_path: Path) -> None:
    """A division or ISO 9999 code Excel keeps as a number has lost nothing: it is read as the code."""
    typed = product(**{MAKER_DIVISION: 320211, ASSISTIVE_CODE: 122203})
    plan = imported(db, write_products(tmp_path / "in.xlsx", [typed]))
    assert plan.problems == []
    found = only(db)
    assert (found["division"], found["assistive"]) == ("320211", "12 22 03")


# --------------------------------------------------------------------------------------- rejected rows


@pytest.mark.parametrize("column", REQUIRED)
@pytest.mark.parametrize("empty", [None, "  "], ids=["empty", "spaces"])
def test_each_required_cell_left_empty_rejects_the_row_naming_the_column(
    db: Database, tmp_path: Path, column: str, empty: object
) -> None:
    rows = [product(**{column: empty}), WATCH]
    plan = imported(db, write_products(tmp_path / "in.xlsx", rows, columns=list(WHEELCHAIR)))
    assert problems(plan) == [(2, column)]
    assert column in reason(plan, 2, column)
    assert sorted(stored(db)) == ["HW-7"]  # the other row went in


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("91350100M000100Y44", "typing mistake"),  # the check character does not match
        ("91350100MO00100Y43", "never contains the letters I, O"),
        ("9135O1OOM0001OOY43", "O"),
        ("91350100I000100Y43", "I"),
        ("91350100M000100Y4", "18 characters"),
    ],
)
def test_a_mistyped_credit_code_rejects_the_row(db: Database, tmp_path: Path, code: str, words: str) -> None:
    plan = imported(db, write_products(tmp_path / "in.xlsx", [product(**{CREDIT_CODE: code})]))
    assert problems(plan) == [(2, CREDIT_CODE)]
    assert words in reason(plan, 2, CREDIT_CODE)
    assert product_count(db) == 0


@pytest.mark.parametrize("number", [int(ALL_DIGITS), float(ALL_DIGITS)], ids=["integer", "double"])
def test_a_credit_code_stored_as_a_number_is_refused_as_such(
    db: Database, tmp_path: Path, number: float
) -> None:
    """Excel turns an all-digit code into 9.14403E+17 and loses its last digits: the row is rejected
    with that said, never imported under a code that is almost right."""
    typed = product(**{CREDIT_CODE: number, MAKER: "深圳颐年智能科技有限公司"})
    plan = imported(db, write_products(tmp_path / "in.xlsx", [typed]))
    assert problems(plan) == [(2, CREDIT_CODE)]
    assert "stored as a number" in reason(plan, 2, CREDIT_CODE)
    assert product_count(db) == 0


def test_the_same_all_digit_code_typed_as_text_is_accepted(db: Database, tmp_path: Path) -> None:
    typed = product(**{CREDIT_CODE: ALL_DIGITS, MAKER: "深圳颐年智能科技有限公司"})
    assert imported(db, write_products(tmp_path / "in.xlsx", [typed])).problems == []
    assert only(db)["credit_code"] == ALL_DIGITS


def test_a_category_outside_the_chosen_scheme_is_rejected(db: Database, tmp_path: Path) -> None:
    rows = [
        product(**{MODEL: "A-1", CATEGORY: "R102 轮椅"}),  # the rental catalogue's
        product(**{MODEL: "A-2", CATEGORY: "健康管理类可穿戴设备"}),  # the 2018 edition's
    ]
    path = write_products(tmp_path / "in.xlsx", rows)
    plan = imported(db, path)
    assert problems(plan) == [(2, CATEGORY), (3, CATEGORY)]
    assert "“R102 轮椅” is not a category of 智慧健康养老产品及服务推广目录 2024" in reason(plan, 2, CATEGORY)
    assert product_count(db) == 0
    # The same rows, filed under the scheme and edition they were written for, go in.
    assert imported(db, path, scheme="wuxi_rental").problems[0].row == 3
    assert imported(db, path, edition="2018").problems[0].row == 2
    assert sorted(stored(db)) == ["A-1", "A-2"]


def test_a_formula_rejects_its_row_and_nothing_of_it_is_imported(db: Database, tmp_path: Path) -> None:
    rows = [
        product(**{"序号": "=ROW()-1", MODEL: "WC-100"}),  # the template's own numbering is not read
        product(**{"序号": "=ROW()-1", PRICE: "=1000*1.3"}),
        product(**{"序号": "=ROW()-1", MODEL: "WC-102", NAME: '=CONCATENATE("手动","轮椅")'}),
    ]
    plan = imported(db, write_products(tmp_path / "in.xlsx", rows))
    assert problems(plan) == [(3, PRICE), (4, NAME)]
    assert "formula" in reason(plan, 3, PRICE)
    assert "=1000*1.3" in reason(plan, 3, PRICE)
    assert sorted(stored(db)) == ["WC-100"]


def test_a_cell_of_100000_characters_is_rejected_as_too_long(db: Database, tmp_path: Path) -> None:
    rows = [product(**{DESCRIPTION: "LONG-DESCRIPTION"}), WATCH]
    path = replace_text(write_products(tmp_path / "in.xlsx", rows), "LONG-DESCRIPTION", "适老" * 50_000)
    plan = imported(db, path)
    assert problems(plan) == [(2, DESCRIPTION)]
    assert "100,000 characters" in reason(plan, 2, DESCRIPTION)
    assert sorted(stored(db)) == ["HW-7"]


def test_every_problem_of_a_row_is_listed_at_once(db: Database, tmp_path: Path) -> None:
    typed = product(
        **{
            CATEGORY: "R102 轮椅",
            CREDIT_CODE: "91350100M000100Y44",
            PRICE: "一千二",
            RENTABLE: "也许",
            LISTING_YEAR: "去年",
        }
    )
    plan = imported(db, write_products(tmp_path / "in.xlsx", [typed]))
    assert sorted(problems(plan)) == sorted(
        [(2, CATEGORY), (2, CREDIT_CODE), (2, PRICE), (2, RENTABLE), (2, LISTING_YEAR)]
    )
    assert plan.rejected_rows == [2]
    assert "“一千二” is not an amount of money" in reason(plan, 2, PRICE)
    assert "“也许”" in reason(plan, 2, RENTABLE)
    assert "“去年” is not a year" in reason(plan, 2, LISTING_YEAR)
    assert product_count(db) == 0


def test_a_product_listed_twice_in_one_file_is_rejected_the_second_time(db: Database, tmp_path: Path) -> None:
    rows = [WHEELCHAIR, WATCH, product(**{MODEL: " wc-101", PRICE: 999})]
    plan = imported(db, write_products(tmp_path / "in.xlsx", rows))
    assert problems(plan) == [(4, MODEL)]
    assert "Row 2 already has this enterprise and model" in reason(plan, 4, MODEL)
    assert stored(db)["WC-101"]["reference_price_fen"] == 129900  # the first row's


def test_one_model_for_two_enterprises_in_one_file_is_rejected(db: Database, tmp_path: Path) -> None:
    rows = [WHEELCHAIR, product(WATCH, **{MODEL: "WC-101"})]
    plan = imported(db, write_products(tmp_path / "in.xlsx", rows))
    assert problems(plan) == [(3, MODEL)]
    assert "Row 2 has this model for another enterprise" in reason(plan, 3, MODEL)
    assert {p["credit_code"] for p in stored(db).values()} == {DEKANG}


def test_a_model_registered_for_another_enterprise_is_rejected(db: Database, tmp_path: Path) -> None:
    register_yinfa_watch(db, model="WC-101")
    before = everything(db)
    plan = imported(db, write_products(tmp_path / "in.xlsx", [WHEELCHAIR]))
    assert problems(plan) == [(2, MODEL)]
    assert f"already registered for {YINFA_NAME}" in reason(plan, 2, MODEL)
    assert plan.new_enterprises == {}  # its maker came only with the rejected row
    assert everything(db) == before


def test_one_maker_with_two_credit_codes_in_one_file_is_rejected(db: Database, tmp_path: Path) -> None:
    rows = [WHEELCHAIR, product(WATCH, **{MAKER: DEKANG_NAME})]
    plan = imported(db, write_products(tmp_path / "in.xlsx", rows))
    assert problems(plan) == [(3, CREDIT_CODE)]
    assert "one enterprise has one code" in reason(plan, 3, CREDIT_CODE)


@pytest.mark.parametrize(
    ("registration", "written_class", "device_class"),
    [
        ("苏械注准20222040123", None, "II"),
        ("国械注准20193090456", None, "III"),
        ("苏锡械备20190012号", None, "I"),
        ("苏食药监械（准）字2014第2260123号", "Ⅱ类", "II"),  # an old number: the column says
        ("苏食药监械（准）字2014第2260123号", "三类", "III"),
        ("苏食药监械（准）字2014第2260123号", "ii", "II"),
    ],
)
def test_the_device_class_comes_from_the_registration_number_or_the_class_column(
    db: Database, tmp_path: Path, registration: str, written_class: str | None, device_class: str
) -> None:
    typed = product(**{MEDICAL: "是", REGISTRATION: registration, DEVICE_CLASS: written_class})
    plan = imported(db, write_products(tmp_path / "in.xlsx", [typed]))
    assert plan.problems == []
    found = only(db)
    assert (found["is_medical_device"], found["device_class"]) == (True, device_class)


def test_a_medical_device_without_a_readable_class_or_any_number_is_rejected(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        product(**{MODEL: "A-1", MEDICAL: "是", REGISTRATION: "苏食药监械（准）字2014第2260123号"}),
        product(**{MODEL: "A-2", MEDICAL: "是", REGISTRATION: None}),
        product(**{MODEL: "A-3", MEDICAL: "是", REGISTRATION: "苏械注准20222040123", DEVICE_CLASS: "四类"}),
    ]
    plan = imported(db, write_products(tmp_path / "in.xlsx", rows))
    assert problems(plan) == [(2, REGISTRATION), (3, REGISTRATION), (4, DEVICE_CLASS)]
    assert "管理类别" in reason(plan, 2, REGISTRATION)
    assert "registration number" in reason(plan, 3, REGISTRATION)
    assert product_count(db) == 0


def test_a_rentable_product_needs_its_rent_and_deposit(db: Database, tmp_path: Path) -> None:
    rows = [
        product(**{MODEL: "A-1", RENT: None, DEPOSIT: None}),
        product(**{MODEL: "A-2", DEPOSIT: 0}),  # no deposit taken is written as 0
    ]
    plan = imported(db, write_products(tmp_path / "in.xlsx", rows))
    assert problems(plan) == [(2, RENT), (2, DEPOSIT)]
    assert "monthly rent" in reason(plan, 2, RENT)
    assert list(stored(db)) == ["A-2"]
    assert stored(db)["A-2"]["deposit_fen"] == 0


# ------------------------------------------------------------------------------ importing again


def test_importing_the_same_file_again_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_products(tmp_path / "in.xlsx", [WHEELCHAIR, WATCH, product(**{MODEL: "WC-102"})])
    imported(db, path)
    before = stored(db)
    entries = (audit_count(db, "product"), audit_count(db, "enterprise"))
    plan = imported(db, path)
    assert (plan.count(Action.UNCHANGED), plan.count(Action.CREATE), plan.count(Action.UPDATE)) == (3, 0, 0)
    assert plan.new_enterprises == {}
    assert stored(db) == before
    assert (audit_count(db, "product"), audit_count(db, "enterprise")) == entries


def test_an_update_changes_only_what_differs(db: Database, tmp_path: Path) -> None:
    imported(db, write_products(tmp_path / "first.xlsx", [WHEELCHAIR, WATCH]))
    before = stored(db)
    changed = product(**{PRICE: "1,399", DESCRIPTION: "折叠式手动轮椅，新增安全带。"})
    columns = [c for c in WHEELCHAIR if c != BRAND]  # a column the second file leaves out is not emptied
    plan = imported(db, write_products(tmp_path / "second.xlsx", [changed, WATCH], columns=columns))
    assert (plan.count(Action.UPDATE), plan.count(Action.UNCHANGED), plan.count(Action.CREATE)) == (1, 1, 0)
    [update] = [p for p in plan.products if p.action is Action.UPDATE]
    assert update.changes == {
        "reference_price_fen": (129900, 139900),
        "description": ("折叠式手动轮椅，适合社区出行。", "折叠式手动轮椅，新增安全带。"),
    }
    after = stored(db)
    differing = {k for k in after["WC-101"] if after["WC-101"][k] != before["WC-101"][k]}
    assert differing == {"reference_price_fen", "description", "updated_at"}
    assert after["WC-101"]["code"] == before["WC-101"]["code"]  # the same product, not a new one
    assert after["HW-7"] == before["HW-7"]
    with reading(db.sessions) as s:
        logged = s.execute(
            select(AuditEntry.entity_id, AuditEntry.changes).where(
                AuditEntry.entity == "product", AuditEntry.action == "update"
            )
        ).all()
    assert [(entity_id, set(json.loads(changes))) for entity_id, changes in logged] == [
        (str(before["WC-101"]["id"]), {"reference_price_fen", "description"})
    ]


def test_a_product_with_units_in_service_stays_rentable(db: Database, tmp_path: Path) -> None:
    imported(db, write_products(tmp_path / "first.xlsx", [WHEELCHAIR]))
    wheelchair = only(db)["id"]
    with transaction(db.sessions) as s:
        centre = add_centre(s, ADMIN, CentreInput("LX01", "梁溪区适老生活体验中心", "320213"))
        add_location(s, ADMIN, centre.id, LocationInput("RS", "租赁库房", LocationKind.RENTAL_STORE))
        add_unit(s, ADMIN, wheelchair, centre.id, today=date(2026, 11, 29))
    before = stored(db)
    plan = imported(db, write_products(tmp_path / "second.xlsx", [product(**{RENTABLE: "否", PRICE: 1399})]))
    assert problems(plan) == [(2, RENTABLE)]
    assert "1 device units of this product are still in service" in reason(plan, 2, RENTABLE)
    assert stored(db) == before


# --------------------------------------------------------------------------- files refused whole


def _text_file(path: Path) -> None:
    path.write_text("目录类别,产品名称,型号规格\nP02,手动轮椅车,WC-101\n", encoding="utf-8")


def _pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _old_excel(path: Path) -> None:
    """The first sector of an Excel 97-2003 compound file, with its Workbook stream named."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Workbook".encode("utf-16-le"))


def _with_password(path: Path) -> None:
    plain = write_products(path.with_name("plain.xlsx"), [WHEELCHAIR])
    with plain.open("rb") as source, path.open("wb") as target:
        OOXMLFile(source).encrypt("mima123", target)


def _cut_short(path: Path) -> None:
    whole = write_products(path.with_name("whole.xlsx"), [WHEELCHAIR, WATCH]).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])


def _no_products_sheet(path: Path) -> None:
    write_sheet(path, [["填报说明"]], [["请在产品目录中填写"]], title="说明", before={"Sheet2": [["备注"]]})


def _products_sheet_without_header(path: Path) -> None:
    write_sheet(path, [["产品清单"]], [["手动轮椅车", "WC-101"]])


def _header_without_credit_code(path: Path) -> None:
    columns = [c for c in WHEELCHAIR if c != CREDIT_CODE]
    write_products(path, [WHEELCHAIR], columns=columns)


BAD_FILES: dict[str, tuple[Callable[[Path], None], list[str]]] = {
    "text": (_text_file, ["in.xlsx is not an Excel workbook", ".xlsx"]),
    "pdf": (_pdf, ["in.xlsx is not an Excel workbook"]),
    "empty": (_empty, ["in.xlsx is not an Excel workbook"]),
    "xls": (_old_excel, ["in.xlsx is an old Excel 97-2003 workbook (.xls)", "save it as"]),
    "password": (_with_password, ["in.xlsx is protected with a password", "remove the password"]),
    "truncated": (_cut_short, ["in.xlsx is damaged"]),
    "no sheet": (_no_products_sheet, ["no sheet 产品目录", "Sheet2、说明"]),
    "no header": (_products_sheet_without_header, ["The sheet 产品目录 has no header row"]),
    "no credit code column": (_header_without_credit_code, ["has no column 统一社会信用代码"]),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_file_that_cannot_be_read_is_refused_in_one_sentence_and_nothing_is_written(
    db: Database, tmp_path: Path, kind: str
) -> None:
    make, words = BAD_FILES[kind]
    imported(db, write_products(tmp_path / "earlier.xlsx", [WATCH]))
    before = everything(db)
    path = tmp_path / "in.xlsx"
    make(path)
    for attempt in (preview, imported):
        with pytest.raises(UnreadableWorkbook) as refusal:
            attempt(db, path)
        message = refusal.value.localized()
        for word in words:
            assert word in message, message
        assert "\n" not in message and "Traceback" not in message
    assert everything(db) == before


def test_more_filled_rows_than_an_import_takes_are_refused_before_any_is_checked(
    db: Database, tmp_path: Path
) -> None:
    """A column filled down to the end of the sheet: 50,000 rows are refused while being read, so the
    sender hears at once and nothing is written."""
    path = write_many(tmp_path / "in.xlsx", 50_000)
    before = everything(db)
    phases: set[str] = set()
    with pytest.raises(UnreadableWorkbook) as refusal:
        import_catalogue(db, EDITOR, path, progress=lambda phase, done, total: phases.add(phase))
    assert "more than 20,000 filled rows" in refusal.value.localized()
    assert phases == {"read"}
    assert everything(db) == before


# ----------------------------------------------------------------------------------- all or nothing


def test_cancelling_while_writing_leaves_the_database_as_it_was(db: Database, tmp_path: Path) -> None:
    register_yinfa_watch(db)
    before = everything(db)
    rows = [WHEELCHAIR, product(WATCH, **{PRICE: 999}), product(**{MODEL: "WC-102"})]
    seen: list[tuple[str, int, int]] = []

    def cancel_when_writing(phase: str, done: int, total: int) -> None:
        seen.append((phase, done, total))
        if phase == "write":
            raise cancelled()

    with pytest.raises(ImportCancelled):
        import_catalogue(db, EDITOR, write_products(tmp_path / "in.xlsx", rows), progress=cancel_when_writing)
    assert ("write", 2, 3) in seen  # the new products were written when Cancel came
    assert everything(db) == before


def test_an_import_into_a_sqlite_file_keeps_a_copy_of_the_catalogue_before_it(
    db: Database, tmp_path: Path
) -> None:
    database, db_file = db, tmp_path / DB_NAME
    register_yinfa_watch(database)
    unreadable = tmp_path / "notes.xlsx"
    _text_file(unreadable)
    with pytest.raises(UnreadableWorkbook):
        imported(database, unreadable)
    assert not (db_file.parent / "backups").exists()  # a file that cannot be read leaves no copy

    rows = [WHEELCHAIR, product(WATCH, **{PRICE: 999})]
    result = import_catalogue(database, EDITOR, write_products(tmp_path / "in.xlsx", rows))
    assert result.written and result.backup is not None
    assert result.backup.parent == db_file.parent / "backups"
    with closing(sqlite3.connect(result.backup)) as copy:
        kept = copy.execute("SELECT model, reference_price_fen FROM product ORDER BY model").fetchall()
    assert kept == [("HW-7", 89900)]
    assert {m: p["reference_price_fen"] for m, p in stored(database).items()} == {
        "HW-7": 99900,
        "WC-101": 129900,
    }


def test_only_an_editor_may_import(db: Database, tmp_path: Path) -> None:
    clerk = actor_with([Role.DESK_CLERK], [1], username="clerk")
    path = write_products(tmp_path / "in.xlsx", [WHEELCHAIR])
    with pytest.raises(SilvershopError):
        import_catalogue(db, clerk, path)
    assert product_count(db) == 0


# ---------------------------------------------------------------------- found on a second read


def test_a_known_credit_code_under_another_maker_s_name_is_rejected(db: Database, tmp_path: Path) -> None:
    """A sender copying the code from the row above must not file a product under the wrong maker."""
    imported(db, write_products(tmp_path / "first.xlsx", [WHEELCHAIR]))
    copied = product(**{MODEL: "XY-1", MAKER: YINFA_NAME, CREDIT_CODE: DEKANG})

    plan = imported(db, write_products(tmp_path / "copied.xlsx", [copied]))

    assert problems(plan) == [(2, MAKER)]
    assert DEKANG_NAME in reason(plan, 2, MAKER) and YINFA_NAME in reason(plan, 2, MAKER)
    assert "XY-1" not in stored(db)


def test_one_new_credit_code_under_two_names_keeps_only_the_first(db: Database, tmp_path: Path) -> None:
    rows = [WATCH, product(WATCH, **{MODEL: "HW-8", MAKER: "重庆银发智能有限公司"})]

    plan = imported(db, write_products(tmp_path / "two-names.xlsx", rows))

    assert problems(plan) == [(3, MAKER)]
    assert [p["maker"] for p in stored(db).values()] == [YINFA_NAME]


@pytest.mark.parametrize(
    ("cell", "words"),
    [(datetime(2024, 3, 15), "date"), (True, "TRUE or FALSE"), ("#N/A", "Excel error")],
    ids=["date", "boolean", "error"],
)
def test_what_excel_made_of_the_typing_is_not_taken_as_text(
    db: Database, tmp_path: Path, cell: object, words: str
) -> None:
    """A model typed as 3-15 that Excel turned into a date is not imported as 2024-03-15."""
    plan = imported(db, write_products(tmp_path / "excel.xlsx", [product(**{MODEL: cell})]))

    assert problems(plan) == [(2, MODEL)]
    assert words in reason(plan, 2, MODEL)
    assert product_count(db) == 0


def test_re_importing_keeps_the_product_s_other_categories_and_a_class_set_by_hand(
    db: Database, tmp_path: Path
) -> None:
    """The export lists one category per product and no class: sending it back must not lose them."""
    with transaction(db.sessions) as s:
        dekang = add_enterprise(s, EDITOR, EnterpriseInput(DEKANG_NAME, DEKANG))
        p01, p02 = (
            s.scalars(
                select(Category.id)
                .join(CategoryScheme)
                .where(
                    CategoryScheme.key == "miit_smart",
                    CategoryScheme.edition == "2024",
                    Category.code == code,
                )
            ).one()
            for code in ("P01", "P02")
        )
        add_product(
            s,
            EDITOR,
            ProductInput(
                "智能监测床垫",
                "SM-1",
                dekang.id,
                category_ids=frozenset({p01, p02}),
                is_medical_device=True,
                device_class="III",
                registration_no="苏械注准20222040123",
            ),
        )
    before = stored(db)["SM-1"]
    row = {
        CATEGORY: "P02",
        NAME: "智能监测床垫",
        MODEL: "SM-1",
        MAKER: DEKANG_NAME,
        CREDIT_CODE: DEKANG,
        MEDICAL: "是",
        REGISTRATION: "苏械注准20222040123",
    }

    plan = imported(db, write_products(tmp_path / "back.xlsx", [row]))

    assert plan.count(Action.UNCHANGED) == 1
    after = stored(db)["SM-1"]
    assert (
        after["categories"]
        == before["categories"]
        == [("miit_smart", "2024", "P01"), ("miit_smart", "2024", "P02")]
    )
    assert after["device_class"] == "III"


def test_a_busy_database_is_said_to_be_busy_and_nothing_is_imported(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another desk writing at the moment is not a damaged database: the person is told to try again."""
    import silvershop.db.engine as engine

    monkeypatch.setattr(engine, "SQLITE_BUSY_TIMEOUT_MS", 200)
    busy = open_database(db.url)  # connections made now wait 0.2 s, not 10 s, for the lock
    other = sqlite3.connect(tmp_path / DB_NAME, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(SilvershopError, match="busy with work from another desk"):
            import_catalogue(busy, EDITOR, write_products(tmp_path / "in.xlsx", [WHEELCHAIR]))
    finally:
        other.rollback()
        other.close()
        busy.close()
    assert product_count(db) == 0


def _report_of(db: Database, source: Path, target: Path) -> Any:
    from openpyxl import load_workbook

    from silvershop.exchange.report import write_report

    write_report(source, preview(db, source), target)
    return load_workbook(target)["产品目录"]


def test_the_report_writes_no_reason_over_a_note_of_the_sender_s(db: Database, tmp_path: Path) -> None:
    """A note beside the table, even a merged one, stays; the reasons go in the first free column."""
    bad = product(**{CREDIT_CODE: "91350100M000100Y44"})
    source = write_sheet(
        tmp_path / "noted.xlsx",
        [[MODEL, NAME, CATEGORY, MAKER, CREDIT_CODE]],
        [[bad[c] for c in (MODEL, NAME, CATEGORY, MAKER, CREDIT_CODE)] + ["请尽快审核", None]],
        merges=["F2:G2"],
    )

    sheet = _report_of(db, source, tmp_path / "report.xlsx")

    assert sheet["F2"].value == "请尽快审核"
    assert sheet["H1"].value == "错误原因"
    assert "统一社会信用代码" in sheet["H2"].value


def test_a_report_sent_back_and_checked_again_has_one_reason_column_with_today_s_reasons(
    db: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    first = write_products(tmp_path / "sent.xlsx", [product(**{CREDIT_CODE: "91350100M000100Y44"}), WATCH])
    report = tmp_path / "report.xlsx"
    _report_of(db, first, report)
    corrected = load_workbook(report)
    sheet = corrected["产品目录"]
    columns = [cell.value for cell in sheet[1]]
    sheet.cell(2, columns.index(CREDIT_CODE) + 1, DEKANG)  # the sender fixes row 2 …
    sheet.cell(3, columns.index(PRICE) + 1, "abc")  # … and spoils row 3
    corrected.save(tmp_path / "resent.xlsx")

    again = _report_of(db, tmp_path / "resent.xlsx", tmp_path / "report-2.xlsx")

    header_row = [cell.value for cell in again[1]]
    assert header_row.count("错误原因") == 1
    reasons = header_row.index("错误原因") + 1
    assert again.cell(2, reasons).value is None
    assert again.cell(2, columns.index(CREDIT_CODE) + 1).comment is None  # the old mark is gone
    assert "参考价格" in again.cell(3, reasons).value


def test_backups_of_a_database_beside_another_keep_their_own_copies(db: Database, tmp_path: Path) -> None:
    """`silvershop-training.sqlite3` next to this one has its own copies; neither prunes the other's."""
    from silvershop.db.backup import KEEP_PER_REASON, backup_sqlite

    training = open_database(f"sqlite:///{tmp_path / 'catalogue-training.sqlite3'}")
    try:
        for _ in range(KEEP_PER_REASON + 2):
            backup_sqlite(training.engine, "before-import")
    finally:
        training.close()

    own = backup_sqlite(db.engine, "before-import")

    assert own is not None and own.exists()
    names = sorted(p.name for p in own.parent.iterdir())
    assert len([n for n in names if n.startswith("catalogue-training-")]) == KEEP_PER_REASON
    assert len([n for n in names if not n.startswith("catalogue-training-")]) == 1
