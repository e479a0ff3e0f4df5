"""The centres and districts people choose from in forms: which centre a clerk works at, which
district a resident lives in."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.centres.models import Centre, District


@dataclass(frozen=True)
class CentreEntry:
    id: int
    code: str
    name: str
    district_code: str
    active: bool


@dataclass(frozen=True)
class DistrictEntry:
    code: str
    name: str


def list_centres(session: Session) -> list[CentreEntry]:
    """Every centre in the city's order (by district as the division list gives them, then code),
    closed ones too (staff may still belong to them); names and codes are not personal, so anyone
    signed in may read them."""
    rows = session.execute(
        select(Centre.id, Centre.code, Centre.name, Centre.district_code, Centre.active)
        .join(District, District.code == Centre.district_code)
        .order_by(District.sort_order, Centre.code)
    )
    return [CentreEntry(*row) for row in rows]


def list_districts(session: Session) -> list[DistrictEntry]:
    """Divisions in the order the reference list gives them (the city first, then its districts)."""
    rows = session.execute(select(District.code, District.name).order_by(District.sort_order, District.code))
    return [DistrictEntry(*row) for row in rows]
