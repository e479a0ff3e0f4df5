"""What an import would change, in the reader's words: the product's fields as the product form names
them, money in 元, yes and no, and the cell of the sender's sheet a rejected row is about.

The plan names fields by their stored names (`reference_price_fen`) and holds stored values (fen, ids,
flags); nobody checking a file should have to read those.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openpyxl.utils import get_column_letter

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate
from silvershop.money import format_yuan

CONTEXT = "exchange"
LONGEST_VALUE = 40  # characters of a value shown in a list of changes; a description is cut after them
NOTHING = "–"

_FIELDS = {
    "name": QT_TRANSLATE_NOOP("exchange", "Name"),
    "model": QT_TRANSLATE_NOOP("exchange", "Model"),
    "brand": QT_TRANSLATE_NOOP("exchange", "Brand"),
    "scenario": QT_TRANSLATE_NOOP("exchange", "Where it is used"),
    "is_medical_device": QT_TRANSLATE_NOOP("exchange", "Medical device"),
    "device_class": QT_TRANSLATE_NOOP("exchange", "Device class"),
    "registration_no": QT_TRANSLATE_NOOP("exchange", "Registration number"),
    "assistive_category_id": QT_TRANSLATE_NOOP("exchange", "Assistive-product code"),
    "reference_price_fen": QT_TRANSLATE_NOOP("exchange", "Reference price (元)"),
    "rentable": QT_TRANSLATE_NOOP("exchange", "For rent"),
    "monthly_rent_fen": QT_TRANSLATE_NOOP("exchange", "Monthly rent (元)"),
    "deposit_fen": QT_TRANSLATE_NOOP("exchange", "Deposit (元)"),
    "description": QT_TRANSLATE_NOOP("exchange", "Description"),
    "listing_year": QT_TRANSLATE_NOOP("exchange", "Listing year"),
    "recommending_unit": QT_TRANSLATE_NOOP("exchange", "Recommended by"),
    "categories": QT_TRANSLATE_NOOP("exchange", "Catalogue category"),
}
_YES = QT_TRANSLATE_NOOP("exchange", "yes")
_NO = QT_TRANSLATE_NOOP("exchange", "no")
_CHANGE = QT_TRANSLATE_NOOP("exchange", "{field}: {old} → {new}")
# What separates the changes of one product: "；" in Chinese.
_SEPARATOR = QT_TRANSLATE_NOOP("exchange", "; ")
_CELL = QT_TRANSLATE_NOOP("exchange", "{column} (column {letter})")


def word(text: str) -> str:
    return translate(CONTEXT, text)


def field(name: str) -> str:
    return word(_FIELDS[name]) if name in _FIELDS else name


def value(name: str, stored: Any, assistive: Mapping[int, str]) -> str:
    """A stored value as the product form shows it; `assistive` gives the codes of assistive categories."""
    if stored is None or stored == "":
        return NOTHING
    if isinstance(stored, bool):
        return word(_YES if stored else _NO)
    if name.endswith("_fen") and isinstance(stored, int):
        return format_yuan(stored)
    if name == "assistive_category_id" and isinstance(stored, int):
        return assistive.get(stored, NOTHING)
    text = " ".join(str(stored).split())
    return text if len(text) <= LONGEST_VALUE else text[: LONGEST_VALUE - 1] + "…"


def changes(found: Mapping[str, tuple[Any, Any]], assistive: Mapping[int, str]) -> str:
    """`Brand: 德康 → 德康新; Reference price (元): 1,299.00 → 1,199.00`."""
    return word(_SEPARATOR).join(
        word(_CHANGE).format(
            field=field(name), old=value(name, old, assistive), new=value(name, new, assistive)
        )
        for name, (old, new) in found.items()
    )


def cell(column: str, columns: Mapping[str, int]) -> str:
    """The sender's column as they see it in Excel, with its letter; a problem of the whole row has none."""
    if not column:
        return NOTHING
    if column not in columns:
        return column
    return word(_CELL).format(column=column, letter=get_column_letter(columns[column] + 1))
