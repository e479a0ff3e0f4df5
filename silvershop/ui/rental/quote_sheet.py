"""The quote as the clerk reads it out: the catalogue rent, the subsidy with the city's words for the
rule (or why there is none), the resident's subsidy this year and what is left of the cap, the
deposit, and what to pay now in large type.

Every figure is the service's (`rental.quotes.Quote`), formatted and nothing else: the sheet does
no arithmetic of its own, so the screen and the checkout can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from silvershop.rental.quotes import NoSubsidy, Quote
from silvershop.ui import theme, vocabulary
from silvershop.ui.rental import counter_words
from silvershop.ui.rental.counter_words import money
from silvershop.ui.theme import ACCENT, CARD_BORDER, MUTED, TEXT


def sheet_style() -> str:
    """Sized for the look the sheet is made in (theme.text_pt: elder mode or not)."""
    return f"""
#quoteSheet, #returnSheet {{ background: #FFFFFF; border: 1px solid {CARD_BORDER}; border-radius: 10px; }}
#sheetLabel {{ color: {TEXT}; }}
#sheetValue {{ color: {TEXT}; font-weight: 600; }}
#sheetNote {{ color: {MUTED}; font-size: {theme.text_pt(11)}pt; padding-bottom: 2px; }}
#sheetTotalLabel {{ color: {TEXT}; font-size: {theme.text_pt(16)}pt; font-weight: 600; }}
#sheetTotal {{ color: {ACCENT}; font-size: 26pt; font-weight: 700; }}
#sheetEmpty {{ color: {MUTED}; font-size: {theme.text_pt(13)}pt; }}
#sheetLine {{ color: {TEXT}; }}
"""


class Sheet(QFrame):
    """Lines across the sheet, rows of a label and an amount (right-aligned under each other) with
    notes under them, and a total in large type at the foot; `values[key]` is each amount's label,
    for screen readers and tests alike. Each `start` lays the sheet out afresh."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=name)
        self.setStyleSheet(sheet_style())
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(20, 14, 20, 16)
        self.outer.setSpacing(8)
        self.empty = QLabel(objectName="sheetEmpty", wordWrap=True)
        self.outer.addWidget(self.empty)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.outer.addWidget(self.rows)
        self.outer.addStretch(1)
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}

    def say(self, sentence: str) -> None:
        """A sentence in place of the figures (nothing to show yet, or why there is no quote)."""
        self.empty.setText(sentence)
        self.empty.show()
        self.rows.hide()

    def start(self) -> None:
        """An empty sheet to lay the figures on."""
        old = self.rows
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        self.outer.replaceWidget(old, self.rows)
        self.rows.show()
        old.hide()
        old.deleteLater()
        self.values.clear()
        self.labels.clear()
        self.empty.hide()

    def line(self, key: str, text: str) -> None:
        """A line across the sheet, above the figures: what they are about."""
        label = QLabel(text, objectName="sheetLine", wordWrap=True)
        self._place(label, self.grid.rowCount(), 0, 1, 2)
        self.values[key] = label

    def row(self, key: str, label: str, value: str, note: str = "") -> None:
        at = self.grid.rowCount()
        caption = QLabel(label, objectName="sheetLabel", wordWrap=True)
        amount = QLabel(value, objectName="sheetValue")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        amount.setAccessibleName(f"{label}: {value}")
        self._place(caption, at, 0)
        self._place(amount, at, 1)
        self.values[key], self.labels[key] = amount, caption
        if note:
            self._place(QLabel(note, objectName="sheetNote", wordWrap=True), at + 1, 0, 1, 2)

    def total(self, key: str, label: str, value: str) -> None:
        """The sum handed over or back, under a rule, in its own row so its size widens no column."""
        rule = QFrame(frameShape=QFrame.Shape.HLine)
        rule.setStyleSheet(f"color: {CARD_BORDER};")
        caption = QLabel(label, objectName="sheetTotalLabel")
        amount = QLabel(value, objectName="sheetTotal")
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount.setAccessibleName(f"{label}: {value}")
        foot = QHBoxLayout()
        foot.setSpacing(16)
        foot.addWidget(caption, 1)
        foot.addWidget(amount)
        at = self.grid.rowCount()
        self._place(rule, at, 0, 1, 2)
        self.grid.addLayout(foot, at + 1, 0, 1, 2)
        caption.show()
        amount.show()
        self.values[key], self.labels[key] = amount, caption

    def _place(self, widget: QWidget, row: int, column: int, rows: int = 1, columns: int = 1) -> None:
        """Add `widget` to the figures, shown at once (a layout would show it when the event loop
        comes round, and whoever reads the sheet straight after a change would miss it)."""
        self.grid.addWidget(widget, row, column, rows, columns)
        widget.show()


class QuoteSheet(Sheet):
    """A quote for a checkout, or for a renewal, whose deposit (`carried_deposit_fen`) was paid at the
    first checkout and carries over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("quoteSheet", parent)

    def show_quote(self, quote: Quote, *, carried_deposit_fen: int | None = None) -> None:
        self.start()
        self.row(
            "rent",
            self.tr("Catalogue rent, {term}").format(term=counter_words.term(quote.term)),
            money(quote.rent_fen),
        )
        self.values["rent"].setToolTip(
            self.tr("{monthly} a month").format(monthly=money(quote.monthly_rent_fen))
        )
        self._subsidy(quote)
        if quote.rule_set_id is not None:
            self.row(
                "used",
                self.tr("Subsidy used in {year}").format(year=quote.start_on.year),
                money(quote.used_this_year_fen),
            )
            self.row("left", self.tr("Left of the cap after this loan"), money(quote.left_after_fen))
            self.values["left"].setToolTip(
                self.tr("The cap is {cap} a year.").format(cap=money(quote.cap_fen))
            )
        if carried_deposit_fen is None:
            self.row("deposit", self.tr("Deposit, refunded at return"), money(quote.deposit_fen))
        else:
            self.row(
                "deposit",
                self.tr("Deposit"),
                money(0),
                self.tr("The deposit of {deposit} paid at checkout carries over.").format(
                    deposit=money(carried_deposit_fen)
                ),
            )
        self.row("due", self.tr("Due back on"), quote.due_on.isoformat())
        pay_now = quote.pay_now_fen if carried_deposit_fen is None else quote.payable_fen
        self.total("pay_now", self.tr("Pay now"), money(pay_now))

    def _subsidy(self, quote: Quote) -> None:
        """The rate and the rule in the city's words, or why there is no subsidy."""
        if quote.subsidy_fen and quote.rule is not None:
            note = quote.rule.label
            if quote.subsidy_before_cap_fen > quote.subsidy_fen:
                note += "; " + self.tr("limited by the cap ({full} without it)").format(
                    full=money(quote.subsidy_before_cap_fen)
                )
            label = self.tr("Subsidy, {rate}").format(rate=counter_words.percent(quote.rule.rate_bp))
            self.row("subsidy", label, money(-quote.subsidy_fen), note)
            return
        reason = vocabulary.word(quote.no_subsidy or NoSubsidy.NOT_ELIGIBLE)
        if quote.no_subsidy is NoSubsidy.CAP_REACHED and quote.rule is not None:
            reason = f"{reason} ({quote.rule.label})"
        self.row("subsidy", self.tr("Subsidy"), money(0), reason)
