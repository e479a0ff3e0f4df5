"""The frame every screen shares, so each page opens the same way: what it is, then its content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

if TYPE_CHECKING:  # screens are built once the database is open; this frame is shown before
    from sqlalchemy.orm import Session

    from silvershop.ui.desk import Desk

MARGIN = 32
SPACING = 16


class Page(QWidget):
    """A page of the main window: a heading, one sentence on its purpose, then `body`."""

    def __init__(self, heading: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN - 8, MARGIN, MARGIN - 8)
        layout.setSpacing(SPACING)
        self.heading = QLabel(heading, objectName="heading")
        self.heading.setAccessibleName(heading)
        self.purpose = QLabel(purpose, objectName="purpose", wordWrap=True)
        layout.addWidget(self.heading)
        layout.addWidget(self.purpose)
        self.body = QVBoxLayout()
        self.body.setSpacing(SPACING)
        layout.addLayout(self.body, 1)


class Screen(Page):
    """A page over the desk's data.

    Subclasses pass their texts already translated (`self.tr` in the subclass gives lupdate the
    subclass as context) and fill themselves in `refresh`, which the window calls at start and on F5.
    """

    def __init__(self, desk: Desk, heading: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(heading, purpose, parent)
        self.desk = desk
        self.purpose.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def refresh(self, session: Session) -> None:
        raise NotImplementedError


class LoadingScreen(Page):
    """What stands in a screen's place while the database opens: the screen's title and "Loading…"."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, self.tr("Loading…"), parent)
        self.body.addStretch(1)  # heading and "Loading…" where the screen's own will be, not spread out


def section(title: str) -> QLabel:
    """A small heading inside a screen."""
    return QLabel(title, objectName="section")


def side_by_side(*widgets: QWidget, stretches: tuple[int, ...] = ()) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(SPACING * 2)
    for i, widget in enumerate(widgets):
        row.addWidget(widget, stretches[i] if i < len(stretches) else 0, Qt.AlignmentFlag.AlignTop)
    return row


def column(*widgets: QWidget) -> QWidget:
    """Widgets stacked in one column, top-aligned, as one widget for `side_by_side`."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING // 2)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder


def list_page(owner: QWidget, *parts: QWidget | QLayout, table: QWidget) -> None:
    """A tab that is one list: its message bar, controls and notes on top, the table taking the rest."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING // 2)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addWidget(table, 1)
