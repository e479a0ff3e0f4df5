"""Read-only tables over plain frozen dataclasses from the domain packages, never ORM objects.

A screen describes its columns (a title and how to read the cell from a record) and hands the
records over after each refresh; numbers are right-aligned and grouped the way the language groups them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from silvershop.ui import theme, vocabulary

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

ROW_HEIGHT = 40


def row_height() -> int:
    """Rows are click targets too: ROW_HEIGHT, or 60 px in elder mode (theme.target_px)."""
    return theme.target_px(ROW_HEIGHT)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    value: Callable[[R], str | int]
    stretch: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._records: tuple[R, ...] = ()

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = tuple(records)
        self.endResetModel()

    def records(self) -> tuple[R, ...]:
        return self._records

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.columns[index.column()].value(self._records[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return vocabulary.number(value) if isinstance(value, int) else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if isinstance(value, int) else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None


class RecordTable(QWidget):
    """A table with a sentence in place of empty rows when there is nothing to show.

    With `fit_rows` the table is exactly as tall as its rows, for short summaries that sit side by side;
    with `hide_when_empty` an empty table gives its place to the sentence, rather than a blank box.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        empty_text: str = "",
        fit_rows: bool = False,
        hide_when_empty: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[R] = RecordTableModel(columns, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(row_height())
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, col in enumerate(self.model.columns):
            mode = QHeaderView.ResizeMode.Stretch if col.stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(i, mode)
        self.empty = QLabel(empty_text, objectName="note", wordWrap=True)
        self._fit_rows = fit_rows
        self._hide_when_empty = hide_when_empty
        if hide_when_empty:
            self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self.set_records(())

    def selected(self) -> R | None:
        """The record of the selected row, if one is selected."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.records()[rows[0].row()] if rows else None

    def set_records(self, records: Sequence[R]) -> None:
        self.model.set_records(records)
        self.empty.setVisible(not records and bool(self.empty.text()))
        if self._hide_when_empty:
            self.view.setVisible(bool(records))
        if self._fit_rows:
            frame = 2 * self.view.frameWidth()
            self.view.setFixedHeight(
                self.view.horizontalHeader().sizeHint().height() + row_height() * len(records) + frame
            )
