"""Noticing when the kiosk is left alone, and the keys it keeps for itself.

`VisitorInput` watches every input event of the application: any touch, click, mouse move, wheel or
key starts the idle time again, and after `interval_ms` without any it emits `idle`, so the next visitor
finds the home page and nothing of the last one's search or half-typed phone number. While the page is
read aloud the kiosk is not idle (a senior listening touches nothing): `hold` stops the idle time until
the reading ends, when it starts again from the beginning. A press (touch,
click, key) also emits `touched`, which is what dismisses a notice. Keys that would leave or close a
window (Esc, Alt+F4, Ctrl+W, Ctrl+Q) are eaten before any widget sees them, and Enter on a focused
button presses it, for visitors using a keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from silvershop.ui.person_input import INPUT

PRESSES = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}
)
CONTROL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


def leaves(event: QKeyEvent) -> bool:
    """A key that leaves, closes or quits a window elsewhere."""
    key, modifiers = event.key(), event.modifiers()
    return (
        key == Qt.Key.Key_Escape
        or (key == Qt.Key.Key_F4 and bool(modifiers & ALT))
        or (key in (Qt.Key.Key_W, Qt.Key.Key_Q) and bool(modifiers & CONTROL))
    )


class VisitorInput(QObject):
    """Installed on the application for `window` with `start()`, removed with `stop()`."""

    idle = Signal()
    touched = Signal()

    def __init__(self, window: QWidget, interval_ms: int) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self, singleShot=True, interval=interval_ms)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may run 5 % over: 4½ s of 90
        self.timer.timeout.connect(self.idle)
        self.held = False
        self._app: QCoreApplication | None = None

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._app is None:
            self._app = app
            app.installEventFilter(self)
        self.restart()

    def restart(self) -> None:
        """The idle time from the beginning, unless it is held."""
        if not self.held:
            self.timer.start()

    def hold(self, held: bool) -> None:
        """Keep the kiosk from going idle (while it reads aloud), or let the idle time start again."""
        self.held = held
        if held:
            self.timer.stop()
        elif self._app is not None:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT and event.spontaneous():  # a person's, not Qt's own after a page changed
            self.restart()
        if not (isinstance(watched, QWidget) and watched.window() is self.window):
            return False  # the window itself, or a widget in it: not a launch's dialog
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            if leaves(event):
                return True
            if kind == QEvent.Type.KeyPress and self._pressed_enter(watched, event):
                return True
        if kind in PRESSES:
            self.touched.emit()
        return False

    def _pressed_enter(self, watched: QObject, event: QKeyEvent) -> bool:
        """Enter on a focused button of the kiosk presses it, as Space does."""
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in ENTER_KEYS or event.isAutoRepeat() or not plain:
            return False
        focus = QApplication.focusWidget()
        if not isinstance(focus, QAbstractButton) or watched is not focus or not focus.isEnabled():
            return False
        self.touched.emit()
        focus.click()
        return True
