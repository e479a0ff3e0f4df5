"""The wait logging in imposes after repeated failures, counted down on screen to the second.

`security.login` refuses with "Wait N seconds" while a name is held back; the form shows that sentence
under the password, keeps its button disabled and counts N down, so nobody presses a button that can
only be refused again, and everyone sees when they may try.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication

from silvershop.errors import SilvershopError
from silvershop.security.login import WAIT, LoginRefused

TICK_MS = 1000


class Throttle(QObject):
    """Follows the refusals of one form: a wait disables `button` and shows the seconds left with `show`
    each second; when it is over the button is enabled again and `over` is called."""

    def __init__(
        self,
        button: QAbstractButton,
        show: Callable[[SilvershopError], None],
        over: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._button = button
        self._show = show
        self._over = over
        self._left = 0
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def waiting(self) -> bool:
        return self._left > 0

    def follow(self, refusal: SilvershopError) -> None:
        """Called with every refusal the form has just shown; only a wait starts the count."""
        if refusal.message != WAIT:
            return
        self._left = max(1, int(refusal.params.get("seconds", 1)))
        self._button.setEnabled(False)
        self._timer.start()

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            focus = QApplication.focusWidget()  # showing the sentence focuses its field; keep theirs
            self._show(LoginRefused(WAIT, field="password", seconds=self._left))
            if focus is not None:
                focus.setFocus()
            return
        self._timer.stop()
        self._button.setEnabled(True)
        self._over()
