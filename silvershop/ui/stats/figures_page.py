"""What the statistics screen shows once it is first opened: the period and district chosen on top,
headline figures, then a card per figure (ui/stats/board.py). A bar clicked opens the list it counts;
every chart can be saved as a picture and its numbers copied as a table; the de-identified workbook of
the same figures is exported from here.

Imported by the screen the first time it is shown (ui/stats/screen.py): with it come QtCharts and
the figures' queries.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.centres.directory import list_districts
from silvershop.config import local_today
from silvershop.errors import SilvershopError
from silvershop.stats.figures import Dashboard, read_dashboard
from silvershop.stats.period import Period
from silvershop.stats.scope import Scope, scope
from silvershop.ui import theme, vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.stats.behind_dialog import BehindDialog
from silvershop.ui.stats.board import ChartBoard
from silvershop.ui.stats.charts import Ask
from silvershop.ui.stats.period_picker import PeriodPicker
from silvershop.ui.widgets.figures import FigureGrid
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.screen import SPACING

if TYPE_CHECKING:
    from silvershop.stats.export import StatsExport

# The de-identified workbook, named in Chinese like the workbook itself (stats/export.py).
WORKBOOK_FILE = "养老服务统计_{district}{first:%Y%m%d}-{last:%Y%m%d}.xlsx"


class FiguresPage(QWidget):
    """`exported(StatsExport)` once the workbook asked for is written."""

    exported = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.bar = MessageBar()
        self.picker = PeriodPicker(local_today())
        self.picker.chosen.connect(self._read_again)
        period_label = QLabel(self.tr("Period"))
        period_label.setBuddy(self.picker.kind)
        self.district = large_target(QComboBox())
        self.district.setAccessibleName(self.tr("District"))
        self.district.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.district.currentIndexChanged.connect(self._read_again)
        district_label = QLabel(self.tr("District"))
        district_label.setBuddy(self.district)
        self.export_button = action_button(self.tr("Export de-identified workbook…"))
        self.export_button.clicked.connect(self.export_workbook)
        controls = button_row(SPACING // 2)
        controls.addWidget(period_label)
        controls.addWidget(self.picker)
        controls.addSpacing(SPACING)
        controls.addWidget(district_label)
        controls.addWidget(self.district)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        # Two a row in elder mode: a figure's words do not wrap, and ¥1,234,567.00 at 30 pt is wide.
        self.headlines = FigureGrid(
            [
                self.tr("Loans started"),
                self.tr("Subsidy granted"),
                self.tr("Utilisation of rental units"),
                self.tr("Kiosk callback requests"),
            ],
            per_row=2 if theme.elder_mode() else 4,
        )
        self.headlines.figures[2].setToolTip(self.tr("Days on loan ÷ days owned, all rental units together"))
        self.board = ChartBoard()
        self.board.asked.connect(self.open_behind)
        self.board.told.connect(self.bar.show_info)
        self.board.failed.connect(self.bar.show_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(controls)
        layout.addWidget(self.picker.problem)
        layout.addWidget(self.bar)
        layout.addWidget(self.headlines)
        layout.addWidget(self.board, 1)
        self.figures: Dashboard | None = None
        self.behind: BehindDialog | None = None  # the list behind the figure clicked last
        self._export_told = False  # the export under way has said how it ended

    # Reading ---------------------------------------------------------------------------------

    def _read_again(self) -> None:
        """The period or the district chosen changed: read and draw the figures for them."""
        try:
            with self.desk.database.reading() as session:
                self.read(session)
        except SilvershopError as err:
            self.bar.show_error(err.localized())

    def read(self, session: Session) -> None:
        """The districts to choose from, then the figures of the period and district chosen."""
        actor = self.desk.actor
        if actor is None:
            return
        self._list_districts(session)
        period = self.picker.period()
        if period is None:  # the picker says why; what is drawn stays as it is
            return
        # The figures in sessions of their own, two side by side (stats/figures.read_dashboard).
        figures = read_dashboard(self.desk.database, actor, self._scope(session, period), local_today())
        if self.bar.property("kind") == "error":  # what went wrong before is over
            self.bar.clear()
        self._show(figures)

    def _scope(self, session: Session, period: Period) -> Scope:
        return scope(session, period, str(self.district.currentData() or ""))

    def _list_districts(self, session: Session) -> None:
        """Every district of the reference list, the city first, as the bureau's export offers them;
        the one chosen stays chosen."""
        chosen = str(self.district.currentData() or "")
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), "")
        for entry in list_districts(session):
            self.district.addItem(f"{entry.name} {entry.code}", entry.code)
        self.district.setCurrentIndex(max(0, self.district.findData(chosen)))
        self.district.blockSignals(False)

    def _show(self, figures: Dashboard) -> None:
        self.figures = figures
        loan_days = sum(u.loan_days for u in figures.utilisation)
        owned_days = sum(u.owned_days for u in figures.utilisation)
        self.headlines.set_values(
            vocabulary.number(sum(r.loans for r in figures.rentals)),
            vocabulary.yuan(figures.subsidy.granted_fen),
            f"{QLocale().toString(100 * loan_days / owned_days, 'f', 0)}%" if owned_days else "–",
            vocabulary.number(sum(i.requests for i in figures.interest)),
        )
        self.board.show_figures(figures, self._about(figures.scope))

    def _about(self, chosen: Scope) -> str:
        """The period and district drawn, as a saved picture's name ends."""
        return f"{chosen.period.label()} {chosen.district_name}".strip()

    # The list behind a figure -----------------------------------------------------------------

    def open_behind(self, ask: Ask) -> None:
        """The rows the clicked bar counts, read as the person signed in, in a dialog of their own."""
        actor, figures = self.desk.actor, self.figures
        if actor is None or figures is None:
            return
        try:
            with self.desk.database.reading() as session:
                rows = ask.read(session, actor, figures.scope)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        if self.behind is not None:
            self.behind.close()
        dialog = self.behind = BehindDialog(ask.title, ask.listing, rows, figures.district_names, self)
        # Deleted when closed: each may hold 2,000 rows, and a desk's memory is its thinnest budget.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._behind_closed(dialog))
        dialog.open()

    def _behind_closed(self, dialog: BehindDialog) -> None:
        if self.behind is dialog:
            self.behind = None

    # The de-identified workbook ----------------------------------------------------------------

    def export_workbook(self) -> None:
        """Ask for the file, then write the workbook of the period and district chosen off the window's
        thread; the message bar says what was written, or why not."""
        from silvershop.ui.exchange import file_choice

        period = self.picker.period()
        if self.desk.actor is None:
            return
        if period is None:
            self.bar.show_error(self.picker.problem.text().removeprefix("⚠ "))
            return
        try:
            with self.desk.database.reading() as session:
                chosen = self._scope(session, period)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        district = f"{chosen.district_name}_" if chosen.district else ""
        name = WORKBOOK_FILE.format(district=district, first=period.first, last=period.last)
        title = self.tr("Export de-identified workbook")
        target = file_choice.workbook_to_write(self, title, file_choice.documents() / name)
        if target is not None:
            self._start_export(target, chosen)

    def _start_export(self, target: Path, chosen: Scope) -> None:
        # The workbook modules (openpyxl) are loaded by the first export, never at start.
        from silvershop.stats.export import export_stats
        from silvershop.ui.exchange.running import WorkbookWorker
        from silvershop.ui.widgets.background import start_held

        database, actor, today = self.desk.database, self.desk.actor, local_today()
        assert actor is not None  # checked by the caller
        worker = WorkbookWorker(lambda _progress: export_stats(database, actor, target, chosen, today=today))
        worker.succeeded.connect(self._exported)
        worker.failed.connect(self._export_failed)
        worker.finished.connect(self._export_ended)
        self._export_told = False
        self.export_button.setEnabled(False)
        self.bar.show_info(self.tr("Writing the workbook…"))
        start_held(worker, worker.stop)

    def _exported(self, written: StatsExport) -> None:
        self._export_told = True
        self.bar.show_info(
            self.tr(
                "Saved as {path}: {sheets} sheets of figures and {loans} loans without anything that "
                "identifies a resident."
            ).format(
                path=written.path,
                sheets=vocabulary.number(len(written.sheets)),
                loans=vocabulary.number(written.loans),
            )
        )
        self.exported.emit(written)

    def _export_failed(self, sentence: str) -> None:
        self._export_told = True
        self.bar.show_error(sentence)

    def _export_ended(self) -> None:
        """The worker is done; one that crashed without a sentence still ends the "Writing…" line."""
        if not self._export_told:
            self.bar.show_error(
                self.tr(
                    "The workbook could not be written because of an error in silvershop; nothing was saved."
                )
            )
        self.export_button.setEnabled(True)
