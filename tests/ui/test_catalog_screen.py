"""The catalogue's products and enterprises as an editor and a desk clerk use them: a table that reads
only what is on screen, a search that runs as one types, filters that combine with it, sorting by any
column, and deletes that are refused with the reason and archiving offered instead."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QInputMethodEvent, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip, QTreeWidgetItem, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from silvershop.catalog.browse import SortColumn, enterprise_choices
from silvershop.catalog.enterprises import list_enterprises
from silvershop.catalog.models import (
    Category,
    CategoryScheme,
    Product,
    ProductStatus,
    product_category,
)
from silvershop.catalog.search import ProductFilter
from silvershop.centres.models import Centre, DisplayItem, Location
from silvershop.database import Database
from silvershop.db.session import reading
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.rental.models import DeviceUnit
from silvershop.security.login import login
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with
from silvershop.ui.catalog import product_model
from silvershop.ui.catalog.filters import PANEL_WIDTH
from silvershop.ui.catalog.full_names import FullNameTips
from silvershop.ui.catalog.id_query import IdQueries
from silvershop.ui.catalog.product_dialog import ProductDialog
from silvershop.ui.catalog.product_model import COLUMNS, ProductTableModel
from silvershop.ui.catalog.products_tab import ProductsTab
from silvershop.ui.catalog.screen import CatalogScreen
from silvershop.ui.catalog.where_to_find import WhereToFindDialog
from silvershop.ui.catalog.words import CURRENT_STATUSES
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.record_table import RecordTable
from tests.ui.conftest import open_window
from tests.ui.test_settings_users import on_next_dialog, tab_titles

WAIT_MS = 5_000
W = TypeVar("W", bound=QWidget)
_ALIVE: list[QWidget] = []


@pytest.fixture(autouse=True)
def keep_alive() -> Iterator[None]:
    """Hold what a test opened until pytest-qt has closed and deleted it after the test.

    Left to Python, a screen (its signal connections make reference cycles) can be collected by the
    garbage collector in the middle of the paint that pytest-qt lets happen after the test, and so
    be deleted while it is being painted.
    """
    yield
    _ALIVE.clear()


def held(qtbot: QtBot, widget: W) -> W:
    qtbot.addWidget(widget)
    _ALIVE.append(widget)
    return widget


def open_catalog(qtbot: QtBot, db: Database, username: str = "editor") -> CatalogScreen:
    """The catalogue screen as `username` sees it after signing in, on its Products tab."""
    actor = login(db.sessions, username, DEMO_PASSWORD)
    folder = Path(db.engine.url.database or ".").parent
    screen = held(qtbot, CatalogScreen(Desk(db, folder, language="en", demo=True, actor=actor)))
    screen.resize(1280, 800)
    screen.show()
    screen.reload()
    assert screen.products is not None
    screen.tabs.setCurrentWidget(screen.products)
    return screen


def products_tab(screen: CatalogScreen) -> ProductsTab:
    assert screen.products is not None
    return screen.products


def answered(qtbot: QtBot, tab: ProductsTab) -> None:
    """Wait for the order asked of the worker thread to be shown."""
    qtbot.waitUntil(lambda: not tab.model.busy(), timeout=WAIT_MS)


def shown(tab: ProductsTab) -> list[int]:
    return list(tab.model.ids())


def names(tab: ProductsTab) -> list[str]:
    rows = (tab.model.product(row) for row in range(tab.model.rowCount()))
    return [row.name for row in rows if row is not None]


def current_ids(db: Database, *where: object) -> set[int]:
    """Products not archived that meet `where`, read straight from the tables."""
    with reading(db.sessions) as session:
        query = select(Product.id).where(Product.status != ProductStatus.ARCHIVED, *where)  # type: ignore[arg-type]
        return set(session.scalars(query))


def type_chinese(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Type as a Chinese input method does: it composes the characters, then commits them at once.
    (QTest's key clicks know only ASCII keys.)"""
    field.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)
    qtbot.wait(1)


def column_of(title: str) -> int:
    return next(i for i, column in enumerate(COLUMNS) if column.title == title)


def click_header(qtbot: QtBot, tab: ProductsTab, column: int) -> None:
    header = tab.table.horizontalHeader()
    tab.table.scrollTo(tab.model.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_product_model_keeps_qts_rules(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_database: Database, english: None
) -> None:
    actor = login(demo_database.sessions, "editor", DEMO_PASSWORD)
    model = ProductTableModel(demo_database.reading, actor)
    with qtbot.waitSignal(model.ids_ready, timeout=WAIT_MS):
        model.set_filter(ProductFilter())
    assert model.rowCount() == 60
    qtmodeltester.check(model)
    with demo_database.reading() as session:
        model.set_filter(ProductFilter(text="助", statuses=CURRENT_STATUSES), session)
    with qtbot.waitSignal(model.ids_ready, timeout=WAIT_MS):
        model.sort(column_of("Price (元)"), Qt.SortOrder.DescendingOrder)
    assert 0 < model.rowCount() < 60
    qtmodeltester.check(model)
    model.wait()


def test_the_table_reads_only_the_pages_on_screen_and_keeps_only_a_few(
    qtbot: QtBot, demo_database: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(product_model, "PAGE_SIZE", 10)
    monkeypatch.setattr(product_model, "PAGES_KEPT", 2)
    screen = open_catalog(qtbot, demo_database)
    tab = products_tab(screen)
    tab.filters.status.setCurrentIndex(tab.filters.status.findData("any"))  # all 60
    qtbot.waitUntil(lambda: tab.model.rowCount() == 60, timeout=WAIT_MS)
    tab.table.viewport().grab()
    first_screen = tab.model.rows_in_memory()
    assert 0 < first_screen <= 20, "only the pages of the rows on screen are read"
    assert tab.model.pages_read <= 2
    tab.table.scrollToBottom()
    tab.table.viewport().grab()
    assert tab.model.product(59) is not None
    assert tab.model.rows_in_memory() <= 20, "pages scrolled past are let go"


def test_typing_searches_once_the_typist_pauses(qtbot: QtBot, demo_database: Database, english: None) -> None:
    screen = open_catalog(qtbot, demo_database)
    tab = products_tab(screen)
    everything = shown(tab)
    wheelchairs = current_ids(demo_database, Product.name.contains("轮椅"))
    assert wheelchairs
    assert len(everything) > len(wheelchairs)

    type_chinese(qtbot, tab.query, "轮椅")
    assert tab.pause.isActive()
    assert shown(tab) == everything, "nothing is searched while the typist is typing"
    qtbot.waitUntil(lambda: set(shown(tab)) == wheelchairs, timeout=WAIT_MS)
    assert all("轮椅" in name for name in names(tab))
    assert tab.count.text().startswith(f"{len(wheelchairs)} products")

    tab.query.clear()
    qtbot.waitUntil(lambda: shown(tab) == everything, timeout=WAIT_MS)
    qtbot.keyClicks(tab.query, "lunyi")
    qtbot.waitUntil(lambda: set(shown(tab)) == wheelchairs, timeout=WAIT_MS)


def test_a_scheme_chosen_in_the_tree_and_the_search_combine(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_catalog(qtbot, demo_database)
    tab = products_tab(screen)
    with reading(demo_database.sessions) as session:
        rental = session.scalar(select(CategoryScheme.id).where(CategoryScheme.key == "wuxi_rental"))
    in_rental = Product.id.in_(
        select(product_category.c.product_id)
        .join(Category, Category.id == product_category.c.category_id)
        .where(Category.scheme_id == rental)
    )
    both = current_ids(demo_database, in_rental, Product.name.contains("助"))
    only_rental = current_ids(demo_database, in_rental)
    only_text = current_ids(demo_database, Product.name.contains("助"))
    assert both
    assert both < only_rental
    assert both < only_text

    assert rental is not None
    tab.filters.choose_scheme(rental)
    answered(qtbot, tab)
    assert set(shown(tab)) == only_rental
    type_chinese(qtbot, tab.query, "助")
    qtbot.waitUntil(lambda: set(shown(tab)) == both, timeout=WAIT_MS)
    assert tab.filters.clear_button.isEnabled()
    tab.filters.clear_button.click()
    answered(qtbot, tab)
    assert set(shown(tab)) == only_text


def test_clicking_the_price_header_sorts_by_price_both_ways(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_catalog(qtbot, demo_database)
    tab = products_tab(screen)
    price = column_of("Price (元)")

    def prices() -> list[int]:
        rows = (tab.model.product(row) for row in range(tab.model.rowCount()))
        return [row.price_fen if row and row.price_fen is not None else -1 for row in rows]

    assert prices() != sorted(prices())
    click_header(qtbot, tab, price)
    answered(qtbot, tab)
    assert prices() == sorted(prices())
    assert tab.model.data(tab.model.index(0, price)) == "0.00"
    assert tab.model.data(tab.model.index(0, price), Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    click_header(qtbot, tab, price)
    answered(qtbot, tab)
    assert prices() == sorted(prices(), reverse=True)
    assert tab.model.data(tab.model.index(0, price)) == "66,329.00"


def test_a_desk_clerk_sees_the_catalogue_without_any_button_that_changes_it(
    qtbot: QtBot, demo_database: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(
        "silvershop.ui.catalog.product_actions.ProductDialog", lambda *args: opened.append(args)
    )
    screen = open_catalog(qtbot, demo_database, "clerk")
    assert tab_titles(screen) == ["Products", "Enterprises", "Overview"]
    tab = products_tab(screen)
    assert tab.model.rowCount() > 0
    assert all(button.isHidden() for button in tab.write_buttons)
    enterprises = screen.enterprises
    assert enterprises is not None
    assert all(
        b.isHidden() for b in (enterprises.new_button, enterprises.edit_button, enterprises.delete_button)
    )
    assert not enterprises.products_button.isHidden()
    tab.select(tab.model.ids()[0])
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # as a double-click: no editor for someone who may not edit
    assert opened == []


def test_deleting_a_product_with_device_units_is_refused_with_the_reason_and_archiving_offered(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_catalog(qtbot, demo_database)
    tab = products_tab(screen)
    with reading(demo_database.sessions) as session:
        lent = session.scalar(
            select(DeviceUnit.product_id)
            .join(Product, Product.id == DeviceUnit.product_id)
            .where(Product.status != ProductStatus.ARCHIVED)
            .limit(1)
        )
    assert lent is not None
    assert tab.select(lent)
    asked: list[str] = []

    def confirm_then_archive(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text() == "Delete")
        failures.extend(on_next_dialog(take_archive))
        button.click()

    def take_archive(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Archive").click()

    failures = on_next_dialog(confirm_then_archive)
    tab.delete_button.click()
    assert not failures, failures
    assert "cannot be undone" in asked[0]
    assert "device units" in asked[1]
    assert "cannot be deleted" in asked[1]
    with reading(demo_database.sessions) as session:
        assert session.get_one(Product, lent).status is ProductStatus.ARCHIVED
    assert lent not in shown(tab), "archived products leave the list until asked for"
    assert "is archived" in tab.bar.text()


def test_show_products_of_an_enterprise_switches_to_its_products(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_catalog(qtbot, demo_database)
    enterprises = screen.enterprises
    assert enterprises is not None
    screen.tabs.setCurrentWidget(enterprises)
    busiest = max(enterprises.table.model.records(), key=lambda e: e.products)
    enterprises.select(busiest.id)
    enterprises.products_button.click()
    tab = products_tab(screen)
    assert screen.tabs.currentWidget() is tab
    answered(qtbot, tab)
    with reading(demo_database.sessions) as session:
        made = set(session.scalars(select(Product.id).where(Product.enterprise_id == busiest.id)))
    assert set(shown(tab)) == made
    assert len(made) == busiest.products


def test_a_product_photo_shows_in_the_table(
    qtbot: QtBot, demo_database: Database, english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = open_catalog(qtbot, demo_database)
    tab = products_tab(screen)
    photo = tmp_path / "photo.png"
    picture = QPixmap(400, 300)
    picture.fill(Qt.GlobalColor.darkCyan)
    assert picture.save(str(photo))
    monkeypatch.setattr("silvershop.ui.catalog.product_actions.choose_photo_files", lambda parent: [photo])
    product_id = tab.model.ids()[0]
    cell = tab.model.index(0, 0)
    placeholder = tab.model.data(cell, Qt.ItemDataRole.DecorationRole)
    assert tab.model.data(cell, Qt.ItemDataRole.ToolTipRole) == "No photo yet"
    tab.select(product_id)
    tab.photo_button.click()
    assert "photo was added" in tab.bar.text()
    row = tab.model.row_of(product_id)
    assert row is not None
    cover = tab.model.data(tab.model.index(row, 0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(cover, QPixmap)
    assert cover.cacheKey() != placeholder.cacheKey()
    middle = cover.toImage().pixelColor(cover.width() // 2, cover.height() // 2)
    assert middle.red() < 16 and abs(middle.green() - 128) < 16 and abs(middle.blue() - 128) < 16  # teal


def test_a_search_that_finds_nothing_says_so_and_what_to_try(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_catalog(qtbot, demo_database)
    tab = products_tab(screen)
    everything = shown(tab)
    qtbot.keyClicks(tab.query, "zqxzqx")
    qtbot.waitUntil(lambda: tab.results.currentWidget() is tab.no_match, timeout=WAIT_MS)
    said = tab.no_match
    assert "zqxzqx" in said.headline.text()
    assert "pinyin" in said.advice.text()
    assert "Archived products are left out" in said.advice.text()
    assert said.clear_search_button.isVisibleTo(tab)
    assert not said.clear_filters_button.isVisibleTo(tab)
    assert not tab.table.isVisibleTo(tab), "no blank table"

    maker_id, maker = tab.enterprises[0]
    tab.filters.choose_enterprise(maker_id)
    answered(qtbot, tab)
    assert tab.results.currentWidget() is said
    assert f"Enterprise: {maker}" in said.filters.text()
    assert "Status: All statuses" in said.filters.text()
    said.clear_filters_button.click()
    answered(qtbot, tab)
    assert tab.filters.is_default()
    assert not said.filters.isVisibleTo(tab)

    said.clear_search_button.click()
    answered(qtbot, tab)
    assert tab.query.text() == ""
    assert shown(tab) == everything
    assert tab.results.currentWidget() is tab.table


def test_an_empty_catalogue_says_so_rather_than_showing_a_blank_table(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_catalog(qtbot, demo_database)
    tab = products_tab(screen)
    tab.filters.status.setCurrentIndex(tab.filters.status.findData(ProductStatus.ARCHIVED.value))
    answered(qtbot, tab)
    if tab.model.rowCount():  # the demo archives a few: ask for a year none is listed in as well
        tab.filters.year.addItem("1999", 1999)
        tab.filters.year.setCurrentIndex(tab.filters.year.count() - 1)
        answered(qtbot, tab)
    assert tab.results.currentWidget() is tab.no_match
    assert tab.no_match.headline.text() == "No product matches the chosen filters."
    assert "Status: Archived" in tab.no_match.filters.text()


def test_at_1280_by_800_the_table_shows_every_column_up_to_the_enterprise_whole(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, view="catalog", user="editor")
    tab = window.findChild(ProductsTab)
    assert tab is not None
    assert tab.splitter.sizes()[0] <= PANEL_WIDTH
    header = tab.table.horizontalHeader()
    enterprise = column_of("Enterprise")
    assert header.sectionViewportPosition(enterprise) + header.sectionSize(enterprise) <= (
        tab.table.viewport().width()
    )


def test_a_category_cut_short_in_the_filter_tree_shows_its_whole_name_on_hover(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_catalog(qtbot, demo_database)
    tree = products_tab(screen).filters.tree
    tree.resize(tree.fontMetrics().horizontalAdvance("智慧健康养老产品及服务"), tree.height())
    assert isinstance(tree.itemDelegate(), FullNameTips)

    def tip(item: QTreeWidgetItem) -> str:
        """The tooltip shown when the pointer rests on `item`."""
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=WAIT_MS)
        middle = tree.visualItemRect(item).center()
        hover = QHelpEvent(QEvent.Type.ToolTip, middle, tree.viewport().mapToGlobal(middle))
        QApplication.sendEvent(tree.viewport(), hover)
        return QToolTip.text() if QToolTip.isVisible() else ""

    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    smart = next(item for item in items if item.text(0).startswith("智慧健康养老产品及服务推广目录"))
    assert tip(smart) == smart.text(0), "a long name cut short is shown whole"
    assert tip(items[0]) == "", "a name shown whole needs no tooltip"
    smart.setExpanded(True)
    edition = smart.child(0)
    assert edition.text(0).isdigit()
    assert tip(edition).startswith("智慧健康养老产品及服务推广目录"), "an edition is named with its scheme"
    QToolTip.hideText()


def test_enterprises_are_listed_in_the_order_the_catalogue_gives_pinyin_not_code_points(
    qtbot: QtBot, demo_database: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with reading(demo_database.sessions) as session:
        choices = enterprise_choices(session)
    names = [name for _id, name in choices]
    assert names != sorted(names), "the demo's makers sort differently by pinyin and by code point"
    screen = open_catalog(qtbot, demo_database)
    tab = products_tab(screen)
    combo = tab.filters.enterprise
    assert [combo.itemText(i) for i in range(1, combo.count())] == names
    dialog = held(qtbot, ProductDialog(tab.desk, tab.actor, tab.schemes, tab.enterprises))
    maker = dialog.enterprise
    assert [maker.itemText(i) for i in range(1, maker.count())] == names

    def backwards(*args: object, **kwargs: object) -> list[object]:
        return list(reversed(list_enterprises(*args, **kwargs)))  # type: ignore[arg-type]

    monkeypatch.setattr("silvershop.ui.catalog.enterprises_tab.list_enterprises", backwards)
    enterprises = screen.enterprises
    assert enterprises is not None
    with reading(demo_database.sessions) as session:
        enterprises.refresh(session)
        given = [e.name for e in backwards(session, enterprises.actor)]
    assert [e.name for e in enterprises.table.model.records()] == given
    view = enterprises.table.view
    assert [view.model().index(row, 0).data() for row in range(len(given))] == given, "not re-sorted"


def test_a_database_failure_during_a_search_is_told_not_left_searching(qtbot: QtBot) -> None:
    @contextmanager
    def broken() -> Iterator[Session]:
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))
        yield  # pragma: no cover - never reached

    queries = IdQueries(broken, actor_with([Role.CATALOGUE_EDITOR]))
    with qtbot.waitSignal(queries.answers.failed, timeout=5_000) as failed:
        queries.ask(ProductFilter(text="轮椅"), SortColumn.RELEVANCE, False)
    generation, err = failed.args
    assert generation == queries.generation
    assert "database is locked" in str(err)
    assert "F5" in str(err)
    queries.wait()


def test_a_clerk_asks_where_a_product_is_on_show_and_how_many_each_centre_has(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    with reading(demo_database.sessions) as session:
        shown = session.execute(
            select(DisplayItem.product_id, Location.code, Centre.code)
            .join(Location, Location.id == DisplayItem.location_id)
            .join(Centre, Centre.id == DisplayItem.centre_id)
            .order_by(DisplayItem.id)
        ).first()
    assert shown is not None
    product_id, location_code, centre_code = shown
    tab = products_tab(open_catalog(qtbot, demo_database, "clerk"))
    answered(qtbot, tab)
    assert tab.where_button.isVisible() and not tab.where_button.isEnabled()  # nothing chosen yet
    assert tab.select(product_id)
    assert tab.where_button.isEnabled()
    seen: list[list[str]] = []

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, WhereToFindDialog)
        table = dialog.findChild(RecordTable)
        model = table.model
        seen.extend(
            [str(model.index(row, col).data()) for col in range(model.columnCount())]
            for row in range(model.rowCount())
        )
        dialog.close()

    failures = on_next_dialog(read_and_close)
    qtbot.mouseClick(tab.where_button, Qt.MouseButton.LeftButton)
    assert not failures
    [here] = [row for row in seen if row[0].startswith(centre_code)]
    assert here[1].startswith(location_code)
    assert int(here[2].replace(",", "")) >= 1  # what is on show is also in the centre's stock
