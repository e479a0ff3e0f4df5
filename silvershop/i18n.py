"""Loading the compiled Qt Linguist catalogues for the GUI and the CLI alike.

Source strings are English; Simplified Chinese is the default language. One module-level
translator serves both front ends so domain errors read the same in a dialog and on stderr.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_translator: QTranslator | None = None


def qm_path(lang: str) -> str:
    return str(resources.files("silvershop.resources") / "translations" / f"silvershop_{lang}.qm")


def install(lang: str = DEFAULT_LANGUAGE) -> None:
    """Use `lang` for every later `translate()` and, with a running app, for every `tr()`."""
    global _translator
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    if _translator is not None and app is not None:
        app.removeTranslator(_translator)
    _translator = None
    if lang == "en":
        return
    translator = QTranslator()
    if not translator.load(qm_path(lang)):
        raise RuntimeError(f"translation file for {lang} is missing from the installation")
    _translator = translator
    if app is not None:
        app.installTranslator(translator)


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator.translate(context, text) or text
