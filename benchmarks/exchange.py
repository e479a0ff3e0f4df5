"""The bureau workbook: importing 10,000 products from a sender's 产品目录 sheet, and exporting them.

Import: ours is `import_catalogue` as the screen and the command line run it: read the sheet, check
every row (credit codes, categories, prices, the one-applicant rule), back the database up, write the
products with their search keys, category filings and audit entries in one transaction. The baseline
is what the target names: openpyxl's read-only reader taking the same rows' values, then one bulk
INSERT of those rows into the same product table, no checks. Every product row of this database is
indexed for search by triggers, so the bare rows carry the same search text as ours (worked out
before the clock starts) and both sides pay the same indexing; an informational row compares with
rows that have no search text at all. Both start from a copy of the same empty database.

Export: ours is `export_catalogue` reading the 10,000 products just imported and writing the whole
submission workbook (five sheets, widths, wrapped descriptions, drop-down lists, print set-up, the
audit entry). The baseline is a bare openpyxl write-only loop writing the same product cells into one
sheet, read beforehand and not timed: the same values with the number formats the requirement puts
on them (money 0.00, codes as text), set cell by cell the plain way. An informational row compares
with the values written bare, no formats at all.
"""

from __future__ import annotations

import random
import shutil
import time
from datetime import date
from pathlib import Path
from typing import Any

from registry import AtMostTimesBaseline, Figures, Informational, Options, alternating, benchmark

ROWS = 10_000
MAKERS = 200
_WORDS = ("智能", "健康", "监测", "护理", "康复", "助行", "适老", "居家", "多功能", "电动", "折叠", "便携")
_THINGS = (
    "轮椅",
    "护理床",
    "血压计",
    "手环",
    "助行器",
    "坐便椅",
    "制氧机",
    "理疗仪",
    "床垫",
    "呼叫器",
    "药盒",
)
_SCENES = ("居家", "社区", "机构", "医院")


def _credit_code(serial: int) -> str:
    from silvershop.catalog.credit_code import credit_check_character

    first17 = f"91320211MA{serial:07d}"  # one code per maker: the import refuses a code with two names
    return first17 + credit_check_character(first17)


def sender_workbook(path: Path, categories: list[str]) -> None:
    """A 产品目录 sheet of ROWS products from MAKERS enterprises, filled in as a sender would."""
    from openpyxl import Workbook

    from silvershop.exchange import template as t

    rng = random.Random(8)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(t.PRODUCTS_SHEET)
    sheet.append([column.name for column in t.PRODUCT_COLUMNS])
    makers = [(f"无锡{rng.choice(_WORDS)}科技有限公司{n:03d}", _credit_code(n)) for n in range(MAKERS)]
    for index in range(ROWS):
        maker, code = makers[index % MAKERS]
        thing = rng.choice(_THINGS)
        medical = index % 4 == 0
        rentable = index % 5 == 0
        sheet.append(
            [
                index + 1,
                categories[index % len(categories)],
                f"{rng.choice(_WORDS)}{rng.choice(_WORDS)}{thing}",
                f"SX-{index:05d}",
                "银龄",
                maker,
                code,
                "320211",
                rng.choice(_SCENES),
                "是" if medical else "否",
                f"苏械注准2023{rng.choice('12')}04{index:04d}" if medical else "",
                "",
                f"{rng.randint(100, 20000):,}",
                "是" if rentable else "否",
                rng.randint(30, 300) if rentable else None,
                rng.randint(100, 2000) if rentable else None,
                f"{thing}，适用于{rng.choice(_SCENES)}养老，操作简单，老人易学易用。",
                2024 if index % 3 == 0 else None,
                "无锡市民政局",
                None,
                None,
            ]
        )
    workbook.save(path)


class Exchange:
    """An empty database to copy for every import run, and the sender's workbook."""

    def __init__(self, options: Options) -> None:
        from sqlalchemy import select

        from silvershop.catalog.models import Category
        from silvershop.database import open_database
        from silvershop.db.session import reading
        from silvershop.exchange.lookups import category_label, find_scheme

        self.out = options.out / "exchange"
        shutil.rmtree(self.out, ignore_errors=True)
        self.out.mkdir(parents=True)
        self.empty = self.out / "empty.sqlite3"
        database = open_database(f"sqlite:///{self.empty}")
        with reading(database.sessions) as session:
            scheme = find_scheme(session, "miit_smart", "")
            categories = [
                category_label(code, name)
                for code, name in session.execute(
                    select(Category.code, Category.name).where(Category.scheme_id == scheme.id)
                )
            ]
        database.close()
        self.workbook = self.out / "sender.xlsx"
        sender_workbook(self.workbook, categories)
        self.runs = 0
        self._keys: list[dict[str, str]] | None = None

    def fresh(self) -> Path:
        self.runs += 1
        copy = self.out / f"run-{self.runs}.sqlite3"
        shutil.copyfile(self.empty, copy)
        return copy

    def ours(self) -> tuple[float, Path]:
        from silvershop.database import open_database
        from silvershop.exchange.catalogue_import import Action
        from silvershop.exchange.importing import import_catalogue
        from silvershop.security.models import Role
        from silvershop.security.permissions import actor_with

        target = self.fresh()
        database = open_database(f"sqlite:///{target}")
        actor = actor_with([Role.CATALOGUE_EDITOR], username="editor")
        started = time.perf_counter()
        result = import_catalogue(database, actor, self.workbook)
        elapsed = (time.perf_counter() - started) * 1000
        database.close()
        if result.plan.count(Action.CREATE) != ROWS or result.plan.problems:
            raise RuntimeError(
                f"the import did not create {ROWS} products: {result.plan.summary()['rejected']}"
            )
        return elapsed, target

    def search_keys(self) -> list[dict[str, str]]:
        """The search columns of each row's product, worked out before the bare side's clock starts.

        Every product row in this database is indexed for search by triggers, whoever inserts it;
        the bare insert carries the same search text as ours, so both pay the same indexing.
        """
        if self._keys is None:
            from openpyxl import load_workbook

            from silvershop.catalog.search_keys import product_keys

            workbook = load_workbook(self.workbook, read_only=True)
            rows = list(workbook.active.iter_rows(min_row=2, values_only=True))
            workbook.close()
            self._keys = [
                product_keys(code=f"P-{n:06d}", model=r[3], name=r[2], brand=r[4], enterprise=r[5]).columns()
                for n, r in enumerate(rows, 1)
            ]
        return self._keys

    def bare(self, indexed: bool = True) -> float:
        from openpyxl import load_workbook
        from sqlalchemy import insert, select

        from silvershop.catalog.models import Enterprise, Product
        from silvershop.database import open_database
        from silvershop.db.session import transaction

        keys = self.search_keys() if indexed else None
        target = self.fresh()
        database = open_database(f"sqlite:///{target}")
        started = time.perf_counter()
        workbook = load_workbook(self.workbook, read_only=True)
        rows = list(workbook.active.iter_rows(min_row=2, values_only=True))
        workbook.close()
        with transaction(database.sessions) as session:
            makers = {r[6]: r[5] for r in rows}
            session.execute(
                insert(Enterprise.__table__),
                [{"name": n, "credit_code": c, "division_code": "320211"} for c, n in makers.items()],
            )
            ids = dict(session.execute(select(Enterprise.credit_code, Enterprise.id)).all())
            session.execute(
                insert(Product.__table__),
                [
                    {
                        "code": f"P-{n:06d}",
                        "name": r[2],
                        "model": r[3],
                        "brand": r[4],
                        "enterprise_id": ids[r[6]],
                        "scenario": r[8],
                        "description": r[16],
                    }
                    | (keys[n - 1] if keys is not None else {})
                    for n, r in enumerate(rows, 1)
                ],
            )
        elapsed = (time.perf_counter() - started) * 1000
        database.close()
        return elapsed


_STATE: dict[Path, Exchange] = {}


def _exchange(options: Options) -> Exchange:
    if options.out not in _STATE:
        _STATE[options.out] = Exchange(options)
    return _STATE[options.out]


def _imports(options: Options, indexed: bool) -> Figures:
    exchange = _exchange(options)
    return alternating(lambda: exchange.ours()[0], lambda: exchange.bare(indexed), 2 if options.quick else 5)


@benchmark(
    name="import-10k",
    title="Import of a 10,000-row 产品目录 sheet (read, checked, backed up, written)",
    unit="ms",
    baseline=(
        "openpyxl read-only reading the same rows, then one bulk INSERT of them with the same search text "
        "(worked out beforehand), no checks"
    ),
    target=AtMostTimesBaseline(2),
)
def import_rows(options: Options) -> Figures:
    return _imports(options, indexed=True)


@benchmark(
    name="import-10k-unindexed",
    title="The same import, against a bulk INSERT of rows with no search text (nothing to index)",
    unit="ms",
    baseline="openpyxl read-only reading the same rows, then one bulk INSERT of them without search text",
    target=Informational(),
)
def import_rows_unindexed(options: Options) -> Figures:
    return _imports(options, indexed=False)


def _bare_export(rows: list[list[Any]], target: Path, formatted: bool) -> float:
    """The product cells written one by one; `formatted`: with the number formats the bureau's
    cells need (money shown 0.00, codes as text), each set on its cell the plain way."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from silvershop.exchange import template as t
    from silvershop.exchange.bureau_workbook import MONEY_FORMAT, TEXT_FORMAT

    formats = {t.Kind.MONEY: MONEY_FORMAT, t.Kind.CODE: TEXT_FORMAT}
    kinds = [(i, formats[c.kind]) for i, c in enumerate(t.PRODUCT_COLUMNS) if formatted and c.kind in formats]
    started = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(t.PRODUCTS_SHEET)
    sheet.append([column.name for column in t.PRODUCT_COLUMNS])
    for row in rows:
        cells = list(row)
        for index, number_format in kinds:
            if cells[index] is not None:
                cell = WriteOnlyCell(sheet, cells[index])
                cell.number_format = number_format
                cells[index] = cell
        sheet.append(cells)
    workbook.save(target)
    return (time.perf_counter() - started) * 1000


def _exports(options: Options, formatted: bool) -> Figures:
    from silvershop.database import open_database
    from silvershop.db.session import reading
    from silvershop.exchange.bureau_export import export_catalogue
    from silvershop.exchange.bureau_rows import ExportChoice, bureau_rows
    from silvershop.security.models import Role
    from silvershop.security.permissions import actor_with

    exchange = _exchange(options)
    _elapsed, filled = exchange.ours()
    database = open_database(f"sqlite:///{filled}")
    actor = actor_with([Role.CATALOGUE_EDITOR], username="editor")
    with reading(database.sessions) as session:
        rows = bureau_rows(session, ExportChoice()).products
    if len(rows) != ROWS:
        raise RuntimeError(f"{len(rows)} products to export, not {ROWS}")

    def ours() -> float:
        started = time.perf_counter()
        export_catalogue(
            database,
            actor,
            exchange.out / "ours.xlsx",
            ExportChoice(),
            office="无锡市民政局",
            today=date.today(),
        )
        return (time.perf_counter() - started) * 1000

    def bare() -> float:
        return _bare_export(rows, exchange.out / "bare.xlsx", formatted)

    try:
        return alternating(ours, bare, 2 if options.quick else 5)
    finally:
        database.close()


@benchmark(
    name="export-10k",
    title="Export of the bureau workbook with 10,000 products (read, laid out, styled, written)",
    unit="ms",
    baseline=(
        "a bare openpyxl write-only loop writing the same product cells (values, and the number formats "
        "money and codes need), read beforehand"
    ),
    target=AtMostTimesBaseline(1.5),
)
def export_rows(options: Options) -> Figures:
    return _exports(options, formatted=True)


@benchmark(
    name="export-10k-plain",
    title="The same export, against a bare loop writing the product values with no formats at all",
    unit="ms",
    baseline="a bare openpyxl write-only loop writing the same product values, unformatted",
    target=Informational(),
)
def export_rows_plain(options: Options) -> Figures:
    return _exports(options, formatted=False)
