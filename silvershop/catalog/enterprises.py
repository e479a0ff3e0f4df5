"""Enterprises that make the catalogue's products: registering them, correcting them, finding them.

The bureau files every product under its maker's unified social credit code, so the code is
checked (GB 32100) and unique; the registering division comes from the code unless someone knows
better. Products are found by their maker's name, so renaming an enterprise rewrites the search
keys of all its products in the same transaction.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog.credit_code import FIELD as CREDIT_CODE_FIELD
from silvershop.catalog.credit_code import division_of, validate_credit_code
from silvershop.catalog.models import Enterprise, Product
from silvershop.catalog.search_keys import fold, product_keys
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission


@dataclass(frozen=True)
class EnterpriseInput:
    name: str
    credit_code: str
    division_code: str = ""  # empty: characters 3-8 of the credit code
    registered_on: date | None = None
    contact_name: str = ""
    contact_phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class EnterpriseRow:
    id: int
    name: str
    credit_code: str
    division_code: str
    registered_on: date | None
    contact_name: str
    contact_phone: str
    address: str
    products: int


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _limited(text: str, limit: int, message: str, field: str) -> str:
    value = _one_line(text)
    if len(value) > limit:
        raise ValidationError(message, field=field, limit=limit)
    return value


def _checked(session: Session, data: EnterpriseInput, enterprise_id: int | None) -> dict[str, Any]:
    """The stored form of `data`, or the first ValidationError a person has to fix."""
    name = _one_line(data.name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the enterprise's name."), field="name")
    if len(name) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The enterprise's name is too long (200 characters at most)."),
            field="name",
        )
    try:
        code = validate_credit_code(data.credit_code)
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
    division = "".join(unicodedata.normalize("NFKC", data.division_code).split())
    if division and not (len(division) == 6 and division.isascii() and division.isdigit()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A division code has 6 digits, like 320211; leave it empty to take it from the credit code.",
            ),
            field="division_code",
        )
    if not division:
        derived = division_of(code)
        division = derived if derived.isdigit() else ""
    if data.registered_on is not None and data.registered_on > date.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The registration date is in the future; check it against the business licence."
            ),
            field="registered_on",
        )
    too_long = QT_TRANSLATE_NOOP("errors", "This is too long: {limit} characters at most fit here.")
    return {
        "name": name,
        "credit_code": code,
        "division_code": division,
        "registered_on": data.registered_on,
        "contact_name": _limited(data.contact_name, 60, too_long, "contact_name"),
        "contact_phone": _limited(
            unicodedata.normalize("NFKC", data.contact_phone), 30, too_long, "contact_phone"
        ),
        "address": _limited(data.address, 200, too_long, "address"),
    }


def _product_count(session: Session, enterprise_id: int) -> int:
    return session.scalar(select(func.count(Product.id)).where(Product.enterprise_id == enterprise_id)) or 0


def _row(enterprise: Enterprise, products: int) -> EnterpriseRow:
    return EnterpriseRow(
        id=enterprise.id,
        name=enterprise.name,
        credit_code=enterprise.credit_code,
        division_code=enterprise.division_code,
        registered_on=enterprise.registered_on,
        contact_name=enterprise.contact_name,
        contact_phone=enterprise.contact_phone,
        address=enterprise.address,
        products=products,
    )


def _get(session: Session, enterprise_id: int) -> Enterprise:
    enterprise = session.get(Enterprise, enterprise_id)
    if enterprise is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This enterprise no longer exists; someone may have deleted it.")
        )
    return enterprise


def add_enterprise(session: Session, actor: Actor, data: EnterpriseInput) -> EnterpriseRow:
    actor.require(Permission.EDIT_CATALOGUE)
    values = _checked(session, data, None)
    enterprise = Enterprise(**values)
    session.add(enterprise)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "enterprise",
        enterprise.id,
        {name: (None, value) for name, value in values.items() if value not in ("", None)},
        summary=enterprise.name,
    )
    return _row(enterprise, 0)


def update_enterprise(
    session: Session, actor: Actor, enterprise_id: int, data: EnterpriseInput
) -> EnterpriseRow:
    """Correct an enterprise; a new name is written into the search keys of all its products."""
    actor.require(Permission.EDIT_CATALOGUE)
    enterprise = _get(session, enterprise_id)
    values = _checked(session, data, enterprise_id)
    before = {name: getattr(enterprise, name) for name in values}
    for name, value in values.items():
        setattr(enterprise, name, value)
    if before["name"] != values["name"]:
        for product in session.scalars(select(Product).where(Product.enterprise_id == enterprise_id)):
            keys = product_keys(
                code=product.code,
                model=product.model,
                name=product.name,
                brand=product.brand,
                enterprise=enterprise.name,
            )
            for column, value in keys.columns().items():
                setattr(product, column, value)
    changes = audit.diff(before, values)
    if changes:
        renamed = before["name"] != enterprise.name
        summary = f"{before['name']} → {enterprise.name}" if renamed else enterprise.name
        audit.record(session, actor, "update", "enterprise", enterprise.id, changes, summary=summary)
    session.flush()
    return _row(enterprise, _product_count(session, enterprise.id))


def delete_enterprise(session: Session, actor: Actor, enterprise_id: int) -> None:
    """Remove an enterprise registered by mistake; one that still makes products stays."""
    actor.require(Permission.EDIT_CATALOGUE)
    enterprise = _get(session, enterprise_id)
    count = _product_count(session, enterprise_id)
    if count:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} still has products in the catalogue ({count}), so it cannot be deleted. "
                "Delete its products or give them to another enterprise first.",
            ),
            name=enterprise.name,
            count=count,
        )
    audit.record(
        session,
        actor,
        "delete",
        "enterprise",
        enterprise.id,
        {"name": (enterprise.name, None), "credit_code": (enterprise.credit_code, None)},
        summary=enterprise.name,
    )
    session.delete(enterprise)
    session.flush()


def _counts(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(Product.enterprise_id, func.count(Product.id)).group_by(Product.enterprise_id)
    )
    return {row[0]: row[1] for row in rows}


def list_enterprises(session: Session, actor: Actor, text: str = "") -> list[EnterpriseRow]:
    """Enterprises by name; `text` narrows to names or credit codes containing it, in any width or script."""
    actor.require(Permission.VIEW_CATALOGUE)
    wanted = fold(text)
    counts = _counts(session)
    enterprises = session.scalars(select(Enterprise).order_by(Enterprise.name, Enterprise.id))
    return [
        _row(e, counts.get(e.id, 0))
        for e in enterprises
        if not wanted or wanted in fold(e.name) or wanted in e.credit_code.lower()
    ]


def enterprise_row(session: Session, actor: Actor, enterprise_id: int) -> EnterpriseRow:
    actor.require(Permission.VIEW_CATALOGUE)
    enterprise = _get(session, enterprise_id)
    return _row(enterprise, _product_count(session, enterprise.id))


def find_enterprise(session: Session, actor: Actor, key: str) -> EnterpriseRow:
    """The enterprise whose credit code or whole name is `key`, as a script or an import names it."""
    actor.require(Permission.VIEW_CATALOGUE)
    code = "".join(unicodedata.normalize("NFKC", key).split()).upper()
    name = _one_line(key)
    enterprise = session.scalar(select(Enterprise).where(Enterprise.credit_code == code))
    if enterprise is None and name:
        enterprise = session.scalars(
            select(Enterprise).where(Enterprise.name == name).order_by(Enterprise.id)
        ).first()
    if enterprise is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "No enterprise has the credit code or the full name “{key}”. "
                "Check it, or register the enterprise first.",
            ),
            field="enterprise_id",
            key=key.strip(),
        )
    return _row(enterprise, _product_count(session, enterprise.id))
