"""Unified social credit codes of enterprises (GB 32100), the key the bureau files products under.

The code leaves out I, O, S, V and Z so they cannot be confused with 1, 0, 5, U and 2; the
message for a refused code names them, because that is the typo people actually make.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError

LENGTH = 18
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
FORBIDDEN_LETTERS = "IOSVZ"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
FIELD = "credit_code"
_VALUE = {char: index for index, char in enumerate(ALPHABET)}


def credit_check_character(first17: str) -> str:
    """The 18th character that GB 32100 derives from the first 17."""
    if len(first17) != LENGTH - 1 or any(char not in _VALUE for char in first17):
        raise ValueError("credit_check_character needs 17 characters of the code alphabet")
    total = sum(_VALUE[char] * weight for char, weight in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def division_of(code: str) -> str:
    """The division (GB/T 2260) where the enterprise was registered: characters 3 to 8."""
    return code[2:8]


def validate_credit_code(text: str) -> str:
    """The code in `text`, normalised (half-width, upper-case, trimmed), or a ValidationError."""
    code = unicodedata.normalize("NFKC", text).strip().upper()
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the unified social credit code."), field=FIELD
        )
    if len(code) != LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A unified social credit code has 18 characters; this one has {count}."
            ),
            field=FIELD,
            count=len(code),
        )
    forbidden = _distinct(char for char in code if char in FORBIDDEN_LETTERS)
    if forbidden:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A unified social credit code never contains the letters I, O, S, V or Z, but this one has "
                "{letters}. Did you mean 1, 0, 5, U or 2?",
            ),
            field=FIELD,
            letters=", ".join(forbidden),
        )
    other = _distinct(char for char in code if char not in _VALUE)
    if other:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A unified social credit code has only digits and capital letters; “{chars}” is not allowed.",
            ),
            field=FIELD,
            chars="".join(other),
        )
    if code[-1] != credit_check_character(code[:17]):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This unified social credit code has a typing mistake: its last character does not match "
                "the other 17. Check it against the business licence.",
            ),
            field=FIELD,
        )
    return code


def _distinct(chars: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(chars))
