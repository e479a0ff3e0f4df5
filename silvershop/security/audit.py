"""The audit log: every write through a service says who, when, what and which fields changed.

Personal values are masked before they are written here, so the log can be shown and exported
without revealing what the encryption protects.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.db.base import utcnow
from silvershop.security.masking import mask_id_number, mask_name, mask_phone
from silvershop.security.models import AuditEntry
from silvershop.security.permissions import Actor, Permission


def _mask_all(value: str) -> str:
    return "***" if value else ""


# Field name -> how its values appear in the log.
MASKERS: dict[str, Callable[[str], str]] = {
    "id_number": mask_id_number,
    "phone": mask_phone,
    "guardian_phone": mask_phone,
    "name": mask_name,
    "guardian_name": mask_name,
    "address": _mask_all,
    "eligibility": _mask_all,
    "password": _mask_all,
    "contact_name": mask_name,  # an enterprise's contact person
    "contact_phone": mask_phone,
}
# Names and addresses of organisations and things are not personal data and stay readable in the log;
# for every other kind of record (residents, staff, kiosk visitors) they are masked.
NOT_PERSONAL: dict[str, frozenset[str]] = {
    "product": frozenset({"name"}),
    "enterprise": frozenset({"name", "address"}),
    "centre": frozenset({"name", "address"}),
    "location": frozenset({"name"}),
    "category": frozenset({"name"}),
}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return "<binary>"
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _masked(entity: str, fieldname: str, value: Any) -> Any:
    masker = None if fieldname in NOT_PERSONAL.get(entity, ()) else MASKERS.get(fieldname)
    if masker is None or value in (None, ""):
        return _plain(value)
    return masker(str(value))


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = "",
    changes: Mapping[str, tuple[Any, Any]] | None = None,
    summary: str = "",
) -> None:
    """Add one entry to the log in the caller's transaction, so it stands or falls with the write."""
    session.add(AuditEntry(**entry(actor, action, entity, entity_id, changes, summary)))


def entry(
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = "",
    changes: Mapping[str, tuple[Any, Any]] | None = None,
    summary: str = "",
) -> dict[str, Any]:
    """One entry's columns, personal values masked: `record` adds it, a bulk import inserts many at once."""
    masked = {
        name: [_masked(entity, name, old), _masked(entity, name, new)]
        for name, (old, new) in (changes or {}).items()
    }
    return {
        "at": utcnow(),
        "user_id": actor.user_id,
        "username": actor.username,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id),
        "changes": json.dumps(masked, ensure_ascii=False, sort_keys=True),
        "summary": summary[:200],
    }


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields whose value differs, as (old, new) pairs for `record`."""
    return {k: (before.get(k), after.get(k)) for k in after if before.get(k) != after.get(k)}


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    changes: dict[str, list[Any]]
    summary: str


def list_entries(
    session: Session,
    actor: Actor,
    *,
    since: datetime | None = None,
    entity: str | None = None,
    username: str | None = None,
    limit: int = 1000,
) -> list[AuditRow]:
    """Newest first."""
    actor.require(Permission.VIEW_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if username:
        query = query.where(AuditEntry.username == username)
    return [
        AuditRow(
            at=e.at,
            username=e.username,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            changes=json.loads(e.changes or "{}"),
            summary=e.summary,
        )
        for e in session.scalars(query)
    ]


@dataclass(frozen=True)
class AuditChoices:
    """What the log can be filtered by: the kinds of record and the users that appear in it."""

    entities: tuple[str, ...]
    usernames: tuple[str, ...]


def filter_choices(session: Session, actor: Actor) -> AuditChoices:
    actor.require(Permission.VIEW_AUDIT)
    return AuditChoices(
        entities=tuple(session.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity))),
        usernames=tuple(
            session.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username))
        ),
    )
