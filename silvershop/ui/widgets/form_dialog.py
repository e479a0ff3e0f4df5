"""Dialogs that hold a form: the action button tries the write, and a refusal keeps the dialog open
with the sentence under its field, so nothing typed is lost and nothing half-done is saved.

Also the confirmation asked before an action that cannot be undone, which names exactly what will
happen and makes Cancel the default, so a stray Enter changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from silvershop.errors import SilvershopError
from silvershop.ui import theme
from silvershop.ui.widgets.forms import Form, MessageBar

if TYPE_CHECKING:  # the window's frame is shown before the database stack is imported
    from silvershop.security.permissions import Actor
    from silvershop.ui.desk import Desk

W = TypeVar("W", bound=QWidget)
DISABLED_TEXT = "#8C97A3"


def large_target(widget: W) -> W:
    """At least 44 px tall, the smallest target older hands hit reliably (theme.MIN_TARGET_PX); 60 px
    in elder mode (theme.target_px).

    A widget with a layout of its own (a row of checkboxes) is left to size its parts: a minimum
    set on it would let the layout squeeze them below that size.
    """
    if widget.layout() is None:
        widget.setMinimumHeight(theme.target_px())
    return widget


def action_button(text: str) -> QPushButton:
    """A button beside a list; greyed when nothing it could act on is chosen."""
    button = QPushButton(text)
    large_target(button)
    # In elder mode no width is set: a button's size policy then keeps it as wide as its words (its
    # size hint), whatever they become, and a row too narrow for them wraps (flow_row.button_row).
    if not theme.elder_mode():
        button.setMinimumWidth(theme.target_px())
    # Paler than a disabled field's text in the ordinary look, so a greyed button reads as one at a
    # glance; elder mode keeps its words at 4.5 : 1 and draws the button flat and grey instead (theme).
    disabled = theme.DISABLED_TEXT if theme.elder_mode() else DISABLED_TEXT
    button.setStyleSheet(f"QPushButton:disabled {{ color: {disabled}; }}")
    return button


def fit_height(window: QWidget) -> None:
    """Grow a shown window, never shrink it, so a sentence that just appeared in it is read whole:
    Qt keeps a shown window's height and squeezes the fields instead."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    wanted = (
        layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    )
    if wanted > window.height():
        window.resize(width, wanted)


class FormDialog(QDialog):
    """A titled form with the action and Cancel; subclasses `add` their fields and write in `submit`.

    `submit` raises `SilvershopError` to refuse: the dialog stays open with the sentence under the
    field it names, or in the bar on top. A long form is laid out in `columns` side by side, so it
    fits a laptop screen without scrolling.
    """

    def __init__(
        self, title: str, action: str, parent: QWidget | None = None, *, intro: str = "", columns: int = 1
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(theme.text_px(560) * columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        if intro:
            layout.addWidget(QLabel(intro, objectName="note", wordWrap=True))
        self.bar = MessageBar()
        layout.addWidget(self.bar)
        self.forms = [Form() for _ in range(columns)]
        row = QHBoxLayout()
        row.setSpacing(32)
        for form in self.forms:
            form.layout_.setHorizontalSpacing(16)
            row.addWidget(form, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addStretch(1)
        self._form_of: dict[str, Form] = {}
        self.buttons = QDialogButtonBox()
        self.action = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.action, self.cancel):
            large_target(button)
        self.action.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add(self, name: str, label: str, widget: W, column: int = 0) -> W:
        """A field under `name`, the name services give it in `SilvershopError.field`."""
        self._form_of[name] = self.forms[column]
        self.forms[column].add(name, label, large_target(widget))
        return widget

    def submit(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # an intro that wraps is measured right only at the width the dialog is shown at

    def show_error(self, err: SilvershopError) -> None:
        for form in self.forms:
            form.clear_errors()
        self.bar.clear()
        form = self._form_of.get(err.field or "")
        if form is None:
            self.bar.show_error(err.localized())
        else:
            form.show_error(err)
        fit_height(self)

    def accept(self) -> None:
        try:
            self.submit()
        except SilvershopError as err:
            self.show_error(err)
            return
        super().accept()


class DeskDialog(FormDialog):
    """A form that acts through the services as the signed-in person at this desk; after a write
    `confirmation` says in one sentence what was done, for the tab's message bar."""

    def __init__(
        self,
        title: str,
        action: str,
        desk: Desk,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        intro: str = "",
        columns: int = 1,
    ) -> None:
        super().__init__(title, action, parent, intro=intro, columns=columns)
        self.desk = desk
        self.actor = actor
        self.confirmation = ""


def confirm(
    parent: QWidget,
    title: str,
    sentence: str,
    action: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> bool:
    """Ask before something that cannot be taken back; only the named action button goes ahead."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(sentence)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    for button in (go, cancel):
        large_target(button)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go
