"""The submission workbook written the way the bureau's people will open, check and print it.

openpyxl's write-only mode streams ten thousand rows without holding a cell object for each, so
everything the sheet needs before its rows (column widths, frozen header, print set-up, drop-down
lists) is settled first, from the rows already read. Codes are written as text in columns formatted
as text, so Excel never shows a credit code as 9.13202E+17; money is a number of 元 shown with two
decimals, so the bureau can add it up. The workbook is the bureau's document, in Chinese whatever
language the screen speaks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from copy import copy
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.exchange import template as t
from silvershop.exchange.bureau_rows import BureauRows, ExportChoice
from silvershop.exchange.template import Column, Kind
from silvershop.exchange.workbook_file import save_whole

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"
MAX_WIDTH = 40
LINE_POINTS = 15  # the height of one line of 11 pt text
MAX_LINES = 6  # a longer description is read in the cell, not in the row's height
# Rows of the drop-down lists: the rest of the sheet, so rows the bureau adds get them too.
LAST_ROW = 1_048_576
# Each cell of these kinds carries its format: Excel applies a column's format only to cells typed
# later, and a code cell left General turns into 9.14403E+17 the moment someone edits it.
_FORMATS = {Kind.MONEY: MONEY_FORMAT, Kind.DATE: DATE_FORMAT, Kind.CODE: TEXT_FORMAT}
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_HEADER_FONT = Font(bold=True)
_REQUIRED_FONT = Font(bold=True, color="C00000")
_THIN = Side(style="thin", color="808080")
_HEADER_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CATEGORY_LIST_ROW = 20  # where 填报说明 lists the scheme's categories, which 目录类别 offers

Progress = Callable[[int, int], None]
NOT_SAVED = QT_TRANSLATE_NOOP(
    "errors",
    "The workbook could not be saved as {path} ({reason}). If it is open in Excel or WPS, close it there; "
    "otherwise choose another folder.",
)


def display_width(value: Any) -> int:
    """Characters as Excel's columns count them: a Chinese character is two wide.

    Counted from the UTF-8 length, where Chinese characters and full-width signs take three bytes
    and ASCII one: exact for the text of this workbook, and fast enough for every cell of ten
    thousand rows (unicodedata per character took a tenth of the whole export).
    """
    if value is None:
        return 0
    text = f"{value:,.2f}" if isinstance(value, float) else str(value)
    if text.isascii():
        return len(text)
    return len(text) + (len(text.encode("utf-8")) - len(text)) // 2


def _one_page_wide(sheet: WriteOnlyWorksheet, orientation: str) -> None:
    """Printed on A4, as many pages down as it takes but never a column pushed onto a page of its own."""
    setup = sheet.page_setup
    setup.orientation = orientation
    setup.paperSize = Worksheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _text_cell(sheet: WriteOnlyWorksheet, value: str) -> WriteOnlyCell:
    """A cell that holds `value` as text even when it starts with "=", which would make it a formula."""
    cell = WriteOnlyCell(sheet, value)
    cell.data_type = "s"
    cell.number_format = TEXT_FORMAT
    return cell


def _lines(value: Any, width: float) -> int:
    """How many lines `value` takes wrapped in a column `width` characters wide."""
    return max(1, -(-display_width(value) // max(1, int(width) - 4)))  # a margin for wider glyphs


def _widest(column: Column, values: list[Any]) -> int:
    """The display width of a column's widest value; numbers by their largest, not one by one."""
    present = [value for value in values if value is not None]
    if not present:
        return 0
    if column.kind is Kind.MONEY:
        return display_width(f"{max(present):,.2f}") + 3  # the thousands separators Excel adds
    if column.kind in (Kind.COUNT, Kind.YEAR):
        return display_width(max(present))
    return max(map(display_width, present))


def _widths(columns: Sequence[Column], rows: Sequence[Sequence[Any]]) -> tuple[list[float], list[int]]:
    """Each column as wide as its widest value, within MAX_WIDTH; and the columns whose longer
    values wrap (a description always; a name only where one is wider than MAX_WIDTH).

    A header wraps onto two lines rather than widening a column of six-digit codes: with twenty-one
    columns on a landscape page, every character of width makes the printed text smaller.
    """
    widths: list[float] = []
    wrapped: list[int] = []
    for index, column in enumerate(columns):
        if column.kind is Kind.LONG_TEXT:
            widths.append(column.width)
            wrapped.append(index)
            continue
        size = max((display_width(column.name) + 1) // 2, _widest(column, [row[index] for row in rows]))
        widths.append(min(MAX_WIDTH, max(column.width, size + 2)))
        if size + 2 > MAX_WIDTH and column.kind is Kind.TEXT:
            wrapped.append(index)
    return widths, wrapped


class Sheet:
    """One data sheet: set up before its rows, then the rows streamed in."""

    def __init__(
        self, workbook: Workbook, title: str, columns: Sequence[Column], rows: Sequence[Sequence[Any]]
    ):
        self.columns = columns
        self.rows = rows
        self.sheet: WriteOnlyWorksheet = workbook.create_sheet(title)
        last = get_column_letter(len(columns))
        self.widths, self.wrapped = _widths(columns, rows)
        for index, width in enumerate(self.widths, 1):
            dimension = self.sheet.column_dimensions[get_column_letter(index)]
            dimension.width = width
            if columns[index - 1].kind is Kind.CODE:
                dimension.number_format = TEXT_FORMAT  # what is typed later stays text too
        self.sheet.freeze_panes = "A2"
        self.sheet.auto_filter.ref = f"A1:{last}{max(2, len(rows) + 1)}"
        self.sheet.print_title_rows = "1:1"
        _one_page_wide(self.sheet, "landscape")
        self.sheet.print_options.gridLines = True
        self.sheet.oddFooter.center.text = "第 &P 页，共 &N 页"

    def validate(self, column: Column, formula: str, prompt: str) -> None:
        letter = get_column_letter(self.columns.index(column) + 1)
        rule = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True)
        rule.error = prompt
        rule.errorTitle = column.name
        rule.add(f"{letter}2:{letter}{LAST_ROW}")
        self.sheet.data_validations.append(rule)

    def _styled(
        self, number_format: str = "General", alignment: Alignment | None = None
    ) -> Callable[[Any], Any]:
        """Makes cells of one style for this sheet. The style is set once on a model cell and its
        style array copied to each new cell: setting it cell by cell looks the style up in the
        workbook's tables each time, which cost a tenth of a ten-thousand-row export."""
        model = WriteOnlyCell(self.sheet)
        model.number_format = number_format
        if alignment is not None:
            model.alignment = alignment

        def make(value: Any) -> WriteOnlyCell:
            cell = WriteOnlyCell(self.sheet, value)
            cell._style = copy(model._style)
            return cell

        return make

    def write(self, progress: Progress | None, done: int, total: int, required: Sequence[Column] = ()) -> int:
        header = []
        for column in self.columns:
            cell = WriteOnlyCell(self.sheet, column.name)
            cell.font = _REQUIRED_FONT if column in required else _HEADER_FONT
            cell.fill = _HEADER_FILL
            cell.border = _HEADER_BORDER
            cell.alignment = _HEADER_ALIGNMENT
            header.append(cell)
        self.sheet.row_dimensions[1].height = LINE_POINTS * max(
            _lines(column.name, width) for column, width in zip(self.columns, self.widths, strict=True)
        )
        self.sheet.append(header)
        styled = [
            (i, self._styled(_FORMATS[c.kind])) for i, c in enumerate(self.columns) if c.kind in _FORMATS
        ]
        texts = [i for i, c in enumerate(self.columns) if c.kind in (Kind.TEXT, Kind.LONG_TEXT)]
        wrap = self._styled(alignment=_WRAP)
        for number, row in enumerate(self.rows, 2):
            cells: list[Any] = list(row)
            for index, make in styled:
                if cells[index] is not None:
                    cells[index] = make(cells[index])
            for index in texts:
                value = cells[index]
                if isinstance(value, str) and value.startswith("="):
                    cells[index] = _text_cell(self.sheet, value)
            lines = 1
            for index in self.wrapped:
                if cells[index] and display_width(cells[index]) + 2 > self.widths[index]:
                    lines = max(lines, _lines(cells[index], self.widths[index]))
                    cells[index] = wrap(cells[index])
            if lines > 1:  # Excel does not fit a row to wrapped text on opening; it is told the height
                self.sheet.row_dimensions[number].height = LINE_POINTS * min(lines, MAX_LINES)
            self.sheet.append(cells)
            done += 1
            if progress is not None and done % 500 == 0:
                progress(done, total)
        return done


def _notes(workbook: Workbook, rows: BureauRows, office: str, today: date, choice: ExportChoice) -> str:
    """The 填报说明 sheet; returns the range of its category list, which 目录类别's drop-down offers."""
    sheet = workbook.create_sheet(t.NOTES_SHEET)
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 90
    _one_page_wide(sheet, "portrait")
    title = WriteOnlyCell(sheet, f"{rows.scheme_name}（{rows.edition}）填报表")
    title.font = Font(bold=True, size=14)
    lines: list[tuple[str, Any]] = [
        ("填报单位", office),
        ("填报日期", today.isoformat()),
        ("目录及版本", f"{rows.scheme_name} {rows.edition}"),
        ("产品状态", "、".join(STATUS_WORDS[s] for s in choice.statuses)),
        ("区划", f"{choice.district} {rows.district_name}" if choice.district else "全部"),
        ("产品数", f"{len(rows.products):,}"),  # text, read as the lines around it are
        ("企业数", f"{len(rows.enterprises):,}"),
        ("体验中心数", f"{len(rows.centres):,}"),
        ("", ""),
        ("填写要求", "带红色表头的列必填：目录类别、产品名称、型号规格、生产企业、统一社会信用代码。"),
        ("", "同一统一社会信用代码下，型号规格不得重复；一个型号只由一家企业申报。"),
        ("", "统一社会信用代码、区划代码等编码列为文本格式，请勿改为数字，以免末位丢失。"),
        ("", "金额单位为元，保留两位小数；是否医疗器械、可租赁填“是”或“否”。"),
        ("", "医疗器械须填写注册证号或备案号；可租赁产品须填写月租金和押金（无押金填 0）。"),
        ("", "展示中心数、库存合计由系统统计，填报时无需修改。"),
        ("", "目录类别请从下拉列表选择，可选值见下表。"),
    ]
    sheet.append([title])
    for label, value in lines:
        sheet.append([bold_cell(sheet, label) if label else None, value])
    for _blank in range(len(lines) + 2, _CATEGORY_LIST_ROW - 1):
        sheet.append([])
    sheet.append([bold_cell(sheet, "目录类别可选值")])  # the row above the list
    for label in rows.categories:
        sheet.append([None, label])
    last = _CATEGORY_LIST_ROW + max(len(rows.categories), 1) - 1
    return f"{quote_sheetname(t.NOTES_SHEET)}!$B${_CATEGORY_LIST_ROW}:$B${last}"


def bold_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, text)
    cell.font = _HEADER_FONT
    return cell


STATUS_WORDS = {"draft": "草稿", "submitted": "已申报", "listed": "已入选", "archived": "已归档"}


def discard(workbook: Workbook) -> None:
    """A workbook given up half-way (cancelled, or a failure): each sheet's temporary file is closed
    and removed now, rather than left for the garbage collector to close at some later moment."""
    for sheet in workbook.worksheets:
        sheet.close()
        sheet._writer.cleanup()


def write_workbook(
    rows: BureauRows,
    target: Path,
    *,
    office: str,
    today: date,
    choice: ExportChoice,
    progress: Progress | None = None,
) -> None:
    """Write the workbook to `target` whole, or leave no file: it is saved under a temporary name first."""
    workbook = Workbook(write_only=True)
    products = Sheet(workbook, t.PRODUCTS_SHEET, t.PRODUCT_COLUMNS, rows.products)
    sheets = [
        products,
        Sheet(workbook, t.ENTERPRISES_SHEET, t.ENTERPRISE_COLUMNS, rows.enterprises),
        Sheet(workbook, t.CENTRES_SHEET, t.CENTRE_COLUMNS, rows.centres),
        Sheet(workbook, t.RENTALS_SHEET, t.RENTAL_COLUMNS, rows.rentals),
    ]
    categories = _notes(workbook, rows, office, today, choice)
    products.validate(t.CATEGORY, categories, "请从下拉列表中选择目录类别（见“填报说明”）。")
    for column in (t.MEDICAL, t.RENTABLE):
        products.validate(column, f'"{t.YES},{t.NO}"', "请填写“是”或“否”。")
    total = sum(len(sheet.rows) for sheet in sheets)
    done = 0
    try:
        if progress is not None:
            progress(done, total)
        for sheet in sheets:
            done = sheet.write(progress, done, total, t.REQUIRED if sheet is products else ())
        if progress is not None:
            progress(total, total)  # the last chance to cancel: after it the file is saved, and stays
    except BaseException:
        discard(workbook)
        raise
    properties = workbook.properties
    properties.creator = office
    properties.lastModifiedBy = office
    properties.title = f"{rows.scheme_name}（{rows.edition}）填报表"
    properties.subject = "产品目录申报"
    # Stored as UTC (the file format's W3C time, which openpyxl writes from a naive UTC time); Excel
    # shows it in the reader's zone. The office's own date is 填报日期 beside it.
    properties.created = properties.modified = datetime.now(UTC).replace(tzinfo=None)
    workbook.custom_doc_props.append(StringProperty(name="填报单位", value=office))
    workbook.custom_doc_props.append(StringProperty(name="填报日期", value=today.isoformat()))
    save_whole(workbook, target, NOT_SAVED, "out")
