"""How screens show values: stored codes as words (`silvershop.words`, shared with the command
line), counts with the grouping of the user's language, money stored in fen as yuan.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from silvershop.words import word

__all__ = ["millimetres", "number", "word", "yuan"]


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
