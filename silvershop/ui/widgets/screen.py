"""The frame every screen shares, so each page opens the same way: what it is, then its content."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLineEdit, QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:  # screens are built once the database is open; this frame is shown before
    from sqlalchemy.orm import Session

    from silvershop.ui.desk import Desk

MARGIN = 32
SPACING = 16
KEPT = "keptAs"  # the property naming a field whose words `Screen.remember` keeps


def kept(field: QLineEdit, name: str) -> QLineEdit:
    """Mark `field`, a search or a filter, as one whose words are put back when the window builds its
    screen again (on a switch of elder mode): they are a way of looking at the data, safe to put back.
    A form half filled in is not kept; what it would write is not known to be wanted any more."""
    field.setProperty(KEPT, name)
    return field


class Words(NamedTuple):
    """The words in a `kept` field, the field named as `kept` names it, and the tab it is on (-1: none)."""

    field: str
    tab: int
    text: str


@dataclass(frozen=True)
class Remembered:
    """What a person set on a screen that a screen built anew would not show: the tab in view (-1
    where there are no tabs) and the words in its `kept` fields."""

    tab: int
    words: tuple[Words, ...]


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

    def _tabs(self) -> QTabWidget | None:
        tabs = getattr(self, "tabs", None)  # every screen with tabs names them so
        return tabs if isinstance(tabs, QTabWidget) else None

    def _tab_of(self, widget: QWidget) -> int:
        tabs = self._tabs()
        if tabs is None:
            return -1
        return next((i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(widget)), -1)

    def _kept_fields(self) -> dict[str, QLineEdit]:
        return {
            str(field.property(KEPT)): field
            for field in self.findChildren(QLineEdit)
            if field.property(KEPT) is not None
        }

    def remember(self) -> Remembered:
        """What `put_back_words` and `put_back_tab` put back in this screen built anew. Lost with it:
        choices in lists (a centre, a filter), what was chosen in a table, forms half filled in."""
        tabs = self._tabs()
        return Remembered(
            tab=tabs.currentIndex() if tabs is not None else -1,
            words=tuple(
                Words(name, self._tab_of(field), field.text())
                for name, field in self._kept_fields().items()
                if field.text()
            ),
        )

    def put_back_words(self, remembered: Remembered) -> None:
        """The words of `remembered` in this screen, built anew from the same desk, before it is read,
        so what it reads is what they ask for. A tab built when first opened is built for them now."""
        from silvershop.ui.widgets.tabs import LazyPage  # loaded with the screens, not to show the window

        tabs = self._tabs()
        for words in remembered.words:
            page = tabs.widget(words.tab) if tabs is not None and words.tab >= 0 else None
            if isinstance(page, LazyPage):
                page.content()
        fields = self._kept_fields()
        for words in remembered.words:
            if words.field in fields:
                fields[words.field].setText(words.text)

    def put_back_tab(self, remembered: Remembered) -> None:
        """The tab of `remembered` in view again, once the screen was read: it is read as it opens, as
        when the person chooses it."""
        tabs = self._tabs()
        if tabs is not None and 0 <= remembered.tab < tabs.count():
            tabs.setCurrentIndex(remembered.tab)


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
