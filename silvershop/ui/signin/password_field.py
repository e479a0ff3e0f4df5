"""A password field with a Show button, so someone unsure of what they typed can look before trying
again rather than spend one of their attempts."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.ui import theme


class PasswordField(QWidget):
    """Masked by default; the button beside it says in words what it will do (Show, Hide)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMinimumHeight(theme.target_px())
        self.toggle = QPushButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)  # Enter in the field signs in; it never toggles the mask
        self.toggle.setMinimumSize(theme.target_px() * 2, theme.target_px())
        self.toggle.toggled.connect(self._reveal)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self._reveal(False)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()

    def _reveal(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.toggle.setAccessibleName(self.tr("Hide the password") if shown else self.tr("Show the password"))


def check_typed_twice(password: str, again: str) -> None:
    """A new password is typed twice, so a slip of the finger does not lock its owner out."""
    if password != again:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The two passwords are not the same. Type the password again."),
            field="password_again",
        )
