"""Checks made when a person leaves a field, so a mistyped amount or code is pointed out while they
still remember what they meant, rather than only when Save refuses it a page later.

The sentence goes on the error line the form keeps under each field (`widgets.forms.Form`), where
Save's refusal would go, and the focus stays where the person put it: jumping back would fight their
Tab key. An empty field is never complained about on leaving (people fill forms in any order); what
must not be empty is said by the service on Save. These checks only say early what the service will
say anyway: saving still relies on the service's own checks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError, ValidationError
from silvershop.money import parse_yuan
from silvershop.ui.widgets.form_dialog import fit_height

Check = Callable[[str], object]
"""Reads the text of a field; raises `SilvershopError` for text the service would refuse."""

MAX_GRACE_DAYS = 365
# The service's own sentence (product_checks), so the check and the refusal read the same.
_GRACE_DAYS = QT_TRANSLATE_NOOP("errors", "Grace days are a whole number of days from 0 to 365.")


def money(field: str) -> Check:
    """An amount in 元 as `silvershop.money` reads it (1299, 1,299.50, ¥1299, full-width digits)."""
    return partial(parse_yuan, field=field)


def grace_days(text: str) -> None:
    """A whole number of days from 0 to 365, in half- or full-width digits."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if not (plain.isascii() and plain.isdigit()) or int(plain) > MAX_GRACE_DAYS:
        raise ValidationError(_GRACE_DAYS, field="grace_days")


def error_line(field: QWidget) -> QLabel | None:
    """The line under `field` where its form says what is wrong with it."""
    holder = field.parentWidget()
    if holder is None:
        return None
    return holder.findChild(QLabel, "fieldError", Qt.FindChildOption.FindDirectChildrenOnly)


class FieldChecks(QObject):
    """Checks fields of `window` as they are left, and takes the sentence away once the field is put
    right: at once while typing, or on leaving it after any change.

    A sentence Save put under a field stays while the field is merely passed through, since leaving
    an empty field unchanged does not answer "a rentable product needs a monthly rent".
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._checks: dict[QLineEdit, Check] = {}
        self._edited: set[QLineEdit] = set()

    def watch(self, field: QLineEdit, check: Check) -> None:
        self._checks[field] = check
        field.editingFinished.connect(partial(self.check, field))
        field.textEdited.connect(partial(self._typed, field))

    def check(self, field: QLineEdit) -> bool:
        """Say under `field` what is wrong with it, or take away what was said; True when it passes."""
        edited = field in self._edited
        self._edited.discard(field)
        refusal = self._refusal(field)
        if refusal is not None:
            self._say(field, refusal.localized())
        elif edited:
            self._say(field, "")
        return refusal is None

    def _typed(self, field: QLineEdit, _text: str) -> None:
        self._edited.add(field)
        line = error_line(field)
        if line is not None and not line.isHidden() and field.text().strip() and self._refusal(field) is None:
            self._say(field, "")

    def _refusal(self, field: QLineEdit) -> SilvershopError | None:
        if not field.text().strip():
            return None
        try:
            self._checks[field](field.text())
        except SilvershopError as err:
            return err
        return None

    def _say(self, field: QLineEdit, sentence: str) -> None:
        line = error_line(field)
        if line is None:
            return
        if not sentence:
            line.hide()
            line.setText("")
            line.setMinimumHeight(0)
            return
        line.setText("⚠ " + sentence)
        line.show()
        form = line.parentWidget().parentWidget() if line.parentWidget() is not None else None
        if form is not None and form.layout() is not None:
            form.layout().activate()
        # As the form does for Save's refusals: a wrapped sentence keeps the height of all its lines.
        line.setMinimumHeight(line.heightForWidth(line.width()))
        fit_height(self._window)
