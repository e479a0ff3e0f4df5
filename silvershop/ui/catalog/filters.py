"""The filters beside the products table: a category tree per scheme and edition, the enterprise,
for rent or not, the listing year and the status.

Choosing a scheme means any of its categories; choosing a category means it and everything below it
(轮椅 also finds what is filed under 12 22 03). The tree already holds every category, so the ids are
gathered from it rather than asked of the database. Archived products are left out until someone
asks for them: they are no longer part of the catalogue, and an editor working through drafts and
submissions would only have to skip them. The panel says so, and "All statuses" brings them back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from silvershop.catalog.browse import CategoryNode, SchemeNode
from silvershop.catalog.models import ProductStatus
from silvershop.catalog.search import ProductFilter
from silvershop.ui import theme
from silvershop.ui.catalog import words
from silvershop.ui.catalog.full_names import FullNameTips
from silvershop.ui.catalog.searchable import SearchableCombo
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.screen import SPACING

PANEL_WIDTH = 240  # the tree elides long scheme names and shows them whole as a tooltip
_KEY = Qt.ItemDataRole.UserRole
_ALL = "all"
_CURRENT = "current"
_ANY = "any"


def _under(node: CategoryNode) -> Iterable[int]:
    yield node.id
    for child in node.children:
        yield from _under(child)


class FilterPanel(QWidget):
    """Emits `changed` with the chosen filters (the search text is the screen's) after every change."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="catalogFilters")
        self.setMinimumWidth(theme.text_px(200))
        self._ids_under: dict[str, frozenset[int]] = {_ALL: frozenset()}
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setAccessibleName(self.tr("Categories"))
        self.tree.setItemDelegate(FullNameTips(self.tree))  # the whole name of an entry cut short
        self.tree.currentItemChanged.connect(self._emit)
        self.enterprise = SearchableCombo()
        self.enterprise.setAccessibleName(self.tr("Enterprise"))
        self.enterprise.lineEdit().setPlaceholderText(self.tr("Type part of the name"))
        self.enterprise.currentIndexChanged.connect(self._emit)
        self.rentable = self._combo(
            [
                (None, self.tr("For rent or not")),
                (True, self.tr("For rent")),
                (False, self.tr("Not for rent")),
            ]
        )
        self.year = self._combo([(None, self.tr("Any year"))])
        # Keys, not the sets themselves: a combo's data goes through QVariant, which has no frozenset.
        self._statuses: dict[str, frozenset[ProductStatus]] = {
            _CURRENT: words.CURRENT_STATUSES,
            _ANY: frozenset(),
            **{status.value: frozenset({status}) for status in words.STATUSES},
        }
        self.status = self._combo(
            [
                (_CURRENT, self.tr("Not archived")),
                (_ANY, self.tr("All statuses, archived too")),
                *((status.value, words.status(status)) for status in words.STATUSES),
            ]
        )
        self.clear_button = action_button(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        choices = QFormLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.setHorizontalSpacing(8)
        choices.setVerticalSpacing(6)
        choices.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        choices.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (self.tr("Enterprise"), self.enterprise),
            (self.tr("Rental"), self.rentable),
            (self.tr("Listed in"), self.year),
            (self.tr("Status"), self.status),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            choices.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, SPACING // 2, 0)
        layout.setSpacing(6)
        heading = QLabel(self.tr("Category"))
        heading.setBuddy(self.tree)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addSpacing(4)
        layout.addLayout(choices)
        layout.addWidget(self.clear_button)
        self._loading = False
        self._sync_clear()

    def _combo(self, items: Sequence[tuple[object, str]]) -> QComboBox:
        box = large_target(QComboBox())
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        for value, text in items:
            box.addItem(text, value)
        box.currentIndexChanged.connect(self._emit)
        return box

    # Filling ---------------------------------------------------------------------------------

    def load(
        self, schemes: Sequence[SchemeNode], enterprises: Sequence[tuple[int, str]], years: Sequence[int]
    ) -> None:
        """Fill the choices from the database again, keeping what is chosen where it still exists."""
        self._loading = True
        try:
            kept = self._current_key()
            self._fill_tree(schemes)
            self._select_key(kept)
            self.enterprise.set_items([(None, self.tr("All enterprises")), *enterprises])
            year = self.year.currentData()
            self.year.clear()
            self.year.addItem(self.tr("Any year"), None)
            for each in years:
                self.year.addItem(str(each), each)
            self.year.setCurrentIndex(max(0, self.year.findData(year)))
        finally:
            self._loading = False
        self._sync_clear()

    def _fill_tree(self, schemes: Sequence[SchemeNode]) -> None:
        """All categories, then each scheme; a scheme issued in several editions (the MIIT catalogue's
        2018 to 2024) is one entry with its editions below, newest first, so the years are not lost
        to a panel too narrow for the scheme's long name."""
        self.tree.blockSignals(True)
        self.tree.clear()
        self._ids_under = {_ALL: frozenset()}
        everything = QTreeWidgetItem([self.tr("All categories")])
        everything.setData(0, _KEY, _ALL)
        self.tree.addTopLevelItem(everything)
        editions: dict[str, list[SchemeNode]] = {}
        for scheme in schemes:
            editions.setdefault(scheme.key, []).append(scheme)
        for key, issued in editions.items():
            if len(issued) == 1:
                self._add_scheme(None, issued[0], words.scheme_label(issued[0].name, issued[0].edition))
                continue
            group = QTreeWidgetItem([issued[0].name])
            group.setData(0, _KEY, f"k{key}")
            self.tree.addTopLevelItem(group)
            for scheme in sorted(issued, key=lambda s: s.edition, reverse=True):
                self._add_scheme(group, scheme, scheme.edition)
            self._ids_under[f"k{key}"] = frozenset().union(*(self._ids_under[f"s{s.id}"] for s in issued))
        self.tree.setCurrentItem(everything)
        self.tree.blockSignals(False)

    def _add_scheme(self, parent: QTreeWidgetItem | None, scheme: SchemeNode, label: str) -> None:
        item = QTreeWidgetItem([label])
        item.setToolTip(0, words.scheme_label(scheme.name, scheme.edition))
        key = f"s{scheme.id}"
        item.setData(0, _KEY, key)
        self._ids_under[key] = frozenset(i for node in scheme.categories for i in _under(node))
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._add_categories(item, scheme, scheme.categories)

    def _add_categories(
        self, parent: QTreeWidgetItem, scheme: SchemeNode, nodes: Sequence[CategoryNode]
    ) -> None:
        for node in nodes:
            label = words.category_label(node.code, node.name, scheme.kind)
            item = QTreeWidgetItem(parent, [label])
            key = f"c{node.id}"
            item.setData(0, _KEY, key)
            self._ids_under[key] = frozenset(_under(node))
            self._add_categories(item, scheme, node.children)

    def _current_key(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, _KEY)) if item is not None else _ALL

    def _select_key(self, key: str) -> None:
        self.tree.blockSignals(True)
        found = self._item(key) or self._item(_ALL)
        self.tree.setCurrentItem(found)
        self.tree.blockSignals(False)

    def _item(self, key: str) -> QTreeWidgetItem | None:
        pending = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while pending:
            item = pending.pop()
            if item.data(0, _KEY) == key:
                return item
            pending.extend(item.child(i) for i in range(item.childCount()))
        return None

    # Reading and changing --------------------------------------------------------------------

    def current(self) -> ProductFilter:
        statuses = self._statuses[self.status.currentData()]
        enterprise = self.enterprise.value()
        return ProductFilter(
            category_ids=self._ids_under.get(self._current_key(), frozenset()),
            enterprise_id=enterprise if isinstance(enterprise, int) else None,
            rentable=self.rentable.currentData(),
            listing_year=self.year.currentData(),
            statuses=statuses,
        )

    def hides_archived(self) -> bool:
        return self.status.currentData() == _CURRENT

    def described(self) -> list[str]:
        """The filters that narrow the list, as "Enterprise: 无锡…", so a search that finds nothing
        can say what else may be hiding the product (the panel may be scrolled or dragged shut)."""
        on: list[str] = []
        item = self.tree.currentItem()
        if item is not None and item.data(0, _KEY) != _ALL:
            on.append(self._said(self.tr("Category"), item.toolTip(0) or item.text(0)))
        for label, box, default in (
            (self.tr("Enterprise"), self.enterprise, None),
            (self.tr("Rental"), self.rentable, None),
            (self.tr("Listed in"), self.year, None),
            (self.tr("Status"), self.status, _CURRENT),
        ):
            if box.currentData() != default:
                on.append(self._said(label, box.itemText(box.currentIndex())))
        return on

    def _said(self, label: str, value: str) -> str:
        return self.tr("{filter}: {value}").format(filter=label, value=value)

    def choose_scheme(self, scheme_id: int) -> None:
        self._select_key(f"s{scheme_id}")
        self._emit()

    def choose_enterprise(self, enterprise_id: int) -> None:
        """Show only this enterprise's products, in every status, whatever else was chosen."""
        self._loading = True
        try:
            self._reset()
            self.enterprise.choose(enterprise_id)
            self.status.setCurrentIndex(self.status.findData(_ANY))
        finally:
            self._loading = False
        self._emit()

    def clear(self) -> None:
        self._loading = True
        try:
            self._reset()
        finally:
            self._loading = False
        self._emit()

    def _reset(self) -> None:
        self._select_key(_ALL)
        for box in (self.enterprise, self.rentable, self.year, self.status):
            box.setCurrentIndex(0)

    def is_default(self) -> bool:
        return self.current() == ProductFilter(statuses=words.CURRENT_STATUSES)

    def _sync_clear(self) -> None:
        self.clear_button.setEnabled(not self.is_default())

    def _emit(self) -> None:
        if self._loading:
            return
        self._sync_clear()
        self.changed.emit(self.current())
