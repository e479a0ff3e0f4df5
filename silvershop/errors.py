"""The one error type that reaches people.

Domain code raises `SilvershopError` with an English source text marked for translation; the GUI
shows `err.localized()` next to the field or in a message bar and the CLI prints it and exits 2.
Keeping the text untranslated until it is shown lets the domain stay free of Qt.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for Qt Linguist without translating it now."""
    del context
    return text


ERRORS = "errors"


class SilvershopError(Exception):
    """A failure a user can act on: what went wrong and, where it applies, the field or row."""

    def __init__(
        self, message: str, *, field: str | None = None, row: int | None = None, **params: Any
    ) -> None:
        self.message = message
        self.field = field
        self.row = row
        self.params = params
        super().__init__(self._format(message))

    def _format(self, template: str) -> str:
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template

    def localized(self) -> str:
        """The message in the user's language (the translator installed by `silvershop.i18n`)."""
        from silvershop import i18n

        return self._format(i18n.translate(ERRORS, self.message))


class DatabaseError(SilvershopError):
    """The database cannot be opened, read or written as it is."""


class ValidationError(SilvershopError):
    """Input refused before anything was written."""


class PermissionDenied(SilvershopError):
    """The signed-in user may not do this."""


class NotFound(SilvershopError):
    """A record the user named does not exist."""
