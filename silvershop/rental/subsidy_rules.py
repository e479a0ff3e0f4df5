"""The city's rental-subsidy rules, read from the rule set in the database (another city or another
year is another row, not another release).

A rule names a rate and the conditions a resident must meet: local 户籍, an age range, and any one of
a list of conditions (低保 / 低保边缘, an ability-assessment level, a long-term-care level). The best
rate a resident meets wins. A condition the app does not understand grants nothing, so a rule set
written for a newer version can only ever give less, never more than the city decided.

Rounding, stated once for the whole desk: a subsidy is the rent times the rate, rounded to the
nearest fen with halves rounded up (`subsidy_of`), then limited to what is left of the resident's
annual cap.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.rental.models import SubsidyRuleSet

LTC_ORDER = ("", "mild", "moderate", "severe")


@dataclass(frozen=True)
class RuleSet:
    id: int
    code: str
    name: str
    valid_from: date
    valid_to: date | None
    cap_fen: int
    terms: frozenset[int]
    rules: tuple[dict[str, Any], ...]

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class Facts:
    age: int
    hukou_local: bool
    ability_level: int | None
    ltc_level: str
    dibao: str


def load_rule_sets(session: Session) -> list[RuleSet]:
    rows = session.scalars(
        select(SubsidyRuleSet).where(SubsidyRuleSet.active.is_(True)).order_by(SubsidyRuleSet.valid_from)
    )
    return [
        RuleSet(
            id=row.id,
            code=row.code,
            name=row.name,
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            cap_fen=row.annual_cap_fen,
            terms=frozenset(json.loads(row.subsidised_terms)),
            rules=tuple(json.loads(row.rules)),
        )
        for row in rows
    ]


def rule_set_on(rule_sets: list[RuleSet], day: date) -> RuleSet | None:
    covering = [r for r in rule_sets if r.covers(day)]
    return covering[-1] if covering else None


@dataclass(frozen=True)
class Rule:
    code: str
    label: str  # in the city's words, as the rule set names it (80周岁及以上)
    rate_bp: int  # basis points: 5000 = 50 %


def best_rule(rule_set: RuleSet, facts: Facts) -> Rule | None:
    """The best rule the resident meets (the highest rate; the first listed among equals)."""
    met = [rule for rule in rule_set.rules if _meets(rule, facts)]
    if not met:
        return None
    best = max(met, key=lambda rule: rule["rate_bp"])
    return Rule(best["code"], best.get("label", best["code"]), best["rate_bp"])


def subsidy_of(rent_fen: int, rate_bp: int) -> int:
    """Rent × rate in whole fen, halves rounded up (the desk's one rounding rule)."""
    return (rent_fen * rate_bp + 5000) // 10000


def _meets(rule: dict[str, Any], facts: Facts) -> bool:
    if rule.get("local_hukou") and not facts.hukou_local:
        return False
    if facts.age < rule.get("min_age", 0) or facts.age > rule.get("max_age", 200):
        return False
    conditions = rule.get("any_of")
    return not conditions or any(_condition(c, facts) for c in conditions)


def _condition(condition: dict[str, Any], facts: Facts) -> bool:
    return all(_test(key, wanted, facts) for key, wanted in condition.items())


def _test(key: str, wanted: Any, facts: Facts) -> bool:
    if key == "dibao":
        return facts.dibao in wanted
    if key == "ability_level_min":
        return facts.ability_level is not None and facts.ability_level >= wanted
    if key == "ltc_level_min":
        return facts.ltc_level in LTC_ORDER and LTC_ORDER.index(facts.ltc_level) >= LTC_ORDER.index(wanted)
    return False  # a condition this version does not understand grants nothing


def age_band(age: int) -> str:
    """The de-identified age kept on a loan for statistics."""
    if age >= 80:
        return "80+"
    if age >= 60:
        decade = age // 10 * 10
        return f"{decade}-{decade + 9}"
    return "<60"
