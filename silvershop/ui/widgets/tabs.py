"""Sections of one screen as tabs, each shown only to those who may use it.

A tab a person may not use is not added at all, rather than shown greyed out: hiding is a courtesy
(the services refuse anyway), and a tab that can never open only makes people wonder why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QStackedWidget,
    QStyle,
    QStyleOptionTabWidgetFrame,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from silvershop.ui import theme
from silvershop.ui.theme import ACCENT, CARD_BORDER, MIN_TARGET_PX, TEXT


def tab_style() -> str:
    """The tabs' look, sized for the ordinary look or elder mode as it is when the tabs are made."""
    return f"""
QTabWidget::pane {{ border: none; border-top: 1px solid {CARD_BORDER}; padding-top: 12px; }}
QTabBar::tab {{
    min-height: {theme.target_px(MIN_TARGET_PX - 8)}px; padding: 4px 20px; color: {TEXT};
    background: transparent;
    border: none; border-bottom: 3px solid transparent; font-size: {theme.text_pt(13)}pt;
}}
QTabBar::tab:selected {{ color: {ACCENT}; font-weight: 600; border-bottom: 3px solid {ACCENT}; }}
QTabBar::tab:hover {{ background: #E9EEF4; }}
"""


class SectionTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="sectionTabs")
        self.setDocumentMode(True)
        self.setStyleSheet(tab_style())
        # The page in view may have wrapped words of its own: the window's scroll area measures again.
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def add(self, widget: QWidget, title: str) -> QWidget:
        self.addTab(widget, title)
        return widget

    def minimumSizeHint(self) -> QSize:
        """Qt's own least size leaves out the pane's padding and border the style sheet adds, so in a
        window just tall enough for it (elder mode at 1280 × 800) the pages were squeezed by them and
        their buttons laid over one another; the room the tabs, the pane and its padding take around
        the pages is counted as the style lays them out."""
        least = super().minimumSizeHint()
        option = QStyleOptionTabWidgetFrame()
        self.initStyleOption(option)
        pages = self.style().subElementRect(QStyle.SubElement.SE_TabWidgetTabContents, option, self)
        around = self.height() - pages.height()
        stack = cast(
            QWidget, self.findChild(QStackedWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        )
        inside = stack.minimumSizeHint().height()
        return least.expandedTo(QSize(least.width(), inside + around))


class LazyPage(QWidget):
    """A tab's page whose content is built the first time it is needed (shown, or asked for), so a
    screen of many tabs costs at sign-in only the one in view. `changed` of the content, if it has
    one, calls `on_change`."""

    def __init__(self, build: Callable[[], QWidget], on_change: Callable[[], None]) -> None:
        super().__init__()
        self._build = build
        self._on_change = on_change
        self.built: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> QWidget:
        if self.built is None:
            self.built = self._build()
            self._layout.addWidget(self.built)
            changed = getattr(self.built, "changed", None)
            if changed is not None:
                changed.connect(self._on_change)
        return self.built
