"""The kiosk's home: a welcome naming the centre, a way to search, and large tiles (what can be tried
here, what can be rented here, then each category of the city's scheme) with their counts in words."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from silvershop.kiosk.pages import Tile
from silvershop.ui.kiosk.cards import TileButton
from silvershop.ui.kiosk.grid import FlowGrid
from silvershop.ui.kiosk.pieces import KioskPage, button, column, heading, scrolling

TILE_COLUMN_PX = 380  # 4 columns on a 1920 px screen, 3 on 1280
TILE_LEAST_PX = 150  # a pictogram, a name on two lines and its count
TILE_MOST_PX = 260


class HomePage(KioskPage):
    """Emits `tile_chosen(Tile)` and `search_chosen`."""

    tile_chosen = Signal(object)
    search_chosen = Signal()

    def __init__(self, centre_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self.tr("Welcome to {centre}").format(centre=centre_name))
        self.search_button = button(self.tr("Search for a product"), "search")
        self.search_button.clicked.connect(self.search_chosen)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.heading, 1)
        top.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.tiles = FlowGrid(TILE_COLUMN_PX, least_columns=2)
        self.tiles.grid.setSpacing(16)
        content = QWidget()
        inner = column(content, margin=0)
        inner.addWidget(self.tiles)
        inner.addStretch(1)
        self.scroll = scrolling(content)
        self.scroll.viewport().installEventFilter(self)
        outer = column(self)
        outer.addLayout(top)
        outer.addWidget(self.scroll, 1)

    def show_tiles(self, tiles: Sequence[Tile]) -> None:
        buttons = [TileButton(tile) for tile in tiles]
        for each in buttons:
            each.chosen.connect(self.tile_chosen)
        self.tiles.set_items(buttons)
        if buttons:
            QWidget.setTabOrder(self.search_button, buttons[0])
        self._fit_tiles()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_tiles()  # the room the tiles have is known once the scroll area has its size
        return False

    def _fit_tiles(self) -> None:
        """Tiles of one height that fill the screen's height, within limits a finger and an eye like
        (the rows', since a tile's own least height is the style sheet's to set)."""
        items = self.tiles.items
        if not items:
            return
        columns = self.tiles.columns_for(self.scroll.viewport().width())
        rows = math.ceil(len(items) / columns)
        spacing = self.tiles.grid.verticalSpacing()
        height = (self.scroll.viewport().height() - spacing * (rows - 1)) // rows
        self.tiles.set_row_height(max(TILE_LEAST_PX, min(TILE_MOST_PX, height)))
