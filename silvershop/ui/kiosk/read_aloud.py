"""Reading a kiosk page aloud with the PC's speech engine (QtTextToSpeech), in Chinese where the engine
has a Chinese voice.

Speech is optional (DESIGN, "Dependencies worth knowing"): the module is imported only here, when the
kiosk starts, and a PC without an engine, without the libraries QtTextToSpeech needs, or whose engine
fails, shows no Read aloud button at all rather than one that does nothing. Qt's "mock" engine ships
with PySide6 and speaks to nobody, so it is never chosen unless asked for by name (the tests do).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

SILENT_ENGINES = frozenset({"mock"})
PREFERRED_LOCALE = "zh_CN"


class ReadAloud(QObject):
    """`available` says whether the PC can speak; `failed` when the engine stops working, after which it
    is no longer available; `speaking(bool)` when it starts and stops speaking."""

    failed = Signal()
    speaking = Signal(bool)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speech: QTextToSpeech | None = self._open(engine)

    @property
    def available(self) -> bool:
        return self.speech is not None

    def _open(self, engine: str | None) -> QTextToSpeech | None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # optional: see the module's docstring
        except ImportError as exc:
            print(f"silvershop: no speech for the kiosk ({exc})", file=sys.stderr)
            return None
        names = (
            [engine] if engine else [n for n in QTextToSpeech.availableEngines() if n not in SILENT_ENGINES]
        )
        for name in names:
            speech = QTextToSpeech(name, self)
            if speech.state() is QTextToSpeech.State.Error:
                speech.deleteLater()
                continue
            chinese = [locale for locale in speech.availableLocales() if locale.name() == PREFERRED_LOCALE]
            if chinese:
                speech.setLocale(chinese[0])
            elif QLocale().name() in {locale.name() for locale in speech.availableLocales()}:
                speech.setLocale(QLocale())
            speech.stateChanged.connect(self._state_changed)
            return speech
        return None

    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self.speaking.emit(state is QTextToSpeech.State.Speaking)
        if state is QTextToSpeech.State.Error and self.speech is not None:
            print(f"silvershop: the speech engine failed ({self.speech.errorString()})", file=sys.stderr)
            self.speech.deleteLater()
            self.speech = None
            self.failed.emit()

    def say(self, text: str) -> None:
        if self.speech is not None and text.strip():
            self.speech.stop()
            self.speech.say(text)

    def stop(self) -> None:
        if self.speech is not None:
            self.speech.stop()
