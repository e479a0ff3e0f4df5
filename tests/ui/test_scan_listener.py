"""A label scanned anywhere in the main window opens its record: the keys of a scan never end up in
the field that had the focus, the keys of a person typing do, and whatever cannot be opened is said
in the status bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from silvershop.catalog.models import Product
from silvershop.centres.models import Centre, Location
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.rental.models import DeviceUnit, UnitState
from silvershop.security import settings
from silvershop.security.login import login
from silvershop.ui.main_window import MainWindow
from silvershop.ui.scan_listener import SCAN_GAP_MS
from tests.ui.conftest import open_window
from tests.ui.test_scan_field import Clock
from tests.ui.test_settings_users import error_under
from tests.ui.test_stocktakes_tab import SHELF, lines_in_db, start_count

TEMPLATE = "https://ylfw.example.gov.cn/product/{code}"


def window_at(qtbot: QtBot, db: Database, view: str, user: str = "admin") -> tuple[MainWindow, Clock]:
    window = open_window(qtbot, db, view=view, user=user)
    qtbot.wait(10)  # the offscreen platform takes the activation away once the screens are built
    assert window.scan_listener is not None
    clock = Clock()
    window.scan_listener.clock = clock
    return window, clock


def focus(qtbot: QtBot, widget: QWidget) -> QWidget:
    """The keyboard's focus on `widget`, in the active window, where a scanner's keys go."""
    if QApplication.activeWindow() is not widget.window():
        with qtbot.waitActive(widget.window()):
            widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    return widget


def scan(widget: QWidget, text: str) -> None:
    """What a scanner does: the label's keys all at once (QTest knows ASCII keys only), then Enter."""
    assert QApplication.focusWidget() is widget  # where the keyboard's keys go
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def scan_unicode(widget: QWidget, text: str) -> None:
    """A scan through an input method: each character a key event carrying it, then Enter."""
    assert QApplication.focusWidget() is widget
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
    QTest.keyClick(widget, Qt.Key.Key_Return)


def scan_with_shift(widget: QWidget, text: str) -> None:
    """As a US-layout scanner types: Shift down around each capital and colon, keys by their key codes."""
    assert QApplication.focusWidget() is widget
    shift = Qt.KeyboardModifier.ShiftModifier
    for char in text:
        shifted = char.isupper() or char == ":"
        key = Qt.Key.Key_Colon if char == ":" else QKeySequence(char.upper())[0].key()
        if shifted:
            QTest.keyPress(widget, Qt.Key.Key_Shift, shift)
        QTest.keyClick(widget, key, shift if shifted else Qt.KeyboardModifier.NoModifier)
        if shifted:
            QTest.keyRelease(widget, Qt.Key.Key_Shift)
    QTest.keyClick(widget, Qt.Key.Key_Return)


@dataclass(frozen=True)
class Listed:
    id: int
    code: str
    name: str


def product(db: Database, number: int = 5) -> Listed:
    with reading(db.sessions) as session:
        row = session.execute(
            select(Product.id, Product.code, Product.name).order_by(Product.code).offset(number).limit(1)
        ).one_or_none()
    assert row is not None
    return Listed(*row)


def said(window: MainWindow) -> str:
    return window.notice.text()


def chosen_product(window: MainWindow) -> int | None:
    tab = window.screens["catalog"].products
    assert tab is not None
    return tab.selected_id()


def test_a_scan_with_the_focus_on_a_table_opens_the_catalogue_on_the_product(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    wanted = product(demo_database)
    window, _ = window_at(qtbot, demo_database, "centres")
    centres = window.screens["centres"]
    focus(qtbot, centres.table.view)
    scan(centres.table.view, f"SS:P:{wanted.code}")
    assert window.current_view() == "catalog"
    assert chosen_product(window) == wanted.id
    assert said(window) == f"Scanned {wanted.code}: {wanted.name}"


def test_a_scanner_pressing_shift_for_each_capital_is_read(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    wanted = product(demo_database, 6)
    window, _ = window_at(qtbot, demo_database, "catalog")
    tab = window.screens["catalog"].products
    typed: list[str] = []
    tab.query.textChanged.connect(typed.append)
    scan_with_shift(focus(qtbot, tab.query), f"SS:P:{wanted.code}")
    assert typed == []
    assert chosen_product(window) == wanted.id


def test_the_keys_of_a_scan_are_not_typed_into_the_search_box_that_had_the_focus(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    wanted = product(demo_database, 7)
    window, _ = window_at(qtbot, demo_database, "catalog")
    tab = window.screens["catalog"].products
    tab.query.setText("轮椅")
    typed: list[str] = []
    tab.query.textChanged.connect(typed.append)
    focus(qtbot, tab.query)
    scan(tab.query, f"SS:P:{wanted.code}")
    assert typed == []  # not one key of the scan reached the box
    assert tab.query.text() == wanted.code  # then searched for by its code alone
    assert chosen_product(window) == wanted.id
    assert tab.model.rowCount() >= 1


def test_a_person_typing_into_a_search_box_sees_what_they_typed(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window, clock = window_at(qtbot, demo_database, "catalog")
    tab = window.screens["catalog"].products
    focus(qtbot, tab.query)
    for char in "Sun":  # by hand: a key every fifth of a second
        QTest.keyClick(tab.query, char)
        clock.now += 0.2
    assert tab.query.text() == "Sun"
    QTest.keyClicks(tab.query, "Sun")  # fast, but no label starts "SU": the S is handed on at the u
    assert tab.query.text() == "SunSun"
    QTest.keyClick(tab.query, "S")  # could begin a label: held until no key follows
    assert tab.query.text() == "SunSun"
    qtbot.waitUntil(lambda: tab.query.text() == "SunSunS", timeout=SCAN_GAP_MS * 20)
    tab.query.clear()
    focus(qtbot, tab.query)
    for char in "SS:P:P-000005":  # even a label's text, typed by hand, is typed
        QTest.keyClick(tab.query, char)
        clock.now += 0.2
    QTest.keyClick(tab.query, Qt.Key.Key_Return)
    assert tab.query.text() == "SS:P:P-000005"
    # The search the typing asked for ends before the window does (it waits for a search running).
    qtbot.waitUntil(lambda: not tab.pause.isActive() and not tab.model.busy())
    assert window.current_view() == "catalog"
    assert not said(window).startswith(("Scanned", "⚠"))


def test_a_full_width_or_lower_case_scan_opens_the_product(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    first, second = product(demo_database, 3), product(demo_database, 4)
    window, clock = window_at(qtbot, demo_database, "settings")
    table = focus(qtbot, window.screens["settings"].tabs.tabBar())
    wide = "".join(chr(ord(c) + 0xFEE0) if c != " " else c for c in f"SS:P:{first.code}".lower())
    scan_unicode(table, wide)  # ｓｓ：ｐ：ｐ－００…
    assert window.current_view() == "catalog"
    assert chosen_product(window) == first.id
    clock.now += 5
    focus(qtbot, window.screens["catalog"].tabs.tabBar())
    scan(window.screens["catalog"].tabs.tabBar(), f"ss:p:{second.code.lower()}")
    assert chosen_product(window) == second.id


def test_a_unit_scanned_while_the_counter_is_in_view_goes_to_the_counter(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    with reading(demo_database.sessions) as session:
        tag = session.scalars(
            select(DeviceUnit.asset_tag)
            .where(DeviceUnit.state == UnitState.AVAILABLE)
            .order_by(DeviceUnit.id)
        ).first()
    window, _ = window_at(qtbot, demo_database, "rental")
    rental = window.screens["rental"]
    counter = rental.counter
    assert counter is not None and rental.tabs.currentWidget().isAncestorOf(counter)
    tabs = focus(qtbot, rental.tabs.tabBar())  # not the counter's own scan field
    scan(tabs, f"SS:U:{tag}")
    assert counter.current is not None and counter.current.unit.asset_tag == tag
    assert counter.scan.text() == ""
    assert said(window).startswith(f"Scanned {tag}: ")


def test_a_unit_scanned_elsewhere_is_chosen_on_the_units_tab(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    with reading(demo_database.sessions) as session:
        tag = session.scalars(select(DeviceUnit.asset_tag).order_by(DeviceUnit.id.desc())).first()
    window, _ = window_at(qtbot, demo_database, "catalog")
    rental = window.screens["rental"]
    rental.show_tab(rental.tab("loans"))  # the counter is not the rental desk's tab in view
    scan(focus(qtbot, window.screens["catalog"].products.table), f"SS:U:{tag}")
    units = rental.tab("units")
    assert window.current_view() == "rental" and rental.tabs.currentWidget().isAncestorOf(units)
    chosen = units.table.selected()
    assert chosen is not None and chosen.asset_tag == tag


def test_a_scan_that_opens_nothing_says_why_in_the_status_bar(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window, clock = window_at(qtbot, demo_database, "centres")
    table = focus(qtbot, window.screens["centres"].table.view)
    for label, sentence in (
        ("SS:P:P-999999", "No product has the code P-999999"),
        ("SS:U:LX99-00001", "There is no device with the asset tag LX99-00001"),
        ("SS:C:ZZ99", "No centre has the code ZZ99"),
        ("SS:X:1", "“SS:X:1” is not a silvershop label"),
    ):
        scan(table, label)
        clock.now += 2
        assert sentence in said(window)
        assert said(window).startswith("⚠")
        assert window.current_view() == "centres"
        assert QApplication.activeModalWidget() is None  # never a dialog


def test_a_person_whose_role_does_not_open_the_rental_desk_is_told_so(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    with reading(demo_database.sessions) as session:
        tag = session.scalars(select(DeviceUnit.asset_tag)).first()
    window, _ = window_at(qtbot, demo_database, "catalog", user="editor")
    scan(focus(qtbot, window.screens["catalog"].products.table), f"SS:U:{tag}")
    assert said(window) == (
        f"⚠ SS:U:{tag} is the label of a rental device unit; your role does not open Rental desk."
    )
    assert window.current_view() == "catalog"


def test_a_scan_into_a_scan_field_is_left_to_the_field(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    with reading(demo_database.sessions) as session:
        tag = session.scalars(
            select(DeviceUnit.asset_tag).where(DeviceUnit.state == UnitState.AVAILABLE)
        ).first()
    window, _ = window_at(qtbot, demo_database, "rental")
    assert window.scan_listener is not None
    heard: list[str] = []
    window.scan_listener.scanned.connect(heard.append)
    counter = window.screens["rental"].counter
    field = focus(qtbot, counter.scan)
    scan(field, f"SS:U:{tag}")
    assert heard == []
    assert counter.current is not None and counter.current.unit.asset_tag == tag
    assert not said(window).startswith("Scanned")


def test_the_same_label_read_again_within_a_second_is_read_once(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    wanted = product(demo_database)
    window, clock = window_at(qtbot, demo_database, "catalog")
    table = focus(qtbot, window.screens["catalog"].products.table)
    scan(table, f"SS:P:{wanted.code}")
    assert chosen_product(window) == wanted.id
    window.notify("")
    clock.now += 0.5
    scan(table, f"SS:P:{wanted.code}")
    assert said(window) == ""  # dropped: nothing happened again
    clock.now += 1
    scan(table, f"SS:P:{wanted.code}")
    assert said(window).startswith(f"Scanned {wanted.code}")


def test_a_label_carrying_the_citys_product_page_opens_the_product(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    wanted = product(demo_database, 9)
    with transaction(demo_database.sessions) as session:
        admin = login(demo_database.sessions, "admin", DEMO_PASSWORD)
        settings.put(session, admin, settings.PRODUCT_LABEL_URL, TEMPLATE)
    window, clock = window_at(qtbot, demo_database, "centres")
    table = focus(qtbot, window.screens["centres"].table.view)
    scan(table, TEMPLATE.format(code=wanted.code))
    assert window.current_view() == "catalog"
    assert chosen_product(window) == wanted.id
    clock.now += 2
    window.show_view("centres")
    scan(focus(qtbot, table), TEMPLATE.format(code=wanted.code).upper())  # a scanner on Caps Lock
    assert window.current_view() == "catalog"
    assert said(window) == f"Scanned {wanted.code}: {wanted.name}"


def test_a_centres_label_opens_its_overview_and_a_locations_its_stock(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    with reading(demo_database.sessions) as session:
        centre_id, centre, name = session.execute(
            select(Centre.id, Centre.code, Centre.name).order_by(Centre.id.desc())
        ).first()
        location_id, location = session.execute(
            select(Location.id, Location.code).where(Location.centre_id == centre_id).order_by(Location.id)
        ).first()
    window, clock = window_at(qtbot, demo_database, "catalog")
    scan(focus(qtbot, window.screens["catalog"].products.table), f"SS:C:{centre}")
    screen = window.screens["centres"]
    assert window.current_view() == "centres"
    assert screen.tabs.currentWidget() is screen.overview
    assert screen.choice.centre_id() == centre_id
    assert screen.overview.heading.text() == name
    assert said(window) == f"Scanned {centre}: {name}"
    clock.now += 2
    scan(focus(qtbot, screen.overview.table.view), f"SS:L:{centre}-{location}")
    stock = screen.stock
    assert stock is not None and screen.tabs.currentWidget().isAncestorOf(stock)
    assert stock.centre is not None and stock.centre.id == centre_id
    for row in stock.table.model.records():
        assert location_id in {place.location_id for place in row.places}
    assert f"Only what is kept at {location}" in stock.bar.text()
    QTest.keyClicks(stock.query, "x")  # a search again covers the whole centre
    assert stock.location is None and not stock.bar.isVisible()


def test_a_products_label_scanned_on_the_stock_tab_chooses_it_in_stock(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window, _ = window_at(qtbot, demo_database, "centres")
    screen = window.screens["centres"]
    stock = screen.stock
    assert stock is not None
    screen.show_tab(stock)
    held = stock.table.model.records()[0]
    scan(focus(qtbot, stock.query), f"SS:P:{held.code}")
    assert window.current_view() == "centres"
    chosen = stock.table.selected()
    assert chosen is not None and chosen.product_id == held.product_id


def test_keys_typed_behind_the_lock_are_the_lock_pages_and_signing_out_stops_listening(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    wanted = product(demo_database)
    window, _ = window_at(qtbot, demo_database, "centres")
    cover = QLineEdit()
    window.cover(cover)
    scan(focus(qtbot, cover), f"SS:P:{wanted.code}")
    assert cover.text() == f"SS:P:{wanted.code}"
    assert window.current_view() == "centres"
    window.uncover()
    window.detach()
    assert window.scan_listener is None


def test_a_product_page_set_in_the_settings_is_recognised_at_once(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    wanted = product(demo_database, 2)
    window, _ = window_at(qtbot, demo_database, "settings")
    shared = window.screens["settings"].shared
    assert shared is not None
    shared.product_url.setText("ylfw.example.gov.cn/product/{code}")
    shared.save.click()
    assert "must start with http:// or https://" in error_under(shared.product_url)
    shared.product_url.setText(TEMPLATE)
    shared.save.click()
    assert error_under(shared.product_url) == ""
    with reading(demo_database.sessions) as session:
        assert settings.get(session, settings.PRODUCT_LABEL_URL) == TEMPLATE
    window.show_view("centres")
    scan(focus(qtbot, window.screens["centres"].table.view), TEMPLATE.format(code=wanted.code))
    assert window.current_view() == "catalog"
    assert chosen_product(window) == wanted.id


def test_labels_scanned_while_a_count_is_in_view_are_counted(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window, clock = window_at(qtbot, demo_database, "centres", user="manager")
    screen = window.screens["centres"]
    tab = screen.stocktakes
    assert tab is not None
    screen.show_tab(tab)
    start_count(tab, SHELF)
    line = next(iter(lines_in_db(demo_database).values()))
    table = focus(qtbot, tab.count.table)  # the clerk clicked a line; the scan field is not focused
    scan(table, f"SS:L:LX01-{SHELF}")
    assert tab.count.feedback.text().startswith(f"ℹ Counting at {SHELF} ")
    clock.now += 2
    scan(focus(qtbot, table), f"SS:P:{line.product_code}")
    assert window.current_view() == "centres" and screen.tabs.currentWidget().isAncestorOf(tab)
    assert lines_in_db(demo_database)[(SHELF, line.product_code)].counted == 1
    assert said(window) == f"Scanned {line.product_code}: {line.product_name}"
