"""What the counter needs to know about the unit just scanned, read in one session: the unit, its
centre, and, by its state, the open loan (with the late fee if it came back today) or the
reservation it is held for. The panels are chosen from this, and nothing of it is an ORM object.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from silvershop.centres.centres import get_centre
from silvershop.rental.checkout import LoanView, loan_view
from silvershop.rental.models import ReservationStatus, UnitState
from silvershop.rental.reservations import ReservationView, list_reservations
from silvershop.rental.returns import LateFee, late_fee, open_loan_of
from silvershop.rental.units import UnitView, find_unit, get_unit, unit_view
from silvershop.security.permissions import Actor, Permission


@dataclass(frozen=True)
class CounterUnit:
    unit: UnitView
    centre_name: str
    allow_day_terms: bool
    may_rent: bool  # the signed-in person works at this unit's desk
    loan: LoanView | None = None  # its open loan, when it is on loan
    late: LateFee | None = None  # that loan's late fee if the unit came back today
    reservation: ReservationView | None = None  # whom it is held for, when it is reserved

    @property
    def state(self) -> UnitState:
        return self.unit.state

    def business(self) -> tuple[UnitState, bool, int | None]:
        """What the counter does with the unit: the same business after a refresh keeps the panel
        and what was typed in it; another (lent or taken back elsewhere meanwhile) replaces it."""
        return self.state, self.may_rent, self.loan.id if self.loan is not None else None

    @property
    def lendable(self) -> bool:
        return self.may_rent and self.state in (UnitState.AVAILABLE, UnitState.RESERVED)

    @property
    def returnable(self) -> bool:
        return self.may_rent and self.loan is not None


def scanned_unit(session: Session, actor: Actor, text: str, today: date) -> CounterUnit:
    """The unit a label or a typed asset tag names; another kind of label, or an unknown tag, is
    refused by `find_unit` with the sentence to show."""
    return counter_unit(session, actor, find_unit(session, text).id, today)


def counter_unit(session: Session, actor: Actor, unit_id: int, today: date) -> CounterUnit:
    unit = get_unit(session, unit_id)
    view = unit_view(session, unit.id)
    centre = get_centre(session, unit.home_centre_id)
    may_rent = actor.can(Permission.RENT, centre.id)
    found = CounterUnit(view, centre.name, centre.allow_day_terms, may_rent)
    if not may_rent:  # another centre's unit: its loans and reservations are that desk's business
        return found
    if view.state is UnitState.ON_LOAN:
        loan = open_loan_of(session, unit)
        return replace(found, loan=loan_view(session, loan.id), late=late_fee(session, loan, unit, today))
    if view.state is UnitState.RESERVED:
        held = list_reservations(session, actor, centre.id, status=ReservationStatus.ACTIVE)
        return replace(found, reservation=next((r for r in held if r.unit_id == unit.id), None))
    return found
