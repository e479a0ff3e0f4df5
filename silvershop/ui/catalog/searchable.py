"""A drop-down one can also type into, for lists too long to scroll: a city's 3,000 enterprises, or
the codes of an assistive-product classification.

Typing any part of an entry ("康复" in "无锡康复器械有限公司", "22 03" in "12 22 03 双手驱动轮椅车")
offers the entries that contain it. What is typed never becomes a new entry: on leaving the field the
text goes back to the entry that is chosen, so the box never shows something it will not use.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from silvershop.ui import theme


class SearchableCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumHeight(theme.target_px())
        self.setMaxVisibleItems(16)
        # As narrow as the place it is put in allows: the longest of 3,000 names must not decide.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        line = self.lineEdit()
        line.setClearButtonEnabled(False)
        line.editingFinished.connect(self._settle)
        self.currentIndexChanged.connect(self._show_start)

    def set_items(self, items: Sequence[tuple[object, str]]) -> None:
        """Replace the entries, keeping the chosen value when it is still offered (else the first)."""
        kept = self.currentData()
        self.blockSignals(True)
        self.clear()
        for value, text in items:
            self.addItem(text, value)
        found = self.findData(kept)
        self.setCurrentIndex(found if found >= 0 else 0)
        self.blockSignals(False)
        self._show_start()

    def value(self) -> object:
        return self.currentData()

    def choose(self, value: object) -> bool:
        """Choose the entry holding `value`; False (and nothing changed) when there is none."""
        found = self.findData(value)
        if found < 0:
            return False
        self.setCurrentIndex(found)
        return True

    def _show_start(self) -> None:
        """A long name chosen shows its beginning ("无锡仁济康复…"), not its end, in a narrow box."""
        if not self.lineEdit().hasFocus():
            self.lineEdit().setCursorPosition(0)

    def _settle(self) -> None:
        """Take an entry typed in full; anything else goes back to the entry already chosen."""
        typed = self.lineEdit().text().strip()
        exact = self.findText(typed, Qt.MatchFlag.MatchFixedString) if typed else -1
        if exact >= 0 and exact != self.currentIndex():
            self.setCurrentIndex(exact)
        chosen = self.itemText(self.currentIndex())
        if self.lineEdit().text() != chosen:
            self.lineEdit().setText(chosen)
        self.lineEdit().setCursorPosition(0)
