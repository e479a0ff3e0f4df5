"""Rentals per district and month: the bureau's 租赁统计 sheet, and the office's figures of the same.

A loan counts in the month it starts, in the district of the centre that lent the device (the service
the district runs, not where the resident lives); a renewal is a new loan of its own, as the desk
writes a new receipt for it. People served are distinct residents, counted and never named: nothing
in these rows identifies a person.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import String, distinct, func, select
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


def rental_months(session: Session, districts: Collection[str] | None = None) -> list[RentalMonth]:
    """Every district and month with loans, in that order; `districts` narrows to those codes.

    The month is cut from the ISO text of the start date, which both SQLite and PostgreSQL give.
    """
    month = func.substr(func.cast(Loan.start_on, String()), 1, 7)
    query = (
        select(
            Centre.district_code,
            month.label("month"),
            func.count(Loan.id),
            func.coalesce(func.sum(Loan.rent_fen), 0),
            func.coalesce(func.sum(Loan.subsidy_fen), 0),
            func.count(distinct(Loan.resident_id)),
        )
        .join(Centre, Centre.id == Loan.centre_id)
        .group_by(Centre.district_code, month)
        .order_by(Centre.district_code, month)
    )
    if districts is not None:
        query = query.where(Centre.district_code.in_(sorted(districts)))
    return [
        RentalMonth(code, str(when), int(loans), int(rent), int(subsidy), int(people))
        for code, when, loans, rent, subsidy, people in session.execute(query)
    ]
