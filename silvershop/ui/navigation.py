"""The left-hand navigation: one large button per screen, icon and word, never an icon alone."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from silvershop.ui import theme
from silvershop.ui.theme import MIN_TARGET_PX

WIDTH = 220
ELDER_WIDTH = 240  # the words at 18 pt: the longest English one ("Rental desk") needs 206 px with its icon
ICON_PX = 26


class Navigation(QWidget):
    """Emits `chosen(name)` when a person picks a screen."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="navigation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.fit()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 12)
        self._layout.setSpacing(4)
        self._layout.addWidget(QLabel("silvershop", objectName="brand"))
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        self._layout.addStretch(1)

    def add(self, name: str, title: str, icon: QIcon, shortcut_hint: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(title)
        button.setIcon(icon)
        button.setIconSize(QSize(ICON_PX, ICON_PX))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves focus on the screen's content
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
        button.setToolTip(f"{title} ({shortcut_hint})")
        button.setAccessibleName(title)
        button.clicked.connect(lambda: self.chosen.emit(name))
        self._group.addButton(button)
        self._layout.insertWidget(self._layout.count() - 1, button)
        self.buttons[name] = button
        return button

    def fit(self) -> None:
        """As wide as the words need in the look of the moment (elder mode or not)."""
        self.setFixedWidth(ELDER_WIDTH if theme.elder_mode() else WIDTH)

    def show_only(self, names: Iterable[str]) -> None:
        """Offer only the screens in `names`: a screen the signed-in person may not use is not listed."""
        shown = set(names)
        for name, button in self.buttons.items():
            button.setVisible(name in shown)

    def shown(self) -> list[str]:
        """The screens offered, in order."""
        return [name for name, button in self.buttons.items() if not button.isHidden()]

    def select(self, name: str) -> None:
        """Show `name` as the current screen without announcing it as a new choice."""
        self.buttons[name].setChecked(True)
