"""The products behind a tile, a scanned shelf or a search, as large cards; an empty list says so kindly
and offers the way home, so a visitor is never left on a blank page, and a list cut short says so and
offers the search."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from silvershop.kiosk.pages import ProductCard
from silvershop.ui.kiosk.cards import CardButton
from silvershop.ui.kiosk.grid import FlowGrid
from silvershop.ui.kiosk.pieces import KioskPage, button, column, heading, scrolling, sentence

CARD_COLUMN_PX = 560  # 3 columns on a 1920 px screen, 2 on 1280
SHOWN_MOST = 60  # cards a list shows; a search finds the others


class CardList(QWidget):
    """Cards in a grid with a sentence for the empty list and a Home button beside it."""

    opened = Signal(int)  # a product's id
    home = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = FlowGrid(CARD_COLUMN_PX)
        self.empty = sentence()
        self.home_button = button(self.tr("Back to the home page"), "home")
        self.home_button.clicked.connect(self.home)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(self.cards)
        layout.addWidget(self.empty)
        layout.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_cards(self, cards: Sequence[ProductCard], empty_sentence: str = "") -> None:
        """The cards; with none, `empty_sentence` and the Home button (nothing when it is "")."""
        buttons = [CardButton(card) for card in cards]
        for each in buttons:
            each.chosen.connect(self.opened)
        self.cards.set_items(buttons)
        self.cards.setVisible(bool(buttons))
        self.empty.setText(empty_sentence)
        self.empty.setVisible(not buttons and bool(empty_sentence))
        self.home_button.setVisible(not buttons and bool(empty_sentence))


class ProductListPage(KioskPage):
    """A heading, the cards under it and, when there were more than `most` to show, how many are left
    out and a Search button (emits `search`) to find them: a tile promising 4,689 products never
    stops at 60 without a word."""

    opened = Signal(int)
    home = Signal()
    search = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.most = SHOWN_MOST
        self.heading = heading()
        self.list = CardList()
        self.list.opened.connect(self.opened)
        self.list.home.connect(self.home)
        self.more = sentence()
        self.search_button = button(self.tr("Search"), "search")
        self.search_button.clicked.connect(self.search)
        more = QHBoxLayout()
        more.setSpacing(24)
        more.addWidget(self.more, 1)
        more.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignVCenter)
        content = QWidget()
        inner = column(content, margin=0)
        inner.addWidget(self.list)
        inner.addLayout(more)
        inner.addStretch(1)
        self.scroll = scrolling(content)
        layout = column(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)

    def show_cards(self, title: str, cards: Sequence[ProductCard], total: int | None = None) -> None:
        """The first `most` of `cards` (the caller reads one more, to know whether any are left out),
        under `title`; `total` is how many products the list stands for, when known."""
        self.heading.setText(title)
        shown = list(cards[: self.most])
        self.list.show_cards(
            shown,
            self.tr(
                "There are no products here yet. Please choose another picture on the home page, or ask a "
                "member of staff."
            ),
        )
        if total is not None and total > len(shown):
            self.more.setText(
                self.tr("Showing {shown} of {total}. Search to find the others.").format(
                    shown=f"{len(shown):,}", total=f"{total:,}"
                )
            )
        elif len(cards) > len(shown):
            self.more.setText(
                self.tr("Showing the first {shown}. Search to find the others.").format(
                    shown=f"{len(shown):,}"
                )
            )
        else:
            self.more.clear()
        cut = bool(self.more.text())
        self.more.setVisible(cut)
        self.search_button.setVisible(cut)
