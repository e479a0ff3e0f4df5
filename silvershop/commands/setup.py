"""`init`: create or upgrade a database and load the reference data."""

from __future__ import annotations

import argparse
from typing import Any

from silvershop.commands import Context, Outcome
from silvershop.i18n import translate


def register(subparsers: Any) -> None:
    init = subparsers.add_parser(
        "init", help=translate("cli", "create or upgrade the database and load the reference data")
    )
    init.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace, ctx: Context) -> Outcome:
    del args
    db = ctx.database
    added = db.reference_added
    data = {"database": db.url, "backend": db.backend, "migrated": db.migrated, "reference_added": added}
    lines = [translate("cli", "Database ready: {url}").format(url=db.url)]
    if db.migrated:
        lines.append(translate("cli", "The schema was created or upgraded."))
    if any(added.values()):
        lines.append(
            translate("cli", "Reference data added: {items}").format(
                items=", ".join(f"{name} {count}" for name, count in added.items() if count)
            )
        )
    else:
        lines.append(translate("cli", "Reference data was already complete; nothing changed."))
    return Outcome(data, "\n".join(lines))
