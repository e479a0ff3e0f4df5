"""Money as people type it in 元, kept as integer fen (分).

Prices arrive from forms, spreadsheets and the command line in every shape a Chinese keyboard
makes: `1299`, `1,299.00`, `¥1299`, `1299元`, full-width `１２９９` with the IME still on, `1 299`.
All of them mean the same amount, so they are read into one integer of fen; floats never carry
money (0.1 + 0.2 is not 0.3), `Decimal` does the reading.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError

FEN_PER_YUAN = 100
MAX_YUAN = Decimal(10_000_000)  # more than any device or rent in the catalogue: a typo, not a price
_CURRENCY_SIGNS = ("¥", "￥", "RMB", "CNY")
_MINUS_SIGNS = ("-", "−", "－")  # hyphen-minus, minus sign, full-width hyphen-minus
# Digits with an optional decimal part; commas only as thousands separators (1,299 but not 12,99).
_NUMBER = re.compile(r"(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.[0-9]*)?|\.[0-9]+")


def parse_yuan(text: str, *, field: str) -> int | None:
    """The amount in `text` (元, as typed) in fen; None when nothing was typed."""
    plain = "".join(unicodedata.normalize("NFKC", text).split())
    if not plain:
        return None
    negative = plain.startswith(_MINUS_SIGNS)
    number = plain[1:] if negative else plain
    upper = number.upper()
    for sign in _CURRENCY_SIGNS:
        if upper.startswith(sign):
            number, upper = number[len(sign) :], upper[len(sign) :]
            break
    if not negative and number.startswith(_MINUS_SIGNS):  # ¥-5
        negative, number = True, number[1:]
    number = number.removesuffix("元")
    if not _NUMBER.fullmatch(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "“{text}” is not an amount of money. Type it in 元, for example 1299 or 1,299.50."
            ),
            field=field,
            text=text.strip(),
        )
    yuan = Decimal(number.replace(",", ""))  # the pattern admits only plain decimals
    if negative and yuan:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The amount cannot be negative."), field=field)
    fen = yuan * FEN_PER_YUAN
    if fen != fen.to_integral_value():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An amount has at most two decimal places (分); check “{text}”."),
            field=field,
            text=text.strip(),
        )
    if yuan > MAX_YUAN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The amount {text} is too large; check it (at most 10,000,000 元)."),
            field=field,
            text=text.strip(),
        )
    return int(fen)


def format_yuan(fen: int | None) -> str:
    """`1,299.00` for 129900 fen; empty for no amount, so a form shows an empty field."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}{yuan:,}.{cents:02d}"
