"""The experience-centres screen, for now the list of centres and what each one holds."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from silvershop.stats.overview import CentreRow, centre_rows
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.figures import FigureGrid
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import Screen


class CentresScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Experience centres"),
            self.tr(
                "Stock, locations, transfers and stocktakes of each district's experience centre arrive in "
                "a later version; until then this page lists the centres and what they hold."
            ),
            parent,
        )
        self.figures = FigureGrid(
            [self.tr("Experience centres"), self.tr("Locations"), self.tr("Items in stock")], per_row=3
        )
        self.table: RecordTable[CentreRow] = RecordTable(
            [
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Centre"), lambda r: r.name, stretch=True),
                Column(self.tr("District"), lambda r: r.district),
                Column(self.tr("Locations"), lambda r: r.locations),
                Column(self.tr("Products on display"), lambda r: r.products_on_display),
                Column(self.tr("Stock quantity"), lambda r: r.stock_quantity),
            ],
            empty_text=self.tr("No experience centres yet."),
        )
        self.body.addWidget(self.figures)
        self.body.addWidget(self.table, 1)

    def refresh(self, session: Session) -> None:
        rows = centre_rows(session)
        self.figures.set_values(
            vocabulary.number(len(rows)),
            vocabulary.number(sum(r.locations for r in rows)),
            vocabulary.number(sum(r.stock_quantity for r in rows)),
        )
        self.table.set_records(rows)
