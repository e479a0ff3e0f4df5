"""Sections of one screen as tabs, each shown only to those who may use it.

A tab a person may not use is not added at all, rather than shown greyed out: hiding is a courtesy
(the services refuse anyway), and a tab that can never open only makes people wonder why.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from silvershop.ui.theme import ACCENT, CARD_BORDER, MIN_TARGET_PX, TEXT

_STYLE = f"""
QTabWidget::pane {{ border: none; border-top: 1px solid {CARD_BORDER}; padding-top: 12px; }}
QTabBar::tab {{
    min-height: {MIN_TARGET_PX - 8}px; padding: 4px 20px; color: {TEXT}; background: transparent;
    border: none; border-bottom: 3px solid transparent; font-size: 13pt;
}}
QTabBar::tab:selected {{ color: {ACCENT}; font-weight: 600; border-bottom: 3px solid {ACCENT}; }}
QTabBar::tab:hover {{ background: #E9EEF4; }}
"""


class SectionTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="sectionTabs")
        self.setDocumentMode(True)
        self.setStyleSheet(_STYLE)

    def add(self, widget: QWidget, title: str) -> QWidget:
        self.addTab(widget, title)
        return widget
