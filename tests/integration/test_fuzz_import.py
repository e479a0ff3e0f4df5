"""Workbooks as they really arrive, and worse: the bureau's 产品目录 sheet as enterprises fill it in,
then changed at random (cells overwritten with any value, formulas, huge text, rows and columns
deleted or doubled, merged ranges, title rows, a renamed sheet) and damaged as bytes (cut short, bits
flipped, the sheet's XML mangled inside a whole zip). Each goes to the preview and to the import on a
database file of its own. A refusal is a SilvershopError sentence and leaves every table exactly as
it was; an import that goes through writes only whole products, each under its enterprise and filed
in its category.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from silvershop.catalog.enterprises import EnterpriseInput, add_enterprise
from silvershop.catalog.products import ProductInput, add_product
from silvershop.database import open_database
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.exchange.catalogue_import import Action, ImportPlan
from silvershop.exchange.importing import import_catalogue, preview_import
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with
from tests.unit.test_fuzz_validators import assert_sentence
from tests.workbooks import (
    CREDIT_CODE,
    DEKANG,
    LISTING_YEAR,
    MAKER,
    MODEL,
    NAME,
    PRICE,
    PRODUCT_HEADER,
    PRODUCTS_SHEET,
    RENT,
    WATCH,
    WHEELCHAIR,
    YINFA,
    YINFA_NAME,
    credit_code,
    product,
)

EDITOR = actor_with([Role.CATALOGUE_EDITOR], username="editor")
DB_NAME = "catalogue.sqlite3"
# What an import may change: the catalogue's rows, their search indexes and the audit log.
WRITTEN_BY_IMPORT = frozenset({"product", "enterprise", "product_category", "audit_entry"})
INDEX_TABLES = ("product_text_index", "product_piece_index")
QUICK = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
THOROUGH = settings(QUICK, max_examples=300)

# Real-looking senders' rows: the template's two products, a third maker new to the catalogue, a row
# for the watch the catalogue already holds (an update), and one that clashes with it.
ROWS: list[dict[str, Any]] = [
    WHEELCHAIR,
    WATCH,
    product(**{MODEL: "WC-102", NAME: "电动轮椅车", PRICE: "¥4,599.00", RENT: "300元"}),
    product(
        WATCH,
        **{
            MODEL: "BP-1",
            NAME: "臂式电子血压计",
            MAKER: "无锡颐养科技有限公司",
            CREDIT_CODE: credit_code("91320214MA1X00001"),
        },
    ),
    product(WATCH, **{PRICE: 999, LISTING_YEAR: "2024年"}),
    product(**{MODEL: "HW-7"}),  # the watch's model under another maker
]

text_values = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=40)
cell_values = st.one_of(
    st.none(),
    text_values,
    st.sampled_from(["", " ", "是", "否", "√", "#N/A", "=A2*2", "=SUM(A:A)", "P01", "91350100M000100Y43"]),
    st.integers(min_value=-(10**19), max_value=10**19),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1)),
    st.just("轮" * 40_000),
)


@st.composite
def sheets(draw: st.DrawFn) -> tuple[str, list[list[Any]], list[str]]:
    """(sheet title, rows of cells with the header among them, merged ranges)."""
    header = list(
        draw(st.sampled_from([PRODUCT_HEADER, tuple(WHEELCHAIR), (NAME, MODEL, MAKER, CREDIT_CODE)]))
    )
    if draw(st.booleans()):
        header = draw(st.permutations(header))
    chosen = draw(st.lists(st.sampled_from(ROWS), min_size=1, max_size=6))
    grid = [header] + [[row.get(name) for name in header] for row in chosen]
    for _ in range(draw(st.integers(0, 8))):
        change = draw(
            st.sampled_from(
                ["cell", "cell", "cell", "drop row", "double row", "drop column", "double column"]
            )
        )
        width = max(len(line) for line in grid)
        row = draw(st.integers(0, len(grid) - 1))
        column = draw(st.integers(0, width - 1))
        if change == "cell":
            line = grid[row] + [None] * (column + 1 - len(grid[row]))
            line[column] = draw(cell_values)
            grid[row] = line
        elif change == "drop row" and len(grid) > 1:
            del grid[row]
        elif change == "double row":
            grid.insert(row, list(grid[row]))
        elif change == "drop column":
            grid = [line[:column] + line[column + 1 :] for line in grid]
        elif change == "double column":
            grid = [line[: column + 1] + line[column:] for line in grid]
    above = draw(st.lists(st.lists(cell_values, max_size=3), max_size=3))
    merges = []
    for _ in range(draw(st.integers(0, 3))):
        first_column, first_row = draw(st.integers(1, 8)), draw(st.integers(1, len(grid) + len(above) + 2))
        last_column = first_column + draw(st.integers(0, 3))
        last_row = first_row + draw(st.integers(0, 4))
        if (first_column, first_row) != (last_column, last_row):
            merges.append(f"{_letter(first_column)}{first_row}:{_letter(last_column)}{last_row}")
    title = draw(st.sampled_from([PRODUCTS_SHEET, "Sheet1", "产品目录 ", "产品", "說明"]))
    return title, above + grid, merges


def _letter(column: int) -> str:
    return "ABCDEFGHIJKL"[column - 1]


def workbook_bytes(title: str, grid: list[list[Any]], merges: list[str]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for line in grid:
        sheet.append(line)
    for merged in merges:
        sheet.merge_cells(merged)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` as a download cut short, a disk's flipped bits, or a zip whose sheet XML was mangled.

    Places are drawn as numbers taken modulo the length: a saved workbook carries the time it was
    saved, so its length differs a little between runs of one example.
    """
    how = draw(st.sampled_from(["whole", "whole", "cut", "bits", "xml"]))
    place = st.integers(0, 2**20)
    if how == "cut":
        return data[: draw(place) % len(data)]
    if how == "bits":
        flipped = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            flipped[draw(place) % len(data)] ^= 1 << draw(st.integers(0, 7))
        return bytes(flipped)
    if how == "xml":
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            parts = {info.filename: source.read(info) for info in source.infolist()}
        name = draw(st.sampled_from(sorted(parts)))
        part = bytearray(parts[name])
        for _ in range(draw(st.integers(1, 6))):
            at = draw(place) % (len(part) + 1)
            part[at : at + draw(st.integers(0, 12))] = draw(st.binary(max_size=8))
        parts[name] = bytes(part)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for filename, content in parts.items():
                target.writestr(filename, content)
        return out.getvalue()
    return data


def with_part(data: bytes, name: str, content: bytes) -> bytes:
    """The workbook `data` with its zip part `name` holding `content`, the zip itself whole."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for filename, old in parts.items():
            target.writestr(filename, content if filename == name else old)
    return out.getvalue()


def broken_deflate(data: bytes, name: str) -> bytes:
    """The workbook `data` with the compressed bytes of part `name` made a stream zlib refuses."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        info = source.getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    broken = bytearray(data)
    broken[start] = 0xFF  # a deflate block of the reserved type 3
    return bytes(broken)


def central_entry(data: bytes, name: str, offset: int, value: int) -> bytes:
    """The workbook `data` with a two-byte field of part `name`'s central directory entry set to
    `value` (8: its flags, 10: its compression method), as a flipped bit on a disk leaves it."""
    patched = bytearray(data)
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + length] == name.encode():
            patched[at + offset : at + offset + 2] = value.to_bytes(2, "little")
            return bytes(patched)
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(name)


@dataclass(frozen=True)
class Sent:
    """A file as it arrived; shown by its size and digest, since hypothesis prints failing examples."""

    data: bytes
    how: str

    def __repr__(self) -> str:
        return (
            f"Sent({self.how}, {len(self.data)} bytes, sha256 {hashlib.sha256(self.data).hexdigest()[:12]})"
        )


@st.composite
def workbooks(draw: st.DrawFn) -> Sent:
    return Sent(draw(damaged(workbook_bytes(*draw(sheets())))), "mutated")


# ------------------------------------------------------------------------------------- the database


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated catalogue holding the watch of WATCH's maker, made once and copied for each example."""
    path = tmp_path_factory.mktemp("template") / DB_NAME
    database = open_database(f"sqlite:///{path}")
    with transaction(database.sessions) as s:
        yinfa = add_enterprise(s, EDITOR, EnterpriseInput(YINFA_NAME, YINFA))
        add_product(s, EDITOR, ProductInput("智能健康手表", "HW-7", yinfa.id, reference_price="899"))
    database.close()
    return path


def table_sums(path: Path) -> dict[str, str]:
    """A checksum of every table's rows (the search indexes' own tables too), by table."""
    sums = {}
    with closing(sqlite3.connect(path)) as db:
        names = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for name in names:
            rows = db.execute(f'SELECT * FROM "{name}"').fetchall()
            sums[name] = hashlib.sha256(repr(sorted(rows, key=repr)).encode()).hexdigest()
    return sums


def not_whole(path: Path) -> list[str]:
    """Products that are not whole: without their enterprise or a category, or not found by search."""
    with closing(sqlite3.connect(path)) as db:
        return [
            f"{code}: {problem}"
            for code, problem in db.execute(
                """
                SELECT p.code, 'no enterprise' FROM product p
                 WHERE NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.id = p.enterprise_id)
                UNION ALL
                SELECT p.code, 'no category' FROM product p
                 WHERE NOT EXISTS (SELECT 1 FROM product_category c WHERE c.product_id = p.id)
                UNION ALL
                SELECT p.code, 'not findable' FROM product p WHERE coalesce(p.search_text, '') = ''
                """
            )
        ]


def models(path: Path) -> set[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as db:
        return set(
            db.execute(
                "SELECT e.credit_code, p.model FROM product p JOIN enterprise e ON e.id = p.enterprise_id"
            ).fetchall()
        )


def check_import(template: Path, data: bytes) -> None:
    """Preview and import `data` on a copy of `template` of its own, and check what they did."""
    with tempfile.TemporaryDirectory() as folder:
        db_path, workbook = Path(folder) / DB_NAME, Path(folder) / "产品目录.xlsx"
        shutil.copyfile(template, db_path)
        workbook.write_bytes(data)
        database = open_database(f"sqlite:///{db_path}")
        try:
            before, models_before, broken_before = table_sums(db_path), models(db_path), not_whole(db_path)
            planned = _refused_or(lambda: preview_import(database, EDITOR, workbook))
            assert table_sums(db_path) == before  # a preview writes nothing
            result = _refused_or(lambda: import_catalogue(database, EDITOR, workbook))
        finally:
            database.close()
        after = table_sums(db_path)
        event("refused" if result is None else "written" if result.written else "nothing to write")
        if result is None or not result.written:
            assert after == before
            return
        changed = {name for name in before if before[name] != after[name]}
        assert changed <= WRITTEN_BY_IMPORT | {n for n in after if n.startswith(INDEX_TABLES)}, changed
        assert set(after) == set(before)
        assert set(not_whole(db_path)) <= set(broken_before)  # the form may leave a product uncategorised
        plan: ImportPlan = result.plan
        created = {(p.credit_code, p.model) for p in plan.products if p.action is Action.CREATE}
        assert models(db_path) == models_before | created
        assert planned is None or planned.count(Action.CREATE) == plan.count(Action.CREATE)


def _refused_or(call: Any) -> Any:
    try:
        return call()
    except SilvershopError as error:
        assert_sentence(error)
        event(f"refused: {type(error).__name__}")
        return None


# ----------------------------------------------------------------------------------------- the tests

PLAIN = workbook_bytes(PRODUCTS_SHEET, [list(WHEELCHAIR), list(WHEELCHAIR.values())], [])


@QUICK
@given(workbooks())
@example(Sent(PLAIN, "the template's wheelchair"))
@example(Sent(PLAIN[:100], "cut short"))
@example(
    Sent(
        workbook_bytes(PRODUCTS_SHEET, [list(WATCH), list(WATCH.values()), list(WATCH.values())], ["A2:A3"]),
        "merged",
    )
)
@example(
    Sent(
        workbook_bytes("Sheet1", [[NAME, MODEL, MAKER, CREDIT_CODE], ["轮椅", "X", "某公司", DEKANG]], []),
        "renamed",
    )
)
# Each of these once ended the import in a traceback instead of a sentence:
@example(Sent(with_part(PLAIN, "xl/styles.xml", b"\x00 not XML"), "styles not XML"))  # ParseError
@example(Sent(broken_deflate(PLAIN, "docProps/core.xml"), "part does not inflate"))  # zlib.error
@example(Sent(with_part(PLAIN, "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row><c"), "sheet cut"))
@example(Sent(central_entry(PLAIN, "[Content_Types].xml", 8, 1), "says it is encrypted"))  # RuntimeError
@example(Sent(central_entry(PLAIN, "xl/workbook.xml", 10, 99), "unknown packing"))  # NotImplementedError
def test_a_mutated_workbook_is_imported_whole_or_refused_in_a_sentence(template: Path, sent: Sent) -> None:
    check_import(template, sent.data)


@pytest.mark.slow
@THOROUGH
@given(workbooks())
def test_many_mutated_workbooks_are_imported_whole_or_refused_in_a_sentence(
    template: Path, sent: Sent
) -> None:
    check_import(template, sent.data)
