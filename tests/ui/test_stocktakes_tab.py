"""A stocktake as the counter and the manager live it: start, scan the shelf and its products (even
full-width, as a scanner types under a Chinese input method), meet refusals that leave the counts
alone, type a count, read each line's result in words, and apply; or stop and continue another day."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from silvershop.centres.ledger import location_balance
from silvershop.centres.stocktakes import CountLine, list_stocktakes, stocktake_view
from silvershop.database import Database, open_database
from silvershop.db.session import reading
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.security.login import login
from silvershop.ui.centres.stocktake_count import COUNTED, RESULT, EnterCountDialog
from silvershop.ui.centres.stocktakes_tab import StartCountDialog, StocktakesTab
from tests.ui.test_scan_field import type_scan
from tests.ui.test_transfers_tab import on_dialog, open_centre_tab

CENTRE = 1  # LX01, where the demo's manager and clerk work, and its store room (ST) is being counted
SHELF = "S1"  # one of its shelves, with six products on it


def open_tab(qtbot: QtBot, db: Database, username: str) -> StocktakesTab:
    """The tab as the centres screen hosts it: read for the centre, and again after each change."""
    return open_centre_tab(qtbot, db, StocktakesTab, username, CENTRE)


def start_count(tab: StocktakesTab, location: str | None) -> None:
    """Start counting one location of the centre, or the whole centre."""

    def choose(dialog: StartCountDialog) -> None:
        assert dialog.scope.currentData() is None  # the whole centre unless a location is chosen
        if location is not None:
            dialog.scope.setCurrentIndex(
                next(i for i in range(dialog.scope.count()) if dialog.scope.itemText(i).startswith(location))
            )
        dialog.action.click()

    failures = on_dialog(StartCountDialog, choose)
    tab.start_button.click()
    assert not failures, failures
    assert tab.pages.currentWidget() is tab.count


def lines_in_db(db: Database, number: int | None = None) -> dict[tuple[str, str], CountLine]:
    """The lines of a count (the newest one unless told), as the database holds them."""
    actor = login(db.sessions, "manager", DEMO_PASSWORD)
    with reading(db.sessions) as session:
        number = number or max(s.id for s in list_stocktakes(session, actor, centre_id=CENTRE))
        return {
            (line.location_code, line.product_code): line
            for line in stocktake_view(session, actor, number).lines
        }


def row_of(tab: StocktakesTab, line: CountLine) -> int:
    wanted = (line.location_id, line.product_id)
    return next(
        i for i, shown in enumerate(tab.count.model.lines) if (shown.location_id, shown.product_id) == wanted
    )


def cell(tab: StocktakesTab, line: CountLine, column: int) -> str:
    model = tab.count.model
    return str(model.data(model.index(row_of(tab, line), column)))


def full_width(text: str) -> str:
    """The text as a Chinese input method in full-width mode types it."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def balance(db: Database, line: CountLine) -> int:
    with reading(db.sessions) as session:
        return location_balance(session, line.product_id, line.location_id)


def continue_open(tab: StocktakesTab) -> int:
    """Continue the open count the tab offers (chosen already when the tab opened)."""
    chosen = tab.table.selected()
    assert chosen is not None and chosen.status.value == "open"
    assert f"Stocktake {chosen.id} is still open" in tab.note.text()
    assert tab.continue_button.text() == "Continue" and tab.continue_button.isEnabled()
    tab.continue_button.click()
    assert tab.pages.currentWidget() is tab.count
    return chosen.id


def test_a_shelf_counted_by_scanning_and_typing_is_applied_to_the_books(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    db = demo_database
    tab = open_tab(qtbot, db, "manager")
    start_count(tab, SHELF)
    page = tab.count
    assert page.instruction.text().startswith(f"Scan each product at {SHELF} ")
    on_shelf = lines_in_db(db)
    a, b, c = list(on_shelf.values())[:3]

    type_scan(qtbot, page.scan, full_width(f"ss:l:LX01-{SHELF}"))  # full width, as under an input method
    assert page.feedback.text().startswith(f"ℹ Counting at {SHELF} ")
    for line in (a, b, a):
        type_scan(qtbot, page.scan, full_width(f"SS:P:{line.product_code}".lower()))
    assert page.feedback.text() == f"✓ {SHELF} · {a.product_code} {a.product_name}: 2 counted"
    assert page.feedback.property("kind") == "done"
    assert (cell(tab, a, COUNTED), cell(tab, b, COUNTED)) == ("2", "1")
    assert (cell(tab, c, COUNTED), cell(tab, c, RESULT)) == ("—", "Not counted")

    for refused, sentence in (
        (f"SS:L:XS01-{SHELF}", "This is a label of another centre (XS01)"),
        ("SS:L:LX01-A1", "This count is of one location only"),
        ("SS:P:P-999999", "No product has the code P-999999"),
    ):
        type_scan(qtbot, page.scan, refused)
        assert page.feedback.text().startswith("⚠ " + sentence)
        assert page.feedback.property("kind") == "error"
    counted = lines_in_db(db)
    assert (counted[SHELF, a.product_code].counted, counted[SHELF, b.product_code].counted) == (2, 1)
    assert (cell(tab, a, COUNTED), cell(tab, b, COUNTED)) == ("2", "1")  # nothing counted was cleared

    page.table.selectRow(row_of(tab, c))

    def type_it(dialog: EnterCountDialog) -> None:
        dialog.counted.setValue(c.expected + 2)
        dialog.action.click()

    failures = on_dialog(EnterCountDialog, type_it)
    page.enter_button.click()
    assert not failures, failures
    in_place = page.model.index(row_of(tab, b), COUNTED)  # and one typed in the table's Counted column
    page.table.setCurrentIndex(in_place)
    page.table.edit(in_place)
    editor = page.table.viewport().findChild(QSpinBox)
    editor.setValue(0)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(tab, b, COUNTED) == "0")
    assert page.feedback.text().endswith(": 0 counted (typed)")

    counts = {a.product_code: 2, b.product_code: 0, c.product_code: c.expected + 2}
    for line in (a, b, c):
        n = counts[line.product_code]
        words = (
            "Matches"
            if n == line.expected
            else f"Missing {line.expected - n}"
            if n < line.expected
            else f"More than booked +{n - line.expected}"
        )
        assert cell(tab, line, RESULT) == words
    assert cell(tab, c, RESULT) == "More than booked +2"
    differing = sum(1 for line in (a, b, c) if counts[line.product_code] != line.expected)
    total = len(on_shelf)
    assert page.summary.text() == f"{total} lines · 3 counted · {differing} differ · {total - 3} not counted"
    page.differences_only.setChecked(True)
    assert len(page.model.lines) == differing
    assert {line.product_code for line in page.model.lines} <= set(counts)

    before = {line.product_code: balance(db, line) for line in on_shelf.values()}
    asked: list[str] = []

    def leave_the_rest_as_booked(box: QMessageBox) -> None:
        asked.append(box.text())
        next(button for button in box.buttons() if button.text() == "Leave them as booked").click()

    failures = on_dialog(QMessageBox, leave_the_rest_as_booked)
    page.apply_button.click()
    assert not failures, failures
    assert (
        f"{differing} counted lines differ" in asked[0] and f"{total - 3} lines were not counted" in asked[0]
    )
    after = {line.product_code: balance(db, line) for line in on_shelf.values()}
    assert after == before | counts  # the counted lines as counted, the others as they were booked
    added = sum(max(0, counts[code] - before[code]) for code in counts)
    removed = sum(max(0, before[code] - counts[code]) for code in counts)
    assert page.bar.text() == f"ℹ {differing} lines adjusted: {added} added, {removed} removed."
    assert page.apply_button.isHidden() and page.scan.isHidden()  # applied: nothing more to count
    page.back_button.click()
    assert tab.table.model.records()[0].status.value == "applied"


def test_a_clerk_counts_but_has_no_apply_button(qtbot: QtBot, demo_database: Database, english: None) -> None:
    tab = open_tab(qtbot, demo_database, "clerk")
    continue_open(tab)
    assert not tab.count.scan.isHidden() and not tab.count.abandon_button.isHidden()
    assert tab.count.apply_button.isHidden()
    manager = open_tab(qtbot, demo_database, "manager")
    continue_open(manager)
    assert not manager.count.apply_button.isHidden()


def test_an_open_count_survives_closing_the_app_and_is_continued(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    first = open_tab(qtbot, demo_database, "clerk")
    number = continue_open(first)  # the demo's count of the store room, most of it done
    store = lines_in_db(demo_database, number)
    a, b = [line for line in store.values() if line.counted is not None][:2]
    for scan in (
        "SS:L:LX01-ST",
        f"SS:P:{a.product_code}",
        f"SS:P:{b.product_code}",
        f"SS:P:{a.product_code}",
    ):
        type_scan(qtbot, first.count.scan, scan)
    assert cell(first, a, COUNTED) == str(a.counted + 2)
    first.close()

    again = open_database(str(demo_database.engine.url))  # the app started again: a new connection
    try:
        tab = open_tab(qtbot, again, "clerk")
        assert tab.pages.currentWidget() is not tab.count
        assert continue_open(tab) == number
        assert (cell(tab, a, COUNTED), cell(tab, b, COUNTED)) == (str(a.counted + 2), str(b.counted + 1))
        assert tab.count.instruction.text().startswith("Scan each product at ST ")
        type_scan(qtbot, tab.count.scan, f"SS:P:{b.product_code}")
        assert cell(tab, b, COUNTED) == str(b.counted + 2)
    finally:
        again.close()


def test_an_abandoned_count_leaves_the_books_and_a_whole_count_begins_with_a_shelf(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    db = demo_database
    tab = open_tab(qtbot, db, "manager")
    number = continue_open(tab)
    store = lines_in_db(db, number)
    held = {code: balance(db, line) for code, line in store.items()}

    def abandon(box: QMessageBox) -> None:
        next(button for button in box.buttons() if button.text() == "Abandon count").click()

    failures = on_dialog(QMessageBox, abandon)
    tab.count.abandon_button.click()
    assert not failures, failures
    assert tab.pages.currentWidget() is not tab.count
    assert f"Stocktake {number} was abandoned" in tab.bar.text()
    assert [s.status.value for s in tab.table.model.records() if s.id == number] == ["abandoned"]
    assert tab.continue_button.text() == "View"  # the abandoned count is chosen still, to look at
    assert {code: balance(db, line) for code, line in store.items()} == held

    start_count(tab, None)  # with nothing open, the whole centre can be counted
    page = tab.count
    assert page.instruction.text() == "Scan the shelf label, then each product on it."
    product = next(iter(store.values())).product_code
    type_scan(qtbot, page.scan, f"SS:P:{product}")
    assert page.feedback.text().startswith("⚠ Scan the label of the shelf or zone you are counting first")
    type_scan(qtbot, page.scan, product)  # a code typed for want of a readable label
    assert page.feedback.text().startswith("⚠ Scan the label of the shelf")
    type_scan(qtbot, page.scan, "SS:L:LX01-ST")
    type_scan(qtbot, page.scan, product)
    assert page.feedback.text().startswith(f"✓ ST · {product} ")
    assert page.feedback.text().endswith(": 1 counted")
