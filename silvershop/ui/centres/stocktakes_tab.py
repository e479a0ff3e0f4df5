"""The Stocktakes tab: the chosen centre's counts, starting one, going on with an open one, and ending
it: applied to the books by the centre's manager, or abandoned.

A count lives in the database line by line, so it outlasts the app being closed: whoever opens this
tab again finds the open count chosen in the list, one press from where they stopped. The counting
itself is a page of its own (stocktake_count.py), in place of the list while it lasts. Applying says,
before anything changes, how many lines the books will follow and asks what the lines nobody
counted mean.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.centres.centres import LocationView, centre_view
from silvershop.centres.models import StocktakeStatus
from silvershop.centres.stocktakes import (
    StocktakeSummary,
    StocktakeView,
    Uncounted,
    abandon_stocktake,
    apply_stocktake,
    list_stocktakes,
    start_stocktake,
)
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.security.permissions import Actor, Permission
from silvershop.ui import vocabulary
from silvershop.ui.centres.stocktake_count import CountPage
from silvershop.ui.desk import Desk
from silvershop.ui.settings.words import local_time
from silvershop.ui.widgets.form_dialog import FormDialog, action_button, confirm, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING


class StartCountDialog(FormDialog):
    """What to count: the whole centre, or one location (a shelf counted on a quiet afternoon)."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        centre_id: int,
        locations: Sequence[LocationView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Start a count"),
            self.tr("Start counting"),
            parent,
            intro=self.tr(
                "Each line expects what the books hold now. The counts are kept as you scan, so the count "
                "can be continued after closing silvershop, and the books change only when it is applied."
            ),
        )
        self.desk, self.actor, self.centre_id = desk, actor, centre_id
        self.scope = self.add("location", self.tr("What to count"), QComboBox())
        self.scope.addItem(self.tr("The whole centre"), None)
        for location in locations:
            if location.active:
                self.scope.addItem(f"{location.code}  {location.name}", location.id)
        self.started: StocktakeSummary | None = None

    def submit(self) -> None:
        location = self.scope.currentData()
        with transaction(self.desk.database.sessions) as session:
            self.started = start_stocktake(
                session, self.actor, self.centre_id, None if location is None else int(location)
            )


class StocktakesTab(QWidget):
    """`changed` after a count was started, applied or abandoned; the screen then reads its tabs again.
    Scans and typed counts change only the count itself, which this tab shows, so they do not."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.centre_id: int | None = None
        self.bar = MessageBar()
        self.start_button = action_button(self.tr("Start a count…"))
        self.start_button.clicked.connect(self.start)
        self.continue_button = action_button(self.tr("Continue"))
        self.continue_button.clicked.connect(self.open_chosen)
        self.note = QLabel(objectName="note", wordWrap=True)
        self.table: RecordTable[StocktakeSummary] = RecordTable(
            [
                Column(self.tr("Number"), lambda s: str(s.id)),
                Column(self.tr("What is counted"), self._scope, stretch=True),
                Column(self.tr("Status"), lambda s: vocabulary.word(s.status)),
                Column(self.tr("Started"), lambda s: local_time(s.started_at)),
                Column(self.tr("By"), lambda s: s.started_by),
                Column(self.tr("Closed"), lambda s: local_time(s.closed_at)),
            ]
        )
        self.table.view.setAccessibleName(self.tr("Stocktakes"))
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.view.doubleClicked.connect(self.open_chosen)
        self.count = CountPage(desk, actor)
        self.count.back.connect(self.show_list)
        self.count.apply_button.clicked.connect(self.apply)
        self.count.abandon_button.clicked.connect(self.abandon)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._list_page())
        self.pages.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._selection_changed()

    def _list_page(self) -> QWidget:
        page = QWidget()
        controls = QHBoxLayout()
        controls.setSpacing(SPACING // 2)
        controls.addWidget(self.note, 1)
        controls.addWidget(self.start_button)
        controls.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.bar)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        return page

    def _scope(self, summary: StocktakeSummary) -> str:
        if summary.location_id is None:
            return self.tr("The whole centre")
        return f"{summary.location_code} {summary.location_name}"

    # Reading ---------------------------------------------------------------------------------

    def refresh(self, session: Session, centre_id: int | None) -> None:
        """The centre's counts; an open one is chosen, so going on with it is one press away."""
        if centre_id != self.centre_id:
            self.bar.clear()
            self.show_list()  # a count belongs to the centre it was begun at
        self.centre_id = centre_id
        kept = self.table.selected()
        found = [] if centre_id is None else list_stocktakes(session, self.actor, centre_id=centre_id)
        self.table.empty.setText(
            self.tr("No count was ever made here. Start one with “Start a count…”.")
            if centre_id is not None
            else self.tr("You may see no centre's stocktakes.")
        )
        self.table.set_records(found)
        self.start_button.setVisible(
            centre_id is not None and self.actor.can(Permission.MOVE_STOCK, centre_id)
        )
        still_open = [s for s in found if s.status is StocktakeStatus.OPEN]
        kept_again = kept is not None and self.select(kept.id)
        if not kept_again and still_open:
            self.select(still_open[0].id)
        self.note.setText(self._open_note(still_open))
        if self.pages.currentWidget() is self.count:
            self.count.refresh(session)
        self._selection_changed()

    def _open_note(self, still_open: Sequence[StocktakeSummary]) -> str:
        if not still_open:
            return ""
        first = still_open[0]
        return self.tr("Stocktake {number} is still open (begun {date}): press Continue to go on.").format(
            number=first.id, date=local_time(first.started_at)
        )

    def reload(self) -> None:
        with self.desk.database.reading() as session:
            self.refresh(session, self.centre_id)

    # Choosing --------------------------------------------------------------------------------

    def select(self, stocktake_id: int) -> bool:
        ids = [s.id for s in self.table.model.records()]
        if stocktake_id not in ids:
            return False
        self.table.view.selectRow(ids.index(stocktake_id))
        return True

    def _selection_changed(self) -> None:
        chosen = self.table.selected()
        self.continue_button.setEnabled(chosen is not None)
        if chosen is not None and chosen.status is not StocktakeStatus.OPEN:
            self.continue_button.setText(self.tr("View"))
        else:
            self.continue_button.setText(self.tr("Continue"))

    # Acting ----------------------------------------------------------------------------------

    def start(self) -> None:
        if self.centre_id is None:
            return
        self.bar.clear()
        try:
            with self.desk.database.reading() as session:
                locations = centre_view(session, self.centre_id).locations
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        dialog = StartCountDialog(self.desk, self.actor, self.centre_id, locations, self)
        if not dialog.exec() or dialog.started is None:
            return
        self.changed.emit()  # the screen reads the list again, with the new count in it
        self.open_count(dialog.started.id)

    def open_chosen(self) -> None:
        chosen = self.table.selected()
        if chosen is not None:
            self.open_count(chosen.id)

    def open_count(self, stocktake_id: int) -> None:
        self.bar.clear()
        try:
            self.count.open(stocktake_id)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        self.select(stocktake_id)
        self.pages.setCurrentWidget(self.count)
        self.count.scan.setFocus()  # ready for the first scan, without a click

    def show_list(self) -> None:
        if self.pages.currentWidget() is self.count:
            self.pages.setCurrentIndex(0)
            self.reload()

    def apply(self) -> None:
        """Adjust the books to the count (the manager), after saying how many lines will change."""
        try:
            self.count.reload()  # the question counts what the database holds: other desks count too
        except SilvershopError as err:
            self.count.bar.show_error(err.localized())
            return
        view = self.count.view
        if view is None:
            return
        go, uncounted = self._ask_apply(view)
        if not go:
            return
        try:
            with transaction(self.desk.database.sessions) as session:
                applied = apply_stocktake(session, self.actor, view.summary.id, uncounted)
        except SilvershopError as err:
            self.count.bar.show_error(err.localized())
            return
        if applied.adjusted_lines:
            sentence = self.tr("{lines} lines adjusted: {added} added, {removed} removed.").format(
                lines=vocabulary.number(applied.adjusted_lines),
                added=vocabulary.number(applied.units_added),
                removed=vocabulary.number(applied.units_removed),
            )
        else:
            sentence = self.tr("The count is applied; the books already matched it.")
        self.changed.emit()  # the stock the other tabs show has changed
        self.count.closed(sentence)

    def _ask_apply(self, view: StocktakeView) -> tuple[bool, Uncounted | None]:
        """Whether to go ahead and, when some lines were not counted, what they mean."""
        title = self.tr("Apply differences")
        adjusting = self.tr(
            "Apply stocktake {number}? {count} counted lines differ from the books; the books will follow "
            "the count."
        ).format(number=view.summary.id, count=vocabulary.number(view.differing))
        if not view.uncounted:
            return confirm(self, title, adjusting, title, QMessageBox.Icon.Question), None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(
            adjusting
            + "\n\n"
            + self.tr("{count} lines were not counted. What do they mean?").format(
                count=vocabulary.number(view.uncounted)
            )
        )
        box.setInformativeText(
            self.tr(
                "{none_found}: the count covered everything, so those lines go to 0 and {units} items leave "
                "the books. {as_booked}: the count was partial, so those lines stay as they are."
            ).format(
                none_found=vocabulary.word(Uncounted.NONE_FOUND),
                as_booked=vocabulary.word(Uncounted.AS_BOOKED),
                units=vocabulary.number(sum(line.expected for line in view.lines if line.counted is None)),
            )
        )
        choices = {box.addButton(vocabulary.word(c), QMessageBox.ButtonRole.AcceptRole): c for c in Uncounted}
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        for button in (*choices, cancel):
            large_target(button)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        chosen = choices.get(box.clickedButton())
        return chosen is not None, chosen

    def abandon(self) -> None:
        view = self.count.view
        if view is None or not confirm(
            self,
            self.tr("Abandon count"),
            self.tr(
                "Abandon stocktake {number}? The {count} lines counted so far are discarded and the books "
                "stay as they are."
            ).format(number=view.summary.id, count=vocabulary.number(len(view.lines) - view.uncounted)),
            self.tr("Abandon count"),
        ):
            return
        try:
            with transaction(self.desk.database.sessions) as session:
                abandon_stocktake(session, self.actor, view.summary.id)
        except SilvershopError as err:
            self.count.bar.show_error(err.localized())
            return
        self.pages.setCurrentIndex(0)
        self.changed.emit()  # the screen reads this list again, with the count abandoned
        self.bar.show_info(
            self.tr("Stocktake {number} was abandoned; the books are as they were.").format(
                number=view.summary.id
            )
        )
