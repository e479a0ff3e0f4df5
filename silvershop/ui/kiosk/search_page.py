"""Searching at the kiosk: a large field, letters on screen for the first letters of a product's
pinyin ("ly" finds 轮椅), and the products found as cards, updated as the letters are typed.

The search waits for a pause of about 300 ms in the typing, then asks once: a senior touching letters
one by one gets each answer, and a physical keyboard's quick typing one. The queries are small (at most
30 products), so they run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from silvershop.kiosk.pages import ProductCard
from silvershop.ui.kiosk.keypads import LetterKeyboard
from silvershop.ui.kiosk.pieces import KioskPage, column, heading, scrolling, sentence, to_top
from silvershop.ui.kiosk.product_list import CardList

DEBOUNCE_MS = 300
QUERY_LIMIT = 40


class SearchPage(KioskPage):
    """`search(text)` gives the cards for a query, or None when the page was replaced by an apology."""

    opened = Signal(int)
    home = Signal()

    def __init__(
        self, search: Callable[[str], Sequence[ProductCard] | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self.heading = heading(self.tr("Search for a product"))
        self.hint = sentence(
            self.tr("Touch the first letters of its name in pinyin, for example L Y for 轮椅 (wheelchair).")
        )
        self.field = QLineEdit()
        self.field.setMaxLength(QUERY_LIMIT)
        self.field.setPlaceholderText(self.tr("Letters or words"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(False)
        self.keyboard = LetterKeyboard(self.field)
        self.outcome = sentence()
        self.results = CardList()
        self.results.opened.connect(self.opened)
        self.results.home.connect(self.home)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _text: self.timer.start())
        self.field.returnPressed.connect(self.run)

        typing = QHBoxLayout()
        typing.setSpacing(10)
        typing.addWidget(self.field, 1)
        typing.addWidget(self.keyboard.clear)
        entry = QVBoxLayout()
        entry.setSpacing(14)
        entry.addLayout(typing)
        entry.addWidget(self.keyboard)
        entry.addStretch(1)
        found = QWidget()
        listing = column(found, margin=0)
        listing.addWidget(self.outcome)
        listing.addWidget(self.results)
        listing.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addLayout(entry, 0)
        self.scroll = scrolling(found)
        row.addWidget(self.scroll, 1)
        layout = column(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(row, 1)
        self.clear()

    def clear(self) -> None:
        """Nothing typed, nothing found: how the page is first seen and how the idle reset leaves it."""
        self.timer.stop()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.results.show_cards(())
        to_top(self)
        self.outcome.setText(self.tr("The products found appear here."))

    def run(self) -> None:
        self.timer.stop()
        query = self.field.text().strip()
        if not query:
            self.clear()
            return
        cards = self._search(query)
        if cards is None:
            return
        if cards:
            self.outcome.setText(self.tr("Found for “{query}”:").format(query=query))
        else:
            self.outcome.setText(
                self.tr("Nothing found for “{query}”. Try fewer letters, or ask a member of staff.").format(
                    query=query
                )
            )
        self.results.show_cards(cards)
        to_top(self)  # the best found first
