"""The catalogue screen, for now a summary of what the promotion catalogue holds."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from silvershop.stats.overview import SchemeCount, StatusCount, catalogue_overview
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.figures import FigureGrid
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import Screen, column, section, side_by_side


class CatalogScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Catalogue"),
            self.tr(
                "Searching, editing and submitting the promotion catalogue of elderly-care products and "
                "services arrive in a later version; until then this page shows what the catalogue holds."
            ),
            parent,
        )
        self.figures = FigureGrid([self.tr("Products"), self.tr("Enterprises"), self.tr("Products for rent")])
        self.by_status: RecordTable[StatusCount] = RecordTable(
            [
                Column(self.tr("Status"), lambda r: vocabulary.word(r.status), stretch=True),
                Column(self.tr("Products"), lambda r: r.products),
            ],
            fit_rows=True,
        )
        self.by_scheme: RecordTable[SchemeCount] = RecordTable(
            [
                Column(self.tr("Category scheme"), lambda r: r.scheme, stretch=True),
                Column(self.tr("Edition"), lambda r: r.edition),
                Column(self.tr("Products"), lambda r: r.products),
            ],
            fit_rows=True,
        )
        self.body.addWidget(self.figures)
        self.body.addLayout(
            side_by_side(
                column(section(self.tr("Products by status")), self.by_status),
                column(section(self.tr("Products by category scheme")), self.by_scheme),
                stretches=(2, 5),
            ),
            1,
        )

    def refresh(self, session: Session) -> None:
        summary = catalogue_overview(session)
        self.figures.set_values(
            vocabulary.number(summary.products),
            vocabulary.number(summary.enterprises),
            vocabulary.number(summary.rentable),
        )
        self.by_status.set_records(summary.by_status)
        self.by_scheme.set_records(summary.by_scheme)
