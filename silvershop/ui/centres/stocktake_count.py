"""Counting one stocktake: scan the shelf's label, then each product on it, or type what was counted;
the table compares every line with the books, in words as well as colour.

Each scan is written as it is made (one short transaction), so closing the app loses nothing and the
count can be continued later. A refused scan rolls back alone: the counts made before it stay as they
were.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.centres.centres import centre_view
from silvershop.centres.ledger import MAX_QUANTITY
from silvershop.centres.models import StocktakeStatus
from silvershop.centres.stocktakes import (
    CountLine,
    StocktakeView,
    Verdict,
    record_scans,
    set_count,
    stocktake_view,
)
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.labels.payloads import PayloadKind
from silvershop.security.permissions import Actor, Permission
from silvershop.ui import theme, vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.settings.words import local_time
from silvershop.ui.widgets.form_dialog import FormDialog, action_button, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import row_height
from silvershop.ui.widgets.scan_field import ScanField
from silvershop.ui.widgets.screen import SPACING

LOCATION, CODE, NAME, EXPECTED, COUNTED, DIFFERENCE, RESULT = range(7)
NUMBERS = (EXPECTED, COUNTED, DIFFERENCE)
# Text colours of a line's result, each at least 4.5 : 1 on white; the words say the same.
COLOURS = {
    Verdict.MISSING: "#A61B1B",
    Verdict.SURPLUS: "#8A4B00",
    Verdict.MATCHES: "#1E6B34",
    Verdict.NOT_COUNTED: "#4A5868",
}
TYPED_CODE = re.compile(r"[0-9A-Z-]+")  # a product code typed for want of a readable label
FEEDBACK_STYLE = """
#scanFeedback { font-size: %dpt; font-weight: 600; padding: 6px 12px; border-radius: 6px; }
#scanFeedback[kind="error"] { background: #FDECEC; color: #8A1C1C; border: 1px solid #E3A6A6; }
#scanFeedback[kind="done"] { background: #EAF6EE; color: #17432A; border: 1px solid #A8D3B5; }
#scanFeedback[kind="info"] { background: #EAF3FB; color: #123E60; border: 1px solid #A9C9E4; }
"""
SIGNS = {"error": "⚠ ", "done": "✓ ", "info": "ℹ "}  # so colour is never the only cue


def difference_text(line: CountLine) -> str:
    if line.counted is None:
        return "—"
    if line.difference > 0:
        return "+" + vocabulary.number(line.difference)
    if line.difference < 0:
        return "−" + vocabulary.number(-line.difference)
    return vocabulary.number(0)


def result_text(line: CountLine) -> str:
    """The verdict in words, with how many for a difference: "Missing 2", "More than booked +1"."""
    word = vocabulary.word(line.verdict)
    if line.verdict is Verdict.MISSING:
        return f"{word} {vocabulary.number(-line.difference)}"
    if line.verdict is Verdict.SURPLUS:
        return f"{word} {difference_text(line)}"
    return word


def line_key(line: CountLine) -> tuple[str, str]:
    return line.location_code, line.product_code


class CountModel(QAbstractTableModel):
    """The lines of a count; `typed(line, counted)` when a count is typed into the Counted column."""

    typed = Signal(object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles = (
            self.tr("Location"),
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Expected"),
            self.tr("Counted"),
            self.tr("Difference"),
            self.tr("Result"),
        )
        self.lines: tuple[CountLine, ...] = ()
        self.editable = False

    def set_lines(self, lines: tuple[CountLine, ...], *, editable: bool) -> None:
        self.beginResetModel()
        self.lines, self.editable = lines, editable
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.EditRole and column == COUNTED:
            return line.counted or 0
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column in NUMBERS else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column in (DIFFERENCE, RESULT):
            return QColor(COLOURS[line.verdict])
        if role == Qt.ItemDataRole.FontRole and column == RESULT and line.difference:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, line: CountLine, column: int) -> str:
        texts = {
            LOCATION: line.location_code,
            CODE: line.product_code,
            NAME: line.product_name,
            EXPECTED: vocabulary.number(line.expected),
            COUNTED: "—" if line.counted is None else vocabulary.number(line.counted),
            DIFFERENCE: difference_text(line),
        }
        return texts[column] if column in texts else result_text(line)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.column() == COUNTED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COUNTED or not self.editable:
            return False
        self.typed.emit(
            self.lines[index.row()], int(value)
        )  # written by the page, which reads the lines again
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None


class EnterCountDialog(FormDialog):
    """Type one line's count, for goods without a readable label or too many to scan one by one."""

    def __init__(
        self, desk: Desk, actor: Actor, stocktake_id: int, line: CountLine, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Enter count"),
            self.tr("Save count"),
            parent,
            intro=self.tr(
                "{location} · {code} {name}: {expected} on the books. What you enter replaces what was "
                "scanned for this line."
            ).format(
                location=line.location_code,
                code=line.product_code,
                name=line.product_name,
                expected=vocabulary.number(line.expected),
            ),
        )
        self.desk, self.actor, self.stocktake_id, self.line = desk, actor, stocktake_id, line
        self.counted = self.add("counted", self.tr("Counted"), QSpinBox())
        self.counted.setRange(0, MAX_QUANTITY)
        self.counted.setValue(line.counted or 0)
        self.counted.selectAll()

    def submit(self) -> None:
        line = self.line
        with transaction(self.desk.database.sessions) as session:
            set_count(
                session,
                self.actor,
                self.stocktake_id,
                line.product_id,
                line.location_id,
                self.counted.value(),
            )


class CountPage(QWidget):
    """One stocktake being counted (or, once closed, read); `back` returns to the list. Applying and
    abandoning, which end the count, are the tab's (its buttons are here, above the count)."""

    back = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.view: StocktakeView | None = None
        self.location_names: dict[str, str] = {}
        self.setStyleSheet(FEEDBACK_STYLE % theme.text_pt(16))  # read when built, like every size
        self.back_button = action_button(self.tr("Back to the list"))
        self.back_button.clicked.connect(self.back)
        self.title = QLabel(objectName="section", wordWrap=True)  # wraps rather than squeeze the buttons
        self.enter_button = action_button(self.tr("Enter count…"))
        self.enter_button.clicked.connect(self.enter_count)
        self.apply_button = action_button(self.tr("Apply differences…"))
        self.abandon_button = action_button(self.tr("Abandon count…"))
        self.bar = MessageBar()
        self.instruction = QLabel(wordWrap=True)
        self.scan = ScanField()
        self.scan.setMinimumHeight(60)
        self.scan.setStyleSheet("font-size: 18pt; padding: 2px 12px;")
        self.scan.setPlaceholderText(self.tr("Scan here"))
        self.scan.setAccessibleName(self.tr("Scan a shelf or product label"))
        self.scan.scanned.connect(self.count_scan)
        self.scan.repeated.connect(self._repeated)
        self.feedback = QLabel(objectName="scanFeedback", wordWrap=True)
        self.feedback.hide()
        self.summary = QLabel(objectName="note", wordWrap=True)
        self.warning = MessageBar()
        self.differences_only = large_target(QCheckBox(self.tr("Differences only")))
        self.differences_only.toggled.connect(self._filter_changed)
        self.model = CountModel(self)
        self.model.typed.connect(
            self.type_count, Qt.ConnectionType.QueuedConnection
        )  # after the editor closed
        self.table = self._table()
        self._layout()

    def _table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setAccessibleName(self.tr("Lines of the count"))
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(row_height())
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self.model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch if column == NAME else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.installEventFilter(self)
        return view

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(SPACING // 2)
        top.addWidget(self.back_button)
        top.addSpacing(SPACING // 2)
        top.addWidget(self.title, 1)
        top.addWidget(self.apply_button)
        top.addWidget(self.abandon_button)
        filters = QHBoxLayout()
        filters.setSpacing(SPACING // 2)
        filters.addWidget(self.summary, 1)
        filters.addWidget(self.differences_only)
        filters.addWidget(self.enter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.instruction)
        layout.addWidget(self.scan)
        layout.addWidget(self.feedback)
        layout.addWidget(self.warning)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A scan while the table has the focus goes to the scan field, not to the table's key search."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isprintable()
            and event.text().strip()
            and self.scan.isEnabled()
        ):
            self.scan.setFocus()
            QApplication.sendEvent(
                self.scan, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            )
            return True
        return super().eventFilter(watched, event)

    # Reading ---------------------------------------------------------------------------------

    def open(self, stocktake_id: int) -> None:
        """Show a count from what the database holds: the counts made before, wherever they were made."""
        self.bar.clear()
        self.feedback.hide()
        with self.desk.database.reading() as session:
            view = stocktake_view(session, self.actor, stocktake_id)
            self.location_names = {
                loc.code: loc.name for loc in centre_view(session, view.summary.centre_id).locations
            }
        self._show(view)

    def refresh(self, session: Session) -> None:
        if self.view is not None:
            self._show(stocktake_view(session, self.actor, self.view.summary.id))

    def reload(self) -> None:
        with self.desk.database.reading() as session:
            self.refresh(session)

    def _show(self, view: StocktakeView) -> None:
        kept = self._selected()
        self.view = view
        summary = view.summary
        counting = summary.status is StocktakeStatus.OPEN
        may_count = counting and self.actor.can(Permission.MOVE_STOCK, summary.centre_id)
        self.title.setText(
            self.tr("Stocktake {number} · {scope} · {status}").format(
                number=summary.id, scope=self.scope(view), status=vocabulary.word(summary.status)
            )
        )
        self.instruction.setText(self._instruction(view))
        for widget in (self.scan, self.enter_button, self.abandon_button):
            widget.setVisible(may_count)
        self.apply_button.setVisible(counting and self.actor.can(Permission.MANAGE_CENTRE, summary.centre_id))
        lines = view.lines
        if self.differences_only.isChecked():
            lines = tuple(line for line in lines if line.counted is not None and line.difference)
        self.model.set_lines(lines, editable=may_count)
        self.summary.setText(
            self.tr("{lines} lines · {counted} counted · {differ} differ · {uncounted} not counted").format(
                lines=vocabulary.number(len(view.lines)),
                counted=vocabulary.number(len(view.lines) - view.uncounted),
                differ=vocabulary.number(view.differing),
                uncounted=vocabulary.number(view.uncounted),
            )
        )
        if counting and view.moves_since_start:
            self.warning.show_error(
                self.tr(
                    "{count} stock moves were booked at these locations since the count began. If goods "
                    "moved after their shelf was counted, count that shelf again before applying."
                ).format(count=vocabulary.number(view.moves_since_start))
            )
        else:
            self.warning.clear()
        if kept is not None:
            self._select(kept)
        self._selection_changed()

    def scope(self, view: StocktakeView) -> str:
        summary = view.summary
        if summary.location_id is None:
            return self.tr("whole centre")
        return f"{summary.location_code} {summary.location_name}"

    def _instruction(self, view: StocktakeView) -> str:
        summary = view.summary
        if summary.status is not StocktakeStatus.OPEN:
            return self.tr("This count was closed on {date} ({status}); it no longer changes.").format(
                date=local_time(summary.closed_at), status=vocabulary.word(summary.status)
            )
        if summary.location_id is not None:
            return self.tr("Scan each product at {location}, one scan for each unit.").format(
                location=self.scope(view)
            )
        if view.current_location_code:
            return self.tr(
                "Counting at {location}: scan each product on it, one scan for each unit. Moving on? "
                "Scan the next shelf's label first."
            ).format(location=self._location(view.current_location_code))
        return self.tr("Scan the shelf label, then each product on it.")

    def _location(self, code: str) -> str:
        return f"{code} {self.location_names.get(code, '')}".strip()

    # Choosing --------------------------------------------------------------------------------

    def _selected(self) -> tuple[str, str] | None:
        rows = self.table.selectionModel().selectedRows()
        return line_key(self.model.lines[rows[0].row()]) if rows else None

    def selected_line(self) -> CountLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.lines[rows[0].row()] if rows else None

    def _select(self, key: tuple[str, str]) -> None:
        row = next((i for i, line in enumerate(self.model.lines) if line_key(line) == key), None)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self) -> None:
        self.enter_button.setEnabled(self.selected_line() is not None)

    def _filter_changed(self) -> None:
        if self.view is not None:
            self._show(self.view)

    # Counting --------------------------------------------------------------------------------

    def count_scan(self, text: str) -> None:
        if self.view is None:
            return
        scan = f"SS:P:{text}" if not text.startswith("SS:") and TYPED_CODE.fullmatch(text) else text
        try:
            with transaction(self.desk.database.sessions) as session:
                results = record_scans(session, self.actor, self.view.summary.id, [scan])
        except SilvershopError as err:
            self._say("error", err.localized())
            QApplication.beep()
            return
        self.reload()
        done = results[0]
        if done.kind is PayloadKind.LOCATION:
            self._say(
                "info",
                self.tr("Counting at {location} now: scan each product on it.").format(
                    location=self._location(done.location_code)
                ),
            )
            return
        self._select((done.location_code, done.product_code))
        self._say(
            "done",
            self.tr("{location} · {code} {name}: {count} counted").format(
                location=done.location_code,
                code=done.product_code,
                name=done.product_name,
                count=vocabulary.number(done.counted),
            ),
        )

    def _repeated(self) -> None:
        self._say("info", self.tr("The same label was read twice within a second; it was counted once."))

    def type_count(self, line: CountLine, counted: int) -> None:
        if self.view is None:
            return
        try:
            with transaction(self.desk.database.sessions) as session:
                set_count(
                    session, self.actor, self.view.summary.id, line.product_id, line.location_id, counted
                )
        except SilvershopError as err:
            self._say("error", err.localized())
            return
        self._typed(line, counted)

    def enter_count(self) -> None:
        line = self.selected_line()
        if line is None or self.view is None:
            return
        dialog = EnterCountDialog(self.desk, self.actor, self.view.summary.id, line, self)
        if dialog.exec():
            self._typed(line, dialog.counted.value())

    def _typed(self, line: CountLine, counted: int) -> None:
        self.reload()
        self._select(line_key(line))
        self._say(
            "done",
            self.tr("{location} · {code} {name}: {count} counted (typed)").format(
                location=line.location_code,
                code=line.product_code,
                name=line.product_name,
                count=vocabulary.number(counted),
            ),
        )
        self.scan.setFocus()

    def closed(self, sentence: str) -> None:
        """The count was applied: read it again, closed now, with what applying did."""
        self.feedback.hide()
        self.reload()
        self.bar.show_info(sentence)

    def _say(self, kind: str, sentence: str) -> None:
        self.feedback.setProperty("kind", kind)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(SIGNS[kind] + sentence)
        self.feedback.show()
