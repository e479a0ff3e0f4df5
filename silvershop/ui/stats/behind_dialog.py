"""The list behind a figure: which loans, units, products, stock or requests a bar counts.

The rows come from `stats.behind`, read with the figure's own conditions, so the count above the list
is the number clicked. They are de-identified like the figures: a loan shows the district, age band and
sex it was lent under, never the resident, and a callback request no name or phone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from silvershop.kiosk.callbacks import RequestState
from silvershop.rental.models import LoanStatus
from silvershop.stats.behind import LoanLine, ProductLine, RequestLine, Rows, StockLine, UnitLine
from silvershop.ui import theme, vocabulary
from silvershop.ui.rental import words as resident_words
from silvershop.ui.stats.charts import Listing
from silvershop.ui.widgets.form_dialog import large_target
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING

STATUS = {True: LoanStatus.OPEN, False: LoanStatus.RETURNED}  # a loan line says whether it is open
WIDTH = 1200
HEIGHT = 640


class BehindDialog(QDialog):
    """`rows` of one `listing` under `title`; `district_names` names a loan's district."""

    def __init__(
        self,
        title: str,
        listing: Listing,
        rows: Rows[Any],
        district_names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.rows = rows
        self.district_names = district_names
        columns: dict[Listing, Callable[[], list[Column[Any]]]] = {
            Listing.LOANS: self._loan_columns,
            Listing.UNITS: self._unit_columns,
            Listing.PRODUCTS: self._product_columns,
            Listing.STOCK: self._stock_columns,
            Listing.REQUESTS: self._request_columns,
        }
        heading = QLabel(title, objectName="section", wordWrap=True)
        self.count = QLabel(self._count(rows), objectName="note", wordWrap=True)
        self.table: RecordTable[Any] = RecordTable(columns[listing](), empty_text=self.tr("Nothing to list."))
        self.table.view.setAccessibleName(title)
        self.table.set_records(rows.rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = large_target(buttons.button(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(SPACING)
        layout.addWidget(heading)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        wanted = QSize(theme.text_px(WIDTH), theme.text_px(HEIGHT))
        room = (
            parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        ).availableGeometry()
        self.resize(wanted.boundedTo(room.size() * 0.9))  # Close stays on screen, elder mode on a laptop too

    def _count(self, rows: Rows[Any]) -> str:
        if rows.cut:
            said = self.tr("Showing {shown} of {total}.").format(
                shown=vocabulary.number(len(rows.rows)), total=vocabulary.number(rows.total)
            )
        else:
            said = self.tr("{total} in all.").format(total=vocabulary.number(rows.total))
        if rows.hidden:
            said += " " + self.tr("{hidden} more at centres whose devices you may not see.").format(
                hidden=vocabulary.number(rows.hidden)
            )
        if any(isinstance(row, LoanLine) and not row.code for row in rows.rows):
            said += " " + self.tr(
                "Loans of centres where you do not lend show their month only, without loan or unit codes."
            )
        return said

    def _loan_columns(self) -> list[Column[LoanLine]]:
        return [
            Column(self.tr("Loan"), lambda r: r.code or "–"),
            Column(self.tr("Centre"), lambda r: r.centre_code),
            # Not stretched: thirteen columns are wider than the dialog, and a stretched column is the
            # one squeezed to "P-0001…"; the list scrolls sideways instead.
            Column(self.tr("Product"), lambda r: f"{r.product_code} {r.product_name}"),
            Column(self.tr("Unit"), lambda r: r.asset_tag or "–"),
            Column(self.tr("Started"), lambda r: r.start_on.isoformat() if r.start_on else r.month),
            Column(self.tr("Due"), lambda r: r.due_on.isoformat() if r.due_on else "–"),
            Column(
                self.tr("Status"),
                lambda r: vocabulary.word(LoanStatus.OPEN if r.open else LoanStatus.RETURNED),
            ),
            Column(self.tr("Term"), self._term),
            Column(self.tr("Rent"), lambda r: vocabulary.yuan(r.rent_fen)),
            Column(self.tr("Subsidy"), lambda r: vocabulary.yuan(r.subsidy_fen)),
            Column(self.tr("Resident's district"), lambda r: self.district_names.get(r.district_code, "–")),
            Column(self.tr("Age"), lambda r: r.age_band or "–"),
            Column(self.tr("Sex"), lambda r: resident_words.sex(r.sex)),
        ]

    def _term(self, loan: LoanLine) -> str:
        if loan.term_months:
            return self.tr("{months} months").format(months=loan.term_months)
        return self.tr("{days} days").format(days=loan.term_days)

    def _unit_columns(self) -> list[Column[UnitLine]]:
        return [
            Column(self.tr("Unit"), lambda r: r.asset_tag),
            Column(self.tr("Product"), lambda r: f"{r.product_code} {r.product_name}", stretch=True),
            Column(self.tr("Centre"), lambda r: r.centre_code),
            Column(self.tr("State"), lambda r: vocabulary.word(r.state)),
            Column(self.tr("Bought"), lambda r: r.purchased_on.isoformat() if r.purchased_on else "–"),
            Column(self.tr("Times lent"), lambda r: r.loan_count),
        ]

    def _product_columns(self) -> list[Column[ProductLine]]:
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Product"), lambda r: r.name, stretch=True),
            Column(self.tr("Maker"), lambda r: r.enterprise),
            Column(self.tr("Status"), lambda r: vocabulary.word(r.status)),
            Column(self.tr("Reference price"), lambda r: self._price(r.price_fen)),
        ]

    def _stock_columns(self) -> list[Column[StockLine]]:
        return [
            Column(self.tr("Code"), lambda r: r.product_code),
            Column(self.tr("Product"), lambda r: r.product_name, stretch=True),
            Column(self.tr("Quantity"), lambda r: r.quantity),
            Column(self.tr("Reference price"), lambda r: self._price(r.price_fen)),
            Column(self.tr("Value"), lambda r: vocabulary.yuan(r.value_fen)),
        ]

    def _request_columns(self) -> list[Column[RequestLine]]:
        return [
            Column(self.tr("Day"), lambda r: r.day.isoformat()),
            Column(self.tr("Centre"), lambda r: r.centre_code),
            Column(self.tr("Product"), self._requested, stretch=True),
            Column(self.tr("What became of it"), lambda r: self._request_state(r.state)),
        ]

    def _price(self, fen: int | None) -> str:
        return vocabulary.yuan(fen) if fen is not None else self.tr("none")

    def _requested(self, row: RequestLine) -> str:
        if not row.product_code:
            return self.tr("(no particular product)")
        return f"{row.product_code} {row.product_name}"

    def _request_state(self, state: RequestState) -> str:
        return {
            RequestState.WAITING: self.tr("Waiting for a call"),
            RequestState.CALLED_BACK: self.tr("Called back"),
            RequestState.UNREACHABLE: self.tr("Closed: could not be reached"),
            RequestState.WITHDREW: self.tr("Closed: the visitor withdrew"),
            RequestState.EXPIRED: self.tr("Deleted: nobody called back in time"),
        }[state]
