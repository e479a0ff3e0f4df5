"""Where a product can be seen, taken home or rented: every centre that shows it, keeps it in stock
or lends it out, so a clerk on the phone can say "come to 梁溪区, it is in display zone A1".

What is on show and how many are kept is not personal, so anyone who may read the catalogue may
read this.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from silvershop.catalog.browse import ProductRow
from silvershop.centres.display import ShownAt, where_to_find
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.form_dialog import large_target
from silvershop.ui.widgets.record_table import Column, RecordTable


class WhereToFindDialog(QDialog):
    def __init__(self, desk: Desk, product: ProductRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where to find {name}").format(name=product.name))
        self.setMinimumWidth(860)
        with desk.database.reading() as session:
            found = where_to_find(session, product.id)
        table: RecordTable[ShownAt] = RecordTable(
            [
                Column(self.tr("Centre"), lambda r: f"{r.centre_code}  {r.centre_name}", stretch=True),
                Column(self.tr("On display at"), self._shown),
                Column(self.tr("In stock"), lambda r: r.in_stock),
                Column(self.tr("Rental units free"), self._free),
            ],
            empty_text=self.tr(
                "No centre shows, keeps or rents out this product yet. A centre's staff can put it on "
                "display from the Stock tab of the centres screen."
            ),
            fit_rows=True,
        )
        table.set_records(found)
        heading = QLabel(f"{product.code}  {product.name}", objectName="section", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        large_target(buttons.button(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(table)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _shown(self, row: ShownAt) -> str:
        return f"{row.location_code}  {row.location_name}" if row.location_code else self.tr("Not on display")

    def _free(self, row: ShownAt) -> str:
        if not row.rental_units:
            return "–"
        return self.tr("{free} of {units}").format(free=row.free_units, units=row.rental_units)
