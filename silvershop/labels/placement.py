"""Which cell of which page each label goes in: copies side by side, and the first cells of a
half-used sheet skipped.

Cells are filled as people read a sheet, left to right along a row, then the next row down; a roll
or a tape has one cell a page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_COPIES = 100
MAX_LABELS = 20_000  # one batch; more is a mistake in the quantity, not a day's labelling

T = TypeVar("T")


@dataclass(frozen=True)
class Cell:
    page: int  # from 0
    column: int
    row: int


def check_batch(count: int, copies: int, skip: int, per_page: int) -> None:
    """Refuse a skip or a number of copies that cannot be what the person meant."""
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Print from 1 to {most} copies of each label."),
            field="copies",
            most=MAX_COPIES,
        )
    if not 0 <= skip < per_page:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A sheet has {per_page} labels: skip from 0 to {most} used ones."),
            field="skip",
            per_page=per_page,
            most=per_page - 1,
        )
    if count == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose at least one label to print."), field="codes"
        )
    if count * copies > MAX_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "That is {total} labels; print at most {most} at a time, in several batches.",
            ),
            field="copies",
            total=count * copies,
            most=MAX_LABELS,
        )


def cell_of(index: int, skip: int, columns: int, rows: int) -> Cell:
    """The cell of the `index`-th label printed (from 0) after `skip` used cells."""
    position = skip + index
    per_page = columns * rows
    page, within = divmod(position, per_page)
    row, column = divmod(within, columns)
    return Cell(page, column, row)


def placed(items: Sequence[T], copies: int, skip: int, columns: int, rows: int) -> Iterator[tuple[Cell, T]]:
    """Each item `copies` times in a row, in the cells after the skipped ones."""
    index = 0
    for item in items:
        for _copy in range(copies):
            yield cell_of(index, skip, columns, rows), item
            index += 1


def page_count(count: int, copies: int, skip: int, per_page: int) -> int:
    return (skip + count * copies + per_page - 1) // per_page
