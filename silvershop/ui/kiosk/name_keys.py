"""How staff should address a visitor (称呼), made on a touch screen without an input method: the
surname's pinyin on the letter keys, the surnames those letters may spell as large buttons, then a
form of address (王 + 阿姨 = 王阿姨).

The letter keys type into the name field itself, as an input method does: the letters at its end are
what the surname buttons answer, and touching one puts the surname in their place. The field keeps
the keyboard's focus, so a physical keyboard with a Chinese input method still types a whole name
there, and a form of address touched after it ends it ("李明" + 先生). Before any letter is typed the
buttons offer the most common surnames, so many visitors need no letter at all.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from silvershop.kiosk.surnames import FORMS_OF_ADDRESS, split_address, surnames_for
from silvershop.ui.kiosk.keypads import SMALL_LETTER_KEY, LetterKeyboard, key
from silvershop.ui.kiosk.pieces import sentence

CANDIDATES = 8  # a row no wider than the letter keys, with room for a compound surname's wider button
FORM_KEY = QSize(SMALL_LETTER_KEY.width() + 32, SMALL_LETTER_KEY.height())  # two characters


def pending_letters(text: str) -> str:
    """The pinyin letters typed at the end of `text`, not yet turned into a surname."""
    count = 0
    while count < len(text) and text[-1 - count].isascii() and text[-1 - count].isalpha():
        count += 1
    return text[len(text) - count :]


class NameKeys(QWidget):
    """Surname buttons, the letter keys and the forms of address, all writing the 称呼 into `name`.
    Emits `completed` once a form of address ends it: the visitor can go on to the phone number."""

    completed = Signal()

    def __init__(self, name: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.keyboard = LetterKeyboard(name, size=SMALL_LETTER_KEY)
        self.surnames = [self._surname_key() for _ in range(CANDIDATES)]
        self.none_found = sentence(self.tr("No surname starts with these letters."))
        self.none_found.setWordWrap(False)
        self.form_keys = [self._form_key(form) for form in FORMS_OF_ADDRESS]
        name.textChanged.connect(self.follow)

        # One row of the keys' height, as wide as the letter keys whatever it shows, so nothing below
        # or beside it moves as the letters change.
        candidates = QWidget()
        candidates.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        candidates.setFixedHeight(SMALL_LETTER_KEY.height())
        found = QHBoxLayout(candidates)
        found.setContentsMargins(0, 0, 0, 0)
        found.setSpacing(self.keyboard.grid.spacing())
        for surname_key in self.surnames:
            found.addWidget(surname_key)
        found.addWidget(self.none_found, 1)
        found.addStretch(1)
        forms = QHBoxLayout()
        forms.setSpacing(self.keyboard.grid.spacing())
        for form_key in self.form_keys:
            forms.addWidget(form_key)
        forms.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(candidates)
        layout.addWidget(self.keyboard)
        layout.addLayout(forms)
        self.follow()

    def _surname_key(self) -> QPushButton:
        made = key("", SMALL_LETTER_KEY)
        made.setMinimumSize(SMALL_LETTER_KEY)
        made.setMaximumSize(QSize(16_777_215, SMALL_LETTER_KEY.height()))  # 欧阳 takes a little more
        made.clicked.connect(lambda _checked=False, chosen=made: self.choose_surname(chosen.text()))
        return made

    def _form_key(self, form: str) -> QPushButton:
        made = key(form, FORM_KEY)
        made.clicked.connect(lambda _checked=False: self.choose_form(form))
        return made

    def follow(self) -> None:
        """The surnames the letters at the name's end may spell (the most common ones before any), and
        the forms of address once there is a surname to put them after."""
        start, _form = split_address(self.name.text())
        letters = pending_letters(start)
        found = surnames_for(letters, CANDIDATES)
        for index, surname_key in enumerate(self.surnames):
            shown = index < len(found)
            surname_key.setText(found[index] if shown else "")
            surname_key.setAccessibleName(found[index] if shown else "")
            surname_key.setVisible(shown)
        self.none_found.setVisible(not found)
        named = bool(start[: len(start) - len(letters)].strip())
        for form_key in self.form_keys:
            form_key.setEnabled(named)

    def choose_surname(self, surname: str) -> None:
        """The surname touched is the 称呼's, in place of the letters or the surname before it, and
        before the form of address already chosen, if any."""
        _start, form = split_address(self.name.text())
        self.name.setText(surname + form)

    def choose_form(self, form: str) -> None:
        """The form touched ends the 称呼, in place of the one before (letters not yet a surname go)."""
        start, _before = split_address(self.name.text())
        self.name.setText(start[: len(start) - len(pending_letters(start))].rstrip() + form)
        self.completed.emit()
