"""A field a barcode scanner types into (DESIGN, "Scanning and QR payloads").

A keyboard-wedge scanner is a keyboard: it types the label's text and Enter. With a Chinese input
method on, those keystrokes would be composed into characters or turned full-width, so this field
switches the input method off and reads what arrives half-width and upper case. A scanner that reads
one label twice in a row (a shaky hand, a glossy label) sends the same text again within a moment;
that second read is dropped, so one product is not counted twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from silvershop.labels.payloads import normalise_scan
from silvershop.ui.widgets.form_dialog import large_target

REPEAT_WINDOW_S = 1.0


class ScanField(QLineEdit):
    """Emits `scanned` with each label read (normalised), then empties itself for the next one.

    `repeated` carries a read dropped as the scanner's double read, for screens that say so. The
    clock is a parameter so tests can move time on without waiting.
    """

    scanned = Signal(str)
    repeated = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last = ""
        self._last_at = float("-inf")
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhLatinOnly
            | Qt.InputMethodHint.ImhPreferUppercase
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        large_target(self)
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self.read)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # the Enter ends a scan; passed on, it would press a dialog's default button

    def read(self) -> None:
        """Take what is in the field as one scan, as Enter does (for an Add button beside it)."""
        text = normalise_scan(self.text())
        self.clear()
        if not text:
            return
        now = self._clock()
        if text == self._last and now - self._last_at < REPEAT_WINDOW_S:
            self.repeated.emit(text)
            return
        self._last, self._last_at = text, now
        self.scanned.emit(text)
