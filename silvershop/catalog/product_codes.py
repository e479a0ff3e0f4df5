"""Product codes: given in sequence, typed by people, and fixed once the product is in use.

A code goes on QR labels (DESIGN: `SS:P:<code>`), so it holds only what QR alphanumeric mode
carries and no ':' (which separates the parts of a payload). Once units, shelves, loans or stock
movements name the product, its code is printed on labels and written in records that cannot be
reprinted or rewritten, so it no longer changes.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.catalog.product_uses import product_uses
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError

CODE_PREFIX = "P-"
_CODE = re.compile(r"[0-9A-Z-]+")  # QR alphanumeric mode, and no ':' which separates payload parts
_SIX_DIGIT_CODE = re.compile(r"P-[0-9]{6}")
_GENERATED_CODE = re.compile(r"P-[0-9]{6,}")


def next_code(session: Session) -> str:
    """The next `P-000123` code after the highest one given so far (codes typed by people aside).

    Read backwards along the code's unique index, the highest six-digit code is usually the first
    row; only past P-999999 are all the codes read.
    """
    in_range = (Product.code >= f"{CODE_PREFIX}0", Product.code < f"{CODE_PREFIX}:")
    highest = 0
    for code in session.scalars(select(Product.code).where(*in_range).order_by(Product.code.desc())):
        if _SIX_DIGIT_CODE.fullmatch(code):
            highest = int(code[len(CODE_PREFIX) :])
            break
    if highest == 999_999:
        longer = session.scalars(select(Product.code).where(*in_range))
        highest = max(int(c[len(CODE_PREFIX) :]) for c in longer if _GENERATED_CODE.fullmatch(c))
    return f"{CODE_PREFIX}{highest + 1:06d}"


def checked_code(session: Session, text: str, product_id: int | None) -> str:
    """The code `text` asks for a new product (`product_id` None) or for that product, tidied.

    Empty gives a new product the next free code and leaves an edited product its own.
    """
    current = session.get_one(Product, product_id).code if product_id is not None else None
    code = unicodedata.normalize("NFKC", text).strip().upper()
    if not code:
        return current if current is not None else next_code(session)  # an edit left empty keeps it
    if not _CODE.fullmatch(code):
        bad = "".join(dict.fromkeys(ch for ch in code if not _CODE.fullmatch(ch)))
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A product code may have only digits, capital letters and '-', because it goes on "
                "QR labels; “{chars}” is not allowed.",
            ),
            field="code",
            chars=bad,
        )
    if len(code) > 32:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The product code is too long (32 characters at most)."), field="code"
        )
    holder = session.execute(select(Product.id, Product.name).where(Product.code == code)).first()
    if holder is not None and holder.id != product_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The code {code} is already used by {name}."),
            field="code",
            code=code,
            name=holder.name,
        )
    if product_id is not None and code != current:
        uses = product_uses(session, product_id)
        if uses is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This code is on labels and records of {uses}; it cannot change. Keep the code "
                    "{code}; if this is really another product, add it as a new one.",
                ),
                field="code",
                uses=uses,
                code=current,
            )
    return code
