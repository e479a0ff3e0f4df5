"""How long the catalogue screen takes to show 100,000 products, filled, as a clerk opens it.

Ours builds the real catalogue screen on the demo database, signed in as the demo's catalogue
editor, refreshes it and lets Qt paint until the table shows its first rows. The baseline is a plain
QTableView over a QStandardItemModel holding the same first page, read with the sqlite3 module: the
least any table of that page can cost. Both run in this process, alternately, after one untimed run
each (Qt's first table pays for loading fonts and styles).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from demo_data import demo_database
from registry import AtMost, Figures, Options, benchmark

PRODUCTS = 100_000
PAGE = 50
FIRST_PAGE_SQL = (
    "SELECT p.code, p.name, p.model, p.brand, e.name, p.reference_price_fen, p.rentable, "
    "p.listing_year, p.status FROM product p JOIN enterprise e ON e.id = p.enterprise_id "
    f"ORDER BY p.code LIMIT {PAGE}"
)


def _application() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _settle(until: Callable[[], bool]) -> None:
    """Let Qt run (timers, queued signals) until `until` holds."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + 10
    while not until():
        QApplication.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the table showed no rows within 10 s")
    QApplication.processEvents()


def ours_once(db_file: Path) -> float:
    from PySide6.QtWidgets import QTableView

    from silvershop.database import open_database
    from silvershop.security.models import Role
    from silvershop.security.permissions import actor_with
    from silvershop.ui.catalog.screen import CatalogScreen
    from silvershop.ui.desk import Desk

    database = open_database(f"sqlite:///{db_file}")
    try:
        desk = Desk(database=database, data_folder=db_file.parent, actor=actor_with([Role.CATALOGUE_EDITOR]))
        started = time.perf_counter()
        screen = CatalogScreen(desk)
        screen.resize(1280, 800)
        screen.show()
        with database.reading() as session:
            screen.refresh(session)
        table = next(view for view in screen.findChildren(QTableView) if view.isVisible())
        _settle(lambda: table.model().rowCount() > 0)
        table.viewport().repaint()  # paints now, reading the rows of the first page
        elapsed = time.perf_counter() - started
        screen.close()
        screen.deleteLater()
        return elapsed * 1000
    finally:
        database.close()


def baseline_once(db_file: Path) -> float:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    started = time.perf_counter()
    connection = sqlite3.connect(db_file)
    rows = connection.execute(FIRST_PAGE_SQL).fetchall()
    connection.close()
    model = QStandardItemModel()
    for row in rows:
        model.appendRow([QStandardItem("" if value is None else str(value)) for value in row])
    table = QTableView()
    table.setModel(model)
    table.resize(1280, 800)
    table.show()
    _settle(lambda: model.rowCount() > 0)
    table.viewport().repaint()
    elapsed = time.perf_counter() - started
    table.close()
    table.deleteLater()
    return elapsed * 1000


@benchmark(
    name="catalogue-view",
    title="Catalogue screen shown and filled, 100,000 products",
    unit="ms",
    baseline="a plain QTableView of the same first page read with sqlite3 (QStandardItemModel)",
    target=AtMost(300, "ms"),
)
def catalogue_view(options: Options) -> Figures:
    db_file = demo_database(options.out, PRODUCTS)
    _application()
    ours_once(db_file)
    baseline_once(db_file)
    ours: list[float] = []
    baseline: list[float] = []
    for _ in range(3 if options.quick else 9):
        ours.append(ours_once(db_file))
        baseline.append(baseline_once(db_file))
    return Figures(ours, baseline)
