"""The catalogue screen's words for what is stored as a flag or a code: the column titles, "for
rent", a photo or none, and a category scheme by its name and edition.

Kept in one place because the table model, the filters and the dialogs all show them, and a column
title that read differently in the filter panel would look like a different thing.
"""

from __future__ import annotations

from silvershop.catalog.models import ProductStatus, SchemeKind
from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.i18n import translate
from silvershop.ui import vocabulary

CONTEXT = "catalog"

PHOTO = QT_TRANSLATE_NOOP("catalog", "Photo")
CODE = QT_TRANSLATE_NOOP("catalog", "Code")
NAME = QT_TRANSLATE_NOOP("catalog", "Name")
MODEL = QT_TRANSLATE_NOOP("catalog", "Model")
BRAND = QT_TRANSLATE_NOOP("catalog", "Brand")
ENTERPRISE = QT_TRANSLATE_NOOP("catalog", "Enterprise")
CATEGORIES = QT_TRANSLATE_NOOP("catalog", "Categories")
PRICE = QT_TRANSLATE_NOOP("catalog", "Price (元)")
RENTABLE = QT_TRANSLATE_NOOP("catalog", "For rent")
LISTING_YEAR = QT_TRANSLATE_NOOP("catalog", "Listed in")
STATUS = QT_TRANSLATE_NOOP("catalog", "Status")
DISPLAY_COUNT = QT_TRANSLATE_NOOP("catalog", "Shown at")

_FOR_RENT = QT_TRANSLATE_NOOP("catalog", "✓ For rent")
_NOT_FOR_RENT = QT_TRANSLATE_NOOP("catalog", "–")
_HAS_PHOTO = QT_TRANSLATE_NOOP("catalog", "Photo")
_NO_PHOTO = QT_TRANSLATE_NOOP("catalog", "No photo yet")
_RENT = QT_TRANSLATE_NOOP("catalog", "Monthly rent: {rent} 元")

# The statuses a catalogue editor works on; archived products are out of the catalogue and shown
# only when asked for, as a mail program keeps archived mail out of the inbox.
CURRENT_STATUSES = frozenset({ProductStatus.DRAFT, ProductStatus.SUBMITTED, ProductStatus.LISTED})
STATUSES = (ProductStatus.DRAFT, ProductStatus.SUBMITTED, ProductStatus.LISTED, ProductStatus.ARCHIVED)


def word(text: str) -> str:
    return translate(CONTEXT, text)


def column_title(source: str) -> str:
    return word(source)


def rentable(value: bool) -> str:
    return word(_FOR_RENT if value else _NOT_FOR_RENT)


def photo_state(has_photo: bool) -> str:
    return word(_HAS_PHOTO if has_photo else _NO_PHOTO)


def rent_tooltip(rent: str) -> str:
    return word(_RENT).format(rent=rent)


def status(value: ProductStatus) -> str:
    return vocabulary.word(value)


def scheme_label(name: str, edition: str) -> str:
    """ "智慧健康养老产品及服务推广目录 2024": the name and edition a scheme is known by.

    An edition without a number (老年用品's "通用") tells nothing and is left out; a name that ends
    with what the edition repeats ("…（ISO 9999）" in "ISO 9999:2022") is shortened to say it once.
    """
    if not any(ch.isdigit() for ch in edition):
        return name
    for opening, closing in (("（", "）"), ("(", ")")):
        head, _, tail = name.rpartition(opening)
        if head and tail.endswith(closing) and edition.startswith(tail[: -len(closing)].strip()):
            return f"{head.strip()} {edition}"
    return f"{name} {edition}"


def category_label(code: str, name: str, kind: SchemeKind) -> str:
    """ISO 9999 codes mean something to the people who use them ("12 22 03 双手驱动轮椅"); the MIIT
    schemes' internal codes (P01) do not, so those categories are shown by name alone."""
    return f"{code} {name}" if kind is SchemeKind.ASSISTIVE and code else name
