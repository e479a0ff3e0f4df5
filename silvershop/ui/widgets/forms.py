"""Forms that say what is wrong next to the field, and a message bar for the rest.

A refused action is a `SilvershopError` naming a `field`; the form puts its sentence under that
field and moves the focus there, so nobody has to hunt for what to fix. Errors without a field go
to the form's message bar. Nothing closes by itself: a message stays until the person acts again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from silvershop.errors import SilvershopError


class MessageBar(QLabel):
    """One sentence above a form or a list; a sign in front, so colour is never the only cue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="messageBar", wordWrap=True)
        self.hide()

    def show_error(self, sentence: str) -> None:
        self._show("⚠ " + sentence, "error")

    def show_info(self, sentence: str) -> None:
        self._show("ℹ " + sentence, "info")

    def clear(self) -> None:
        self.setText("")
        self.hide()

    def _show(self, text: str, kind: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()


class Form(QWidget):
    """Labelled fields, each with room for its own error, and a message bar on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.bar = MessageBar()
        outer.addWidget(self.bar)
        self.layout_ = QFormLayout()
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setVerticalSpacing(6)
        outer.addLayout(self.layout_)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Add a field; `name` is what services call it in `SilvershopError.field`."""
        error = QLabel(objectName="fieldError", wordWrap=True)
        error.hide()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.layout_.addRow(caption, holder)
        self._fields[name] = (widget, error)
        return widget

    def clear_errors(self) -> None:
        self.bar.clear()
        for _widget, error in self._fields.values():
            error.hide()
            error.setText("")
            error.setMinimumHeight(0)

    def show_error(self, err: SilvershopError) -> None:
        """The sentence under its field (focused), or in the bar when no field of this form fits."""
        self.clear_errors()
        sentence = err.localized()
        target = self._fields.get(err.field or "")
        if target is None:
            self.bar.show_error(sentence)
            return
        widget, error = target
        error.setText("⚠ " + sentence)
        error.show()
        # A sentence that wraps under a narrow field needs the height of all its lines; the layout
        # would otherwise keep the height of the single line it measured first, and clip the rest.
        self.layout_.activate()
        error.setMinimumHeight(error.heightForWidth(error.width()))
        widget.setFocus()
