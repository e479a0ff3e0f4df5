"""What renting a product would cost a senior after the city's subsidy, as examples per rule: the
kiosk knows nothing of the visitor, so it shows every rule of the rule set in force today ("80周岁及以上:
100 元 a month"), whether the rule asks for local 户籍, and the annual cap; the desk works out the
visitor's own quote.

An example must never promise less than the desk will charge. So it is worked out the desk's way
(`quotes.rent_for` for each subsidised term, `subsidy_rules.subsidy_of` on that rent, limited by a
whole year's cap) and only then divided into months, rounded up to the fen: for a rent of 45.99 元 a
month at 50 %, three months cost 68.98 元 after the subsidy, which is 23.00 元 a month, not the
22.99 元 that halving one month's rent would say. Where terms differ, the dearest month is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from silvershop.config import local_today
from silvershop.rental.quotes import Term, rent_for
from silvershop.rental.subsidy_rules import RuleSet, load_rule_sets, rule_set_on, subsidy_of


@dataclass(frozen=True)
class SubsidyExample:
    label: str  # the rule's label as the city wrote it ("80周岁及以上")
    rate_bp: int  # 5000 = 50 %
    monthly_fen: int  # a month after this subsidy: the dearest month of the subsidised terms, rounded up
    local_only: bool = False  # the rule is only for residents with local 户籍 (本市户籍)


@dataclass(frozen=True)
class SubsidyOffer:
    terms: tuple[int, ...]  # months the rule set in force subsidises (2, 3); empty without one
    examples: tuple[SubsidyExample, ...]  # best rate first; empty without a rule set or a monthly rent
    cap_fen: int | None  # the most one resident is granted a year; None without examples


def _monthly_after(monthly_rent_fen: int, terms: tuple[int, ...], rate_bp: int, cap_fen: int) -> int:
    """The dearest month of any subsidised term for a resident who has had no subsidy this year."""
    dearest = 0
    for months in terms:
        rent = rent_for(monthly_rent_fen, Term(months=months))
        payable = rent - min(subsidy_of(rent, rate_bp), cap_fen)
        dearest = max(dearest, -(-payable // months))
    return dearest


def _example(
    rule: dict[str, Any], monthly_rent_fen: int, rule_set: RuleSet, terms: tuple[int, ...]
) -> SubsidyExample:
    rate = int(rule["rate_bp"])
    return SubsidyExample(
        label=str(rule.get("label", rule["code"])),
        rate_bp=rate,
        monthly_fen=_monthly_after(monthly_rent_fen, terms, rate, rule_set.cap_fen),
        local_only=bool(rule.get("local_hukou")),
    )


def subsidy_offer(session: Session, monthly_rent_fen: int | None) -> SubsidyOffer:
    """The terms the rule set in force today subsidises, one example per rule, best rate first (the
    rule set's order among equal rates), and its annual cap; no examples without a monthly rent or
    without a subsidised term."""
    rule_set = rule_set_on(load_rule_sets(session), local_today())
    if rule_set is None:
        return SubsidyOffer((), (), None)
    terms = tuple(sorted(rule_set.terms))
    if not monthly_rent_fen or not terms:
        return SubsidyOffer(terms, (), None)
    rules = sorted(rule_set.rules, key=lambda rule: -int(rule["rate_bp"]))
    examples = tuple(_example(rule, monthly_rent_fen, rule_set, terms) for rule in rules)
    return SubsidyOffer(terms, examples, rule_set.cap_fen if examples else None)
