"""What importing a checked file would do: the counts, then its rows in three lists, the new products,
the products it changes (and how), and the rows refused with their column and reason.

The rejected rows come first when there are any: they are what the person has to act on, by sending
the report back. A reason is a sentence or two, so its lines wrap and each row is as tall as it needs.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from silvershop.exchange.catalogue_import import Action, ImportPlan, PlannedProduct
from silvershop.exchange.catalogue_rows import RowProblem
from silvershop.ui import vocabulary
from silvershop.ui.exchange import words
from silvershop.ui.widgets.figures import FigureGrid
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING
from silvershop.ui.widgets.tabs import SectionTabs

# More reasons than this are not listed: each row of wrapped text is measured, about a millisecond
# apiece in the GUI thread. The report for the sender holds every one of them.
MOST_REASONS_SHOWN = 300


class PlanLists(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = FigureGrid(["", "", "", ""])
        row = self.tr("Row")
        self.to_create: RecordTable[PlannedProduct] = RecordTable(
            [
                Column(row, lambda p: p.row),
                Column(self.tr("Name"), lambda p: p.name, stretch=True),
                Column(self.tr("Model"), lambda p: p.model),
                Column(self.tr("Maker"), lambda p: p.maker, stretch=True),
            ],
            empty_text=self.tr("No row of the file adds a new product."),
            hide_when_empty=True,
        )
        self._assistive: Mapping[int, str] = {}
        self.to_update: RecordTable[PlannedProduct] = RecordTable(
            [
                Column(row, lambda p: p.row),
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Model"), lambda p: p.model),
                Column(
                    self.tr("What changes"), lambda p: words.changes(p.changes, self._assistive), stretch=True
                ),
            ],
            empty_text=self.tr("No row of the file changes a product already in the catalogue."),
            hide_when_empty=True,
        )
        self._columns: Mapping[str, int] = {}
        self.rejected: RecordTable[RowProblem] = RecordTable(
            [
                Column(row, lambda p: p.row),
                Column(self.tr("Column"), lambda p: words.cell(p.column, self._columns)),
                Column(self.tr("Reason"), lambda p: p.reason(), stretch=True),
            ],
            empty_text=self.tr("Every row of the file can be imported."),
            hide_when_empty=True,
        )
        # A reason wraps, its row as tall as its lines (and clear of the grid). The changes stay on one
        # line each: a file may update every product of the catalogue, and rows of one line cost nothing.
        reasons = self.rejected.view
        reasons.setWordWrap(True)
        reasons.setStyleSheet("QTableView::item { padding: 6px 4px; }")
        reasons.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = SectionTabs()
        for table in (self.rejected, self.to_create, self.to_update):
            self.tabs.add(table, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.figures)
        layout.addWidget(self.tabs, 1)
        self.more = QLabel(objectName="note", wordWrap=True)
        self.more.hide()
        layout.addWidget(self.more)

    def show_plan(self, plan: ImportPlan, assistive: Mapping[int, str], *, done: bool = False) -> None:
        """`assistive` names the assistive categories the changes refer to by id; `done` says the plan is
        what an import wrote, so the counts read "created" rather than "to create"."""
        self._assistive = assistive
        self._columns = plan.columns
        create = [p for p in plan.products if p.action is Action.CREATE]
        update = [p for p in plan.products if p.action is Action.UPDATE]
        rejected = len(plan.rejected_rows)
        captions = (
            (self.tr("Created"), self.tr("Updated")) if done else (self.tr("To create"), self.tr("To update"))
        )
        for figure, caption in zip(
            self.figures.figures, (*captions, self.tr("Unchanged"), self.tr("Rejected rows")), strict=True
        ):
            figure.caption.setText(caption)
        self.figures.set_values(
            *(
                vocabulary.number(n)
                for n in (len(create), len(update), plan.count(Action.UNCHANGED), rejected)
            )
        )
        self.to_create.set_records(create)
        self.to_update.set_records(update)
        self.rejected.set_records(plan.problems[:MOST_REASONS_SHOWN])
        self.more.setVisible(len(plan.problems) > MOST_REASONS_SHOWN)
        self.more.setText(
            self.tr(
                "The first {shown} reasons are listed; the report for the sender has all {count}."
            ).format(shown=vocabulary.number(MOST_REASONS_SHOWN), count=vocabulary.number(len(plan.problems)))
        )
        titled = self.tr("{caption} ({count})")
        for table, caption, count in (
            (self.rejected, self.tr("Rejected rows"), rejected),
            (self.to_create, captions[0], len(create)),
            (self.to_update, captions[1], len(update)),
        ):
            self.tabs.setTabText(
                self.tabs.indexOf(table), titled.format(caption=caption, count=vocabulary.number(count))
            )
        first = self.rejected if rejected else self.to_create if create else self.to_update
        self.tabs.setCurrentWidget(first)
