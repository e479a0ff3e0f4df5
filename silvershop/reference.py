"""Reference data shipped in resources/reference, loaded by `silvershop-cli init` and at first start.

Loading only inserts what is missing, keyed by each record's natural key, so running it again
changes nothing and never overwrites what an administrator edited.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from sqlalchemy.orm import Session


def read(name: str) -> dict[str, Any]:
    """One reference file, e.g. `read("districts")`."""
    path = resources.files("silvershop.resources") / "reference" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def load_all(session: Session) -> dict[str, int]:
    """Insert every missing reference record; returns how many of each kind were added."""
    from silvershop.catalog.reference import load_category_schemes
    from silvershop.centres.reference import load_districts
    from silvershop.labels.reference import load_label_presets
    from silvershop.rental.reference import load_subsidy_rule_sets

    return {
        "districts": load_districts(session, read("districts")),
        "categories": load_category_schemes(session, read("category_schemes")),
        "subsidy_rule_sets": load_subsidy_rule_sets(session, read("subsidy_rules")),
        "label_presets": load_label_presets(session, read("label_presets")),
    }
