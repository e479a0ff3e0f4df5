"""The de-identified statistics workbook: one sheet per figure of the dashboard, and the loans as rows
nobody can be found from.

The figures are the dashboard's own (stats/figures.py), so the workbook and the screen never disagree.
The loan sheet holds only what the programme's statistics need and the law allows to share (个人信息
保护法 art. 51, DOMAIN "personal data"): the district the resident lived in, the age band and sex kept
on the loan when it was made, the assistive-device category, the term and the subsidy rate, and the
month it started. No name, ID number, phone, address, loan or unit code, exact date or centre: rows
are sorted by those coarse fields, not in the order loans were made, so a row cannot be lined up with
a receipt. Like the bureau workbook it is in Chinese whatever language the screen speaks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import Date, extract, literal, select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Category, Product
from silvershop.centres.models import Centre
from silvershop.database import Database
from silvershop.db.session import transaction
from silvershop.exchange.bureau_export import checked_target
from silvershop.exchange.bureau_rows import yuan
from silvershop.exchange.bureau_workbook import NOT_SAVED, Sheet, bold_cell, discard
from silvershop.exchange.template import Column, Kind
from silvershop.exchange.workbook_file import save_whole
from silvershop.rental.models import DeviceUnit, Loan, UnitState
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission
from silvershop.stats.figures import Dashboard, dashboard
from silvershop.stats.scope import Scope

STATE_WORDS = {
    UnitState.AVAILABLE: "在库",
    UnitState.RESERVED: "已预约",
    UnitState.ON_LOAN: "出租中",
    UnitState.AWAITING_CLEANING: "待清洗消毒",
    UnitState.IN_REPAIR: "维修中",
    UnitState.RETIRED: "报废",
    UnitState.LOST: "遗失",
}
SEX_WORDS = {"M": "男", "F": "女"}

CODE = Kind.CODE
RENTALS = (
    Column("区划代码", CODE, 10),
    Column("区划名称", width=10),
    Column("月份", CODE, 9),
    Column("租赁单数", Kind.COUNT, 9),
    Column("租金合计(元)", Kind.MONEY, 14),
    Column("补贴合计(元)", Kind.MONEY, 14),
    Column("服务人数", Kind.COUNT, 9),
)
SUBSIDY = (
    Column("月份", CODE, 9),
    Column("补贴发放(元)", Kind.MONEY, 14),
    Column("累计(元)", Kind.MONEY, 14),
)
UTILISATION = (
    Column("产品编码", CODE, 10),
    Column("产品名称", width=16),
    Column("中心编码", CODE, 9),
    Column("中心名称", width=16),
    Column("设备数", Kind.COUNT, 7),
    Column("在册天数", Kind.COUNT, 9),
    Column("在租天数", Kind.COUNT, 9),
    Column("利用率(%)", Kind.COUNT, 9),
)
UNIT_STATES = (
    Column("中心编码", CODE, 9),
    Column("中心名称", width=16),
    Column("设备状态", width=10),
    Column("设备数", Kind.COUNT, 7),
)
CATEGORIES = (
    Column("目录", width=16),
    Column("类别编码", CODE, 9),
    Column("类别名称", width=16),
    Column("已入选", Kind.COUNT, 8),
    Column("已申报", Kind.COUNT, 8),
)
STOCK = (
    Column("中心编码", CODE, 9),
    Column("中心名称", width=16),
    Column("库存数量", Kind.COUNT, 9),
    Column("库存价值(元)", Kind.MONEY, 14),
    Column("无参考价产品数", Kind.COUNT, 12),
)
INTEREST = (
    Column("中心编码", CODE, 9),
    Column("中心名称", width=16),
    Column("咨询登记", Kind.COUNT, 9),
    Column("待回电", Kind.COUNT, 8),
    Column("已回电", Kind.COUNT, 8),
    Column("未回电关闭", Kind.COUNT, 10),
)
LOANS = (
    Column("起租月份", CODE, 9),
    Column("居住区划代码", CODE, 12),
    Column("年龄段", width=8),
    Column("性别", width=6),
    Column("辅具分类编码", CODE, 12),
    Column("辅具分类名称", width=16),
    Column("租期(月)", Kind.COUNT, 8),
    Column("租期(天)", Kind.COUNT, 8),
    Column("补贴比例(%)", Kind.COUNT, 10),
)
# The only columns of a loan this module reads: adding one here is a decision about personal data.
LOAN_FIELDS = (
    Loan.district_code,
    Loan.age_band,
    Loan.sex,
    Loan.term_months,
    Loan.term_days,
    Loan.subsidy_rate_bp,
)


@dataclass(frozen=True)
class StatsExport:
    path: Path
    sheets: tuple[str, ...]
    loans: int


def loan_rows(session: Session, scope: Scope) -> list[list[Any]]:
    """The period's loans by centres of the district, de-identified and sorted by their own fields."""
    year, month = extract("year", Loan.start_on), extract("month", Loan.start_on)
    rows = session.execute(
        select(year, month, *LOAN_FIELDS, Category.code, Category.name)
        .join(Centre, Centre.id == Loan.centre_id)
        .join(DeviceUnit, DeviceUnit.id == Loan.unit_id)
        .join(Product, Product.id == DeviceUnit.product_id)
        .outerjoin(Category, Category.id == Product.assistive_category_id)
        .where(
            Loan.start_on >= literal(scope.period.first, Date()),
            Loan.start_on <= literal(scope.period.last, Date()),
            scope.within(Centre.district_code),
        )
    )
    out = [
        [
            f"{int(y):04d}-{int(m):02d}",
            district or "",
            band,
            SEX_WORDS.get(str(sex), "") if sex is not None else "",
            code or "",
            name or "",
            int(months),
            int(days),
            round(int(rate) / 100, 2),
        ]
        for y, m, district, band, sex, months, days, rate, code, name in rows
    ]
    out.sort()
    return out


def figure_rows(figures: Dashboard) -> list[tuple[str, Sequence[Column], list[list[Any]]]]:
    """Each figure as a sheet's title, columns and rows, in the dashboard's order."""
    running = 0
    subsidy = []
    for month in figures.subsidy.months:
        running += month.granted_fen
        subsidy.append([month.month, yuan(month.granted_fen), yuan(running)])
    return [
        (
            "租赁统计",
            RENTALS,
            [
                [
                    r.district_code,
                    figures.district_names.get(r.district_code, ""),
                    r.month,
                    r.loans,
                    yuan(r.rent_fen),
                    yuan(r.subsidy_fen),
                    r.residents,
                ]
                for r in figures.rentals
            ],
        ),
        ("补贴发放", SUBSIDY, subsidy),
        (
            "设备利用率",
            UTILISATION,
            [
                [
                    u.product_code,
                    u.product_name,
                    u.centre_code,
                    u.centre_name,
                    u.units,
                    u.owned_days,
                    u.loan_days,
                    round(100 * u.share, 1),
                ]
                for u in figures.utilisation
            ],
        ),
        (
            "设备状态",
            UNIT_STATES,
            [[s.centre_code, s.centre_name, STATE_WORDS[s.state], s.units] for s in figures.unit_states],
        ),
        (
            "目录分类",
            CATEGORIES,
            [[c.scheme, c.code, c.name, c.listed, c.submitted] for c in figures.categories],
        ),
        (
            "库存价值",
            STOCK,
            [
                [s.centre_code, s.centre_name, s.quantity, yuan(s.value_fen), s.unpriced_products]
                for s in figures.stock
            ],
        ),
        (
            "咨询登记",
            INTEREST,
            [
                [i.centre_code, i.centre_name, i.requests, i.waiting, i.called_back, i.closed_without_call]
                for i in figures.interest
            ],
        ),
    ]


def _about(workbook: Workbook, figures: Dashboard, today: date, loans: int) -> None:
    sheet = workbook.create_sheet("说明")
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 80
    scope = figures.scope
    budget = figures.subsidy.budget_fen
    lines = [
        ("统计期间", f"{scope.period.first.isoformat()} 至 {scope.period.last.isoformat()}"),
        ("统计区域", f"{scope.district_name}（{scope.district}）" if scope.district else "全部区域"),
        ("生成日期", today.isoformat()),
        ("租赁明细", f"{loans} 条，已去标识化：不含姓名、身份证号、电话、地址、单号、设备编号或确切日期。"),
        ("租赁统计", "按起租月份和出借中心所在区划统计，与报送局方工作簿的“租赁统计”表同一口径。"),
        (
            "补贴预算",
            f"本期预算 {yuan(budget):,.2f} 元（按年度预算折算天数）"
            if budget is not None
            else "未显示预算。",
        ),
        ("设备利用率", "统计期内在租天数 ÷ 在册天数（购置日起至今日或报废、遗失之日）。"),
        ("库存价值", "按产品参考价格计算；无参考价的产品按 0 元计。"),
    ]
    for label, text in lines:
        sheet.append([bold_cell(sheet, label), text])


def write_stats(figures: Dashboard, loans: list[list[Any]], target: Path, today: date) -> tuple[str, ...]:
    """Write the workbook whole under `target`, or leave no file."""
    workbook = Workbook(write_only=True)
    sheets = [Sheet(workbook, title, columns, rows) for title, columns, rows in figure_rows(figures)]
    sheets.append(Sheet(workbook, "租赁明细", LOANS, loans))
    try:
        for sheet in sheets:
            sheet.write(None, 0, 0)
        _about(workbook, figures, today, len(loans))
    except BaseException:
        discard(workbook)
        raise
    workbook.properties.title = "养老服务统计（去标识化）"
    workbook.properties.created = workbook.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    save_whole(workbook, target, NOT_SAVED, "out")
    return (*tuple(sheet.sheet.title for sheet in sheets), "说明")


def export_stats(database: Database, actor: Actor, target: Path, scope: Scope, *, today: date) -> StatsExport:
    """Read the figures in a read-only session, write the file outside any transaction, then log it."""
    actor.require(Permission.VIEW_STATS)
    target = checked_target(target)
    with database.reading() as session:
        figures = dashboard(session, actor, scope, today)
        loans = loan_rows(session, scope)
    titles = write_stats(figures, loans, target, today)
    with transaction(database.sessions) as session:
        audit.record(
            session,
            actor,
            "export",
            "statistics",
            target.name,
            {"loans": (None, len(loans)), "district": (None, scope.district or None)},
            summary=f"{target.name} ({scope.period.label()})",
        )
    return StatsExport(target, titles, len(loans))
