"""A resident's rental subsidy for one calendar year, grant by grant: which loan, which rule, how
much, and what is left of the cap. This is what the office checks against the city's budget, and
what a family asks about at the counter ("how much is left this year?").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.errors import QT_TRANSLATE_NOOP, NotFound
from silvershop.rental.models import DeviceUnit, Loan, Resident, SubsidyAccount, SubsidyGrant
from silvershop.rental.subsidy_rules import load_rule_sets, rule_set_on
from silvershop.security.permissions import Actor, Permission


@dataclass(frozen=True)
class Grant:
    at: datetime
    loan_code: str
    asset_tag: str
    start_on: date
    due_on: date
    rule: str
    amount_fen: int


@dataclass(frozen=True)
class SubsidyYear:
    resident_id: int
    resident_name: str
    year: int
    cap_fen: int
    granted_fen: int
    grants: tuple[Grant, ...]

    @property
    def left_fen(self) -> int:
        return max(0, self.cap_fen - self.granted_fen)


def subsidy_year(session: Session, actor: Actor, resident_id: int, year: int) -> SubsidyYear:
    """The resident's grants in `year`, oldest first, with the cap (the rule set's when nothing was
    granted yet) and what is left."""
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This resident is no longer on record."), field="resident")
    actor.require(Permission.VIEW_RESIDENTS, resident.home_centre_id)
    account = session.get(SubsidyAccount, (resident_id, year))
    if account is not None:
        cap, granted = account.cap_fen, account.granted_fen
    else:
        rule_set = rule_set_on(load_rule_sets(session), date(year, 12, 31)) or rule_set_on(
            load_rule_sets(session), date(year, 1, 1)
        )
        cap, granted = (rule_set.cap_fen if rule_set else 0), 0
    rows = session.execute(
        select(
            SubsidyGrant.at,
            Loan.code,
            DeviceUnit.asset_tag,
            Loan.start_on,
            Loan.due_on,
            SubsidyGrant.rule,
            SubsidyGrant.amount_fen,
        )
        .join(Loan, Loan.id == SubsidyGrant.loan_id)
        .join(DeviceUnit, DeviceUnit.id == Loan.unit_id)
        .where(SubsidyGrant.resident_id == resident_id, SubsidyGrant.year == year)
        .order_by(SubsidyGrant.at, SubsidyGrant.id)
    )
    return SubsidyYear(resident.id, resident.name, year, cap, granted, tuple(Grant(*row) for row in rows))
