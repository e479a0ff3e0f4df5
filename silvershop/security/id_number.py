"""Resident ID numbers (GB 11643): reading birth date, sex and area from the number, and refusing typos.

A clerk types the number from the card, often with a Chinese input method switched on, so
full-width digits and a lower-case x are accepted. The area code is only ever a warning: elderly
residents still carry numbers issued under codes abolished since (崇安区 320202, for one).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from silvershop.config import local_today
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.rental.models import Sex

LENGTH = 18
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"
FIELD = "id_number"
# GB/T 2260 province-level codes, including Taiwan (71), Hong Kong (81) and Macao (82).
PROVINCE_CODES = frozenset(
    [
        *range(11, 16),
        *range(21, 24),
        *range(31, 38),
        *range(41, 47),
        *range(50, 55),
        *range(61, 66),
        71,
        81,
        82,
    ]
)
UNKNOWN_AREA = QT_TRANSLATE_NOOP(
    "errors",
    "The area code at the start of this ID number is not a known province code. Check it against "
    "the ID card; an old card may carry a code that no longer exists.",
)


@dataclass(frozen=True)
class IdNumber:
    """A checked ID number and what it tells about its holder.

    `warnings` are English source texts (context "errors") so this module stays free of Qt; a
    front end shows `silvershop.i18n.translate("errors", warning)`.
    """

    value: str
    birth_date: date
    sex: Sex
    area_code: str
    warnings: tuple[str, ...] = ()

    def age_on(self, day: date) -> int:
        """Completed years on `day`, as the subsidy rules count them."""
        before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - int(before_birthday)


def check_character(first17: str) -> str:
    """The 18th character that GB 11643 derives from the first 17 digits."""
    if len(first17) != LENGTH - 1 or not first17.isascii() or not first17.isdigit():
        raise ValueError("check_character needs exactly 17 ASCII digits")
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARACTERS[total % 11]


def make_id_number(area: str, birth: date, sequence: int) -> str:
    """A well-formed number for demonstration data; an odd `sequence` makes a man's number."""
    if len(area) != 6 or not area.isascii() or not area.isdigit():
        raise ValueError("area must be six digits")
    if not 0 <= sequence <= 999:
        raise ValueError("sequence must be between 0 and 999")
    first17 = f"{area}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_character(first17)


def normalise(text: str) -> str:
    """What the clerk meant: half-width, upper-case, without surrounding spaces."""
    return unicodedata.normalize("NFKC", text).strip().upper()


def parse_id_number(text: str, today: date | None = None) -> IdNumber:
    """The number in `text`, checked, or a ValidationError that says what to correct."""
    value = normalise(text)
    _check_shape(value)
    birth = _birth_date(value, today or local_today())
    if value[-1] != check_character(value[:17]):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This ID number has a typing mistake: its last character does not match the other "
                "17. Check every digit against the ID card.",
            ),
            field=FIELD,
        )
    warnings: list[str] = []
    if int(value[:2]) not in PROVINCE_CODES:
        warnings.append(UNKNOWN_AREA)
    return IdNumber(
        value=value,
        birth_date=birth,
        sex=Sex.MALE if int(value[16]) % 2 else Sex.FEMALE,
        area_code=value[:6],
        warnings=tuple(warnings),
    )


def _check_shape(value: str) -> None:
    if not value:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the ID number."), field=FIELD)
    if len(value) == 15 and value.isascii() and value.isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is an old 15-digit ID number. Enter the 18-character number of the current ID card.",
            ),
            field=FIELD,
        )
    if len(value) != LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An ID number has 18 characters; this one has {count}."),
            field=FIELD,
            count=len(value),
        )
    for position, char in enumerate(value, start=1):
        allowed = "0123456789X" if position == LENGTH else "0123456789"
        if char not in allowed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "An ID number is 17 digits followed by a digit or X; character {position} "
                    "(“{char}”) is not allowed there.",
                ),
                field=FIELD,
                position=position,
                char=char,
            )


def _birth_date(value: str, today: date) -> date:
    digits = value[6:14]
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Characters 7 to 14 of the ID number ({digits}) are not a real birth date. "
                "Check them against the ID card.",
            ),
            field=FIELD,
            digits=digits,
        ) from exc
    if birth > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The birth date in the ID number ({birth}) is in the future. Check it against the ID card.",
            ),
            field=FIELD,
            birth=birth.isoformat(),
        )
    return birth
