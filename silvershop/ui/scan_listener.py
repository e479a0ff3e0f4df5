"""Recognising a label scanned anywhere in the main window (DESIGN, "Scanning and QR payloads").

A keyboard-wedge scanner is a keyboard that types very fast: the label's text, a few milliseconds a
key, then Enter. Outside the scan fields (ScanField, which reads its own scans) those keys would land
in whatever has the focus, a search box or a table, so the listener holds back every key that could
be the start of a scan (`SS:`, or the city's product page address) and decides when the next key
comes: fast and still a label, it keeps holding; Enter, it is a scan and the keys are dropped;
anything else, or a pause, and the held keys are handed on as they were typed, so a person typing
"Sun" into a search box still sees "Sun", just a few milliseconds later.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from silvershop.labels.payloads import PREFIX, normalise_scan, url_prefix
from silvershop.ui.widgets.scan_field import REPEAT_WINDOW_S, ScanField

if TYPE_CHECKING:
    from silvershop.ui.main_window import MainWindow

SCAN_GAP_MS = 50  # a scanner's keys come a few ms apart; a person's, a hundred or more
ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
# Keys that only change what the next key types: a scanner presses Shift for every capital.
MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
    }
)
# Held with a scan's keys: Shift for capitals, Keypad for scanners that type digits on the number pad.
SCAN_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def copy_of(event: QKeyEvent) -> QKeyEvent:
    """A key event of our own to send later: Qt's is gone once its delivery ends."""
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.nativeScanCode(),
        event.nativeVirtualKey(),
        event.nativeModifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )


class ScanListener(QObject):
    """An application event filter for `window`: emits `scanned(text)` (normalised) for each label
    typed into the window outside a ScanField, the same label again within a second dropped.

    Installed with `listen()`, removed with `stop()`; behind the window's cover (the idle lock) it lets
    every key pass. `clock` gives the seconds the gaps between keys are measured in; tests move it on
    instead of waiting.
    """

    scanned = Signal(str)

    def __init__(
        self, window: MainWindow, url_template: str = "", *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self._prefixes = (PREFIX,)  # what a scan starts with, upper case
        self.expect_url(url_template)
        self._held: list[tuple[QObject, QKeyEvent]] = []  # keys that may be a scan, with their receivers
        self._text = ""  # what the held keys typed
        self._down: set[int] = set()  # held keys whose release has not come yet
        self._swallowed: set[int] = set()  # keys of a finished scan whose release is dropped too
        self._last_key_at = float("-inf")
        self._replaying = False
        self._last_scan = ""
        self._last_scan_at = float("-inf")
        self._pause = QTimer(self, singleShot=True, interval=SCAN_GAP_MS)
        self._pause.timeout.connect(self.flush)
        self._app: QCoreApplication | None = None

    def expect_url(self, url_template: str) -> None:
        """Recognise product labels carrying the city's product page (`PRODUCT_LABEL_URL`) as scans too."""
        prefix = url_prefix(url_template)
        self._prefixes = (PREFIX, prefix) if prefix else (PREFIX,)

    def listen(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._app is None:
            self._app = app
            app.installEventFilter(self)

    def stop(self) -> None:
        """Hand on any key still held, and watch no more."""
        self.flush()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(event, QKeyEvent) or not self._in_window(watched):
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._released(watched, event)
        return self._pressed(watched, event)

    def _in_window(self, watched: QObject) -> bool:
        """The key is typed into the window itself, where nothing reads scans of its own: not into a
        dialog, not behind the lock's cover, not into a ScanField."""
        focus = QApplication.focusWidget()
        if isinstance(focus, ScanField) or watched is not (focus or self.window):
            return False  # not the first delivery either: a key an unfocused parent is offered again
        cover = self.window.cover_page
        return (
            isinstance(watched, QWidget)
            and watched.window() is self.window
            and not (cover is not None and (watched is cover or cover.isAncestorOf(watched)))
        )

    def _pressed(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in MODIFIER_KEYS:
            return False
        now = self.clock()
        if self._held and now - self._last_key_at > SCAN_GAP_MS / 1000:
            self.flush()  # the pause timer had no turn to run: the keys came all at once, but slowly
        if event.modifiers() & ~SCAN_MODIFIERS or event.isAutoRepeat():
            self.flush()
            return False
        if key in ENTER_KEYS:
            return self._ended(key)
        candidate = self._text + event.text()
        if event.text() and self._may_be_scan(candidate):
            self._hold(watched, event, candidate, now)
            return True
        self.flush()
        if event.text() and self._may_be_scan(event.text()):  # the key that broke one may start another
            self._hold(watched, event, event.text(), now)
            return True
        return False

    def _released(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in self._swallowed:
            self._swallowed.discard(key)
            return True
        if key in self._down:
            self._down.discard(key)
            self._held.append((watched, copy_of(event)))
            return True
        return False

    def _hold(self, watched: QObject, event: QKeyEvent, text: str, now: float) -> None:
        self._held.append((watched, copy_of(event)))
        self._down.add(event.key())
        self._text = text
        self._last_key_at = now
        self._pause.start()

    def _may_be_scan(self, text: str) -> bool:
        """Whether `text` is the start of a scan, or a scan under way."""
        typed = unicodedata.normalize("NFKC", text).upper()
        return any(prefix.startswith(typed) or typed.startswith(prefix) for prefix in self._prefixes)

    def _ended(self, enter: int) -> bool:
        """Enter: the held keys were a scan if they typed a whole prefix; else they and Enter go on."""
        text = normalise_scan(self._text)
        if not self._held or not text.startswith(self._prefixes):
            self.flush()
            return False
        self._swallowed |= {*self._down, enter}
        self._forget()
        now = self.clock()
        if text == self._last_scan and now - self._last_scan_at < REPEAT_WINDOW_S:
            return True  # the scanner read the same label twice: one read
        self._last_scan, self._last_scan_at = text, now
        self.scanned.emit(text)
        return True

    def flush(self) -> None:
        """Send the held keys on to where they were typed, in order: they were not a scan."""
        held = self._held
        self._forget()
        self._replaying = True
        try:
            for receiver, event in held:
                if shiboken6.isValid(receiver):
                    QCoreApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False

    def _forget(self) -> None:
        self._pause.stop()
        self._held = []
        self._text = ""
        self._down = set()
