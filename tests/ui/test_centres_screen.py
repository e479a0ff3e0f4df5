"""The centres screen as each role sees it: the centres one may see, with what needs attention in
words; the stock of the chosen centre, its actions per role, and refusals under the field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from silvershop.centres.models import Centre, Location, StockMove
from silvershop.centres.stock import ProductStock
from silvershop.centres.thresholds import set_minimum
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.security.login import login
from silvershop.ui import vocabulary
from silvershop.ui.centres.location_dialog import LocationDialog
from silvershop.ui.centres.screen import CentresScreen
from silvershop.ui.centres.stock_dialogs import MoveDialog, ReceiveDialog
from silvershop.ui.centres.stock_tab import StockTab
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.record_table import RecordTable
from tests.ui.test_settings_users import error_under, on_next_dialog, tab_titles


def open_centres(qtbot: QtBot, db: Database, username: str) -> CentresScreen:
    """The screen as it is built for `username` after they sign in, on its first tab."""
    actor = login(db.sessions, username, DEMO_PASSWORD)
    screen = CentresScreen(Desk(db, Path(db.engine.url.database or ".").parent, demo=True, actor=actor))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.reload()
    return screen


def stock_of(screen: CentresScreen) -> StockTab:
    tab = screen.stock
    assert tab is not None
    screen.show_tab(tab)  # read as it is opened
    return tab


def column(table: RecordTable[object], title: str) -> list[str]:
    """The cells of one column as the person reads them."""
    model = table.model
    number = next(
        i for i in range(model.columnCount()) if model.headerData(i, Qt.Orientation.Horizontal) == title
    )
    return [str(model.data(model.index(row, number))) for row in range(model.rowCount())]


def row_of(tab: StockTab, product_id: int) -> dict[str, str]:
    model = tab.table.model
    row = next(i for i, p in enumerate(model.records()) if p.product_id == product_id)
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    return {title: str(model.data(model.index(row, i))) for i, title in enumerate(titles)}


def held_product(tab: StockTab) -> ProductStock:
    """A product the centre holds, chosen in the list."""
    product = next(p for p in tab.table.model.records() if p.quantity > 0)
    tab.select(product.product_id)
    assert tab.table.selected() == product
    return product


def moves(db: Database) -> int:
    with reading(db.sessions) as session:
        return session.scalar(select(func.count()).select_from(StockMove)) or 0


def test_a_clerk_sees_their_centre_an_administrator_every_centre(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    with reading(demo_database.sessions) as session:
        every = set(session.scalars(select(Centre.code)))
        first = session.scalar(select(Centre.code).order_by(Centre.id).limit(1))
    clerk = open_centres(qtbot, demo_database, "clerk")
    assert tab_titles(clerk) == ["Overview", "Stock", "Transfers", "Stocktakes", "Callback requests (3)"]
    assert column(clerk.table, "Code") == [first]
    assert clerk.choice.count() == 1
    admin = open_centres(qtbot, demo_database, "admin")
    assert set(column(admin.table, "Code")) == every
    assert len(every) > 1


def test_choosing_a_centre_in_the_overview_chooses_it_for_the_stock(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_centres(qtbot, demo_database, "admin")
    assert screen.overview is not None
    rows = screen.overview.table.model.records()
    other = next(c for c in rows if c.id != screen.choice.centre_id())
    screen.overview.table.view.selectRow(rows.index(other))
    assert screen.choice.centre_id() == other.id
    assert screen.overview.heading.text() == other.name
    assert other.code in column(screen.overview.locations, "Label")[0]  # SS:L:<centre>-<location>
    units = screen.overview.facts["units"].text()  # rental units by state, in words
    assert all(f"{n} {vocabulary.word(state)}" in units for state, n in other.units_by_state if n)
    assert not any(vocabulary.word(state) in units for state, n in other.units_by_state if not n)
    assert screen.stock is not None and screen.stock.table.model.rowCount() == 0  # read when opened
    tab = stock_of(screen)
    assert tab.table.model.rowCount() > 0
    assert tab.history_heading.text() == f"Latest moves at {other.name}"


def test_a_clerk_is_offered_the_desk_actions_only(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    clerk = open_centres(qtbot, demo_database, "clerk")
    assert clerk.overview is not None
    tab = stock_of(clerk)
    assert not tab.receive_button.isHidden() and not tab.move_button.isHidden()
    assert tab.adjust_button.isHidden() and tab.write_off_button.isHidden() and tab.minimum_button.isHidden()
    assert clerk.overview.new_centre_button.isHidden()
    assert clerk.overview.edit_centre_button.isHidden() and clerk.overview.add_location_button.isHidden()
    manager = open_centres(qtbot, demo_database, "manager")
    assert (
        manager.overview is not None and manager.overview.new_centre_button.isHidden()
    )  # only an administrator opens centres
    assert not stock_of(manager).write_off_button.isHidden()  # the manager is kept, so is the tab
    admin = open_centres(qtbot, demo_database, "admin")
    assert admin.overview is not None and not admin.overview.new_centre_button.isHidden()


def test_a_delivery_received_through_the_dialog_is_in_the_list_and_its_history(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_centres(qtbot, demo_database, "clerk")  # kept: the tab lives as long as its screen
    tab = stock_of(screen)
    product = held_product(tab)

    def receive_ten(dialog: QWidget) -> None:
        assert isinstance(dialog, ReceiveDialog)
        assert dialog.product.code.text() == product.code  # starts from the product chosen
        dialog.quantity.setValue(10)
        dialog.delivery_note.setText("DN-TEST-0001")
        dialog.action.click()

    failures = on_next_dialog(receive_ten)
    tab.receive_button.click()
    assert not failures, failures
    assert row_of(tab, product.product_id)["Quantity"] == vocabulary.number(product.quantity + 10)
    assert tab.table.selected() is not None and tab.table.selected().product_id == product.product_id  # type: ignore[union-attr]
    latest = {title: column(tab.history, title)[0] for title in ("Change", "What", "Details")}
    assert latest["Change"] == "+10"
    assert latest["What"] == "Received"
    assert latest["Details"] == "Delivery note DN-TEST-0001"
    assert tab.bar.text() == f"ℹ Received 10 × {product.name} into 库房."


def test_moving_more_than_there_is_is_refused_under_the_quantity_and_changes_nothing(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_centres(qtbot, demo_database, "clerk")  # kept: the tab lives as long as its screen
    tab = stock_of(screen)
    product = held_product(tab)
    before = moves(demo_database)
    seen: dict[str, object] = {}

    def move_too_many(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveDialog)
        there = next(p.quantity for p in product.places if p.location_id == dialog.source.currentData())
        dialog.quantity.setValue(there + 1)
        dialog.action.click()
        seen.update(open=dialog.isVisible(), there=there, error=error_under(dialog.quantity))
        dialog.reject()

    failures = on_next_dialog(move_too_many)
    tab.move_button.click()
    assert not failures, failures
    assert seen["open"]
    assert f"Only {seen['there']} of {product.code} {product.name} are at" in str(seen["error"])
    assert moves(demo_database) == before
    assert row_of(tab, product.product_id)["Quantity"] == vocabulary.number(product.quantity)
    assert not tab.bar.isVisible()


def test_a_location_code_with_a_dash_is_refused_under_the_code(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_centres(qtbot, demo_database, "manager")
    assert screen.overview is not None
    with reading(demo_database.sessions) as session:
        before = session.scalar(select(func.count()).select_from(Location))
    seen: dict[str, object] = {}

    def add_a1(dialog: QWidget) -> None:
        assert isinstance(dialog, LocationDialog)
        dialog.code.setText("A-1")
        dialog.name.setText("展示区B")
        dialog.action.click()
        seen.update(open=dialog.isVisible(), code=error_under(dialog.code), name=error_under(dialog.name))
        dialog.reject()

    failures = on_next_dialog(add_a1)
    screen.overview.add_location_button.click()
    assert not failures, failures
    assert seen["open"]
    assert "A location code has 1 to 8 letters" in str(seen["code"])
    assert seen["name"] == ""
    with reading(demo_database.sessions) as session:
        assert session.scalar(select(func.count()).select_from(Location)) == before


def test_below_minimum_only_lists_what_is_short_in_words(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_centres(qtbot, demo_database, "manager")
    tab = stock_of(screen)
    short, enough, *_ = (p for p in tab.table.model.records() if p.quantity > 0 and p.min_quantity is None)
    manager = screen.desk.actor
    assert manager is not None and tab.centre is not None
    with transaction(demo_database.sessions) as session:
        set_minimum(session, manager, short.product_id, tab.centre.id, short.quantity + 3)
        set_minimum(session, manager, enough.product_id, tab.centre.id, enough.quantity)
    screen.reload()
    assert row_of(tab, enough.product_id)["State"] == "OK"
    tab.below_only.setChecked(True)
    codes, states = column(tab.table, "Code"), column(tab.table, "State")
    assert short.code in codes and enough.code not in codes
    assert states[codes.index(short.code)] == "Below minimum: 3 short"
    assert all(state.startswith("Below minimum: ") for state in states)
    assert screen.overview is not None
    screen.tabs.setCurrentWidget(screen.overview)
    [attention] = column(screen.overview.table, "Needs attention")
    below = "1 product below minimum" if len(codes) == 1 else f"{len(codes)} products below minimum"
    assert below in [part.strip() for part in attention.split("·")]


def test_a_scanned_product_label_finds_and_chooses_the_product(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    screen = open_centres(qtbot, demo_database, "clerk")  # kept: the tab lives as long as its screen
    tab = stock_of(screen)
    product = tab.table.model.records()[-1]
    tab.query.setText(f"ｓｓ：ｐ：{product.code.lower()}")  # as a scanner types it with a Chinese IME on
    tab.search()
    assert column(tab.table, "Code") == [product.code]
    assert tab.history_heading.text() == f"Latest moves of {product.name}"
    assert set(column(tab.history, "Product")) == {product.name}
