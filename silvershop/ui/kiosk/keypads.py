"""Large on-screen keys for a touch screen: letters for a search by pinyin initials and for a surname's
pinyin, digits for a phone number or the staff PIN.

The keys type into one field, which keeps the keyboard's focus (the keys never take it), so a physical
keyboard, where there is one, types into the same field at the same place. Every key is larger than
the 60 px target of DOMAIN section 7, and keeps its size whatever the screen's width, so a keyboard
leaves room for what it finds.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

LETTER_KEY = QSize(72, 72)
SMALL_LETTER_KEY = QSize(64, 64)  # beside a form, on a 1280 × 800 screen: still above the 60 px target
DIGIT_KEY = QSize(104, 76)
LETTER_ROWS = ("ABCDEFGHI", "JKLMNOPQR", "STUVWXYZ")
DIGIT_ROWS = ("123", "456", "789")


class Key(QPushButton):
    """A key `size` large, or larger for a longer word: its size hint says so, since a style sheet's
    least size replaces the least size the code sets, and a layout then goes by the hint."""

    def __init__(self, text: str, size: QSize) -> None:
        # Below the usual keys' height a key has no padding, so the style sheet's least size (60 px
        # inside a 2 px border) leaves it 64 px.
        super().__init__(text, objectName="key" if size.height() >= LETTER_KEY.height() else "smallKey")
        self.size_ = size

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self.size_)


def key(text: str, size: QSize, name: str = "") -> QPushButton:
    button = Key(text, size)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAccessibleName(name or text)
    button.setFixedSize(size)
    return button


class Keypad(QWidget):
    """Keys of `size` typing into `field`; `typed` after each key that changed it."""

    typed = Signal()

    def __init__(self, field: QLineEdit, size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.size_ = size
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # as large as its keys
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.backspace = key("⌫", size, self.tr("Delete the last one"))
        self.backspace.clicked.connect(self._backspace)
        self.clear = key(self.tr("Clear"), size)
        self.clear.clicked.connect(self._clear)

    def add_key(self, text: str, row: int, column: int, *, types: str = "") -> QPushButton:
        """A key showing `text` that types `types` (else `text` itself)."""
        button = key(text, self.size_)
        button.clicked.connect(lambda _checked=False, typed=types or text: self._type(typed))
        self.grid.addWidget(button, row, column)
        return button

    def _type(self, text: str) -> None:
        if self.field.maxLength() <= len(self.field.text()):
            return
        self.field.insert(text)
        self.typed.emit()

    def _backspace(self) -> None:
        self.field.backspace()
        self.typed.emit()

    def _clear(self) -> None:
        self.field.clear()
        self.typed.emit()

    def set_keys_enabled(self, enabled: bool) -> None:
        for button in (*self.findChildren(QPushButton), self.clear, self.backspace):
            button.setEnabled(enabled)


class LetterKeyboard(Keypad):
    """A to Z in alphabetical rows of nine (seniors look for a letter, they do not touch-type), typed
    lower case as the catalogue's pinyin search reads them: "ly" finds 轮椅. Delete ends the last row;
    Clear, as wide as its word, is the caller's to place beside the field."""

    def __init__(self, field: QLineEdit, parent: QWidget | None = None, *, size: QSize = LETTER_KEY) -> None:
        super().__init__(field, size, parent)
        for row, letters in enumerate(LETTER_ROWS):
            for column, letter in enumerate(letters):
                self.add_key(letter, row, column, types=letter.lower())
        last = len(LETTER_ROWS) - 1
        self.grid.addWidget(self.backspace, last, len(LETTER_ROWS[last]))
        self.clear.setObjectName("")  # an ordinary button's padding around its word
        self.clear.setMinimumSize(size)
        self.clear.setMaximumSize(QSize(16_777_215, size.height()))
        self.clear.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)


class DigitKeypad(Keypad):
    """0 to 9 like a telephone's keys, with Clear and delete on the bottom row."""

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(field, DIGIT_KEY, parent)
        for row, digits in enumerate(DIGIT_ROWS):
            for column, digit in enumerate(digits):
                self.add_key(digit, row, column)
        self.grid.addWidget(self.clear, 3, 0)
        self.add_key("0", 3, 1)
        self.grid.addWidget(self.backspace, 3, 2)
