"""Loading the category schemes of the promotion catalogues, the rental catalogue and ISO 9999."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Category, CategoryScheme, SchemeKind


def load_category_schemes(session: Session, data: dict[str, Any]) -> int:
    added = 0
    for order, spec in enumerate(data["schemes"]):
        scheme = session.scalar(
            select(CategoryScheme).where(
                CategoryScheme.key == spec["key"], CategoryScheme.edition == spec["edition"]
            )
        )
        if scheme is None:
            scheme = CategoryScheme(
                key=spec["key"],
                edition=spec["edition"],
                name=spec["name"],
                issuer=spec.get("issuer", ""),
                kind=SchemeKind(spec["kind"]),
                sort_order=order,
            )
            session.add(scheme)
            session.flush()
        by_code = {
            c.code: c for c in session.scalars(select(Category).where(Category.scheme_id == scheme.id))
        }
        for position, row in enumerate(spec["categories"]):
            if row["code"] in by_code:
                continue
            parent = by_code.get(row["parent"]) if row.get("parent") else None
            category = Category(
                scheme_id=scheme.id,
                code=row["code"],
                name=row["name"],
                section=row.get("section", ""),
                parent_id=parent.id if parent else None,
                sort_order=position,
            )
            session.add(category)
            session.flush()
            by_code[category.code] = category
            added += 1
    return added
