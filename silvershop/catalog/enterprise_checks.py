"""What an enterprise form holds and the rules it must meet before anything is written.

Products are filed and found under their maker, so a maker must be one record: the credit code is
unique, and so is the name, compared the way search compares words (half-width, simplified, any
case, spaces ignored), because `--enterprise 德康` and an import row have to mean one enterprise.
The division and the contact phone go to the bureau as they are stored, so they are checked
against the real lists (GB/T 2260 provinces, the numbering plan `phonenumbers` knows) rather than
only for their shape.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType
from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.catalog import text_fields
from silvershop.catalog.credit_code import FIELD as CREDIT_CODE_FIELD
from silvershop.catalog.credit_code import division_of, validate_credit_code
from silvershop.catalog.models import Enterprise
from silvershop.catalog.search_keys import fold, sort_key
from silvershop.config import local_today
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError

# GB/T 2260 province-level codes (the first two digits of a division code); 100000 is the whole
# country, the division of enterprises and bodies registered by a national authority.
PROVINCE_PREFIXES = frozenset(
    ["11", "12", "13", "14", "15", "21", "22", "23"]
    + [str(n) for n in range(31, 38)]
    + [str(n) for n in range(41, 47)]
    + [str(n) for n in range(50, 55)]
    + [str(n) for n in range(61, 66)]
    + ["71", "81", "82"]
)
NATIONAL_DIVISION = "100000"
# Dashes people paste between the groups of a credit code (NFKC already turns ‐ and － into '-').
_DASHES = frozenset("-‐‑‒–—―−")
_PHONE_CHARACTERS = re.compile(r"[0-9+\-() .]*")
_PHONE_TYPES = (
    PhoneNumberType.MOBILE,
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE,
    PhoneNumberType.TOLL_FREE,  # 800 service lines, which makers print as their contact
    PhoneNumberType.SHARED_COST,  # 400 service lines
)


@dataclass(frozen=True)
class EnterpriseInput:
    name: str
    credit_code: str
    division_code: str = ""  # empty: characters 3-8 of the credit code
    registered_on: date | None = None
    contact_name: str = ""
    contact_phone: str = ""
    address: str = ""


def one_line(text: str) -> str:
    """`text` half-width, trimmed, with each run of spaces inside it made one space."""
    return text_fields.one_line(unicodedata.normalize("NFKC", text))


def tidy_credit_code(text: str) -> str:
    """A credit code as pasted from a licence scan or a web page (`9132 0214-MA1X…`), in one piece."""
    plain = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in plain if not ch.isspace() and ch not in _DASHES).upper()


def namesakes(session: Session, name: str, *, besides: int | None = None) -> list[Enterprise]:
    """Enterprises whose name is `name` in another width, script, case or spacing.

    Equal folds have equal pinyin, so the indexed pinyin column narrows the candidates first.
    """
    wanted = fold(name)
    if not wanted:
        return []
    candidates = session.scalars(
        select(Enterprise).where(Enterprise.name_pinyin == sort_key(name)).order_by(Enterprise.id)
    )
    return [e for e in candidates if e.id != besides and fold(e.name) == wanted]


def _name(session: Session, text: str, enterprise_id: int | None) -> str:
    name = one_line(text)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the enterprise's name."), field="name")
    if len(name) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The enterprise's name is too long (200 characters at most)."),
            field="name",
        )
    current = session.get(Enterprise, enterprise_id) if enterprise_id is not None else None
    if current is not None and fold(current.name) == fold(name):
        return name  # not a rename: old data holding the name twice must stay editable
    same = namesakes(session, name, besides=enterprise_id)
    if same:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is already registered, with the credit code {code}. If it is the same "
                "enterprise, use that record; if it is another one, write its name as on its licence "
                "so the two can be told apart.",
            ),
            field="name",
            name=same[0].name,
            code=same[0].credit_code,
        )
    return name


def _credit_code(session: Session, text: str, enterprise_id: int | None) -> str:
    try:
        code = validate_credit_code(tidy_credit_code(text))
    except ValidationError as err:
        err.field = CREDIT_CODE_FIELD
        raise
    holder = session.execute(
        select(Enterprise.id, Enterprise.name).where(Enterprise.credit_code == code)
    ).first()
    if holder is not None and holder.id != enterprise_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An enterprise with this credit code is already registered: {name}."),
            field=CREDIT_CODE_FIELD,
            name=holder.name,
        )
    return code


def is_division_code(code: str) -> bool:
    """Whether `code` is six digits that start with a GB/T 2260 province (or is the whole country)."""
    return (
        len(code) == 6
        and code.isascii()
        and code.isdigit()
        and (code[:2] in PROVINCE_PREFIXES or code == NATIONAL_DIVISION)
    )


def _division(text: str, credit_code: str) -> str:
    typed = "".join(unicodedata.normalize("NFKC", text).split())
    if typed and not (len(typed) == 6 and typed.isascii() and typed.isdigit()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A division code has 6 digits, like 320211; leave it empty to take it from the credit code.",
            ),
            field="division_code",
        )
    if typed and not is_division_code(typed):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{code} is not a division code (GB/T 2260): its first two digits must name a province, "
                "like 32 for Jiangsu or 11 for Beijing. Check it, or leave it empty to take it from "
                "the credit code.",
            ),
            field="division_code",
            code=typed,
        )
    if typed:
        return typed
    derived = division_of(credit_code)
    if not is_division_code(derived):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Characters 3 to 8 of this credit code ({code}) are not a division code (GB/T 2260), "
                "which starts with a province, like 32 for Jiangsu. Check the code against the business "
                "licence, or type the division code where the enterprise is registered.",
            ),
            field=CREDIT_CODE_FIELD,
            code=derived,
        )
    return derived


def contact_phone(text: str, field: str = "contact_phone") -> str:
    """The phone in `text` as stored: a mobile as its 11 digits, a landline as 0510-82345678.

    Empty stays empty (the contact is optional); anything else must be a number in mainland China:
    a mobile, a landline, or a maker's 400/800 service line, which is often the number it gives.
    """
    typed = unicodedata.normalize("NFKC", text).strip()
    if not typed:
        return ""
    not_a_number = ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This is not a phone number in China: a mobile has 11 digits and starts with 1; "
            "a landline starts with its area code, like 0510-82345678. Check the number.",
        ),
        field=field,
    )
    if not _PHONE_CHARACTERS.fullmatch(typed):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A phone number has only digits (spaces, dashes, brackets and +86 are fine); "
                "remove the other characters.",
            ),
            field=field,
        )
    try:
        number = phonenumbers.parse(typed, "CN")
    except NumberParseException:
        raise not_a_number from None
    if number.country_code != 86:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Enter a phone number in mainland China (+86): a mobile or a landline."
            ),
            field=field,
        )
    if not phonenumbers.is_valid_number(number) or phonenumbers.number_type(number) not in _PHONE_TYPES:
        raise not_a_number
    digits = phonenumbers.national_significant_number(number)
    area = phonenumbers.length_of_geographical_area_code(number)
    if area and phonenumbers.number_type(number) is not PhoneNumberType.MOBILE:
        return f"0{digits[:area]}-{digits[area:]}"
    return digits


def check_enterprise(session: Session, data: EnterpriseInput, enterprise_id: int | None) -> dict[str, Any]:
    """The stored form of `data`, or the first ValidationError a person has to fix."""
    name = _name(session, data.name, enterprise_id)
    code = _credit_code(session, data.credit_code, enterprise_id)
    division = _division(data.division_code, code)
    if data.registered_on is not None and data.registered_on > local_today():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The registration date is in the future; check it against the business licence."
            ),
            field="registered_on",
        )
    return {
        "name": name,
        "credit_code": code,
        "division_code": division,
        "registered_on": data.registered_on,
        "contact_name": text_fields.limited(one_line(data.contact_name), 60, "contact_name"),
        "contact_phone": contact_phone(data.contact_phone),
        "address": text_fields.limited(one_line(data.address), 200, "address"),
    }
