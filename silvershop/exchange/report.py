"""The report a sender gets back: their own workbook, with a 错误原因 column saying what to fix.

It is the file they sent, untouched but for the added column, so they correct the marked cells in
place and send the same file again; rows that went in have the column empty, and re-importing them
changes nothing. Each reason names the column and its letter, as the sender sees them in Excel.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.cell.cell import MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.exchange.catalogue_import import ImportPlan
from silvershop.exchange.template import REPORT_COLUMN, header_key
from silvershop.exchange.workbook_file import open_workbook, save_whole
from silvershop.i18n import translate

_PROBLEM_FILL = PatternFill("solid", fgColor="FFC7CE")
_AUTHOR = "silvershop"  # the comments a report adds, so a later report can take them away
_REASON_FONT = Font(color="9C0006")
_WRAP = Alignment(wrap_text=True, vertical="top")


def reasons_by_row(plan: ImportPlan) -> dict[int, str]:
    """Row number → the reasons for that row, one per line: `型号规格（D 列）：…`."""
    found: dict[int, list[str]] = {}
    for problem in plan.problems:
        where = ""
        if problem.column in plan.columns:
            letter = get_column_letter(plan.columns[problem.column] + 1)
            where = translate("exchange", "{column} (column {letter}): ").format(
                column=problem.column, letter=letter
            )
        found.setdefault(problem.row, []).append(where + problem.reason())
    return {row: "\n".join(lines) for row, lines in found.items()}


def _reason_column(sheet: Worksheet, header_row: int) -> int:
    """The column for the reasons: the one an earlier report added, emptied of its old reasons and
    marks (the sender corrected the report and sent it back), else the first after all the content,
    so no note of the sender's is written over."""
    for cell in sheet[header_row]:
        if isinstance(cell.value, str) and header_key(cell.value) == header_key(REPORT_COLUMN):
            _clear_old_report(sheet, header_row, cell.column)
            return cell.column
    merged = (cell_range.max_col for cell_range in sheet.merged_cells.ranges)
    return max(sheet.max_column, *merged, 0) + 1


def _clear_old_report(sheet: Worksheet, header_row: int, column: int) -> None:
    for row in sheet.iter_rows(min_row=header_row + 1):
        for cell in row:
            if isinstance(cell, MergedCell):
                continue
            if cell.column == column:
                cell.value = None
            elif cell.comment is not None and cell.comment.author == _AUTHOR:
                cell.comment = None
                cell.fill = PatternFill()


def check_report_target(source: Path, target: Path) -> None:
    """Refuse a report name before any work, so an import is not done and then told off for it."""
    if target.resolve() == source.resolve():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Save the report under another name, so the file that was sent stays as it was."
            ),
            field="report",
        )
    if target.suffix.lower() != ".xlsx":
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The report must be an Excel file ending in .xlsx, not “{name}”."),
            field="report",
            name=target.name,
        )


def write_report(source: Path, plan: ImportPlan, target: Path) -> int:
    """Save `source` as `target` with the reasons added; the number of rows marked."""
    check_report_target(source, target)
    workbook = open_workbook(source, read_only=False)
    sheet = workbook[plan.sheet]
    column = _reason_column(sheet, plan.header_row)
    header = sheet.cell(plan.header_row, column, REPORT_COLUMN)
    header.font = Font(bold=True, color="9C0006")
    header.fill = _PROBLEM_FILL
    sheet.column_dimensions[get_column_letter(column)].width = 60
    reasons = reasons_by_row(plan)
    for row, text in reasons.items():
        cell = sheet.cell(row, column, text)
        cell.font = _REASON_FONT
        cell.alignment = _WRAP
    for problem in plan.problems:
        if problem.column in plan.columns:
            marked = sheet.cell(problem.row, plan.columns[problem.column] + 1)
            if not isinstance(marked, MergedCell):  # the value, and the mark, are on the merge's top
                marked.fill = _PROBLEM_FILL
                marked.comment = Comment(problem.reason(), _AUTHOR)
    try:
        save_whole(
            workbook,
            target,
            QT_TRANSLATE_NOOP(
                "errors",
                "The report could not be saved as {path} ({reason}). If it is open in Excel or WPS, close "
                "it there; otherwise choose another folder.",
            ),
            "report",
        )
    finally:
        workbook.close()
    return len(reasons)
