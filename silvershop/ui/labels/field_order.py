"""Which lines a label preset prints beside its QR code, and in which order.

Every field is a row that is ticked to go on the label; the rows are moved up and down, and the
ticked ones print in the order they are read here, so the order is seen rather than numbered.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from silvershop.labels.models import LabelField
from silvershop.ui import theme, vocabulary
from silvershop.ui.widgets.form_dialog import action_button

FIELD_ROLE = Qt.ItemDataRole.UserRole
LIST_WIDTH = 200  # the longest word ("Rent per month", 每月租金) whole
TICK_PX = 24


class FieldOrder(QWidget):
    """The fields of `LabelField` as checkable rows with Move up / Move down (also Ctrl+↑ / Ctrl+↓;
    Space ticks the current row); `changed` after a tick or a move."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Lines on the label"))
        for field in LabelField:
            item = QListWidgetItem(vocabulary.word(field))
            item.setData(FIELD_ROLE, field)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setSizeHint(QSize(0, theme.target_px()))
            self.list.addItem(item)
        # Every row in sight: a field scrolled out of view is a field nobody knows can be printed.
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFixedHeight(theme.target_px() * self.list.count() + 2 * self.list.frameWidth())
        self.list.setMinimumWidth(LIST_WIDTH)
        # A tick box older hands can hit: the row's text selects it (to move it), the box ticks it.
        self.list.setStyleSheet(f"QListView::indicator {{ width: {TICK_PX}px; height: {TICK_PX}px; }}")
        self.up = action_button(self.tr("Move up"))
        self.down = action_button(self.tr("Move down"))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move(step))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.currentRowChanged.connect(lambda _row: self._enable_moves())
        self.list.setCurrentRow(0)

    def _field(self, row: int) -> LabelField:
        return LabelField(self.list.item(row).data(FIELD_ROLE))

    def chosen(self) -> tuple[LabelField, ...]:
        """The ticked fields, top to bottom: the order they are printed in."""
        return tuple(
            self._field(row)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )

    def is_chosen(self, field: LabelField) -> bool:
        return field in self.chosen()

    def set_chosen(self, fields: Sequence[LabelField]) -> None:
        """Tick `fields` and put them first, in their order; the others follow as the enum lists them."""
        order = list(dict.fromkeys(fields)) + [field for field in LabelField if field not in fields]
        self.list.blockSignals(True)
        try:
            taken = [self.list.takeItem(0) for _row in range(self.list.count())]
            items = {LabelField(item.data(FIELD_ROLE)): item for item in taken}
            for field in order:
                item = items[field]
                item.setCheckState(Qt.CheckState.Checked if field in fields else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        self.list.setCurrentRow(0)
        self.changed.emit()

    def move(self, step: int) -> None:
        """Move the current row `step` rows (−1 up, +1 down), keeping it current."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        try:
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
        finally:
            self.list.blockSignals(False)
        self.list.setCurrentRow(target)
        self._enable_moves()
        self.changed.emit()

    def _enable_moves(self) -> None:
        row = self.list.currentRow()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.list.count() - 1)
