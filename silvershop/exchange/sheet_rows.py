"""Finding the 产品目录 sheet in a sender's workbook, its header row, and the rows below it.

Enterprises fill in the template in their own way: a title row or two above the header (often
merged across the width), the columns moved about, an asterisk on required names, a copy of the
template in traditional characters, empty rows between blocks of products, a sheet renamed `Sheet1`.
The header is the first of the top rows that holds the template's column names; the sheet is the
one named 产品目录, or else the one sheet that has such a header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.exchange.cells import is_blank
from silvershop.exchange.template import DEVICE_CLASS, PRODUCT_COLUMNS, PRODUCTS_SHEET, REQUIRED, header_key
from silvershop.exchange.workbook_file import FIELD, UnreadableWorkbook

HEADER_SEARCH_ROWS = 30
_MERGE_CELL = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
# A catalogue import holds a city's or an enterprise's products; more rows than this are a mistake
# (a column filled down to the end of the sheet) or a file to split, and are refused before any work.
MAX_ROWS = 20_000
_KNOWN = {header_key(column.name): column.name for column in (*PRODUCT_COLUMNS, DEVICE_CLASS)}
# A row with fewer of the template's names is a title or a note, not the header.
_HEADER_MINIMUM = 3


@dataclass(frozen=True)
class Header:
    sheet: str
    row: int  # as Excel numbers it, from 1
    columns: dict[str, int]  # template column name → index from 0

    def letter(self, column: str) -> str:
        return get_column_letter(self.columns[column] + 1)


@dataclass(frozen=True)
class SheetRow:
    number: int  # as Excel numbers it
    values: dict[str, Any]  # template column name → the cell as stored (formulas as `=…`)


def _names_in(cells: tuple[Any, ...], columns: dict[str, int]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = _KNOWN.get(header_key(cell)) if isinstance(cell, str) else None
        if name and name not in columns and name not in found:
            found[name] = index
    return found


def _header_in(rows: list[tuple[Any, ...]]) -> tuple[int, dict[str, int]] | None:
    """(last header row, columns); a header of two rows (group titles merged over the names below
    them, the other names merged down) is read as one. `rows` holds one row more than the header is
    looked for in, the second row of a header that starts on the last of them."""
    for offset, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = _names_in(cells, {})
        if len(columns) >= _HEADER_MINIMUM:
            if offset:  # names merged down from the row above, over group titles on this one
                columns |= _names_in(rows[offset - 1], columns)
            below = rows[offset + 1] if offset + 1 < len(rows) else ()
            more = _names_in(below, columns)
            if more:
                return offset + 2, columns | more
            return offset + 1, columns
    return None


def _top_rows(sheet: Worksheet) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(max_row=HEADER_SEARCH_ROWS + 1, values_only=True))


def find_header(workbook: Workbook) -> tuple[Worksheet, Header]:
    """The products sheet and its header, or one sentence saying which is missing."""
    by_name = {header_key(name): name for name in workbook.sheetnames}
    named = by_name.get(header_key(PRODUCTS_SHEET))
    if named and not hasattr(workbook[named], "iter_rows"):
        named = None  # a chart named 产品目录: the data is on another sheet
    candidates = [named] if named else list(workbook.sheetnames)
    for name in candidates:
        sheet = workbook[name]
        if not hasattr(sheet, "iter_rows"):
            continue  # a chart sheet
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # some writers store a wrong size, which would cut columns off
        found = _header_in(_top_rows(sheet))
        if found is not None:
            row, columns = found
            header = Header(name, row, columns)
            _check_required(header)
            return sheet, header
    if named:
        raise UnreadableWorkbook(
            QT_TRANSLATE_NOOP(
                "errors",
                "The sheet {sheet} has no header row with the template's column names (such as "
                "产品名称 and 型号规格) in its first {rows} rows. Copy the header row from the template.",
            ),
            field=FIELD,
            sheet=named,
            rows=HEADER_SEARCH_ROWS,
        )
    raise UnreadableWorkbook(
        QT_TRANSLATE_NOOP(
            "errors",
            "The workbook has no sheet {sheet} and no sheet with its column names (its sheets: {sheets}). "
            "Fill in the 产品目录 sheet of the template and send that.",
        ),
        field=FIELD,
        sheet=PRODUCTS_SHEET,
        sheets="、".join(workbook.sheetnames),
    )


def _check_required(header: Header) -> None:
    missing = [column.name for column in REQUIRED if column.name not in header.columns]
    if missing:
        raise UnreadableWorkbook(
            QT_TRANSLATE_NOOP(
                "errors",
                "The header row (row {header_row} of {sheet}) has no column {missing}, which every product "
                "needs. "
                "Add the column with that name and fill it in.",
            ),
            field=FIELD,
            header_row=header.row,
            sheet=header.sheet,
            missing="、".join(missing),
        )


def _merged_ranges(sheet: Worksheet) -> list[tuple[int, int, int, int]]:
    """(min column, min row, max column, max row) of every merged range, counted from 1.

    A read-only sheet does not read them, so they are found in the sheet's XML directly, where they
    follow the cells; it costs one more pass over the compressed sheet, a small part of reading it.
    """
    if not hasattr(sheet, "_get_source"):
        return [tuple(r.bounds) for r in sheet.merged_cells.ranges]  # type: ignore[misc]
    refs: set[bytes] = set()
    with sheet._get_source() as xml:
        tail = b""
        while chunk := xml.read(1 << 20):
            data = tail + chunk
            refs.update(_MERGE_CELL.findall(data))
            tail = data[-256:]
    return [range_boundaries(ref.decode("ascii")) for ref in refs]  # type: ignore[misc]


def _fills(sheet: Worksheet, header: Header) -> dict[int, list[tuple[int, tuple[int, int]]]]:
    """Row → (column index from 0, the merged range's top cell) for the cells a merge covers below it.

    Senders merge a maker's name and credit code down over all its products; each of those rows
    means the value written once at the top.
    """
    covered: dict[int, list[tuple[int, tuple[int, int]]]] = {}
    for min_col, min_row, _last_col, max_row in _merged_ranges(sheet):
        if min_row <= header.row or max_row == min_row:
            continue  # a merge across columns only holds one value, in its first column
        for row in range(min_row + 1, max_row + 1):
            covered.setdefault(row, []).append((min_col - 1, (min_row, min_col - 1)))
    return covered


def data_rows(sheet: Worksheet, header: Header) -> Iterator[SheetRow]:
    """The filled rows below the header, each with its Excel row number; empty rows are passed over.

    Cells covered by a merged range read as the range's value. More than MAX_ROWS filled rows are
    refused as soon as the next one is met, before any is written.
    """
    columns = header.columns.items()
    covered = _fills(sheet, header)
    tops: dict[int, set[int]] = {}
    for cells_covered in covered.values():
        for _col, (row, col) in cells_covered:
            tops.setdefault(row, set()).add(col)
    top_values: dict[tuple[int, int], Any] = {}
    count = 0
    for number, read in enumerate(sheet.iter_rows(min_row=header.row + 1, values_only=True), header.row + 1):
        cells: tuple[Any, ...] | list[Any] = read
        for col in tops.get(number, ()):
            top_values[(number, col)] = read[col] if col < len(read) else None
        if all(is_blank(cell) for cell in read):
            continue  # an empty row between blocks, even where a merge runs past it
        if number in covered:
            cells = list(read) + [None] * (max(col for col, _top in covered[number]) + 1 - len(read))
            for col, top in covered[number]:
                cells[col] = top_values.get(top)
        count += 1
        if count > MAX_ROWS:
            raise UnreadableWorkbook(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The sheet {sheet} has more than {limit} filled rows; one import takes at most "
                    "{limit} products. Check for rows filled by mistake below the products, or split "
                    "the file into several.",
                ),
                field=FIELD,
                sheet=header.sheet,
                limit=f"{MAX_ROWS:,}",
            )
        yield SheetRow(
            number, {name: cells[index] if index < len(cells) else None for name, index in columns}
        )
