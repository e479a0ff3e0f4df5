"""The Products tab: one search box, the filters on the left, and the catalogue as a table that reads
only the rows on screen (product_model.py), with what a catalogue editor does to a product.

The search runs as the person types, once they pause for a quarter of a second: searching on every
key would redo the work for 轮 on the way to 轮椅, and a search button would be one more thing to find.
When nothing matches, the table's place says so and what to try (no_match.py). Who may not change
the catalogue sees no buttons for it, only the list.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.catalog.browse import SchemeNode, category_tree, enterprise_choices, listing_years
from silvershop.catalog.search import ProductFilter
from silvershop.errors import SilvershopError
from silvershop.security.permissions import Actor, Permission
from silvershop.ui import theme, vocabulary
from silvershop.ui.catalog.filters import PANEL_WIDTH, FilterPanel
from silvershop.ui.catalog.no_match import NoMatch
from silvershop.ui.catalog.product_actions import ProductActions
from silvershop.ui.catalog.product_model import COLUMNS, PHOTO, ROW_HEIGHT, THUMBNAIL, ProductTableModel
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.screen import SPACING, kept

TYPING_PAUSE_MS = 250
SLOW_ANSWER_MS = 150


class ProductsTab(QWidget):
    """`changed` is emitted after a write, so the screen can read its other tabs again."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.may_edit = actor.can(Permission.EDIT_CATALOGUE)
        self.schemes: list[SchemeNode] = []
        self.enterprises: list[tuple[int, str]] = []
        self.bar = MessageBar()
        self.query = kept(large_target(QLineEdit()), "products")
        self.query.setPlaceholderText(
            self.tr("Search name, model, brand, enterprise or code — Chinese, pinyin (lunyi, ly) or code")
        )
        self.query.setAccessibleName(self.tr("Search the catalogue"))
        self.query.setClearButtonEnabled(True)
        self.pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.pause.timeout.connect(self.search)
        self.query.textChanged.connect(self.pause.start)
        self.query.returnPressed.connect(self.search)
        self.count = QLabel(objectName="note")
        self.filters = FilterPanel()
        self.filters.changed.connect(self.search)
        self.model = ProductTableModel(desk.database.reading, actor, self)
        self.table = self._table()
        self.no_match = NoMatch()
        self.no_match.clear_search_button.clicked.connect(self._clear_search)
        self.no_match.clear_filters_button.clicked.connect(self.filters.clear)
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(self.no_match)
        self.actions = ProductActions(self)
        self.new_button = action_button(self.tr("New product…"))
        self.edit_button = action_button(self.tr("Edit…"))
        self.photo_button = action_button(self.tr("Add photo…"))
        self.archive_button = action_button(self.tr("Archive"))
        self.delete_button = action_button(self.tr("Delete…"))
        self.where_button = action_button(self.tr("Where to find it…"))
        self.where_button.setToolTip(self.tr("The centres that show, keep or rent out the chosen product"))
        self.where_button.clicked.connect(self.actions.where_to_find)
        self.labels_button = action_button(self.tr("Print labels…"))
        self.labels_button.setToolTip(
            self.tr("QR labels for the chosen products (Ctrl or Shift chooses several)")
        )
        self.labels_button.clicked.connect(self.actions.print_labels)
        self.labels_button.setVisible(actor.can(Permission.PRINT_LABELS))
        self.new_button.clicked.connect(self.actions.new)
        self.edit_button.clicked.connect(self.actions.edit)
        self.photo_button.clicked.connect(self.actions.add_photo)
        self.archive_button.clicked.connect(self.actions.archive)
        self.delete_button.clicked.connect(self.actions.delete)
        self.write_buttons = (
            self.new_button,
            self.edit_button,
            self.photo_button,
            self.archive_button,
            self.delete_button,
        )
        for button in self.write_buttons:
            button.setVisible(self.may_edit)
        self.table.activated.connect(self.actions.edit)  # Enter or a double-click
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.model.ids_ready.connect(self._shown)
        self.model.failed.connect(self._refused)
        # "Searching…" only for an answer slow enough to notice, so quick ones do not flicker.
        self.slow = QTimer(self, singleShot=True, interval=SLOW_ANSWER_MS)
        self.slow.timeout.connect(self._still_searching)
        self._layout()
        self._selection_changed()

    def _table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # labels for several
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setIconSize(THUMBNAIL)
        view.setAccessibleName(self.tr("Products"))
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures a row: no reading
        rows.setDefaultSectionSize(theme.target_px(ROW_HEIGHT))
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never sized to the contents
        header.setStretchLastSection(False)
        for number, column in enumerate(COLUMNS):
            header.resizeSection(number, theme.text_px(column.width))
        header.setSectionResizeMode(PHOTO, QHeaderView.ResizeMode.Fixed)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        return view

    def _layout(self) -> None:
        search = QHBoxLayout()
        search.setSpacing(SPACING // 2)
        label = QLabel(self.tr("Find"))
        label.setBuddy(self.query)
        search.addWidget(label)
        search.addWidget(self.query, 1)
        search.addSpacing(SPACING // 2)
        search.addWidget(self.count)
        search.addWidget(self.labels_button)  # the row of actions below is full for an editor
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(SPACING // 2, 0, 0, 0)
        column.setSpacing(SPACING // 2)
        buttons = button_row()
        buttons.setSpacing(SPACING // 2)
        buttons.addWidget(self.where_button)
        buttons.addStretch(1)
        for button in self.write_buttons if self.may_edit else ():
            buttons.addWidget(button)
        column.addLayout(buttons)
        column.addWidget(self.results, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([theme.text_px(PANEL_WIDTH), 10_000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.bar)
        layout.addLayout(search)
        layout.addWidget(self.splitter, 1)

    # Reading ---------------------------------------------------------------------------------

    def wanted(self) -> ProductFilter:
        chosen = self.filters.current()
        return ProductFilter(
            text=self.query.text().strip(),
            category_ids=chosen.category_ids,
            enterprise_id=chosen.enterprise_id,
            rentable=chosen.rentable,
            listing_year=chosen.listing_year,
            statuses=chosen.statuses,
        )

    def refresh(self, session: Session) -> None:
        """Read the choices and the matching products again, keeping the product that was chosen."""
        kept = self.selected_id()
        self.schemes = category_tree(session)
        self.enterprises = enterprise_choices(session)
        self.filters.load(self.schemes, self.enterprises, listing_years(session))
        self.model.set_filter(self.wanted(), session)
        if kept is not None:
            self.select(kept)

    def search(self) -> None:
        """Show what the search box and the filters ask for now; the answer comes from a worker."""
        self.pause.stop()
        self.bar.clear()
        self.model.set_filter(self.wanted())
        self._sync_sort_indicator()
        self.slow.start()

    def _shown(self) -> None:
        """A new order arrived: count it and start at its top."""
        self.slow.stop()
        self._counted()
        if self.model.rowCount():
            self.results.setCurrentWidget(self.table)
            self.table.scrollToTop()
        elif not self.model.busy():
            wanted = self.model.wanted
            self.no_match.explain(wanted.text, self.filters.described(), self.filters.hides_archived())
            self.results.setCurrentWidget(self.no_match)

    def _refused(self, err: SilvershopError) -> None:
        """The search could not be answered: the reason in the bar, not "nothing matches"."""
        self.slow.stop()
        self._counted()
        self.results.setCurrentWidget(self.table)
        self.bar.show_error(err.localized())

    def _clear_search(self) -> None:
        self.query.clear()
        self.search()

    def _still_searching(self) -> None:
        if self.model.busy():
            self.count.setText(self.tr("Searching…"))

    def _sync_sort_indicator(self) -> None:
        """A new search orders by relevance: the header must not claim another order."""
        header = self.table.horizontalHeader()
        if self.model.sort_column is None and header.sortIndicatorSection() != -1:
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    def _counted(self) -> None:
        count = vocabulary.number(self.model.rowCount())
        if self.filters.hides_archived():
            self.count.setText(self.tr("{count} products, archived ones not shown").format(count=count))
        else:
            self.count.setText(self.tr("{count} products").format(count=count))

    # Choosing --------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        ids = self.model.ids()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return ids[index.row()] if index.row() < len(ids) else None

    def select(self, product_id: int) -> bool:
        row = self.model.row_of(product_id)
        if row is None:
            return False
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def show_enterprise(self, enterprise_id: int) -> None:
        """Only this enterprise's products, whatever else was filtered or typed."""
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self.filters.choose_enterprise(enterprise_id)  # emits changed, which searches

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        for button in (
            self.edit_button,
            self.photo_button,
            self.archive_button,
            self.delete_button,
            self.where_button,
        ):
            button.setEnabled(chosen)
        self.labels_button.setEnabled(self.table.selectionModel().hasSelection())
