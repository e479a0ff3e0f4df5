"""The words and number formats screens use for values stored as codes.

A unit's state or a product's status is stored as an English code; people read it as a word in
their language (colour is never the only cue), and money stored in fen is read in yuan.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QLocale

from silvershop.catalog.models import ProductStatus
from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate
from silvershop.labels.models import MediaKind
from silvershop.rental.models import UnitState

CONTEXT = "vocabulary"

_WORDS: dict[StrEnum, str] = {
    ProductStatus.DRAFT: QT_TRANSLATE_NOOP("vocabulary", "Draft"),
    ProductStatus.SUBMITTED: QT_TRANSLATE_NOOP("vocabulary", "Submitted"),
    ProductStatus.LISTED: QT_TRANSLATE_NOOP("vocabulary", "Listed"),
    ProductStatus.ARCHIVED: QT_TRANSLATE_NOOP("vocabulary", "Archived"),
    UnitState.AVAILABLE: QT_TRANSLATE_NOOP("vocabulary", "Available"),
    UnitState.RESERVED: QT_TRANSLATE_NOOP("vocabulary", "Reserved"),
    UnitState.ON_LOAN: QT_TRANSLATE_NOOP("vocabulary", "On loan"),
    UnitState.AWAITING_CLEANING: QT_TRANSLATE_NOOP("vocabulary", "Awaiting cleaning"),
    UnitState.IN_REPAIR: QT_TRANSLATE_NOOP("vocabulary", "In repair"),
    UnitState.RETIRED: QT_TRANSLATE_NOOP("vocabulary", "Retired"),
    UnitState.LOST: QT_TRANSLATE_NOOP("vocabulary", "Lost"),
    MediaKind.ROLL: QT_TRANSLATE_NOOP("vocabulary", "Label roll"),
    MediaKind.TAPE: QT_TRANSLATE_NOOP("vocabulary", "Continuous tape"),
    MediaKind.SHEET: QT_TRANSLATE_NOOP("vocabulary", "A4 label sheet"),
}


def word(value: StrEnum) -> str:
    """The word for a stored code, in the user's language."""
    return translate(CONTEXT, _WORDS[value])


def number(value: int) -> str:
    """A count with the digit grouping of the user's language (12,345)."""
    return QLocale().toString(value)


def yuan(fen: int) -> str:
    """Integer fen as yuan with two decimals, never through a float: 123456 → ¥1,234.56."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}¥{number(whole)}.{cents:02d}"


def millimetres(width: float, height: float) -> str:
    return f"{width:g} × {height:g} mm"
