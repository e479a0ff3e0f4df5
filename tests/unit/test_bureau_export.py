"""The bureau's submission workbook as the bureau opens it: the template's five sheets and headers,
codes that stay text, money in 元 that adds up, a sheet ready to read, filter and print, only the
products, district and scheme asked for, rental figures that match the loans, no resident named
anywhere, and a workbook that imports back into the same catalogue."""

from __future__ import annotations

import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog.categories import find_assistive_category, find_category
from silvershop.catalog.enterprises import EnterpriseInput, add_enterprise
from silvershop.catalog.models import Category, CategoryScheme, Product, ProductStatus, product_category
from silvershop.catalog.products import ProductInput, add_product
from silvershop.centres.centres import CentreInput, add_centre
from silvershop.centres.models import Centre
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.demo import DEMO_TODAY, generate
from silvershop.errors import ValidationError
from silvershop.exchange.bureau_export import export_catalogue
from silvershop.exchange.bureau_rows import ExportChoice
from silvershop.exchange.catalogue_import import Action
from silvershop.exchange.importing import import_catalogue
from silvershop.rental.models import Loan, Resident
from silvershop.security.audit import list_entries
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with
from silvershop.security.vault import Vault
from tests.workbooks import ALL_DIGITS, ALL_DIGITS_NAME

ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")
OFFICE = "无锡市民政局养老服务处"
TODAY = date(2026, 11, 27)
SHEETS = ["产品目录", "企业", "体验中心", "租赁统计", "填报说明"]
# The header rows exactly as DOMAIN section 8 gives them.
HEADERS = {
    "产品目录": [
        "序号",
        "目录类别",
        "产品名称",
        "型号规格",
        "品牌",
        "生产企业",
        "统一社会信用代码",
        "企业所在地区划代码",
        "适用场景",
        "是否医疗器械",
        "医疗器械注册证号",
        "辅具分类编码",
        "参考价格(元)",
        "可租赁",
        "月租金(元)",
        "押金(元)",
        "产品简介",
        "入选年度",
        "推荐单位",
        "展示中心数",
        "库存合计",
    ],
    "企业": ["企业名称", "统一社会信用代码", "所在地区划代码", "注册日期", "联系人", "联系电话"],
    "体验中心": ["中心编码", "中心名称", "区划代码", "地址", "展示产品数", "租赁设备数", "在租设备数"],
    "租赁统计": ["区划代码", "月份", "租赁单数", "租金合计(元)", "补贴合计(元)", "服务人数"],
}
CODE_COLUMNS = {
    "产品目录": ["统一社会信用代码", "企业所在地区划代码", "辅具分类编码"],
    "企业": ["统一社会信用代码", "所在地区划代码"],
    "体验中心": ["区划代码"],
    "租赁统计": ["区划代码"],
}
MONEY_COLUMNS = {
    "产品目录": ["参考价格(元)", "月租金(元)", "押金(元)"],
    "租赁统计": ["租金合计(元)", "补贴合计(元)"],
}

# The hand-made catalogue's makers: one in 梁溪区 whose code is all digits, one in 滨湖区, one outside 无锡.
LIANGXI_CODE = "913202133000100012"
LIANGXI_NAME = "无锡市梁溪区银发智慧康养科技发展有限责任公司"
BINHU_CODE = "91320211MA1XYW12PX"
BINHU_NAME = "无锡德康康复器材有限公司"


# ---------------------------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A catalogue made by hand, where every figure of the workbook is known:

    - 手动轮椅车 WC-101 (滨湖 maker), listed 2024 under P02 and the rental catalogue's R102, 1,299.50 元,
      rentable at 200 元 a month with a 1,000 元 deposit, ISO 9999 12 22 03;
    - 上臂式电子血压计 BP-1 (梁溪 maker, all-digit code), submitted under P01, a class II device;
    - 智能床垫 SM-1 (深圳 maker), a draft under P03;
    - 老年智能手表 HW-22 (梁溪 maker), listed only in the 2022 edition;
    - centres LX01 (梁溪) and BH01 (滨湖).
    """
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('catalogue') / 'catalogue.sqlite3'}")
    with transaction(db.sessions) as s:
        liangxi = add_enterprise(
            s,
            ADMIN,
            EnterpriseInput(
                LIANGXI_NAME,
                LIANGXI_CODE,
                registered_on=date(2018, 3, 9),
                contact_name="周经理",
                contact_phone="0510-82345678",
            ),
        )
        binhu = add_enterprise(
            s, ADMIN, EnterpriseInput(BINHU_NAME, BINHU_CODE, registered_on=date(2019, 5, 20))
        )
        shenzhen = add_enterprise(s, ADMIN, EnterpriseInput(ALL_DIGITS_NAME, ALL_DIGITS))

        def category(scheme: str, edition: str, code: str) -> int:
            return find_category(s, ADMIN, scheme, edition, code).id

        add_product(
            s,
            ADMIN,
            ProductInput(
                "手动轮椅车",
                "WC-101",
                binhu.id,
                brand="德康",
                scenario="社区出行",
                category_ids=frozenset(
                    {category("miit_smart", "2024", "P02"), category("wuxi_rental", "2025", "R102")}
                ),
                assistive_category_id=find_assistive_category(s, ADMIN, "12 22 03").id,
                reference_price="1299.50",
                rentable=True,
                monthly_rent="200",
                deposit="1000",
                description="折叠式手动轮椅，适合社区出行。",
                listing_year=2024,
                recommending_unit="无锡市民政局",
                status=ProductStatus.LISTED,
            ),
        )
        add_product(
            s,
            ADMIN,
            ProductInput(
                "上臂式电子血压计",
                "BP-1",
                liangxi.id,
                category_ids=frozenset({category("miit_smart", "2024", "P01")}),
                is_medical_device=True,
                device_class="II",
                registration_no="苏械注准20222070123",
                reference_price="299",
                status=ProductStatus.SUBMITTED,
            ),
        )
        add_product(
            s,
            ADMIN,
            ProductInput(
                "智能床垫",
                "SM-1",
                shenzhen.id,
                category_ids=frozenset({category("miit_smart", "2024", "P03")}),
                reference_price="2999",
            ),
        )
        add_product(
            s,
            ADMIN,
            ProductInput(
                "老年智能手表",
                "HW-22",
                liangxi.id,
                category_ids=frozenset({category("miit_smart", "2022", "P01")}),
                listing_year=2022,
                status=ProductStatus.LISTED,
            ),
        )
        add_centre(s, ADMIN, CentreInput("LX01", "梁溪区适老生活体验中心", "320213", "梁溪区学前街168号"))
        add_centre(s, ADMIN, CentreInput("BH01", "滨湖区适老生活体验中心", "320211", "滨湖区蠡湖大道2000号"))
    yield db
    db.close()


def export(db: Database, path: Path, **choice: Any) -> Workbook:
    export_catalogue(db, ADMIN, path, ExportChoice(**choice), office=OFFICE, today=TODAY)
    return load_workbook(path)


def header(sheet: Worksheet) -> list[Any]:
    return [cell.value for cell in sheet[1]]


def records(sheet: Worksheet) -> list[dict[str, Any]]:
    """The data rows, each by its header names."""
    names = header(sheet)
    return [dict(zip(names, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)]


def column_cells(sheet: Worksheet, name: str) -> list[Any]:
    index = header(sheet).index(name) + 1
    return [sheet.cell(row, index) for row in range(2, sheet.max_row + 1)]


def excel_width(text: str) -> int:
    """How many of Excel's character widths `text` takes: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def models(workbook: Workbook) -> list[str]:
    return [row["型号规格"] for row in records(workbook["产品目录"])]


# ------------------------------------------------------------------------------------ the hand-made one


@pytest.fixture(scope="module")
def submitted(catalogue: Database, tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    """The default export of the hand-made catalogue: miit_smart 2024, listed and submitted."""
    return export(catalogue, tmp_path_factory.mktemp("out") / "submission.xlsx")


def test_the_template_s_five_sheets_in_order_with_its_header_rows(submitted: Workbook) -> None:
    assert submitted.sheetnames == SHEETS
    for name, names in HEADERS.items():
        assert header(submitted[name]) == names, name


def test_each_product_row_holds_the_product_as_the_bureau_reads_it(submitted: Workbook) -> None:
    rows = records(submitted["产品目录"])
    assert [row["型号规格"] for row in rows] == ["BP-1", "WC-101"]  # P01 before P02; the draft is left out
    wheelchair = rows[1]
    assert wheelchair == {
        "序号": 2,
        "目录类别": "P02 老年辅助器具类智能产品",
        "产品名称": "手动轮椅车",
        "型号规格": "WC-101",
        "品牌": "德康",
        "生产企业": BINHU_NAME,
        "统一社会信用代码": BINHU_CODE,
        "企业所在地区划代码": "320211",
        "适用场景": "社区出行",
        "是否医疗器械": "否",
        "医疗器械注册证号": wheelchair["医疗器械注册证号"],
        "辅具分类编码": "12 22 03",
        "参考价格(元)": 1299.5,
        "可租赁": "是",
        "月租金(元)": 200,
        "押金(元)": 1000,
        "产品简介": "折叠式手动轮椅，适合社区出行。",
        "入选年度": 2024,
        "推荐单位": "无锡市民政局",
        "展示中心数": 0,
        "库存合计": 0,
    }
    assert not wheelchair["医疗器械注册证号"]
    assert (rows[0]["是否医疗器械"], rows[0]["医疗器械注册证号"]) == ("是", "苏械注准20222070123")


def test_codes_are_text_cells_in_columns_formatted_as_text(submitted: Workbook) -> None:
    """An all-digit credit code stays 913202133000100012, never 9.13202E+17; a code typed into the
    column later stays text too."""
    for sheet_name, columns in CODE_COLUMNS.items():
        sheet = submitted[sheet_name]
        for name in columns:
            letter = get_column_letter(header(sheet).index(name) + 1)
            assert sheet.column_dimensions[letter].number_format == "@", (sheet_name, name)
            cells = [cell for cell in column_cells(sheet, name) if cell.value not in (None, "")]
            assert all(cell.data_type == "s" for cell in cells), (sheet_name, name)
            # Each cell formatted as text too: a General cell turns into 9.14403E+17 once it is edited.
            assert all(cell.number_format == "@" for cell in cells), (sheet_name, name)
    codes = [cell.value for cell in column_cells(submitted["产品目录"], "统一社会信用代码")]
    assert codes == [LIANGXI_CODE, BINHU_CODE]
    enterprises = records(submitted["企业"])
    assert [(e["统一社会信用代码"], e["所在地区划代码"]) for e in enterprises] == [
        (BINHU_CODE, "320211"),  # 无锡德康… before 无锡市梁溪区… in pinyin order
        (LIANGXI_CODE, "320213"),
    ]
    assert [(c["中心编码"], c["区划代码"]) for c in records(submitted["体验中心"])] == [
        ("BH01", "320211"),
        ("LX01", "320213"),
    ]


def test_money_is_a_number_of_yuan_shown_with_two_decimals(submitted: Workbook) -> None:
    sheet = submitted["产品目录"]
    for name in MONEY_COLUMNS["产品目录"]:
        for cell in column_cells(sheet, name):
            if cell.value is not None:
                assert (cell.data_type, cell.number_format) == ("n", "#,##0.00"), (name, cell.coordinate)
    wheelchair = records(sheet)[1]
    assert (wheelchair["参考价格(元)"], wheelchair["月租金(元)"], wheelchair["押金(元)"]) == (
        1299.5,
        200,
        1000,
    )
    blood_pressure = records(sheet)[0]
    assert (blood_pressure["参考价格(元)"], blood_pressure["月租金(元)"], blood_pressure["押金(元)"]) == (
        299,
        None,
        None,
    )


def test_every_data_sheet_is_ready_to_read_filter_and_print(submitted: Workbook) -> None:
    for name in HEADERS:
        sheet = submitted[name]
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:"), name
        setup = sheet.page_setup
        assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0), name
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, name
        assert sheet.print_title_rows == "$1:$1", name


def test_every_value_is_shown_whole_in_a_column_as_wide_as_it_or_wrapped(submitted: Workbook) -> None:
    """A Chinese character takes two of Excel's character widths; a value wider than its column and not
    wrapped is cut off on screen and on paper by the cell beside it."""
    cut_off = []
    for name in HEADERS:
        sheet = submitted[name]
        for index, title in enumerate(header(sheet), 1):
            width = sheet.column_dimensions[get_column_letter(index)].width
            for cell in [sheet.cell(1, index), *column_cells(sheet, title)]:
                shown = f"{cell.value:,.2f}" if cell.number_format == "#,##0.00" else cell.value
                if isinstance(shown, str) and not cell.alignment.wrap_text and width < excel_width(shown):
                    cut_off.append((name, cell.coordinate, shown, width))
    assert cut_off == []
    assert excel_width(LIANGXI_NAME) == 44  # the longest maker's name, in 产品目录 and 企业


def test_drop_down_lists_offer_the_scheme_s_categories_and_yes_no(submitted: Workbook) -> None:
    sheet = submitted["产品目录"]
    rules = {str(rule.sqref): rule for rule in sheet.data_validations.dataValidation}
    assert set(rules) == {"B2:B1048576", "J2:J1048576", "N2:N1048576"}  # 目录类别, 是否医疗器械, 可租赁
    assert all(rule.type == "list" for rule in rules.values())
    assert rules["J2:J1048576"].formula1 == rules["N2:N1048576"].formula1 == '"是,否"'
    listed = rules["B2:B1048576"].formula1
    assert listed is not None and listed.startswith("'填报说明'!")
    offered = [
        cell.value for row in submitted["填报说明"][listed.split("!")[1].replace("$", "")] for cell in row
    ]
    assert offered == [
        "P01 健康管理类智能产品",
        "P02 老年辅助器具类智能产品",
        "P03 养老监护类智能产品",
        "P04 中医数字化智能产品",
        "P05 家庭服务机器人",
        "P06 适老化改造智能产品",
        "P07 场景化解决方案",
        "S01 个性化健康管理",
        "S02 互联网+健康咨询/科普",
        "S03 互联网+居家养老生活照料",
        "S04 互助养老",
        "S05 老年人能力评估",
        "S06 线上老年教育/购物",
    ]


def test_the_workbook_names_the_submitting_office_and_the_date(submitted: Workbook) -> None:
    assert (submitted.properties.creator, submitted.properties.lastModifiedBy) == (OFFICE, OFFICE)
    custom = {prop.name: prop.value for prop in submitted.custom_doc_props.props}
    assert (custom["填报单位"], custom["填报日期"]) == (OFFICE, "2026-11-27")
    created = submitted.properties.created
    assert created is not None
    assert abs(created - datetime.now(UTC).replace(tzinfo=None)) < timedelta(minutes=10)  # when it was made
    notes = {row[0]: row[1] for row in submitted["填报说明"].iter_rows(values_only=True) if row[0]}
    assert (notes["填报单位"], notes["填报日期"]) == (OFFICE, "2026-11-27")
    assert notes["目录及版本"] == "智慧健康养老产品及服务推广目录 2024"


def test_the_export_is_audited_and_a_bad_name_is_refused_before_any_work(
    catalogue: Database, tmp_path: Path
) -> None:
    export(catalogue, tmp_path / "审核.xlsx")
    with reading(catalogue.sessions) as s:
        entries = list_entries(s, ADMIN, entity="catalogue")
    assert any(e.action == "export" and OFFICE in e.summary for e in entries)
    with pytest.raises(ValidationError, match=r"ending in \.xlsx"):
        export(catalogue, tmp_path / "submission.xls")
    assert not (tmp_path / "submission.xls").exists()


@pytest.mark.parametrize(
    ("choice", "products"),
    [
        ({"statuses": (ProductStatus.LISTED,)}, ["WC-101"]),
        ({"statuses": (ProductStatus.DRAFT,)}, ["SM-1"]),
        (
            {"statuses": (ProductStatus.LISTED, ProductStatus.SUBMITTED, ProductStatus.DRAFT)},
            ["BP-1", "WC-101", "SM-1"],
        ),
        ({"edition": "2022"}, ["HW-22"]),
        ({"scheme": "wuxi_rental"}, ["WC-101"]),
    ],
    ids=["listed", "draft", "three-statuses", "edition-2022", "rental-scheme"],
)
def test_status_scheme_and_edition_choose_the_products(
    catalogue: Database, tmp_path: Path, choice: dict[str, Any], products: list[str]
) -> None:
    assert models(export(catalogue, tmp_path / "out.xlsx", **choice)) == products


def test_the_rental_scheme_files_products_under_its_own_categories(
    catalogue: Database, tmp_path: Path
) -> None:
    workbook = export(catalogue, tmp_path / "out.xlsx", scheme="wuxi_rental")
    assert [row["目录类别"] for row in records(workbook["产品目录"])] == ["R102 轮椅"]
    notes = {row[0]: row[1] for row in workbook["填报说明"].iter_rows(values_only=True) if row[0]}
    assert notes["目录及版本"] == "无锡市康复辅助器具社区租赁目录 2025"


@pytest.mark.parametrize(
    ("district", "products", "enterprises", "centres"),
    [
        ("320213", ["BP-1"], [LIANGXI_CODE], ["LX01"]),
        ("320211", ["WC-101"], [BINHU_CODE], ["BH01"]),
        (
            "320200",
            ["BP-1", "WC-101"],
            [BINHU_CODE, LIANGXI_CODE],
            ["BH01", "LX01"],
        ),  # the city: all its districts
        ("320205", [], [], []),
    ],
)
def test_a_district_or_the_city_gets_its_own_part(
    catalogue: Database,
    tmp_path: Path,
    district: str,
    products: list[str],
    enterprises: list[str],
    centres: list[str],
) -> None:
    workbook = export(catalogue, tmp_path / "out.xlsx", district=district)
    assert models(workbook) == products
    assert [row["统一社会信用代码"] for row in records(workbook["企业"])] == enterprises
    assert [row["中心编码"] for row in records(workbook["体验中心"])] == centres


# ------------------------------------------------------------------------------------------ demo data


@dataclass(frozen=True)
class Demo:
    db: Database
    vault: Vault


@pytest.fixture(scope="module")
def demo() -> Iterator[Demo]:
    """The demo city; its vault is kept, so the residents' numbers can be read back in clear."""
    vault = Vault.generate()
    db = open_database("sqlite://")
    with transaction(db.sessions) as s:
        generate(s, products=400, seed=1, vault=vault)
    yield Demo(db, vault)
    db.close()


@pytest.fixture(scope="module")
def demo_workbook(demo: Demo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.xlsx"
    export_catalogue(demo.db, ADMIN, path, ExportChoice(), office=OFFICE, today=DEMO_TODAY)
    return path


def _secrets(session: Session, vault: Vault) -> set[str]:
    """Every resident's name, ID number, phone numbers and address, in clear."""
    found: set[str] = set()
    for resident in session.scalars(select(Resident)):
        found.add(resident.name)
        for blob, purpose in (
            (resident.id_number_enc, "id_number"),
            (resident.phone_enc, "phone"),
            (resident.guardian_phone_enc, "guardian_phone"),
            (resident.address_enc, "address"),
        ):
            if blob is not None:
                found.add(vault.decrypt(blob, purpose=purpose))
    return found


def test_no_resident_is_named_anywhere_in_the_workbook(demo: Demo, demo_workbook: Path) -> None:
    with reading(demo.db.sessions) as s:
        secrets = _secrets(s, demo.vault)
        loans = s.scalar(select(func.count(Loan.id))) or 0
    assert loans > 50 and len(secrets) > 150  # the demo has people who rent, so the search means something
    workbook = load_workbook(demo_workbook)
    texts = [
        (sheet.title, cell.coordinate, str(cell.value))
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]
    assert len(texts) > 1000
    leaks = [(where, secret) for *where, text in texts for secret in secrets if secret in text]
    assert leaks == []


def test_the_rental_sheet_adds_up_the_loans(demo: Demo, demo_workbook: Path) -> None:
    """Per district of the lending centre and month the loan started: loans, rent, subsidy and the
    number of different residents, counted here by hand from the loans themselves."""
    expected: dict[tuple[str, str], list[Any]] = defaultdict(lambda: [0, 0, 0, set()])
    with reading(demo.db.sessions) as s:
        districts = dict(s.execute(select(Centre.id, Centre.district_code)).all())
        for loan in s.scalars(select(Loan)):
            line = expected[(districts[loan.centre_id], loan.start_on.strftime("%Y-%m"))]
            line[0] += 1
            line[1] += loan.rent_fen
            line[2] += loan.subsidy_fen
            line[3].add(loan.resident_id)
    hand = {key: (n, rent, subsidy, len(people)) for key, (n, rent, subsidy, people) in expected.items()}
    sheet = load_workbook(demo_workbook)["租赁统计"]
    written = {
        (row["区划代码"], row["月份"]): (
            row["租赁单数"],
            int(Decimal(str(row["租金合计(元)"])) * 100),
            int(Decimal(str(row["补贴合计(元)"])) * 100),
            row["服务人数"],
        )
        for row in records(sheet)
    }
    assert written == hand
    assert len({district for district, _month in hand}) > 1
    assert list(written) == sorted(written)  # by district, then month


def _catalogue_facts(db: Database) -> dict[tuple[str, str], dict[str, Any]]:
    """(maker credit code, model) → what the bureau's sheet carries of each submitted product."""
    with reading(db.sessions) as s:
        scheme = s.scalars(
            select(CategoryScheme).where(CategoryScheme.key == "miit_smart", CategoryScheme.edition == "2024")
        ).one()
        filed: dict[int, set[str]] = defaultdict(set)
        for product_id, code in s.execute(
            select(product_category.c.product_id, Category.code)
            .join(Category, Category.id == product_category.c.category_id)
            .where(Category.scheme_id == scheme.id)
        ):
            filed[product_id].add(code)
        found = {}
        for p in s.scalars(
            select(Product).where(
                Product.id.in_(list(filed)),
                Product.status.in_([ProductStatus.LISTED, ProductStatus.SUBMITTED]),
            )
        ):
            found[(p.enterprise.credit_code, p.model)] = {
                "name": p.name,
                "brand": p.brand,
                "maker": p.enterprise.name,
                "division": p.enterprise.division_code,
                "categories": filed[p.id],
                "scenario": p.scenario,
                "is_medical_device": p.is_medical_device,
                "device_class": p.device_class,
                "registration_no": p.registration_no,
                "assistive": p.assistive_category.code if p.assistive_category else None,
                "reference_price_fen": p.reference_price_fen,
                "rentable": p.rentable,
                "monthly_rent_fen": p.monthly_rent_fen,
                "deposit_fen": p.deposit_fen,
                "description": p.description,
                "listing_year": p.listing_year,
                "recommending_unit": p.recommending_unit,
            }
        return found


def test_the_workbook_imports_back_into_the_same_catalogue(demo: Demo, demo_workbook: Path) -> None:
    original = _catalogue_facts(demo.db)
    assert len(original) > 40
    assert any(p["is_medical_device"] for p in original.values())
    assert any(p["rentable"] for p in original.values())
    assert any(code.isdigit() for code, _model in original)  # an all-digit credit code made the trip
    empty = open_database("sqlite://")
    try:
        first = import_catalogue(empty, ADMIN, demo_workbook).plan
        assert (first.problems, first.count(Action.CREATE)) == ([], len(original))
        assert _catalogue_facts(empty) == original
        again = import_catalogue(empty, ADMIN, demo_workbook).plan
        assert (again.problems, again.count(Action.UNCHANGED)) == ([], len(original))
    finally:
        empty.close()


def test_the_export_leaves_other_desks_free_to_write_while_it_runs(
    catalogue: Database, tmp_path: Path
) -> None:
    """A long export reads; it must not hold the database's write lock, or every other desk would stop."""
    url = catalogue.engine.url
    assert url.database is not None
    others_wrote: list[bool] = []

    def meanwhile(done: int, total: int) -> None:
        other = sqlite3.connect(url.database, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")  # fails at once if the export holds the lock
            others_wrote.append(True)
        finally:
            other.rollback()
            other.close()

    export_catalogue(
        catalogue,
        ADMIN,
        tmp_path / "long.xlsx",
        ExportChoice(),
        office=OFFICE,
        today=TODAY,
        progress=meanwhile,
    )

    assert others_wrote


def test_a_name_that_starts_with_an_equals_sign_stays_text(tmp_path: Path) -> None:
    """Written as it is, "=手环 Pro" would be a formula: Excel would show #NAME? or call the file damaged."""
    db = open_database(f"sqlite:///{tmp_path / 'equals.sqlite3'}")
    try:
        with transaction(db.sessions) as s:
            maker = add_enterprise(s, ADMIN, EnterpriseInput(LIANGXI_NAME, LIANGXI_CODE))
            p01 = s.scalars(
                select(Category.id)
                .join(CategoryScheme)
                .where(
                    CategoryScheme.key == "miit_smart",
                    CategoryScheme.edition == "2024",
                    Category.code == "P01",
                )
            ).one()
            add_product(
                s,
                ADMIN,
                ProductInput(
                    "=手环 Pro",
                    "EQ-1",
                    maker.id,
                    category_ids=frozenset({p01}),
                    status=ProductStatus.SUBMITTED,
                ),
            )
        sheet = export(db, tmp_path / "equals.xlsx")["产品目录"]
    finally:
        db.close()
    [name] = column_cells(sheet, "产品名称")
    assert (name.value, name.data_type) == ("=手环 Pro", "s")
