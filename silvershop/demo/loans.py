"""Writing the demo rental desk: units, loans with their money, subsidies, cleaning, repairs, reservations.

Loans are priced in the order they were made, because the subsidy cap is per resident per calendar
year: a resident's third rental of the year may get only what is left of 3,000 元. Every amount
satisfies the loan table's `money_adds_up` check and each year's grants add up to the account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from silvershop.demo.run import CHUNK, DemoRun, Row
from silvershop.demo.units import LoanPlan, UnitPlan
from silvershop.demo.vocabulary import CLEANING_METHODS, FAULTS, PAYMENT_METHODS
from silvershop.rental.models import (
    CleaningRecord,
    CleaningResult,
    DeviceUnit,
    Loan,
    LoanStatus,
    MaintenanceRecord,
    Reservation,
    ReservationStatus,
    SubsidyAccount,
    SubsidyGrant,
    UnitCondition,
    UnitState,
)
from silvershop.rental.subsidy_rules import Facts, RuleSet, age_band, best_rule, rule_set_on, subsidy_of

AWAY = (UnitState.ON_LOAN, UnitState.RETIRED, UnitState.LOST)


@dataclass
class _Money:
    rent: int
    subsidy: int = 0
    rate_bp: int = 0
    rule: str = ""
    rule_set: RuleSet | None = None


def date_residents(run: DemoRun, units: list[UnitPlan]) -> None:
    """Register each renter before their first loan and remember their last dealings with the desk."""
    for unit in units:
        people = [(loan.resident, loan.start, loan.returned_on or loan.start) for loan in unit.loans]
        if unit.reserved_by is not None:
            people.append((unit.reserved_by, run.today, run.today))
        for resident, first, last in people:
            resident.registered_on = min(
                resident.registered_on, first - timedelta(days=run.rng.randint(0, 20))
            )
            resident.last_activity = max(resident.last_activity or last, last)


def write_rental(run: DemoRun, units: list[UnitPlan], rule_sets: list[RuleSet]) -> dict[str, int]:
    _write_units(run, units)
    loans = sorted(
        (loan for unit in units for loan in unit.loans), key=lambda loan: (loan.start, loan.unit.id)
    )
    granted: dict[tuple[int, int], int] = {}
    caps: dict[tuple[int, int], int] = {}
    rows: list[Row] = []
    grants: list[tuple[int, Row]] = []
    for number, loan in enumerate(loans, start=1):
        money = _price(loan, rule_sets, granted)
        if money.subsidy and money.rule_set is not None:
            key = (loan.resident.id, loan.start.year)
            granted[key] = granted.get(key, 0) + money.subsidy
            caps[key] = money.rule_set.cap_fen
            grants.append((number - 1, _grant(run, loan, money)))
        rows.append(_loan_row(run, loan, f"L{number:07d}", money))  # coded as checkout codes a loan
    loan_ids: list[int] = []
    for start in range(0, len(rows), CHUNK):
        loan_ids += run.insert_returning_ids(Loan.__table__, rows[start : start + CHUNK])
    run.insert(SubsidyGrant.__table__, [row | {"loan_id": loan_ids[index]} for index, row in grants])
    run.insert(
        SubsidyAccount.__table__,
        [
            {
                "resident_id": resident_id,
                "year": year,
                "cap_fen": caps[(resident_id, year)],
                "granted_fen": amount,
            }
            for (resident_id, year), amount in granted.items()
        ],
    )
    for loan, loan_id in zip(loans, loan_ids, strict=True):
        loan.id = loan_id
    cleaning = [row for unit in units for row in _cleaning(run, unit)]
    repairs = [row for unit in units for row in _maintenance(run, unit)]
    reservations = [_reservation(run, unit) for unit in units if unit.reserved_by is not None]
    run.insert(CleaningRecord.__table__, cleaning)
    run.insert(MaintenanceRecord.__table__, repairs)
    run.insert(Reservation.__table__, reservations)
    return {
        "units": len(units),
        "loans": len(rows),
        "subsidy_grants": len(grants),
        "subsidy_accounts": len(granted),
        "cleaning_records": len(cleaning),
        "maintenance_records": len(repairs),
        "reservations": len(reservations),
    }


def _write_units(run: DemoRun, units: list[UnitPlan]) -> None:
    for start in range(0, len(units), CHUNK):
        chunk = units[start : start + CHUNK]
        rows = []
        for unit in chunk:
            created = run.during_hours(unit.purchased_on)
            last = unit.loans[-1] if unit.loans else None
            changed = (last.returned_on or last.start) if last else unit.purchased_on
            rows.append(
                {
                    "asset_tag": unit.asset_tag,
                    "serial_no": unit.serial_no,
                    "product_id": unit.product.id,
                    "home_centre_id": unit.centre.id,
                    "location_id": None if unit.state in AWAY else unit.centre.rental_store_id,
                    "state": unit.state,
                    "condition": unit.condition,
                    "purchased_on": unit.purchased_on,
                    "purchase_cost_fen": unit.cost_fen,
                    "loan_count": len(unit.loans),
                    "note": "盘点时未找到，已报遗失" if unit.state is UnitState.LOST else "",
                    "created_at": created,
                    "updated_at": max(created, run.during_hours(changed)),
                }
            )
        for unit, unit_id in zip(chunk, run.insert_returning_ids(DeviceUnit.__table__, rows), strict=True):
            unit.id = unit_id
        run.advance(len(chunk))


def _price(loan: LoanPlan, rule_sets: list[RuleSet], granted: dict[tuple[int, int], int]) -> _Money:
    resident = loan.resident
    money = _Money(rent=loan.unit.product.rent_fen * loan.months, rule_set=rule_set_on(rule_sets, loan.start))
    rule_set = money.rule_set
    if rule_set is None or loan.months not in rule_set.terms:
        return money
    facts = Facts(
        age=resident.age_on(loan.start),
        hukou_local=resident.hukou_local,
        ability_level=resident.ability_level,
        ltc_level=resident.ltc_level,
        dibao=resident.dibao,
    )
    found = best_rule(rule_set, facts)
    if found is None:
        return money
    left = rule_set.cap_fen - granted.get((resident.id, loan.start.year), 0)
    amount = min(subsidy_of(money.rent, found.rate_bp), left)
    if amount > 0:
        money.rule, money.rate_bp, money.subsidy = found.code, found.rate_bp, amount
    return money


def _loan_row(run: DemoRun, loan: LoanPlan, code: str, money: _Money) -> Row:
    rng = run.rng
    unit, resident = loan.unit, loan.resident
    deposit = unit.product.deposit_fen
    method = rng.choice(PAYMENT_METHODS)
    checkout = run.during_hours(loan.start)
    row: Row = {
        "code": code,
        "unit_id": unit.id,
        "resident_id": resident.id,
        "centre_id": unit.centre.id,
        "status": LoanStatus.OPEN if loan.returned_on is None else LoanStatus.RETURNED,
        "start_on": loan.start,
        "due_on": loan.due,
        "term_months": loan.months,
        "term_days": 0,
        "rent_fen": money.rent,
        "subsidy_rate_bp": money.rate_bp,
        "subsidy_fen": money.subsidy,
        "subsidy_rule": money.rule,
        "rule_set_id": money.rule_set.id if money.rule_set else None,
        "payable_fen": money.rent - money.subsidy,
        "deposit_fen": deposit,
        "payment_method": method,
        "payment_reference": "" if method == "cash" else f"{rng.randrange(10**18):018d}",
        "renewed_from_id": None,
        "checked_out_by": None,
        "returned_at": None,
        "returned_by": None,
        "collected": False,
        "return_condition": None,
        "return_note": "",
        "return_photo": None,
        "late_fee_fen": 0,
        "deductions_fen": 0,
        "deductions_note": "",
        "deposit_refund_fen": None,
        "district_code": resident.centre.district_code,
        "age_band": age_band(resident.age_on(loan.start)),
        "sex": resident.sex,
        "created_at": checkout,
        "updated_at": checkout,
    }
    if loan.returned_on is not None:
        row.update(_return(run, loan, loan.returned_on, deposit))
    return row


def _return(run: DemoRun, loan: LoanPlan, returned_on: date, deposit: int) -> Row:
    centre = loan.unit.centre
    late_days = max(0, (returned_on - loan.due).days - centre.grace_days)
    late_fee = late_days * centre.late_fee_fen
    deductions, note = 0, ""
    if loan.return_condition is not UnitCondition.GOOD:
        deductions, note = min(deposit, run.rng.choice((10000, 20000, 30000))), "归还时损坏，按维修费扣除"
    elif run.chance(0.08):
        deductions, note = min(deposit, run.rng.choice((2000, 3000, 5000))), "坐垫污损，收取清洗费"
    returned_at = run.during_hours(returned_on)
    return {
        "returned_at": returned_at,
        "collected": run.chance(0.15),
        "return_condition": loan.return_condition,
        "late_fee_fen": late_fee,
        "deductions_fen": deductions,
        "deductions_note": note if deductions else "",
        "deposit_refund_fen": max(0, deposit - deductions - late_fee),
        "updated_at": returned_at,
    }


def _grant(run: DemoRun, loan: LoanPlan, money: _Money) -> Row:
    return {
        "resident_id": loan.resident.id,
        "year": loan.start.year,
        "amount_fen": money.subsidy,
        "rule": money.rule,
        "at": run.during_hours(loan.start),
    }


def _cleaning(run: DemoRun, unit: UnitPlan) -> list[Row]:
    """A signed-off cleaning after every return, except the last of a unit still waiting for one."""
    rows = []
    for loan in unit.loans:
        if loan.returned_on is None or loan.return_condition is not UnitCondition.GOOD:
            continue
        waiting = unit.state is UnitState.AWAITING_CLEANING and loan is unit.last_return
        if waiting and not run.chance(0.3):
            continue
        method, agent = run.rng.choice(CLEANING_METHODS)
        done = run.during_hours(min(loan.returned_on + timedelta(days=run.rng.randint(0, 1)), run.today))
        rows.append(
            {
                "unit_id": unit.id,
                "loan_id": loan.id,
                "method": method,
                "agent": agent,
                "performed_by": run.rng.choice(unit.centre.staff),
                "performed_at": done,
                "result": CleaningResult.FAILED if waiting else CleaningResult.PASSED,
                "note": "坐垫缝隙残留污渍，需重新清洗" if waiting else "",
                "signed_off_by": None,
                "signed_off_at": None if waiting else done + timedelta(hours=run.rng.randint(1, 4)),
            }
        )
    return rows


def _maintenance(run: DemoRun, unit: UnitPlan) -> list[Row]:
    if unit.state not in (UnitState.IN_REPAIR, UnitState.RETIRED):
        return []
    last = unit.last_return
    found = (
        last.returned_on if last and last.returned_on else run.today - timedelta(days=run.rng.randint(3, 60))
    )
    opened = run.during_hours(min(found + timedelta(days=1), run.today))
    retired = unit.state is UnitState.RETIRED
    return [
        {
            "unit_id": unit.id,
            "loan_id": last.id if last else None,
            "opened_at": opened,
            "closed_at": opened + timedelta(days=run.rng.randint(2, 6)) if retired else None,
            "fault": "车架变形，关键部件断裂" if retired else run.rng.choice(FAULTS),
            "action": "经评估无修复价值，报废处理" if retired else "",
            "cost_fen": 0,
            "performed_by": run.rng.choice(unit.centre.staff) if retired else "",
            "retired": retired,
        }
    ]


def _reservation(run: DemoRun, unit: UnitPlan) -> Row:
    assert unit.reserved_by is not None
    start = run.today + timedelta(days=run.rng.randint(1, 7))
    made = run.during_hours(run.today - timedelta(days=run.rng.randint(0, 3)))
    return {
        "product_id": unit.product.id,
        "unit_id": unit.id,
        "resident_id": unit.reserved_by.id,
        "centre_id": unit.centre.id,
        "start_on": start,
        "end_on": start + timedelta(days=run.rng.choice((30, 60, 90))),
        "status": ReservationStatus.ACTIVE,
        "note": "",
        "created_by": None,
        "created_at": made,
        "updated_at": made,
    }
