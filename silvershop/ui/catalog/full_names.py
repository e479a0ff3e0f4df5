"""Tooltips that give an entry's whole text where a narrow list cuts it short.

The category names of the MIIT catalogues run to twenty characters and the filter panel is narrow,
so the tree ends many of them with "…". Hovering such an entry shows its full name; an entry shown
whole gets no tooltip, since one that only repeats what is on screen pops up in the way of the
pointer for nothing. An entry whose own tooltip says more than it shows (an edition "2024" under its
scheme) always shows that tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from silvershop.ui import theme

AnyIndex = QModelIndex | QPersistentModelIndex


class FullNameTips(QStyledItemDelegate):
    """Paints as the default delegate; only its tooltips differ (see the module's docstring), and in
    elder mode its rows are as tall as a target (a tree's rows, unlike a list's, take no height from
    the style sheet)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return size.expandedTo(QSize(0, theme.ELDER_TARGET_PX)) if theme.elder_mode() else size

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if event is None or view is None or event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        tip = self.tip(option, index)
        if tip:
            QToolTip.showText(event.globalPos(), tip, view, view.visualRect(QModelIndex(index)))
        else:
            QToolTip.hideText()
        return True

    def tip(self, option: QStyleOptionViewItem, index: AnyIndex) -> str:
        """The tooltip for `index` painted in `option.rect`; "" for none."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        own = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        if own and own != text:
            return own
        return text if self.cut_short(option, index) else ""

    def cut_short(self, option: QStyleOptionViewItem, index: AnyIndex) -> bool:
        """Whether the text of `index` is wider than the room the style gives it in `option.rect`."""
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget
        style = widget.style() if widget is not None else QApplication.style()
        room: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, widget)
        # The style keeps this margin on each side of the text (QCommonStyle's viewItemDrawText).
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return shown.fontMetrics.horizontalAdvance(shown.text) > room.width() - 2 * margin
