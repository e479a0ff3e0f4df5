"""The statistics screen on the demo's data: charts drawn offscreen with the domain's numbers, following
the period and the district; a bar opens the list it counts; pictures saved, numbers copied, the
de-identified workbook written; QtCharts loaded only once the screen is shown."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarSet, QChart, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from silvershop.catalog.models import ProductStatus
from silvershop.centres.models import Centre
from silvershop.config import local_today
from silvershop.database import Database
from silvershop.db.session import reading
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.kiosk.callbacks import RequestState
from silvershop.rental.models import Loan, UnitState
from silvershop.security.login import login
from silvershop.stats.behind import Rows
from silvershop.stats.figures import Dashboard
from silvershop.stats.period import PeriodKind
from silvershop.ui.desk import Desk
from silvershop.ui.settings.screen import SettingsScreen
from silvershop.ui.stats.behind_dialog import BehindDialog
from silvershop.ui.stats.board import ChartBoard
from silvershop.ui.stats.chart_card import ChartCard
from silvershop.ui.stats.charts import Listing
from silvershop.ui.stats.figures_page import FiguresPage
from silvershop.ui.stats.screen import StatsScreen
from tests.ui.conftest import open_window

CITY = "320200"
TIMEOUT_S = 120


def open_stats(qtbot: QtBot, db: Database, username: str = "admin") -> StatsScreen:
    """The screen as it is built for `username` after they sign in, shown (and so read)."""
    actor = login(db.sessions, username, DEMO_PASSWORD)
    screen = StatsScreen(Desk(db, Path(db.engine.url.database or ".").parent, demo=True, actor=actor))
    qtbot.addWidget(screen)
    screen.resize(1600, 1000)
    assert screen.page is None  # nothing of it until it is shown
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def page_of(screen: StatsScreen) -> FiguresPage:
    assert screen.page is not None  # built as the screen was first shown
    return screen.page


def board(page: FiguresPage) -> ChartBoard:
    return page.board


def drawn(card: ChartCard) -> QChart:
    chart = card.chart()
    assert chart is not None, card.nothing.text()
    return chart


def bar_sets(card: ChartCard) -> list[QBarSet]:
    return [
        bars
        for series in drawn(card).series()
        if isinstance(series, QAbstractBarSeries)
        for bars in series.barSets()
    ]


def behind(page: FiguresPage) -> Rows[Any]:
    """The rows of the list the last click opened, as its dialog shows them."""
    dialog = page.behind
    assert isinstance(dialog, BehindDialog) and dialog.isVisible()
    assert dialog.table.model.rowCount() == len(dialog.rows.rows)
    return dialog.rows


def figures_of(page: FiguresPage) -> Dashboard:
    assert page.figures is not None
    return page.figures


def values(bars: QBarSet) -> list[float]:
    return [bars.at(i) for i in range(bars.count())]


def bars_total(card: ChartCard) -> float:
    return sum(sum(values(bars)) for bars in bar_sets(card))


def loan_span(db: Database) -> tuple[date, date]:
    with reading(db.sessions) as session:
        first, last = session.execute(select(func.min(Loan.start_on), func.max(Loan.start_on))).one()
    return first, last


def loans_counted(db: Database, first: date, last: date) -> int:
    """Loans started between the two days, counted straight from the table."""
    query = select(func.count(Loan.id)).where(Loan.start_on >= first, Loan.start_on <= last)
    with reading(db.sessions) as session:
        return int(session.scalar(query) or 0)


def choose_kind(page: FiguresPage, kind: PeriodKind) -> None:
    page.picker.kind.setCurrentIndex(page.picker.kind.findData(kind.value))


def choose_days(page: FiguresPage, first: date, last: date) -> None:
    """A custom period typed as a person would: the kind, then the first and the last day."""
    choose_kind(page, PeriodKind.CUSTOM)
    page.picker.first.setDate(first)
    page.picker.last.setDate(last)


def choose_month(page: FiguresPage, day: date) -> None:
    choose_kind(page, PeriodKind.MONTH)
    page.picker.year.setValue(day.year)
    page.picker.month.setCurrentIndex(day.month - 1)


def choose_district(page: FiguresPage, code: str) -> None:
    index = page.district.findData(code)
    assert index > 0, code
    page.district.setCurrentIndex(index)


@pytest.fixture
def every_loan(demo_database: Database) -> tuple[date, date]:
    """From the demo's first loan to today: every loan and every kiosk request it made."""
    first, _last = loan_span(demo_database)
    return first, local_today()


@pytest.fixture
def screen(qtbot: QtBot, demo_database: Database, english: None) -> StatsScreen:
    return open_stats(qtbot, demo_database)


@pytest.fixture
def page(screen: StatsScreen, every_loan: tuple[date, date]) -> FiguresPage:
    """The screen's page on a period holding every loan of the demo, whatever today's date."""
    shown = page_of(screen)
    choose_days(shown, *every_loan)
    return shown


def test_every_chart_is_drawn_offscreen_with_the_domains_numbers(
    page: FiguresPage, demo_database: Database, every_loan: tuple[date, date]
) -> None:
    cards = board(page).cards
    assert len(cards) == 7
    for card in cards:
        picture = card.view.grab().toImage()
        colours = {
            picture.pixel(x, y) for x in range(0, picture.width(), 7) for y in range(0, picture.height(), 7)
        }
        assert len(colours) > 8, card.title.text()  # bars, axes and words, not a blank rectangle
    figures = figures_of(page)
    loans = loans_counted(demo_database, *every_loan)
    assert loans > 0
    assert bars_total(board(page).rentals) == loans
    assert page.headlines.figures[0].value.text() == f"{loans:,}"
    subsidy = bar_sets(board(page).subsidy)
    assert round(sum(values(subsidy[0])) * 100) == figures.subsidy.granted_fen > 0
    assert bars_total(board(page).unit_states) == sum(s.units for s in figures.unit_states)
    assert bars_total(board(page).interest) == sum(i.requests for i in figures.interest) > 0
    assert round(bars_total(board(page).stock) * 100) == sum(s.value_fen for s in figures.stock)
    busiest = values(bar_sets(board(page).utilisation)[0])
    assert sorted(busiest, reverse=True) == [round(100 * u.share, 1) for u in figures.utilisation[:15]]


def test_the_drawing_follows_the_period_and_the_district(
    page: FiguresPage, demo_database: Database, every_loan: tuple[date, date]
) -> None:
    rentals = board(page).rentals
    _first, last = loan_span(demo_database)
    choose_month(page, last)
    month_loans = bars_total(rentals)
    month = page.picker.period()
    assert month is not None and month.kind is PeriodKind.MONTH
    assert month_loans == loans_counted(demo_database, month.first, month.last) > 0
    assert len(values(bar_sets(rentals)[0])) == 1  # one month on the axis
    with reading(demo_database.sessions) as session:
        busiest = session.execute(
            select(Centre.district_code, func.count(Loan.id))
            .join(Centre, Centre.id == Loan.centre_id)
            .where(Loan.start_on >= month.first, Loan.start_on <= month.last)
            .group_by(Centre.district_code)
            .order_by(func.count(Loan.id).desc())
        ).first()
    assert busiest is not None
    district, in_district = busiest
    choose_district(page, district)
    assert bars_total(rentals) == in_district < month_loans
    assert [bars.label() for bars in bar_sets(rentals)] == [figures_of(page).district_names[district]]
    choose_district(page, CITY)  # the city and every district in it
    assert bars_total(rentals) == month_loans
    choose_month(page, date(2001, 1, 1))
    assert rentals.chart() is None
    assert rentals.nothing.text() == "No loans started in this period."
    assert not rentals.save_button.isEnabled() and not rentals.copy_button.isEnabled()


def test_a_bar_clicked_opens_the_list_it_counts(page: FiguresPage) -> None:
    figures = figures_of(page)
    rentals = next(bars for bars in bar_sets(board(page).rentals) if max(values(bars)) > 0)
    month = max(range(rentals.count()), key=rentals.at)
    rentals.clicked.emit(month)
    first = page.behind
    assert first is not None and rentals.label() in first.windowTitle()
    assert behind(page).total == rentals.at(month) == len(behind(page).rows)
    assert first.count.text() == f"{int(rentals.at(month))} in all."

    on_loan = next(bars for bars in bar_sets(board(page).unit_states) if bars.label() == "On loan")
    centre = next(i for i in range(on_loan.count()) if on_loan.at(i))
    on_loan.clicked.emit(centre)
    assert page.behind is not first and not first.isVisible()  # one list at a time
    assert behind(page).total == on_loan.at(centre)
    assert {unit.state for unit in behind(page).rows} == {UnitState.ON_LOAN}

    busiest = bar_sets(board(page).utilisation)[0]
    busiest.clicked.emit(busiest.count() - 1)  # the top bar: the axis is drawn from the bottom up
    assert behind(page).total == figures.utilisation[0].units
    assert {unit.product_code for unit in behind(page).rows} == {figures.utilisation[0].product_code}

    waiting = bar_sets(board(page).interest)[0]
    waiting.clicked.emit(0)
    assert behind(page).total == waiting.at(0) > 0
    assert {request.state for request in behind(page).rows} == {RequestState.WAITING}

    listed = bar_sets(board(page).catalogue)[0]
    category = next(i for i in range(listed.count()) if listed.at(i))
    listed.clicked.emit(category)
    assert behind(page).total == listed.at(category)
    assert {product.status for product in behind(page).rows} == {ProductStatus.LISTED}

    stock = bar_sets(board(page).stock)[0]
    stock.clicked.emit(0)
    assert sum(line.value_fen for line in behind(page).rows) == round(stock.at(0) * 100)


def test_a_centre_manager_sees_other_centres_loans_by_month_only(
    qtbot: QtBot, demo_database: Database, english: None, every_loan: tuple[date, date]
) -> None:
    screen = open_stats(qtbot, demo_database, "manager")  # the manager of the demo's first centre
    page = page_of(screen)
    choose_days(page, *every_loan)
    counted = [bars for bars in bar_sets(board(page).rentals) if max(values(bars)) > 0]
    detailed = set()
    for bars in counted:
        bars.clicked.emit(max(range(bars.count()), key=bars.at))
        rows = behind(page).rows
        assert rows and len({row.centre_code for row in rows}) == 1
        detailed.add(bool(rows[0].code))
        dialog = page.behind
        assert dialog is not None
        room = dialog.screen().availableGeometry()
        assert dialog.width() <= room.width() and dialog.height() <= room.height()
        if rows[0].code:  # the manager's own centre: codes, units and days
            assert all(row.asset_tag and row.start_on for row in rows)
        else:
            assert all(not row.asset_tag and row.start_on is None and row.month for row in rows)
            assert "show their month only" in dialog.count.text()
    assert detailed == {True, False}  # its own centre's list and others' were both opened


def test_the_keys_reach_a_bar_and_open_its_list(qtbot: QtBot, page: FiguresPage) -> None:
    rentals = board(page).rentals
    with qtbot.waitActive(page.window()):
        page.window().activateWindow()
    rentals.view.setFocus()  # as Tab brings it there
    first_set = bar_sets(rentals)
    months = max(bars.count() for bars in first_set)
    first = next((i, bars) for i in range(months) for bars in first_set if bars.at(i))
    qtbot.keyClick(rentals.view, Qt.Key.Key_Right)
    qtbot.keyClick(rentals.view, Qt.Key.Key_Left)  # back to the first bar with loans
    index, bars = first
    assert rentals.current.isVisible()
    assert rentals.current.text().startswith(f"{bars.label()}, ")
    assert bars.isBarSelected(index)
    qtbot.keyClick(rentals.view, Qt.Key.Key_Return)
    assert behind(page).total == bars.at(index)


def test_a_list_cut_short_says_how_much_is_shown(qtbot: QtBot, english: None) -> None:
    dialog = BehindDialog("Loans", Listing.LOANS, Rows(5, ()), {})
    qtbot.addWidget(dialog)
    assert dialog.count.text() == "Showing 0 of 5."


def test_save_as_png_writes_the_chart_as_a_picture(
    page: FiguresPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "loans"), "PNG pictures (*.png)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    card = board(page).rentals
    card.save_button.click()
    picture = QImage(str(tmp_path / "loans.png"))
    assert not picture.isNull() and picture.width() > 0 and picture.height() > 0
    assert Path(asked[0]).name.startswith("loans-")
    assert page.bar.text() == f"ℹ Saved the chart as {tmp_path / 'loans.png'}."


def test_copy_numbers_puts_a_table_on_the_clipboard(page: FiguresPage, every_loan: tuple[date, date]) -> None:
    card = board(page).rentals
    card.copy_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    header = lines[0].split("\t")
    period = page.picker.period()
    assert period is not None
    assert header[0] == "Month" and header[-1] == "All districts"
    assert header[1:-1] == [bars.label() for bars in bar_sets(card)]
    assert [line.split("\t")[0] for line in lines[1:]] == period.months()  # every month, the empty ones too
    assert all(len(line.split("\t")) == len(header) for line in lines)
    assert sum(int(line.split("\t")[-1]) for line in lines[1:]) == bars_total(card)
    assert "Copied" in page.bar.text()


def test_a_period_that_ends_before_it_starts_is_refused_and_nothing_is_drawn_again(
    page: FiguresPage, every_loan: tuple[date, date]
) -> None:
    figures, chart = page.figures, board(page).rentals.chart()
    first, _last = every_loan
    page.picker.last.setDate(date(first.year - 1, 1, 1))
    assert page.picker.problem.isVisible()
    assert "before it starts" in page.picker.problem.text()
    assert page.picker.period() is None
    assert page.figures is figures and board(page).rentals.chart() is chart


def test_the_budget_set_in_settings_is_drawn_against_the_subsidy(
    qtbot: QtBot, demo_database: Database, english: None
) -> None:
    window = open_window(qtbot, demo_database, view="settings")
    settings = window.screens["settings"]
    assert isinstance(settings, SettingsScreen) and settings.shared is not None
    assert settings.shared.subsidy_budget.text() == "15,000 元"  # the demo's
    settings.shared.subsidy_budget.setValue(3_650_000)
    settings.shared.save.click()
    window.show_view("stats")
    screen = window.screens["stats"]
    assert isinstance(screen, StatsScreen)
    stats = page_of(screen)
    subsidy = board(stats).subsidy
    lines = [series for series in drawn(subsidy).series() if isinstance(series, QLineSeries)]
    assert [line.name() for line in lines] == ["Granted so far (元)", "Budget for the period (元)"]
    period = stats.picker.period()
    assert period is not None and period.kind is PeriodKind.YEAR  # a whole year: the whole budget
    assert lines[1].at(0).y() == lines[1].at(1).y() == 3_650_000
    assert "The budget for this period is" in subsidy.note.text()
    choose_district(stats, "320213")
    assert subsidy.note.text() == "The budget is the city's; it is shown when all districts are chosen."
    settings.shared.subsidy_budget.setValue(0)
    assert settings.shared.subsidy_budget.text() == "not set"
    settings.shared.save.click()
    window.show_view("stats")
    stats.district.setCurrentIndex(0)  # all districts, read again
    assert subsidy.note.text() == "No yearly budget is set; an administrator sets it under Settings."


def test_the_export_button_writes_the_deidentified_workbook(
    qtbot: QtBot, page: FiguresPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "figures.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    with qtbot.waitSignal(page.exported, timeout=60_000) as written:
        page.export_button.click()
    assert written.args is not None and written.args[0].path == target
    workbook = openpyxl.load_workbook(target, read_only=True)
    assert "租赁统计" in workbook.sheetnames and "租赁明细" in workbook.sheetnames
    assert page.bar.text().startswith(f"ℹ Saved as {target}")
    assert page.export_button.isEnabled()


PROBE = """
import json, sys
from pathlib import Path
from typing import Any
from PySide6.QtWidgets import QApplication
app = QApplication([])
from silvershop.database import open_database
from silvershop.demo.accounts import DEMO_PASSWORD
from silvershop.security.login import login
from silvershop.ui.desk import Desk
from silvershop.ui.main_window import MainWindow
path = Path(sys.argv[1])
database = open_database(f"sqlite:///{path}")
window = MainWindow(view="catalog")
window.resize(1280, 800)
window.show()
app.processEvents()
window.attach(Desk(database, path.parent, actor=login(database.sessions, "admin", DEMO_PASSWORD)))
window.refresh()
window.show_view("catalog")
app.processEvents()
loaded = {"signed in": "PySide6.QtCharts" in sys.modules}
window.show_view("stats")
app.processEvents()
loaded["statistics shown"] = "PySide6.QtCharts" in sys.modules
database.close()
print(json.dumps(loaded))
"""


def test_signing_in_and_showing_the_catalogue_leaves_qtcharts_unloaded(
    demo_template: Path, tmp_path: Path
) -> None:
    """In a process of its own: this one has loaded QtCharts for the tests above."""
    database = tmp_path / "desk.sqlite3"
    shutil.copyfile(demo_template, database)
    done = subprocess.run(
        [sys.executable, "-P", "-c", PROBE, str(database)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"signed in": False, "statistics shown": True}
