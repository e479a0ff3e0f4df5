"""What a figure is about: a period, and optionally one district (a city includes its districts)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from silvershop.centres.models import District
from silvershop.exchange.bureau_rows import district_codes
from silvershop.stats.period import Period


@dataclass(frozen=True)
class Scope:
    period: Period
    district: str = ""  # the code chosen; "" for every district
    district_name: str = ""
    districts: frozenset[str] | None = None  # the codes within the chosen district, None for all
    whole_city: bool = True  # no district chosen, or the city itself (a division with none above it)

    def within(self, column: ColumnElement[str | None]) -> ColumnElement[bool]:
        """A condition on a district-code column: always true when no district is chosen."""
        return true() if self.districts is None else column.in_(sorted(self.districts))


def scope(session: Session, period: Period, district: str = "") -> Scope:
    """Resolve `district` once; an unknown code is refused in a sentence that says where codes are listed."""
    if not district.strip():
        return Scope(period)
    name, codes = district_codes(session, district)
    top = session.scalar(select(District.parent_code).where(District.code == district.strip())) is None
    return Scope(period, district.strip(), name, frozenset(codes), whole_city=top)
