"""Choosing a product's categories: ticks in several schemes at once, and one assistive-product code.

A product is filed in the promotion catalogue it was listed in, often in the city's rental catalogue
too, and a device has one ISO 9999 / GB/T 16432 code. The promotion and rental schemes are a tree of
ticks; the code is chosen from the edition first, because "12 22 03" of ISO 9999:2016 and of
GB/T 16432-2025 are two different categories, then from its codes, which one can search by typing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from silvershop.catalog.browse import CategoryNode, SchemeNode
from silvershop.catalog.models import SchemeKind
from silvershop.ui.catalog import words
from silvershop.ui.catalog.full_names import FullNameTips
from silvershop.ui.catalog.searchable import SearchableCombo
from silvershop.ui.widgets.form_dialog import large_target

_ID = Qt.ItemDataRole.UserRole


def _walk(nodes: Iterable[CategoryNode], depth: int = 0) -> Iterator[tuple[CategoryNode, int]]:
    for node in nodes:
        yield node, depth
        yield from _walk(node.children, depth + 1)


class CategoryChecks(QWidget):
    """The promotion and rental schemes with a tick per category, and a line naming what is ticked
    (the schemes are folded, so a tick is easily out of sight)."""

    def __init__(self, schemes: Sequence[SchemeNode], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(260)
        self.tree.setAccessibleName(self.tr("Categories"))
        self.tree.setItemDelegate(FullNameTips(self.tree))
        self.summary = QLabel(objectName="note", wordWrap=True)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._labels: dict[int, str] = {}
        for scheme in schemes:
            if scheme.kind is SchemeKind.ASSISTIVE:
                continue
            label = words.scheme_label(scheme.name, scheme.edition)
            top = QTreeWidgetItem(self.tree, [label])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            bold = QFont(top.font(0))
            bold.setBold(True)
            top.setFont(0, bold)
            self._add(top, label, scheme.categories)
        self.tree.itemChanged.connect(self._summarise)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self.setFocusProxy(self.tree)
        self._summarise()

    def _add(self, parent: QTreeWidgetItem, scheme_label: str, nodes: Sequence[CategoryNode]) -> None:
        for node in nodes:
            item = QTreeWidgetItem(parent, [node.name])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, _ID, node.id)
            self._items[node.id] = item
            self._labels[node.id] = f"{scheme_label} · {node.name}"
            self._add(item, scheme_label, node.children)

    def chosen(self) -> frozenset[int]:
        return frozenset(i for i, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked)

    def choose(self, category_ids: Iterable[int]) -> None:
        """Tick exactly these and unfold the schemes they are in, so what is ticked is seen."""
        wanted = set(category_ids)
        self.tree.blockSignals(True)
        for category_id, item in self._items.items():
            ticked = category_id in wanted
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            parent = item.parent()
            while ticked and parent is not None:
                parent.setExpanded(True)
                parent = parent.parent()
        self.tree.blockSignals(False)
        self._summarise()

    def _summarise(self) -> None:
        ticked = self.chosen()
        chosen = [label for category_id, label in self._labels.items() if category_id in ticked]
        self.summary.setText(
            self.tr("Chosen: {list}").format(list="; ".join(chosen))
            if chosen
            else self.tr("No category chosen yet. Tick every category the product is filed under.")
        )


class AssistivePicker(QWidget):
    """The edition of the assistive-product classification, then one of its codes, or none."""

    def __init__(self, schemes: Sequence[SchemeNode], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._schemes = [s for s in schemes if s.kind is SchemeKind.ASSISTIVE]
        self.edition = large_target(QComboBox())
        self.edition.setAccessibleName(self.tr("Edition of the classification"))
        for scheme in self._schemes:
            self.edition.addItem(words.scheme_label(scheme.name, scheme.edition), scheme.id)
        self.code = SearchableCombo()
        self.code.setAccessibleName(self.tr("Assistive-product code"))
        self.code.lineEdit().setPlaceholderText(self.tr("Type part of the code or the name"))
        self.edition.currentIndexChanged.connect(self._fill_codes)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.edition, 2)
        layout.addWidget(self.code, 3)
        self.setFocusProxy(self.code)
        self._fill_codes()

    def _fill_codes(self) -> None:
        scheme = next((s for s in self._schemes if s.id == self.edition.currentData()), None)
        items: list[tuple[object, str]] = [(None, self.tr("No assistive-product code"))]
        if scheme is not None:
            items += [
                (node.id, words.category_label(node.code, node.name, scheme.kind))
                for node, _depth in _walk(scheme.categories)
            ]
        self.code.set_items(items)

    def value(self) -> int | None:
        chosen = self.code.value()
        return chosen if isinstance(chosen, int) else None

    def choose(self, category_id: int | None) -> None:
        """Show the edition `category_id` belongs to, with it chosen; None chooses no code."""
        if category_id is None:
            self.code.setCurrentIndex(0)
            return
        for scheme in self._schemes:
            if any(node.id == category_id for node, _depth in _walk(scheme.categories)):
                self.edition.setCurrentIndex(self.edition.findData(scheme.id))
                self.code.choose(category_id)
                return
