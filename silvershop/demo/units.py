"""Demo device units and the story of each: past loans, cleaning between them, repairs, and now.

A unit's history is laid out backwards from the demo's today, so whatever state it is in now is
explained by what came before: a unit on loan has exactly one open loan, a unit awaiting cleaning
was returned in the last few days and not yet signed off, every earlier return was cleaned before
the next resident took it home (MZ/T 175.2-2021).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from silvershop.demo.catalogue import ProductFacts
from silvershop.demo.centres import CentreFacts
from silvershop.demo.residents import ResidentPlan
from silvershop.demo.run import DemoRun, add_months
from silvershop.rental.models import UnitCondition, UnitState

STATES = (
    UnitState.ON_LOAN,
    UnitState.AVAILABLE,
    UnitState.AWAITING_CLEANING,
    UnitState.RESERVED,
    UnitState.IN_REPAIR,
    UnitState.RETIRED,
    UnitState.LOST,
)
STATE_WEIGHTS = (32, 40, 8, 6, 6, 5, 3)
TERMS = (1, 2, 3)
TERM_WEIGHTS = (20, 45, 35)
HISTORY = (0, 1, 2, 3)
HISTORY_WEIGHTS = (30, 35, 25, 10)


@dataclass
class LoanPlan:
    unit: UnitPlan
    resident: ResidentPlan
    start: date
    months: int
    returned_on: date | None = None
    return_condition: UnitCondition = UnitCondition.GOOD
    id: int = 0

    @property
    def due(self) -> date:
        return add_months(self.start, self.months)


@dataclass
class UnitPlan:
    centre: CentreFacts
    product: ProductFacts
    asset_tag: str
    serial_no: str
    purchased_on: date
    cost_fen: int
    state: UnitState = UnitState.AVAILABLE
    loans: list[LoanPlan] = field(default_factory=list)  # oldest first
    reserved_by: ResidentPlan | None = None
    id: int = 0

    @property
    def condition(self) -> UnitCondition:
        if self.state is UnitState.RETIRED:
            return UnitCondition.DAMAGED
        if self.state is UnitState.IN_REPAIR:
            return UnitCondition.NEEDS_REPAIR
        return UnitCondition.GOOD

    @property
    def last_return(self) -> LoanPlan | None:
        returned = [loan for loan in self.loans if loan.returned_on is not None]
        return returned[-1] if returned else None


def units_for(products: int, rentable_products: int, centres: int) -> int:
    """How many units the demo desks hold: a dozen per centre at least, one per ten catalogue products."""
    if not rentable_products or not centres:
        return 0
    return max(12 * centres, products // 10)


def plan_units(
    run: DemoRun,
    count: int,
    centres: list[CentreFacts],
    products: list[ProductFacts],
    residents: list[ResidentPlan],
) -> list[UnitPlan]:
    rng = run.rng
    rentable = [p for p in products if p.rentable]
    if not rentable or not centres or not residents:
        return []
    neighbours: dict[int, list[ResidentPlan]] = {c.id: [] for c in centres}
    for resident in residents:
        neighbours[resident.centre.id].append(resident)
    # Each centre stocks a handful of rentable product lines.
    lines = {c.id: rng.sample(rentable, min(len(rentable), 6 + count // len(centres) // 4)) for c in centres}
    sequence = dict.fromkeys((c.id for c in centres), 0)
    units = []
    for number in range(count):
        centre = centres[number % len(centres)]
        product = rng.choice(lines[centre.id])
        sequence[centre.id] += 1
        purchased = run.days_ago(120, 760)
        unit = UnitPlan(
            centre=centre,
            product=product,
            asset_tag=centre.asset_tag_pattern.format(centre=centre.code, seq=sequence[centre.id]),
            serial_no=f"{product.kind.prefix}{purchased:%y%m}{rng.randrange(10**5):05d}",
            purchased_on=purchased,
            cost_fen=max(100, round(product.price_fen * rng.uniform(0.75, 0.95) / 100) * 100),
            state=rng.choices(STATES, weights=STATE_WEIGHTS)[0],
        )

        local = neighbours[centre.id]

        def renter(local: list[ResidentPlan] = local) -> ResidentPlan:
            return rng.choice(local) if local and run.chance(0.95) else rng.choice(residents)

        _lay_out_history(run, unit, renter)
        units.append(unit)
    return units


def _lay_out_history(run: DemoRun, unit: UnitPlan, pick: Callable[[], ResidentPlan]) -> None:
    rng = run.rng
    today = run.today
    tail: LoanPlan | None = None
    if unit.state is UnitState.ON_LOAN:
        months = _term(run)
        # Most are within their term; about one in ten is overdue by up to three weeks.
        days = (
            rng.randint(30 * months + 1, 30 * months + 20)
            if run.chance(0.1)
            else rng.randint(1, 30 * months - 3)
        )
        tail = LoanPlan(unit, pick(), today - timedelta(days=days), months)
    elif unit.state is UnitState.AWAITING_CLEANING:
        returned = today - timedelta(days=rng.randint(0, 4))
        tail = _returned_loan(run, unit, pick(), returned)
    cursor = (tail.start if tail else today) - timedelta(days=rng.randint(2, 25))
    history: list[LoanPlan] = []
    for _ in range(rng.choices(HISTORY, weights=HISTORY_WEIGHTS)[0]):
        loan = _returned_loan(run, unit, pick(), cursor)
        if loan.start < unit.purchased_on + timedelta(days=7):
            break
        history.append(loan)
        cursor = loan.start - timedelta(days=rng.randint(2, 25))
    history.reverse()
    if tail is not None:
        history.append(tail)
    if unit.state in (UnitState.IN_REPAIR, UnitState.RETIRED) and history:
        damaged = unit.state is UnitState.RETIRED
        history[-1].return_condition = UnitCondition.DAMAGED if damaged else UnitCondition.NEEDS_REPAIR
    if unit.state is UnitState.RESERVED:
        unit.reserved_by = pick()
    unit.loans = history


def _returned_loan(run: DemoRun, unit: UnitPlan, resident: ResidentPlan, returned: date) -> LoanPlan:
    """A loan brought back on `returned`, a little early or late against its due date."""
    months = _term(run)
    start = add_months(returned, -months) - timedelta(days=run.rng.randint(-8, 15))
    start = min(start, returned - timedelta(days=7))
    return LoanPlan(unit, resident, start, months, returned_on=returned)


def _term(run: DemoRun) -> int:
    return run.rng.choices(TERMS, weights=TERM_WEIGHTS)[0]
