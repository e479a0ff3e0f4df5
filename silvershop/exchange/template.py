"""The bureau's catalogue workbook as its template names it (DOMAIN section 8).

The sheet and column names are the bureau's and must stay exactly as written here: its own tools read
the submission by them. The same 产品目录 sheet is what enterprises send back filled in, so the import
reads these names too, however a sender's copy spells them (`template.header_key`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from silvershop.catalog.search_keys import fold

PRODUCTS_SHEET = "产品目录"
ENTERPRISES_SHEET = "企业"
CENTRES_SHEET = "体验中心"
RENTALS_SHEET = "租赁统计"
NOTES_SHEET = "填报说明"
REPORT_COLUMN = "错误原因"

YES = "是"
NO = "否"


class Kind(StrEnum):
    """How a column's cells are written, so codes stay text and money stays 元 with two decimals."""

    TEXT = "text"
    LONG_TEXT = "long_text"  # wrapped in its cell rather than widening the sheet
    CODE = "code"  # digits that are not a number: credit and division codes, never 9.13E+17
    MONEY = "money"
    FLAG = "flag"  # 是 / 否
    COUNT = "count"
    YEAR = "year"
    DATE = "date"


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind = Kind.TEXT
    width: int = 12  # the narrowest it is shown (a wrapped column: its width), in Excel's characters


# 产品目录, in the template's order.
SEQUENCE = Column("序号", Kind.COUNT, 6)
CATEGORY = Column("目录类别", width=10)
NAME = Column("产品名称", width=10)
MODEL = Column("型号规格", width=8)
BRAND = Column("品牌", width=6)
MAKER = Column("生产企业", width=10)
CREDIT_CODE = Column("统一社会信用代码", Kind.CODE, 20)
MAKER_DIVISION = Column("企业所在地区划代码", Kind.CODE, 8)
SCENARIO = Column("适用场景", width=8)
MEDICAL = Column("是否医疗器械", Kind.FLAG, 8)
REGISTRATION = Column("医疗器械注册证号", width=10)
ASSISTIVE_CODE = Column("辅具分类编码", Kind.CODE, 10)
PRICE = Column("参考价格(元)", Kind.MONEY, 8)
RENTABLE = Column("可租赁", Kind.FLAG, 8)
RENT = Column("月租金(元)", Kind.MONEY, 8)
DEPOSIT = Column("押金(元)", Kind.MONEY, 8)
DESCRIPTION = Column("产品简介", Kind.LONG_TEXT, 30)
LISTING_YEAR = Column("入选年度", Kind.YEAR, 8)
RECOMMENDER = Column("推荐单位", width=10)
DISPLAY_CENTRES = Column("展示中心数", Kind.COUNT, 8)
STOCK_TOTAL = Column("库存合计", Kind.COUNT, 8)

PRODUCT_COLUMNS = (
    SEQUENCE,
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
    DISPLAY_CENTRES,
    STOCK_TOTAL,
)
REQUIRED = (CATEGORY, NAME, MODEL, MAKER, CREDIT_CODE)
# Not in the bureau's template, but read when a sender adds it: the class of a medical device, which
# otherwise comes from its registration number.
DEVICE_CLASS = Column("管理类别", width=8)
# Counted by us from the centres' stock; a sender's figures are not the centres' and are not read.
COMPUTED = (SEQUENCE, DISPLAY_CENTRES, STOCK_TOTAL)

ENTERPRISE_COLUMNS = (
    Column("企业名称", width=10),
    Column("统一社会信用代码", Kind.CODE, 21),
    Column("所在地区划代码", Kind.CODE, 10),
    Column("注册日期", Kind.DATE, 12),
    Column("联系人", width=10),
    Column("联系电话", Kind.CODE, 16),
)
CENTRE_COLUMNS = (
    Column("中心编码", Kind.CODE, 10),
    Column("中心名称", width=10),
    Column("区划代码", Kind.CODE, 10),
    Column("地址", Kind.LONG_TEXT, 30),
    Column("展示产品数", Kind.COUNT, 10),
    Column("租赁设备数", Kind.COUNT, 10),
    Column("在租设备数", Kind.COUNT, 10),
)
RENTAL_COLUMNS = (
    Column("区划代码", Kind.CODE, 10),
    Column("月份", Kind.CODE, 9),
    Column("租赁单数", Kind.COUNT, 9),
    Column("租金合计(元)", Kind.MONEY, 14),
    Column("补贴合计(元)", Kind.MONEY, 14),
    Column("服务人数", Kind.COUNT, 9),
)


def header_key(text: str) -> str:
    """A header cell as the import compares it: `＊产品名称`, `產品名稱 `, `参考价格（元）` all match.

    Senders mark required columns with an asterisk, type full-width brackets, leave spaces and line
    breaks in wrapped headers, or keep a traditional-character copy of the template.
    """
    return fold(text).strip("*")
