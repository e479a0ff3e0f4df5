"""Reading one cell of a sender's spreadsheet the way the sender meant it.

Excel keeps what people type in several shapes: a price typed as text (`1,299`, `¥1299`, `1299元`)
or as a number (1299.0), a year as 2024, `2024年` or a date, a date shown as a date but stored as a
serial number (45292), an 18-digit credit code that Excel turned into 9.13202E+17 and lost the last
digits of. Each reader here takes any of those and gives the value, or raises a ValidationError that
says what the cell holds and what to change.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from openpyxl.utils.datetime import from_excel

from silvershop.catalog.search_keys import fold
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.exchange.template import NO, YES
from silvershop.money import parse_yuan

# Doubles hold integers exactly up to 2**53: a longer number stored as one has lost digits.
_EXACT_INTEGER = 2**53
_YES_WORDS = frozenset({YES, "y", "yes", "true", "1", "√", "✓", "✔", "是的", "有", "可以", "可", "能"})
_NO_WORDS = frozenset({NO, "n", "no", "false", "0", "×", "✗", "✘", "无", "不", "不可", "不可以", "否的"})
_EXCEL_ERRORS = frozenset(
    {"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
)
_YEAR = re.compile(r"([0-9]{4})(?:年(?:度)?)?")
_FIRST_SERIAL, _LAST_SERIAL = 1, 2_958_465  # 1900-01-01 to 9999-12-31


def is_formula(value: Any) -> bool:
    """Whether a cell read with formulas kept holds one (`=A2*1.1`, an array or table formula)."""
    if isinstance(value, str):
        return value.startswith("=") and len(value) > 1
    return type(value).__name__ in ("ArrayFormula", "DataTableFormula")


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number_text(value: int | float | Decimal) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    return str(value)


def text(value: Any) -> str:
    """The cell as text, trimmed: a number as it is shown (2001, not 2001.0), a date as 2024-05-01."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, int | float | Decimal):
        return _number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def words(value: Any, *, field: str) -> str:
    """A text cell as typed, refusing what Excel made of the typing: a date (a model such as 3-15
    becomes 15 March), TRUE or FALSE, or an error value such as #N/A from a broken lookup."""
    if isinstance(value, bool):
        message = QT_TRANSLATE_NOOP(
            "errors", "This cell holds {text} (TRUE or FALSE), not text. Type the text again."
        )
    elif isinstance(value, datetime | date | time):
        message = QT_TRANSLATE_NOOP(
            "errors",
            "Excel turned what was typed here into a date or time ({text}). Format the column as Text "
            "and type it again.",
        )
    elif isinstance(value, str) and value.strip().upper() in _EXCEL_ERRORS:
        message = QT_TRANSLATE_NOOP(
            "errors", "This cell shows an Excel error ({text}), not a value. Type the value itself."
        )
    else:
        return text(value)
    raise ValidationError(message, field=field, text=text(value))


def code(value: Any, *, field: str) -> str:
    """A code column (credit code, division code): digits kept as written, never as a rounded number."""
    if isinstance(value, float) and not value.is_integer():
        raise _stored_as_number(field, value)
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= _EXACT_INTEGER:
        raise _stored_as_number(field, value)
    return text(value)


def _stored_as_number(field: str, value: int | float) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This code was stored as a number ({value}), and Excel has changed its last digits. "
            "Format the column as Text, type the code again and send the file once more.",
        ),
        field=field,
        value=f"{value:.6g}" if isinstance(value, float) else str(value),
    )


def money(value: Any, *, field: str) -> int | None:
    """An amount in 元, typed as a number or as text, in fen; None for an empty cell."""
    if isinstance(value, bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "“{text}” is not an amount of money. Type it in 元, for example 1299."
            ),
            field=field,
            text=text(value),
        )
    if isinstance(value, int | float):
        # repr gives the shortest decimal that is the same double: 1299.9 stays 1299.9, not 1299.8999…
        return parse_yuan(_number_text(value), field=field)
    return parse_yuan(text(value), field=field)


def flag(value: Any, *, field: str) -> bool:
    """是 or 否 (and the other ways people write them: Y/N, √/×, TRUE/FALSE, 1/0); empty is 否."""
    if isinstance(value, bool):
        return value
    word = fold(text(value))
    if not word or word in _NO_WORDS:
        return False
    if word in _YES_WORDS:
        return True
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Write {yes} or {no} here, not “{text}”."),
        field=field,
        yes=YES,
        no=NO,
        text=text(value),
    )


def year(value: Any, *, field: str) -> int | None:
    """A year: 2024, `2024年`, a date in that year, or a date kept as Excel's serial number."""
    if value is None or is_blank(value):
        return None
    if isinstance(value, datetime | date):
        return value.year
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 1000 <= value <= 9999:
            return int(value)
        if _FIRST_SERIAL <= value <= _LAST_SERIAL:
            return from_excel(value).year
    found = _YEAR.fullmatch("".join(unicodedata.normalize("NFKC", text(value)).split()))
    if found:
        return int(found.group(1))
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "“{text}” is not a year; write it as four digits, for example 2024."),
        field=field,
        text=text(value),
    )
