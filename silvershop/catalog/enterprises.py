"""Enterprises that make the catalogue's products: registering them, correcting them, finding them.

The bureau files every product under its maker's unified social credit code, so the code is
checked (GB 32100) and unique; the registering division comes from the code unless someone knows
better. The rules are in `enterprise_checks`; this module writes and reads. Products are found by
their maker's name, so renaming an enterprise rewrites the search keys of all its products in the
same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from silvershop.catalog.enterprise_checks import (
    EnterpriseInput,
    check_enterprise,
    namesakes,
    one_line,
    tidy_credit_code,
)
from silvershop.catalog.models import Enterprise, Product
from silvershop.catalog.search_keys import fold, product_keys
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission

__all__ = [
    "EnterpriseInput",
    "EnterpriseRow",
    "add_enterprise",
    "delete_enterprise",
    "enterprise_row",
    "find_enterprise",
    "list_enterprises",
    "update_enterprise",
]


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
    values = check_enterprise(session, data, None)
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
    values = check_enterprise(session, data, enterprise_id)
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
    """The enterprise whose credit code or whole name is `key`, as a script or an import names it.

    A name matches in any width, script or case; where old data holds one name twice, the name
    alone cannot say which is meant, and the refusal lists the credit codes to choose from.
    """
    actor.require(Permission.VIEW_CATALOGUE)
    code = tidy_credit_code(key)
    enterprise = session.scalar(select(Enterprise).where(Enterprise.credit_code == code)) if code else None
    if enterprise is None and one_line(key):
        matches = namesakes(session, one_line(key))
        if len(matches) > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Several enterprises are registered as “{key}”: {choices}. "
                    "Name the one you mean by its credit code.",
                ),
                field="enterprise_id",
                key=one_line(key),
                choices=", ".join(f"{e.name} ({e.credit_code})" for e in matches),
            )
        enterprise = matches[0] if matches else None
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
