"""Mainland China phone numbers, checked with `phonenumbers` so new number ranges need no code change.

A rental desk calls residents and sends reminders, so only mobiles are kept for them; the number is
stored as its 11 digits, whatever spacing, prefix or full-width digits the clerk typed. A kiosk
visitor who asks to be called back may give a home number instead (`normalise_phone`), kept with its
area code as 0510-82345678; a service line (400, 95xxx) is nobody's own number and is refused.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError

FIELD = "phone"
REGION = "CN"
COUNTRY_CODE = 86
_ALLOWED = re.compile(r"[0-9+\-() .]*")
_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
_PERSONAL_TYPES = (*_MOBILE_TYPES, PhoneNumberType.FIXED_LINE)


def normalise_mobile(text: str) -> str:
    """The 11 digits of the mobile number in `text`, or a ValidationError saying what is wrong."""
    typed = unicodedata.normalize("NFKC", text).strip()
    if not typed:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the mobile number."), field=FIELD)
    if not _ALLOWED.fullmatch(typed):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A mobile number has only digits (spaces, dashes and +86 are fine); "
                "remove the other characters.",
            ),
            field=FIELD,
        )
    try:
        number = phonenumbers.parse(typed, REGION)
    except NumberParseException as exc:
        raise _not_a_mobile() from exc
    if number.country_code != COUNTRY_CODE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Only mainland China mobile numbers can be kept: 11 digits starting with 1 (+86)."
            ),
            field=FIELD,
        )
    if not phonenumbers.is_valid_number(number):
        raise _not_a_mobile()
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This is a landline number. Enter a mobile number: 11 digits starting with 1."
            ),
            field=FIELD,
        )
    return phonenumbers.national_significant_number(number)


def _not_a_mobile() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This is not a valid mobile number: a mobile number has 11 digits and starts with 1. "
            "Check it with the resident.",
        ),
        field=FIELD,
    )


def normalise_phone(text: str) -> str:
    """A mobile as its 11 digits, or a landline with its area code as 0510-82345678; a ValidationError
    naming both forms otherwise (the person typing is a visitor, not a clerk who knows the rules)."""
    typed = unicodedata.normalize("NFKC", text).strip()
    wrong = ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Please write a phone number we can call: a mobile number (11 digits, starting with 1) or a "
            "home number with its area code, such as 0510-82345678.",
        ),
        field=FIELD,
    )
    if not typed or not _ALLOWED.fullmatch(typed):
        raise wrong
    try:
        number = phonenumbers.parse(typed, REGION)
    except NumberParseException:
        raise wrong from None
    kind = phonenumbers.number_type(number)
    if (
        number.country_code != COUNTRY_CODE
        or not phonenumbers.is_valid_number(number)
        or kind not in _PERSONAL_TYPES
    ):
        raise wrong
    digits = phonenumbers.national_significant_number(number)
    area = phonenumbers.length_of_geographical_area_code(number)
    return f"0{digits[:area]}-{digits[area:]}" if area and kind not in _MOBILE_TYPES else digits
