"""Elder mode (长辈模式) of the main window: DOMAIN section 7 on every screen, tab and main dialog at
1920 × 1080 and at 1280 × 800 (a screen too tall scrolls, the window stays on the screen), the ordinary
look back when it is switched off with the searches typed kept, kept for each person, found by its
words."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from silvershop.catalog.products import product_details
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.security import users
from silvershop.security.login import login
from silvershop.ui import theme, views
from silvershop.ui.catalog.product_dialog import ProductDialog
from silvershop.ui.main_window import MainWindow
from silvershop.ui.settings.account_dialogs import AddUserDialog
from silvershop.ui.settings.screen import SettingsScreen
from tests.ui.accessibility import point_size, problems, shown
from tests.ui.conftest import open_window

SCREEN = (1920, 1080)
SMALL_SCREEN = (1280, 800)  # the window's own size at start; a laptop's, or 1366 × 768 less a taskbar
WORDS = ("长辈模式", "关怀", "关爱", "亲情", "elder", "Large text", "关怀模式", "ｅｌｄｅｒ")


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The application as `silvershop` styles it, put back as it was, elder mode off, after each test."""
    style, palette, font, sheet = qapp.style().name(), qapp.palette(), qapp.font(), qapp.styleSheet()
    theme.apply(qapp)
    yield qapp
    theme.apply_elder_mode(qapp, False)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


def settled(window: QWidget) -> None:
    QApplication.processEvents()
    if isinstance(window, MainWindow):
        window.settle()
    QApplication.processEvents()


def active(qtbot: QtBot, window: QWidget) -> None:
    """The window active again, for the keys a test sends it: after the application is restyled, Qt's
    offscreen platform leaves no window active (a desktop keeps the one the person works in)."""
    QApplication.processEvents()
    with qtbot.waitActive(window):
        window.activateWindow()


def every_tab(root: QWidget) -> Iterator[str]:
    """Show each tab of `root` in turn (tabs inside tabs too), yielding its title."""
    tabs = root.findChild(QTabWidget)
    if tabs is None:
        yield ""
        return
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settled(root.window())
        yield tabs.tabText(index)


def measures(window: MainWindow) -> list[tuple[str, float, int, int]]:
    """What a person sees of the current screen and the navigation: each widget's kind, text size and
    size, in order."""
    return [
        (type(w).__name__, round(point_size(w), 1), w.width(), w.height())
        for root in (window.navigation, window.current_page())
        for w in shown(root)
    ]


def account_of(db: Database, username: str) -> users.UserRow:
    with reading(db.sessions) as session:
        user = users.find_user(session, username)
        assert user is not None
        return users.own_account(session, users.actor_for(user))


def settings_of(window: MainWindow) -> SettingsScreen:
    screen = window.screens["settings"]
    assert isinstance(screen, SettingsScreen)
    return screen


def area_of(window: MainWindow) -> QScrollArea:
    """The area the screen in view scrolls in."""
    area = window.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    return area


@pytest.mark.parametrize("size", [SCREEN, SMALL_SCREEN], ids=["1920x1080", "1280x800"])
def test_every_screen_and_tab_meets_section_7_in_elder_mode(
    qtbot: QtBot, demo_database: Database, english: None, size: tuple[int, int]
) -> None:
    window = open_window(qtbot, demo_database)
    window.resize(*size)
    window.elder_action.trigger()
    assert theme.elder_mode()
    found: dict[str, list[str]] = {}
    for spec in views.VIEWS:
        window.show_view(spec.name)
        settled(window)
        for title in every_tab(window.screens[spec.name]):
            found[f"{spec.name} {title}"] = problems(window)
            # Nothing asked for more room than the screen has, which would push the bottom of the
            # window off it: a screen too tall for the window scrolls in it instead.
            assert (window.width(), window.height()) == size, f"{spec.name} {title}"
    assert len(found) >= 20  # every screen, most with several tabs, was walked
    assert {place: lines for place, lines in found.items() if lines} == {}
    assert window.minimumSizeHint().width() <= size[0] and window.minimumSizeHint().height() <= size[1]
    heading = window.screens["catalog"].heading
    assert point_size(heading) >= theme.ELDER_HEADING_PT


def test_a_page_with_wrapped_words_scrolls_rather_than_lay_its_buttons_over_each_other(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    """A page's description on two lines at 1280 px counts as one in its least size; the area gives
    the page the second line as well, so the tabs below get all the room they need."""
    window = open_window(qtbot, demo_database, view="labels")
    window.show_elder_mode(True)
    settled(window)
    screen = window.screens["labels"]
    assert screen.purpose.height() > screen.purpose.minimumSizeHint().height()  # wrapped
    tabs = screen.tabs  # type: ignore[attr-defined]
    assert tabs.height() >= tabs.minimumSizeHint().height()
    received = screen.batch.received_button  # type: ignore[attr-defined]
    below = screen.batch.preset_choice  # type: ignore[attr-defined]
    assert (
        received.mapTo(window, received.rect().bottomLeft()).y()
        < below.mapTo(window, below.rect().topLeft()).y()
    )
    assert [line for line in problems(window) if "overlaps" in line] == []
    assert area_of(window).verticalScrollBar().maximum() > 0  # it scrolls instead
    assert (window.width(), window.height()) == SMALL_SCREEN


def test_a_screen_taller_than_the_window_scrolls_to_its_last_button(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database)  # 1280 × 800, as at start
    window.show_elder_mode(True)
    settled(window)
    assert (window.width(), window.height()) == SMALL_SCREEN
    filters = window.screens["catalog"].products.filters  # type: ignore[attr-defined]
    filters.rentable.setCurrentIndex(1)  # for rent: the filters can be cleared
    clear = filters.clear_button
    assert clear.isEnabled() and clear.visibleRegion().isEmpty()  # below the window's bottom edge
    # Tab from the last filter to the button brings it into view, as a person at the keyboard goes.
    active(qtbot, window)
    filters.status.setFocus()
    qtbot.keyClick(filters.status, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is clear
    assert clear.visibleRegion().boundingRect() == clear.rect()
    # Page Up, where the page has no use for it, scrolls back to the top: the heading in view again.
    area = area_of(window)
    window.current_page().setFocus()
    qtbot.keyClick(window.current_page(), Qt.Key.Key_PageUp)
    assert area.verticalScrollBar().value() == 0
    heading = window.screens["catalog"].heading
    assert heading.visibleRegion().boundingRect() == heading.rect()


def test_a_database_path_too_long_for_the_status_bar_is_cut_in_the_middle(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database)  # 1280 × 800
    window.show_elder_mode(True)
    settled(window)
    label = window.database_label
    whole = f"Database: {demo_database.url}"
    shown_text = label.text()
    assert shown_text.startswith("Database: sqlite:") and shown_text.endswith("demo.sqlite3")
    assert "…" in shown_text and len(shown_text) < len(whole)
    assert label.toolTip() == label.accessibleName() == whole
    assert problems(window.statusBar()) == []  # every word in the status bar fits, none is cut off
    assert label.geometry().right() < window.statusBar().width()
    window.resize(*SCREEN)  # more room: cut again as the window grows, less of it left out
    settled(window)
    assert len(shown_text) < len(label.text()) <= len(whole)
    assert problems(window.statusBar()) == []


def test_tab_scroll_arrows_and_spin_box_arrows_are_large_enough_to_hit(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, view="rental")
    window.show_elder_mode(True)
    settled(window)
    bar = window.screens["rental"].tabs.tabBar()  # type: ignore[attr-defined]
    arrows = [button for button in shown(bar) if button is not bar]
    assert len(arrows) == 2  # its tabs are wider than the window: the arrows scroll them
    assert all(min(arrow.width(), arrow.height()) >= theme.ELDER_TARGET_PX for arrow in arrows)
    window.show_view("labels")
    settled(window)
    copies = window.screens["labels"].findChild(QSpinBox)
    assert copies is not None and copies.isVisible()
    option = QStyleOptionSpinBox()
    copies.initStyleOption(option)
    for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        rect = copies.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, copies)
        assert rect.width() >= theme.ELDER_TARGET_PX // 2 and rect.height() >= theme.ELDER_TARGET_PX // 2 - 1


def test_the_product_dialog_and_a_form_dialog_meet_section_7(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database)
    window.resize(*SCREEN)
    window.show_elder_mode(True)  # as the saved choice would at sign-in
    tab = window.screens["catalog"].products  # type: ignore[attr-defined]
    desk = window.desk
    assert desk is not None and desk.actor is not None
    with reading(demo_database.sessions) as session:
        details = product_details(session, desk.actor, tab.model.product(0).id)
    dialogs = [
        ProductDialog(desk, desk.actor, tab.schemes, tab.enterprises, details, tab),
        AddUserDialog(desk, desk.actor, [], window),
    ]
    found: dict[str, list[str]] = {}
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        for title in every_tab(dialog):
            found[f"{type(dialog).__name__} {title}"] = problems(dialog)
        assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1]
        dialog.close()
    assert len(found) >= 5
    assert {place: lines for place, lines in found.items() if lines} == {}


def test_switching_it_off_brings_the_ordinary_look_back(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, view="settings")
    window.resize(*SCREEN)
    settled(window)
    ordinary = measures(window)
    heading = point_size(settings_of(window).heading)
    settings_of(window).account.elder_mode.click()  # type: ignore[union-attr]
    settled(window)
    assert theme.elder_mode() and window.elder_action.isChecked()
    assert point_size(settings_of(window).heading) >= theme.ELDER_HEADING_PT > heading
    assert measures(window) != ordinary
    active(qtbot, window)
    qtbot.keyClick(
        window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settled(window)
    assert not theme.elder_mode() and not window.elder_action.isChecked()
    assert not settings_of(window).account.elder_mode.isChecked()  # type: ignore[union-attr]
    assert measures(window) == ordinary
    assert (window.width(), window.height()) == SCREEN
    assert QApplication.font().pointSize() == theme.BASE_POINT_SIZE
    assert not account_of(demo_database, "admin").elder_mode


def test_switching_keeps_the_screen_its_tab_and_the_searches_typed(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    """The screens are built anew on a switch; what the person was looking for is still there."""
    window = open_window(qtbot, demo_database)
    products = window.screens["catalog"].products  # type: ignore[attr-defined]
    every = products.model.rowCount()
    products.query.setFocus()
    with qtbot.waitSignal(products.model.ids_ready, timeout=10_000):
        products.query.insert("轮椅")  # as an input method hands over the word it made
    matching = products.model.rowCount()
    assert 0 < matching < every
    window.show_view("rental")
    rental = window.screens["rental"]
    units = rental.tab("units")  # type: ignore[attr-defined]
    rental.show_tab(units)  # type: ignore[attr-defined]
    units.query.insert("LX01")
    window.show_view("settings")
    settings_of(window).account.elder_mode.click()  # type: ignore[union-attr]
    settled(window)
    assert theme.elder_mode()
    for switched_off in (False, True):
        products = window.screens["catalog"].products  # type: ignore[attr-defined]
        assert products.query.text() == "轮椅"
        qtbot.waitUntil(lambda: products.model.rowCount() == matching)  # noqa: B023
        rental = window.screens["rental"]
        units = rental.tab("units")  # type: ignore[attr-defined]
        assert rental.tabs.currentWidget().isAncestorOf(units)  # type: ignore[attr-defined]
        assert units.query.text() == "LX01"
        if not switched_off:
            window.show_view("rental")
            window.elder_action.trigger()  # off again, from the View menu
            settled(window)
            assert not theme.elder_mode()
            assert window.current_view() == "rental"


def test_the_choice_is_kept_for_the_person_and_not_for_the_next(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, view="settings")
    box = settings_of(window).account.elder_mode  # type: ignore[union-attr]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # the keyboard, as well as a click
    settled(window)
    assert theme.elder_mode()
    assert account_of(demo_database, "admin").elder_mode
    # The window built its screens anew; the check box, ticked, keeps the focus.
    box = settings_of(window).account.elder_mode  # type: ignore[union-attr]
    assert box.isChecked() and window.focusWidget() is box
    assert window.current_view() == "settings"

    desk = window.desk
    assert desk is not None
    window.detach()  # signed out: the next person starts from the ordinary look
    assert not theme.elder_mode() and not window.elder_action.isChecked()
    assert point_size(window.pages["catalog"].heading) < theme.ELDER_HEADING_PT
    for username, elder in (("admin", True), ("clerk", False), ("admin", True)):
        window.attach(replace(desk, actor=login(demo_database.sessions, username, DEMO_PASSWORD)))
        window.refresh()
        assert theme.elder_mode() is elder, username
        assert window.elder_action.isChecked() is elder
        assert settings_of(window).account.elder_mode.isChecked() is elder  # type: ignore[union-attr]
        assert (point_size(window.screens["settings"].heading) >= theme.ELDER_HEADING_PT) is elder
        window.detach()


def test_a_choice_that_cannot_be_saved_changes_nothing(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, view="settings")
    with transaction(demo_database.sessions) as session:
        gone = users.find_user(session, "admin")
        session.delete(gone)  # removed at another desk while this one is signed in
    window.elder_action.trigger()
    assert not theme.elder_mode() and not window.elder_action.isChecked()
    assert window.notice.text() == "⚠ There is no user called admin."
    box = settings_of(window).account.elder_mode  # type: ignore[union-attr]
    box.click()
    assert not theme.elder_mode() and not box.isChecked()
    bar = settings_of(window).account.elder_bar  # type: ignore[union-attr]
    assert bar.isVisible() and "There is no user called admin." in bar.text()


@pytest.mark.parametrize("word", WORDS)
def test_its_words_find_it_in_settings(
    qtbot: QtBot, demo_database: Database, english: None, word: str
) -> None:
    window = open_window(qtbot, demo_database, view="settings")
    screen = settings_of(window)
    screen.tabs.setCurrentIndex(screen.tabs.count() - 1)  # elsewhere: the search has to go there
    box = screen.account.elder_mode  # type: ignore[union-attr]
    screen.search.setFocus()
    if word.isascii():
        qtbot.keyClicks(screen.search, word)
    else:
        screen.search.insert(word)  # as an input method hands over the word it made
    assert screen.found[0].target is box
    assert screen.tabs.currentWidget().isAncestorOf(box) and box.isVisible()
    assert box.property("found") is True  # highlighted while the person is still typing
    assert QApplication.focusWidget() is screen.search
    assert "Elder mode" in screen.search_result.text()
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is box
    assert not box.isChecked()  # finding it changes nothing


def test_other_settings_are_found_by_their_words_and_nonsense_by_none(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, view="settings")
    screen = settings_of(window)
    for word, target in (
        ("langu", screen.language),
        ("SCANNER", screen.scan_test_button),
        ("new password again", screen.account.again.edit),  # type: ignore[union-attr]
        ("Lock an idle", screen.shared.idle_minutes),  # type: ignore[union-attr]
    ):
        screen.search.clear()
        screen.search.setFocus()
        qtbot.keyClicks(screen.search, word)
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is target, word
        assert screen.tabs.currentWidget().isAncestorOf(target)
        marked = [w for w in screen.findChildren(QWidget) if w.property("found") is True]
        assert len(marked) == 1 and isinstance(marked[0], QLabel), word  # the field's caption
    screen.search.clear()
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "xyzzy")
    assert screen.found == []
    assert screen.search_result.text() == "No setting matches “xyzzy”."
    assert not [w for w in screen.findChildren(QWidget) if w.property("found") is True]
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.search
