"""Workbooks as senders make them, built in the test: each one shows one way people fill in the
bureau's 产品目录 sheet (DOMAIN section 8), so a test reads as the file someone e-mailed.

Rows are dicts from column name to cell value, because senders move columns about and leave some
out; `write_products` lays them out under whatever header the test asks for.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from silvershop.catalog.credit_code import credit_check_character

PRODUCTS_SHEET = "产品目录"

# The template's 产品目录 columns, spelled as DOMAIN section 8 spells them.
CATEGORY = "目录类别"
NAME = "产品名称"
MODEL = "型号规格"
BRAND = "品牌"
MAKER = "生产企业"
CREDIT_CODE = "统一社会信用代码"
MAKER_DIVISION = "企业所在地区划代码"
SCENARIO = "适用场景"
MEDICAL = "是否医疗器械"
REGISTRATION = "医疗器械注册证号"
ASSISTIVE_CODE = "辅具分类编码"
PRICE = "参考价格(元)"
RENTABLE = "可租赁"
RENT = "月租金(元)"
DEPOSIT = "押金(元)"
DESCRIPTION = "产品简介"
LISTING_YEAR = "入选年度"
RECOMMENDER = "推荐单位"
DEVICE_CLASS = "管理类别"  # not in the template; read when a sender adds it
PRODUCT_HEADER = (
    "序号",
    CATEGORY,
    NAME,
    MODEL,
    BRAND,
    MAKER,
    CREDIT_CODE,
    MAKER_DIVISION,
    SCENARIO,
    MEDICAL,
    REGISTRATION,
    ASSISTIVE_CODE,
    PRICE,
    RENTABLE,
    RENT,
    DEPOSIT,
    DESCRIPTION,
    LISTING_YEAR,
    RECOMMENDER,
    "展示中心数",
    "库存合计",
)
REQUIRED = (CATEGORY, NAME, MODEL, MAKER, CREDIT_CODE)


def credit_code(first17: str) -> str:
    """A valid unified social credit code that starts with `first17`."""
    return first17 + credit_check_character(first17)


# Makers with valid codes (DOMAIN section 4); the division is characters 3–8.
DEKANG = "91350100M000100Y43"
DEKANG_NAME = "无锡德康康复器材有限公司"
YINFA = "91110000802100433B"
YINFA_NAME = "重庆银发科技有限公司"
ALL_DIGITS = "914403001922038216"  # Excel shows it as 9.14403E+17 unless the cell is text
ALL_DIGITS_NAME = "深圳颐年智能科技有限公司"

WHEELCHAIR: dict[str, Any] = {
    CATEGORY: "P02 老年辅助器具类智能产品",
    NAME: "手动轮椅车",
    MODEL: "WC-101",
    BRAND: "德康",
    MAKER: DEKANG_NAME,
    CREDIT_CODE: DEKANG,
    PRICE: 1299,
    RENTABLE: "是",
    RENT: 200,
    DEPOSIT: 1000,
    DESCRIPTION: "折叠式手动轮椅，适合社区出行。",
    LISTING_YEAR: 2024,
}
WATCH: dict[str, Any] = {
    CATEGORY: "P01 健康管理类智能产品",
    NAME: "智能健康手表",
    MODEL: "HW-7",
    BRAND: "银发",
    MAKER: YINFA_NAME,
    CREDIT_CODE: YINFA,
    PRICE: "899",
    RENTABLE: "否",
}


def product(base: Mapping[str, Any] = WHEELCHAIR, **cells: Any) -> dict[str, Any]:
    """`base` with some cells changed, by column name: `product(**{MODEL: "WC-102"})`."""
    return {**base, **cells}


def columns_of(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every column the rows name, in the order first met."""
    return list(dict.fromkeys(name for row in rows for name in row))


def write_sheet(
    path: Path,
    header: Sequence[Sequence[Any]],
    rows: Sequence[Sequence[Any]],
    *,
    title: str = PRODUCTS_SHEET,
    above: Sequence[Sequence[Any]] = (),
    merges: Sequence[str] = (),
    before: Mapping[str, Sequence[Sequence[Any]]] | None = None,
) -> Path:
    """A workbook whose sheet `title` holds the `above` rows, the header row(s) and `rows`.

    `merges` are ranges such as "A1:F1"; `before` adds sheets (title → rows) ahead of it.
    """
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    for name, lines in (before or {}).items():
        sheet = workbook.create_sheet(name)
        for line in lines:
            sheet.append(list(line))
    sheet = workbook.create_sheet(title)
    workbook.remove(first)
    for line in (*above, *header, *rows):
        sheet.append(list(line))
    for merged in merges:
        sheet.merge_cells(merged)
    workbook.save(path)
    return path


def write_products(
    path: Path,
    products: Sequence[Mapping[str, Any]],
    *,
    columns: Sequence[str] | None = None,
    header: Sequence[str] | None = None,
    **options: Any,
) -> Path:
    """The products as rows under `columns` (default: every column they name).

    `header` spells those columns as the sender did (an asterisk, full-width brackets, traditional
    characters); `options` go to `write_sheet`.
    """
    names = list(columns) if columns is not None else columns_of(products)
    rows = [[row.get(name) for name in names] for row in products]
    return write_sheet(path, [list(header) if header is not None else names], rows, **options)


def write_many(path: Path, count: int) -> Path:
    """`count` filled product rows, streamed (write-only) so that building 50,000 takes seconds."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(PRODUCTS_SHEET)
    sheet.append([CATEGORY, NAME, MODEL, MAKER, CREDIT_CODE])
    for number in range(count):
        sheet.append(["P01", "血压计", f"BP-{number}", DEKANG_NAME, DEKANG])
    workbook.save(path)
    return path


def replace_text(path: Path, marker: str, text: str) -> Path:
    """`path` with the cell text `marker` replaced by `text` inside the file itself.

    openpyxl cuts what it writes at Excel's 32,767 characters, but other programs write longer cells
    and openpyxl reads them whole; this makes such a file.
    """
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    found = False
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            if marker.encode() in data:
                data = data.replace(marker.encode(), text.encode())
                found = True
            target.writestr(info, data)
    assert found, marker
    return path
