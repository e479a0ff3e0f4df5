"""The rental subsidy a demo loan would have been granted, read from the city's rule set in the database.

Only what the shipped 无锡 rules use is understood (age limits, local 户籍, ability level, long-term
care level, 低保): enough to make demo amounts right, not the checkout desk's rules engine.
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


def best_rule(rule_set: RuleSet, facts: Facts) -> tuple[str, int] | None:
    """(rule code, rate in basis points) of the best rule the resident meets; the best rate wins."""
    met = [(rule["rate_bp"], rule["code"]) for rule in rule_set.rules if _meets(rule, facts)]
    if not met:
        return None
    rate, code = max(met)
    return code, rate


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
    return False  # a condition this demo does not understand grants nothing


def age_band(age: int) -> str:
    """The de-identified age kept on a loan for statistics."""
    if age >= 80:
        return "80+"
    if age >= 60:
        decade = age // 10 * 10
        return f"{decade}-{decade + 9}"
    return "<60"
