"""The home page's tiles and the product cards of a list: large buttons a finger opens.

A card shows a name on two lines at most, cut with "…" only on screen: the whole name is the card's
accessible name and is said in full on the product's page. What a visitor can do with the product
(try it here, rent it) is a sentence with a pictogram, never a colour.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QShowEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.kiosk.pages import ProductCard, Tile, TileKind
from silvershop.ui.kiosk import words
from silvershop.ui.kiosk.grid import GridItem
from silvershop.ui.kiosk.pictograms import pictogram
from silvershop.ui.kiosk.pieces import IconLine, photo_pixmap, sentence

TILE_ICON_PX = 80
THUMBNAIL_PX = 150
TILE_NAMES = {
    TileKind.ON_SHOW: QT_TRANSLATE_NOOP("kiosk", "Try them here"),
    TileKind.RENTABLE: QT_TRANSLATE_NOOP("kiosk", "Rent an aid"),
}


def tile_name(tile: Tile) -> str:
    source = TILE_NAMES.get(tile.kind)
    return words.word(source) if source else tile.name


def _spans(text: str, font: QFont, width: float, most: int) -> list[tuple[int, int]]:
    """Where the lines of `text` start and how long they are at `width`: at most `most` + 1 of them,
    so a caller can tell that the text needs more."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long model number too
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while len(spans) <= most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return spans


def _balanced(text: str, font: QFont, width: float, count: int) -> list[tuple[int, int]]:
    """The same number of lines made as even as they go, the narrowest width that still holds the
    text in `count` lines: "健康管理类 / 智能产品" rather than one character left alone on the last."""
    narrow, wide = width / count, width
    while wide - narrow > 1:
        middle = (narrow + wide) / 2
        if len(_spans(text, font, middle, count)) <= count:
            wide = middle
        else:
            narrow = middle
    return _spans(text, font, wide, count)


def first_lines(text: str, font: QFont, width: float, lines: int) -> tuple[str, bool]:
    """`text` in at most `lines` lines of `width`, as even as they go, the last cut with "…" when the
    rest does not fit; and whether it had to be cut."""
    spans = _spans(text, font, width, lines)
    if len(spans) <= lines:
        if len(spans) > 1:
            spans = _balanced(text, font, width, len(spans))
        return "\n".join(text[start : start + length].strip() for start, length in spans), False
    kept = [text[start : start + length].strip() for start, length in spans[: lines - 1]]
    rest = text[spans[lines - 1][0] :].strip()
    last = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return "\n".join([*kept, last]), True


class FittedName(QLabel):
    """A name in at most `lines` lines, cut with "…" to the width it is given; the whole name is its
    accessible name. `cut(bool)` says when that changes whether it had to be cut. With `fill`, it
    keeps the height of all its lines, so cards in a row line up."""

    cut = Signal(bool)

    def __init__(
        self, name: str, lines: int, object_name: str, *, fill: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName=object_name)
        self.lines = lines
        self.fill = fill
        self.is_cut = False
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_name(name)

    def set_name(self, name: str) -> None:
        self.full = name
        self.setAccessibleName(name)
        self.setText(name)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        if width <= 0:
            return
        if self.fill:
            self.setMinimumHeight(math.ceil(QFontMetricsF(self.font()).lineSpacing() * self.lines))
        fitted, is_cut = first_lines(self.full, self.font(), width, self.lines)
        if fitted != self.text():
            self.setText(fitted)
        if is_cut != self.is_cut:
            self.is_cut = is_cut
            self.cut.emit(is_cut)


TILE_NAME_LINES = 3  # a longer name of a city's own category is cut; the tile's accessible name is whole


class TileButton(GridItem):
    """A home tile: its pictogram, its name and how many products it opens, in words."""

    chosen = Signal(object)  # the Tile

    def __init__(self, tile: Tile, parent: QWidget | None = None) -> None:
        super().__init__("tile", parent)
        self.tile = tile
        name, count = tile_name(tile), words.product_count(tile.products)
        self.setAccessibleName(f"{name}, {count}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        picture = QLabel()
        picture.setPixmap(pictogram(tile.picture).pixmap(TILE_ICON_PX, TILE_ICON_PX))
        picture.setFixedSize(TILE_ICON_PX, TILE_ICON_PX)
        self.name = FittedName(name, TILE_NAME_LINES, "kioskTileName")
        self.count = sentence(count, "kioskMuted")
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addStretch(1)
        text.addWidget(self.name)
        text.addWidget(self.count)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(20)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)
        self.clicked.connect(lambda: self.chosen.emit(self.tile))


class CardButton(GridItem):
    """A product in a list: photo (or pictogram), name, price, and where it can be tried or rented."""

    chosen = Signal(int)  # the product's id

    def __init__(self, card: ProductCard, parent: QWidget | None = None) -> None:
        super().__init__("card", parent)
        self.card = card
        self.setAccessibleName(card.name)
        self.setToolTip(card.name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        pixmap = photo_pixmap(card.thumbnail, THUMBNAIL_PX, THUMBNAIL_PX)
        picture.setPixmap(pixmap or pictogram(card.picture).pixmap(THUMBNAIL_PX * 2 // 3))
        picture.setFixedSize(THUMBNAIL_PX, THUMBNAIL_PX)
        self.name = FittedName(card.name, 2, "kioskCardName", fill=True)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.name)
        text.addWidget(sentence(words.price(card.price_fen)))
        if card.on_show_here:
            text.addWidget(IconLine("on_show", words.word(QT_TRANSLATE_NOOP("kiosk", "Try it here"))))
        if card.monthly_rent_fen is not None:
            text.addWidget(IconLine("rentable", words.free_now(card.free_units_here)))
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 18, 18, 18)
        row.setSpacing(18)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.clicked.connect(lambda: self.chosen.emit(self.card.id))
