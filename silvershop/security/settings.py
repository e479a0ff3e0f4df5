"""Settings shared by every desk on one database, with the defaults a new city starts from.

Values are JSON in the `setting` table; changing one is an administrator's action and audited.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.security import audit
from silvershop.security.models import Setting
from silvershop.security.permissions import Actor, Permission

IDLE_LOCK_MINUTES = "session.idle_lock_minutes"
RETENTION_YEARS = "residents.retention_years"
ID_MASK = "residents.id_mask"  # [head, tail] characters of an ID number left visible

DEFAULTS: dict[str, Any] = {
    IDLE_LOCK_MINUTES: 10,
    RETENTION_YEARS: 3,
    ID_MASK: [6, 4],
}

_LIMITS: dict[str, tuple[int, int]] = {IDLE_LOCK_MINUTES: (1, 240), RETENTION_YEARS: (1, 30)}


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else DEFAULTS[key]


def put(session: Session, actor: Actor, key: str, value: Any) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    if key not in DEFAULTS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown setting {key}."), field=key, key=key)
    if key in _LIMITS:
        low, high = _LIMITS[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter a whole number from {low} to {high}."),
                field=key,
                low=low,
                high=high,
            )
    if key == ID_MASK and not (
        isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and 0 <= v <= 8 for v in value)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Give how many leading and trailing characters stay visible (0 to 8 each)."
            ),
            field=key,
        )
    old = get(session, key)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
    audit.record(session, actor, "update", "setting", key, {"value": (old, value)})
