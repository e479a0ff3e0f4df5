"""Loading a city's division list (GB/T 2260 codes and functional zones)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.centres.models import District, DivisionKind


def load_districts(session: Session, data: dict[str, Any]) -> int:
    known = set(session.scalars(select(District.code)))
    added = 0
    for order, row in enumerate(data["divisions"]):
        if row["code"] in known:
            continue
        session.add(
            District(
                code=row["code"],
                name=row["name"],
                kind=DivisionKind(row["kind"]),
                parent_code=row.get("parent"),
                sort_order=order,
            )
        )
        session.flush()  # a parent must exist before its children reference it
        added += 1
    return added
