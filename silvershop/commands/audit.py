"""`audit`: who did what, newest first, with personal values masked as they were recorded."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from silvershop.commands import Context, Outcome
from silvershop.config import LOCAL_ZONE
from silvershop.db.session import reading
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate
from silvershop.security.audit import AuditRow, list_entries


def register(subparsers: Any) -> None:
    audit = subparsers.add_parser("audit", help=translate("cli", "show the audit log"))
    audit.add_argument(
        "--since", metavar="WHEN", help=translate("cli", "a date (YYYY-MM-DD) or a date and time, local time")
    )
    audit.add_argument(
        "--entity", metavar="KIND", help=translate("cli", "only this kind of record, e.g. resident")
    )
    audit.add_argument("--user", metavar="NAME", help=translate("cli", "only what this user did"))
    audit.add_argument("--limit", type=int, default=200, metavar="N")
    audit.set_defaults(handler=run_audit)


def parse_since(text: str) -> datetime:
    """Local time as staff read it, converted to UTC as stored."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{text} is not a date. Write it as 2026-11-29 or 2026-11-29T08:30."),
            field="since",
            text=text,
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_ZONE)
    return moment.astimezone(UTC)


def _describe(row: AuditRow) -> dict[str, Any]:
    return {
        "at": row.at.isoformat(),
        "user": row.username,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "changes": row.changes,
        "summary": row.summary,
    }


def _line(row: AuditRow) -> str:
    when = row.at.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M:%S")
    fields = ", ".join(f"{k}: {old} → {new}" for k, (old, new) in row.changes.items())
    return "\t".join(
        x
        for x in (when, row.username, row.action, f"{row.entity} {row.entity_id}", fields or row.summary)
        if x
    )


def run_audit(args: argparse.Namespace, ctx: Context) -> Outcome:
    if args.limit < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "--limit must be 1 or more."), field="limit")
    since = parse_since(args.since) if args.since else None
    actor = ctx.actor
    with reading(ctx.database.sessions) as session:
        rows = list_entries(
            session, actor, since=since, entity=args.entity, username=args.user, limit=args.limit
        )
    return Outcome([_describe(r) for r in rows], "\n".join(_line(r) for r in rows))
