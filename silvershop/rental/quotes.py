"""What a loan would cost, before anything is written: the desk shows it, the resident agrees, and
checkout writes exactly these numbers.

A term is 1, 2 or 3 months, or a number of days where the centre allows day rentals. Rent for a
month term is the catalogue's monthly rent times the months; a day costs a thirtieth of the
monthly rent (rounded like the subsidy). The subsidy follows the city's rule set in force on the
first day (`subsidy_rules`): only terms the rule set lists are subsidised, the best rule the
resident meets gives the rate, and the amount is limited to what is left of the resident's annual
cap for that calendar year.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product
from silvershop.centres.models import Centre
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.rental.models import (
    ConsentBasis,
    DeviceUnit,
    Reservation,
    ReservationStatus,
    Resident,
    SubsidyAccount,
    UnitState,
)
from silvershop.rental.residents import Eligibility
from silvershop.rental.subsidy_rules import Facts, Rule, best_rule, load_rule_sets, rule_set_on, subsidy_of
from silvershop.security.id_number import parse_id_number
from silvershop.security.permissions import Actor, Permission
from silvershop.security.vault import Vault

MONTH_TERMS = (1, 2, 3)
MAX_DAYS = 89  # longer than that is a month term
DAYS_PER_MONTH = 30


class NoSubsidy(StrEnum):
    """Why a quote has no subsidy, so the desk can say it in words."""

    NO_RULE_SET = "no_rule_set"  # no rule set in force on the first day
    TERM = "term"  # the term is not one the city subsidises (1 month, or days)
    NOT_ELIGIBLE = "not_eligible"  # no rule met: not local, too young, not assessed
    CAP_REACHED = "cap_reached"  # this year's cap is used up


@dataclass(frozen=True)
class Term:
    months: int = 0
    days: int = 0

    def ends(self, start: date) -> date:
        """The due date: the same day `months` later (or the month's last day), or `days` later."""
        if self.days:
            return start + timedelta(days=self.days)
        index = start.month - 1 + self.months
        year, month = start.year + index // 12, index % 12 + 1
        return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Quote:
    resident_id: int
    resident_name: str
    unit_id: int
    asset_tag: str
    product_id: int
    product_name: str
    centre_id: int
    term: Term
    start_on: date
    due_on: date
    monthly_rent_fen: int
    rent_fen: int
    rule_set_id: int | None
    rule_set_name: str
    rule: Rule | None
    no_subsidy: NoSubsidy | None
    subsidy_before_cap_fen: int
    subsidy_fen: int
    cap_fen: int
    used_this_year_fen: int
    deposit_fen: int
    age: int
    sex: str
    district_code: str | None

    @property
    def rate_bp(self) -> int:
        return self.rule.rate_bp if self.rule and self.subsidy_fen else 0

    @property
    def left_after_fen(self) -> int:
        """What is left of the cap once this loan's subsidy is granted."""
        return max(0, self.cap_fen - self.used_this_year_fen - self.subsidy_fen)

    @property
    def payable_fen(self) -> int:
        return self.rent_fen - self.subsidy_fen

    @property
    def pay_now_fen(self) -> int:
        """Rent after the subsidy, plus the deposit: what the resident hands over at the counter."""
        return self.payable_fen + self.deposit_fen


def check_term(centre: Centre, term: Term) -> Term:
    if term.days and term.months:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a term in months or in days, not both."), field="term"
        )
    if term.days:
        if not centre.allow_day_terms:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{centre} rents by the month only: choose 1, 2 or 3 months."),
                field="term",
                centre=centre.name,
            )
        if not 1 <= term.days <= MAX_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A rental by the day lasts 1 to {most} days."),
                field="term",
                most=MAX_DAYS,
            )
        return term
    if term.months not in MONTH_TERMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A rental lasts 1, 2 or 3 months; renew it for longer."), field="term"
        )
    return term


def rentable_unit(session: Session, unit_id: int, resident_id: int, day: date) -> DeviceUnit:
    """The unit, if it can be lent now (available, or reserved for this very resident)."""
    unit = session.get(DeviceUnit, unit_id)
    if unit is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This device unit no longer exists; scan its label again.")
        )
    if unit.state is UnitState.AVAILABLE:
        return unit
    if unit.state is UnitState.RESERVED and reserved_for(session, unit.id, resident_id, day):
        return unit
    raise ValidationError(UNAVAILABLE[unit.state], field="unit", tag=unit.asset_tag)


# Why a unit cannot be lent, by its state: what the clerk tells the resident and does next.
UNAVAILABLE: dict[UnitState, str] = {
    UnitState.RESERVED: QT_TRANSLATE_NOOP(
        "errors", "{tag} is reserved for another resident; choose another unit of this product."
    ),
    UnitState.ON_LOAN: QT_TRANSLATE_NOOP(
        "errors", "{tag} is on loan already; it cannot be lent twice. Choose another unit."
    ),
    UnitState.AWAITING_CLEANING: QT_TRANSLATE_NOOP(
        "errors",
        "{tag} came back and has not been cleaned and disinfected yet; sign off its cleaning record first, "
        "or choose another unit.",
    ),
    UnitState.IN_REPAIR: QT_TRANSLATE_NOOP("errors", "{tag} is being repaired; choose another unit."),
    UnitState.RETIRED: QT_TRANSLATE_NOOP("errors", "{tag} is retired and is no longer lent."),
    UnitState.LOST: QT_TRANSLATE_NOOP("errors", "{tag} is recorded as lost; choose another unit."),
}


def reserved_for(session: Session, unit_id: int, resident_id: int, day: date) -> bool:
    return (
        session.scalar(
            select(Reservation.id).where(
                Reservation.unit_id == unit_id,
                Reservation.resident_id == resident_id,
                Reservation.status == ReservationStatus.ACTIVE,
                Reservation.end_on >= day,  # from today, or early: it is theirs either way
            )
        )
        is not None
    )


def renting_resident(session: Session, actor: Actor, resident_id: int) -> Resident:
    """The resident, if the desk may lend to them: on record, not anonymised, with consent or duty."""
    actor.require(Permission.VIEW_RESIDENTS)
    resident = session.get(Resident, resident_id)
    if resident is None or resident.anonymised_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This resident is no longer on record."), field="resident")
    actor.require(Permission.VIEW_RESIDENTS, resident.home_centre_id)  # their own centre's desk lends
    if resident.consent_basis is ConsentBasis.NONE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} has no consent on file for keeping their personal data. Record their consent "
                "(or the legal duty) in the resident's record before lending.",
            ),
            field="resident",
            name=resident.name,
        )
    return resident


def resident_facts(vault: Vault, resident: Resident, day: date) -> tuple[Facts, int]:
    """What the subsidy rules ask of a resident on `day`, and their age then (from the ID number)."""
    id_number = parse_id_number(vault.decrypt(resident.id_number_enc, purpose="id_number"), today=day)
    eligibility = (
        Eligibility.from_json(vault.decrypt(resident.eligibility_enc, purpose="eligibility"))
        if resident.eligibility_enc
        else Eligibility()
    )
    age = id_number.age_on(day)
    facts = Facts(
        age=age,
        hukou_local=resident.hukou_local,
        ability_level=eligibility.ability_level,
        ltc_level=eligibility.ltc_level.value,
        dibao=eligibility.dibao.value,
    )
    return facts, age


def rent_for(monthly_rent_fen: int, term: Term) -> int:
    if term.days:
        return (monthly_rent_fen * term.days * 2 + DAYS_PER_MONTH) // (DAYS_PER_MONTH * 2)
    return monthly_rent_fen * term.months


def price(
    session: Session,
    actor: Actor,
    vault: Vault,
    resident: Resident,
    unit: DeviceUnit,
    term: Term,
    start_on: date,
) -> Quote:
    """The quote for a resident, a unit and a term starting on `start_on` (checks done by the caller)."""
    actor.require(Permission.RENT, unit.home_centre_id)
    centre = session.get(Centre, unit.home_centre_id)
    product = session.get(Product, unit.product_id)
    assert centre is not None and product is not None  # foreign keys
    check_term(centre, term)
    if not product.rentable or not product.monthly_rent_fen:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{product} has no monthly rent in the catalogue; ask a catalogue editor to set it."
            ),
            field="unit",
            product=product.name,
        )
    facts, age = resident_facts(vault, resident, start_on)
    rent = rent_for(product.monthly_rent_fen, term)
    rule_set = rule_set_on(load_rule_sets(session), start_on)
    account = session.get(SubsidyAccount, (resident.id, start_on.year)) if rule_set is not None else None
    used = account.granted_fen if account is not None else 0
    cap = account.cap_fen if account is not None else (rule_set.cap_fen if rule_set else 0)
    rule = best_rule(rule_set, facts) if rule_set is not None else None
    full = subsidy_of(rent, rule.rate_bp) if rule is not None else 0
    no_subsidy: NoSubsidy | None = None
    if rule_set is None:
        no_subsidy = NoSubsidy.NO_RULE_SET
    elif term.days or term.months not in rule_set.terms:
        no_subsidy, full = NoSubsidy.TERM, 0
    elif rule is None:
        no_subsidy = NoSubsidy.NOT_ELIGIBLE
    elif cap - used <= 0:
        no_subsidy = NoSubsidy.CAP_REACHED
    subsidy = max(0, min(full, cap - used))
    return Quote(
        resident_id=resident.id,
        resident_name=resident.name,
        unit_id=unit.id,
        asset_tag=unit.asset_tag,
        product_id=product.id,
        product_name=product.name,
        centre_id=centre.id,
        term=term,
        start_on=start_on,
        due_on=term.ends(start_on),
        monthly_rent_fen=product.monthly_rent_fen,
        rent_fen=rent,
        rule_set_id=rule_set.id if rule_set else None,
        rule_set_name=rule_set.name if rule_set else "",
        rule=rule if no_subsidy in (None, NoSubsidy.CAP_REACHED) else None,
        no_subsidy=no_subsidy,
        subsidy_before_cap_fen=full,
        subsidy_fen=subsidy,
        cap_fen=cap,
        used_this_year_fen=used,
        deposit_fen=product.deposit_fen or 0,
        age=age,
        sex=resident.sex.value if resident.sex else "",
        district_code=resident.district_code,
    )


def quote(
    session: Session, actor: Actor, vault: Vault, resident_id: int, unit_id: int, term: Term, today: date
) -> Quote:
    """What lending `unit_id` to `resident_id` from today for `term` would cost; nothing is written."""
    resident = renting_resident(session, actor, resident_id)
    unit = rentable_unit(session, unit_id, resident_id, today)
    return price(session, actor, vault, resident, unit, term, today)
