"""The main window on a demo database: every navigation entry shows its screen with the data in it, and
each member of staff sees the screens of their role only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QScrollArea
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from silvershop.catalog.models import Enterprise, Product
from silvershop.centres.models import Centre
from silvershop.config import local_today
from silvershop.database import Database
from silvershop.db.backup import backup_folder
from silvershop.db.backup_file import check_backup
from silvershop.db.session import reading, transaction
from silvershop.labels.models import LabelPreset
from silvershop.rental.models import DeviceUnit, Loan, LoanStatus
from silvershop.security.permissions import Permission
from silvershop.ui import theme, views, vocabulary
from silvershop.ui.main_window import MainWindow
from silvershop.ui.stats.screen import StatsScreen
from silvershop.ui.widgets.figures import FigureGrid
from silvershop.ui.widgets.record_table import RecordTable
from tests.ui.conftest import open_window

ENGLISH_ENTRIES = ["Catalogue", "Centres", "Rental desk", "Labels", "Statistics", "Settings"]
CHINESE_ENTRIES = ["目录", "体验中心", "租赁", "标签", "统计", "设置"]


def count(db: Database, statement: object) -> int:
    with reading(db.sessions) as session:
        return int(session.scalar(statement) or 0)  # type: ignore[call-overload]


def figure_values(grid: FigureGrid) -> dict[str, str]:
    return {f.caption.text(): f.value.text() for f in grid.figures}


def cell_texts(table: RecordTable[object], column: int) -> list[str]:
    model = table.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def click_entry(qtbot: QtBot, window: MainWindow, name: str) -> None:
    qtbot.mouseClick(window.navigation.buttons[name], Qt.MouseButton.LeftButton)


def test_navigation_has_the_six_entries_in_order_as_large_targets(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database)
    buttons = list(window.navigation.buttons.values())
    assert [b.text() for b in buttons] == ENGLISH_ENTRIES
    for button in buttons:
        assert button.width() >= theme.MIN_TARGET_PX
        assert button.height() >= theme.MIN_TARGET_PX
        assert not button.icon().isNull()
    assert window.windowTitle() == "silvershop"


def test_chinese_labels_by_default(qtbot: QtBot, demo_database: Database, chinese: None) -> None:
    window = open_window(qtbot, demo_database, view="rental")
    assert [b.text() for b in window.navigation.buttons.values()] == CHINESE_ENTRIES
    rental = window.screens["rental"]
    assert rental.heading.text() == "租赁服务台"
    rental.tabs.setCurrentWidget(rental.overview)  # read when it is opened
    assert "在库" in cell_texts(rental.by_state, 0)
    assert "出租中" in cell_texts(rental.by_state, 0)
    assert window.demo_badge is not None
    assert window.demo_badge.text() == "演示数据"


def test_catalogue_shows_the_products_and_enterprises_of_the_database(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, view="settings")
    click_entry(qtbot, window, "catalog")
    screen = window.screens["catalog"]
    assert window.current_page() is screen
    assert screen.isVisible()
    products = count(demo_database, select(func.count()).select_from(Product))
    assert products > 0
    assert screen.tabs.currentWidget() is screen.products  # finding products is what people come for
    screen.tabs.setCurrentWidget(screen.overview)
    figures = figure_values(screen.figures)
    assert figures["Products"] == vocabulary.number(products)
    assert figures["Enterprises"] == vocabulary.number(
        count(demo_database, select(func.count()).select_from(Enterprise))
    )
    assert cell_texts(screen.by_status, 0) == ["Draft", "Submitted", "Listed", "Archived"]
    assert sum(r.products for r in screen.by_status.model.records()) == products
    assert any(r.products > 0 for r in screen.by_scheme.model.records())
    # The summary tables are tall enough to show every row, not just their header.
    assert screen.by_status.view.height() > 4 * 40


def test_centres_lists_every_active_centre(qtbot: QtBot, demo_database: Database, english: None) -> None:
    window = open_window(qtbot, demo_database)
    click_entry(qtbot, window, "centres")
    screen = window.screens["centres"]
    assert screen.isVisible()
    with reading(demo_database.sessions) as session:
        names = set(session.scalars(select(Centre.name).where(Centre.active.is_(True))))
    assert names
    assert set(cell_texts(screen.table, 1)) == names
    assert not screen.table.empty.isVisible()


def test_rental_desk_shows_units_by_state_in_words_and_open_loans(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database)
    click_entry(qtbot, window, "rental")
    screen = window.screens["rental"]
    assert screen.isVisible()
    screen.tabs.setCurrentWidget(screen.overview)  # read when it is opened
    assert cell_texts(screen.by_state, 0) == [
        "Available",
        "Reserved",
        "On loan",
        "Awaiting cleaning",
        "In repair",
        "Retired",
        "Lost",
    ]
    units = count(demo_database, select(func.count()).select_from(DeviceUnit))
    assert units > 0
    assert sum(r.units for r in screen.by_state.model.records()) == units
    open_loans = count(
        demo_database, select(func.count()).select_from(Loan).where(Loan.status == LoanStatus.OPEN)
    )
    assert figure_values(screen.figures)["Open loans"] == vocabulary.number(open_loans)


def test_labels_opens_on_printing_and_lists_the_presets(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database)
    click_entry(qtbot, window, "labels")
    screen = window.screens["labels"]
    assert screen.isVisible()
    assert screen.tabs.tabText(screen.tabs.currentIndex()) == "Print labels"
    screen.show_tab("presets")
    presets = count(demo_database, select(func.count()).select_from(LabelPreset))
    assert screen.presets.table.model.rowCount() == presets > 0
    assert "A4 3×7 (63.5×38.1)" in cell_texts(screen.presets.table, 0)
    assert "A4 label sheet" in cell_texts(screen.presets.table, 2)


def test_statistics_shows_headline_figures(qtbot: QtBot, demo_database: Database, english: None) -> None:
    window = open_window(qtbot, demo_database)
    click_entry(qtbot, window, "stats")
    screen = window.screens["stats"]
    assert isinstance(screen, StatsScreen) and screen.isVisible()
    page = screen.page  # built as the screen is first shown
    assert page is not None
    year = local_today().year  # the screen opens on this year
    started = Loan.start_on.between(date(year, 1, 1), date(year, 12, 31))
    figures = figure_values(page.headlines)
    loans = count(demo_database, select(func.count()).select_from(Loan).where(started))
    assert figures["Loans started"] == vocabulary.number(loans)
    assert figures["Subsidy granted"].startswith("¥")


def test_the_file_menu_exports_the_statistics_of_what_the_screen_shows(
    qtbot: QtBot, demo_database: Database, english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_database)
    target = tmp_path / "统计.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    assert window.stats_export_action.isVisible() and window.stats_export_action.isEnabled()
    window.stats_export_action.trigger()
    assert window.current_view() == "stats"
    qtbot.waitUntil(target.exists, timeout=60_000)
    assert "租赁明细" in openpyxl.load_workbook(target, read_only=True).sheetnames


def test_the_statistics_export_is_not_offered_to_a_desk_clerk(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, user="clerk")
    assert not window.stats_export_action.isVisible()


def test_settings_shows_where_the_data_is(qtbot: QtBot, demo_database: Database, english: None) -> None:
    window = open_window(qtbot, demo_database)
    click_entry(qtbot, window, "settings")
    screen = window.screens["settings"]
    assert screen.isVisible()
    assert screen.database_url.text() == demo_database.url
    assert screen.backend.text() == "SQLite"
    assert screen.schema.text() not in ("", "–")
    assert screen.language.currentData() == "zh_CN"


def test_every_screen_and_tab_fits_the_window_at_its_first_size_without_scrolling(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    """Each screen scrolls in the window only when it needs more room than it has (elder mode on a
    small screen); in the ordinary look at 1280 × 800 none does, and each fills the window's place."""
    window = open_window(qtbot, demo_database)
    walked = 0
    for name in window.navigation.shown():
        window.show_view(name)
        screen = window.screens[name]
        tabs = getattr(screen, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            QApplication.processEvents()
            window.settle()
            area = window.stack.currentWidget()
            assert isinstance(area, QScrollArea) and area.isAncestorOf(screen)
            place = f"{name} {index}"
            assert not area.verticalScrollBar().isVisible(), place
            assert not area.horizontalScrollBar().isVisible(), place
            assert screen.size() == area.viewport().size(), place
            walked += 1
    assert walked >= 20
    assert (window.width(), window.height()) == (1280, 800)


def test_ctrl_and_a_number_switch_screens(qtbot: QtBot, demo_database: Database, english: None) -> None:
    window = open_window(qtbot, demo_database)
    for number, name in enumerate(["catalog", "centres", "rental", "labels", "stats", "settings"], start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view() == name
        assert window.navigation.buttons[name].isChecked()


def test_f5_shows_what_changed_in_the_database(qtbot: QtBot, demo_database: Database, english: None) -> None:
    window = open_window(qtbot, demo_database, view="centres")
    table = window.screens["centres"].table
    before = table.model.rowCount()
    with transaction(demo_database.sessions) as session:
        session.add(Centre(code="NEW01", name="新开体验中心", district_code="320213"))
    assert table.model.rowCount() == before
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert table.model.rowCount() == before + 1
    assert "新开体验中心" in cell_texts(table, 1)


def test_status_bar_names_the_database_and_marks_demo_data(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    demo = open_window(qtbot, demo_database)
    demo.resize(2400, 800)  # room for all of it, however long this test's temporary folder is
    QApplication.processEvents()
    whole = f"Database: {demo_database.url}"
    assert demo.database_label.text() == whole
    assert demo.database_label.toolTip() == demo.database_label.accessibleName() == whole
    assert demo.demo_badge is not None
    assert demo.demo_badge.isVisible()
    assert demo.demo_badge.text() == "Demo data"
    real = open_window(qtbot, demo_database, demo=False)
    assert real.demo_badge is None
    assert not any(label.text() == "Demo data" for label in real.statusBar().findChildren(QLabel))


@pytest.mark.parametrize(
    ("user", "entries", "who"),
    [
        ("admin", ENGLISH_ENTRIES, "系统管理员 (Administrator)"),
        ("manager", ENGLISH_ENTRIES, "中心主任 (Centre manager)"),
        ("clerk", ["Catalogue", "Centres", "Rental desk", "Labels", "Settings"], "租赁服务员 (Desk clerk)"),
        ("editor", ["Catalogue", "Labels", "Statistics", "Settings"], "目录编辑 (Catalogue editor)"),
        ("kiosk", ["Catalogue", "Settings"], "展示终端 (Kiosk)"),
    ],
)
def test_each_role_sees_only_its_screens_in_the_navigation_the_menu_and_ctrl_n(
    qtbot: QtBot, demo_database: Database, english: None, user: str, entries: list[str], who: str
) -> None:
    window = open_window(qtbot, demo_database, user=user)
    buttons = window.navigation.buttons
    assert [buttons[name].text() for name in window.navigation.shown()] == entries
    assert [b.text() for b in buttons.values() if b.isVisibleTo(window)] == entries
    view_menu = [a.text() for a in window.view_actions.values() if a.isVisible() and a.isEnabled()]
    assert view_menu == entries
    assert sorted(window.screens) == sorted(window.navigation.shown())
    for number, name in enumerate(views.NAMES, start=1):
        window.show_view("catalog")
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view() == (name if name in window.screens else "catalog")
    assert window.user_label.text() == f"Signed in: {who}"


def test_file_menu_offers_lock_and_sign_out_once_someone_signed_in(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    waiting = MainWindow()
    qtbot.addWidget(waiting)
    assert not waiting.lock_action.isEnabled()
    assert not waiting.sign_out_action.isEnabled()
    window = open_window(qtbot, demo_database)
    assert window.lock_action.isEnabled()
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.sign_out_action.isEnabled()
    with qtbot.waitSignal(window.sign_out_requested):
        window.sign_out_action.trigger()
    with qtbot.waitSignal(window.lock_requested):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_views_name_the_permission_each_screen_needs() -> None:
    needs = {view.name: view.permission for view in views.VIEWS}
    assert needs == {
        "catalog": Permission.VIEW_CATALOGUE,
        "centres": Permission.VIEW_STOCK,
        "rental": Permission.VIEW_RESIDENTS,
        "labels": Permission.PRINT_LABELS,
        "stats": Permission.VIEW_STATS,
        "settings": None,
    }


def test_theme_uses_readable_type(qapp: QApplication) -> None:
    theme.apply(qapp)
    assert qapp.font().pointSize() >= 11


def test_a_desk_makes_todays_backup_and_one_on_request(
    qtbot: QtBot, demo_database: Database, english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = backup_folder(Path(str(demo_database.engine.url.database)))
    window = open_window(qtbot, demo_database, demo=False)
    qtbot.waitUntil(lambda: any(folder.glob("*-daily.sqlite")), timeout=60_000)
    assert check_backup(next(folder.glob("*-daily.sqlite"))).products > 0
    target = tmp_path / "copies" / "silvershop-today.sqlite3"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    qtbot.waitUntil(lambda: window.backups is not None and not window.backups.busy(), timeout=60_000)
    assert window.backup_action.isVisible()
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: window.notice.text().startswith("Backup saved as"), timeout=60_000)
    assert check_backup(target).products > 0
    assert window.notice.text() == f"Backup saved as {target}."


def test_the_demo_keeps_no_daily_backups_and_a_clerk_is_not_offered_one(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    folder = backup_folder(Path(str(demo_database.engine.url.database)))
    window = open_window(qtbot, demo_database, user="clerk")  # the demo
    qtbot.wait(500)
    assert not window.backup_action.isVisible()
    assert not folder.is_dir() or not list(folder.glob("*-daily.sqlite"))
