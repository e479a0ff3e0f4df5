"""The statistics screen: the programme's figures for a period and a district, as charts, with the
lists behind them and the de-identified workbook (ui/stats/figures_page.py).

The charts need QtCharts, which costs a desk several megabytes, and the figures their queries: memory
is the thin budget of a desk with the city's whole catalogue, and most people who sign in never open
this screen. So the screen is an empty frame until it is first shown, and only then imports and
builds its page. The window reads every screen at sign-in and on F5; this one reads its figures when
it is in view, and otherwise the next time it comes into view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from silvershop.errors import SilvershopError
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.screen import Screen

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from silvershop.ui.stats.figures_page import FiguresPage


class StatsScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Statistics"),
            self.tr(
                "The programme's figures for a period and a district. Click a bar, or reach it with Tab and "
                "the arrow keys and press Enter, to list what it counts; each chart can be saved as a "
                "picture, and its numbers copied as a table."
            ),
            parent,
        )
        self.page: FiguresPage | None = None  # built when the screen is first shown
        self._stale = True

    def refresh(self, session: Session) -> None:
        """Read the figures now if the screen is in view, else when it next comes into view."""
        self._stale = True
        if self.isVisible():
            self._read(session)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._stale:
            return
        try:
            with self.desk.database.reading() as session:
                self._read(session)
        except SilvershopError as err:
            self.built().bar.show_error(err.localized())

    def _read(self, session: Session) -> None:
        self._stale = False
        self.built().read(session)

    def built(self) -> FiguresPage:
        """The page, built the first time it is asked for (see the module's text)."""
        if self.page is None:
            from silvershop.ui.stats.figures_page import FiguresPage  # QtCharts and the figures' queries

            self.page = FiguresPage(self.desk)
            self.body.addWidget(self.page, 1)
        return self.page
