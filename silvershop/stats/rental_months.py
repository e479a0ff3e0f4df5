"""Rentals per district and month: the bureau's 租赁统计 sheet, and the office's figures of the same.

A loan counts in the month it starts, in the district of the centre that lent the device (the service
the district runs, not where the resident lives); a renewal is a new loan of its own, as the desk
writes a new receipt for it. People served are distinct residents, counted and never named: nothing
in these rows identifies a person.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import distinct, extract, func, select
from sqlalchemy.orm import Session

from silvershop.centres.models import Centre
from silvershop.rental.models import Loan


@dataclass(frozen=True)
class RentalMonth:
    district_code: str
    month: str  # 2026-03
    loans: int
    rent_fen: int
    subsidy_fen: int
    residents: int


def rental_months(
    session: Session,
    districts: Collection[str] | None = None,
    first: date | None = None,
    last: date | None = None,
) -> list[RentalMonth]:
    """Every district and month with loans, in that order; `districts` narrows to those codes, `first`
    and `last` to loans started on those days or between them.

    Year and month are extracted as numbers, the same on SQLite and PostgreSQL (a date cast to text
    would follow a PostgreSQL server's DateStyle).
    """
    year = extract("year", Loan.start_on)
    month = extract("month", Loan.start_on)
    query = (
        select(
            Centre.district_code,
            year,
            month,
            func.count(Loan.id),
            func.coalesce(func.sum(Loan.rent_fen), 0),
            func.coalesce(func.sum(Loan.subsidy_fen), 0),
            func.count(distinct(Loan.resident_id)),
        )
        .join(Centre, Centre.id == Loan.centre_id)
        .group_by(Centre.district_code, year, month)
        .order_by(Centre.district_code, year, month)
    )
    if districts is not None:
        query = query.where(Centre.district_code.in_(sorted(districts)))
    if first is not None:
        query = query.where(Loan.start_on >= first)
    if last is not None:
        query = query.where(Loan.start_on <= last)
    return [
        RentalMonth(code, f"{int(y):04d}-{int(m):02d}", int(loans), int(rent), int(subsidy), int(people))
        for code, y, m, loans, rent, subsidy, people in session.execute(query)
    ]
