"""Loading subsidy rule sets: each city's rates, caps and subsidised terms are data, not code."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.rental.models import SubsidyRuleSet


def load_subsidy_rule_sets(session: Session, data: dict[str, Any]) -> int:
    known = set(session.scalars(select(SubsidyRuleSet.code)))
    added = 0
    for spec in data["rule_sets"]:
        if spec["code"] in known:
            continue
        session.add(
            SubsidyRuleSet(
                code=spec["code"],
                name=spec["name"],
                region_code=spec["region_code"],
                valid_from=date.fromisoformat(spec["valid_from"]),
                valid_to=date.fromisoformat(spec["valid_to"]) if spec.get("valid_to") else None,
                annual_cap_fen=int(spec["annual_cap_fen"]),
                subsidised_terms=json.dumps(spec["subsidised_terms"]),
                rules=json.dumps(spec["rules"], ensure_ascii=False),
                source=data.get("source", ""),
            )
        )
        added += 1
    return added
