"""Preferences of this desk alone (not shared through the database), kept in the config folder.

Read before the window exists, so the chosen language applies from the first string shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from silvershop import i18n
from silvershop.config import config_dir

LANGUAGE_KEY = "desk/language"


def _store() -> QSettings:
    return QSettings(str(config_dir() / "desk.ini"), QSettings.Format.IniFormat)


def saved_language() -> str | None:
    value = _store().value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in i18n.LANGUAGES else None


def save_language(lang: str) -> None:
    if lang not in i18n.LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    store = _store()
    store.setValue(LANGUAGE_KEY, lang)
    store.sync()
