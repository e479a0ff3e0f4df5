"""Which events are a person using the window, for the desk's idle lock and the kiosk's idle reset
alike: a key, a click, a touch, a wheel, a mouse moved; the window's own repaints and timers are not."""

from __future__ import annotations

from PySide6.QtCore import QEvent

INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
