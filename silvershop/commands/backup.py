"""`backup`: a copy of the SQLite database to a file, or a check of one; `restore`: a backup put back.

They work on the file, not through an account: a database that no longer opens (damaged, or lost with
its disk) is the very one to restore, and whoever may copy the file may copy it back. Nothing is lost
by a restore: the database as it was is kept in the `backups` folder beside it first.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy import make_url

from silvershop.commands import Context, Outcome
from silvershop.config import resolve_db_url
from silvershop.database import open_database
from silvershop.db import one_writer
from silvershop.db.backup import backup_to, restore
from silvershop.db.backup_file import BackupFacts, check_backup
from silvershop.db.engine import sqlite_path
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.i18n import translate


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup",
        help=translate("cli", "copy the database to a file, or check a backup with --verify"),
        description=translate(
            "cli",
            "A consistent copy of the SQLite database while desks keep working, checked as a restore "
            "would check it. Back up the personal-data key file too: without it the residents' data "
            "in the copy cannot be read.",
        ),
    )
    backup.add_argument("out", nargs="?", metavar="OUT", help=translate("cli", "the file to write"))
    backup.add_argument(
        "--verify", metavar="FILE", help=translate("cli", "check this backup and say what it holds")
    )
    backup.set_defaults(handler=run_backup)
    restored = subparsers.add_parser(
        "restore",
        help=translate("cli", "put a backup in place of the database (the current one is kept)"),
        description=translate(
            "cli",
            "The backup is checked first (a whole database of silvershop's, of a version this one "
            "knows); the database as it is now is kept in the backups folder beside it. Close every "
            "silvershop window on this database before.",
        ),
    )
    restored.add_argument("backup", metavar="IN", help=translate("cli", "the backup to restore"))
    restored.add_argument(
        "--yes", action="store_true", help=translate("cli", "replace the database without asking")
    )
    restored.set_defaults(handler=run_restore)


def _facts(facts: BackupFacts) -> dict[str, Any]:
    return {
        "file": str(facts.path),
        "schema": facts.revision,
        "saved_at": facts.saved_at.isoformat(timespec="seconds"),
        "key_id": facts.key_id,
        "products": facts.products,
        "residents": facts.residents,
        "loans": facts.loans,
    }


def _described(facts: BackupFacts) -> str:
    text = translate(
        "cli",
        "{path}: a whole silvershop database, schema {schema}, with {products} products, {residents} "
        "residents and {loans} loans.",
    ).format(
        path=facts.path,
        schema=facts.revision,
        products=facts.products,
        residents=facts.residents,
        loans=facts.loans,
    )
    if facts.key_id:
        text += " " + translate("cli", "Its residents' data needs the personal-data key {key}.").format(
            key=facts.key_id
        )
    return text


def run_backup(args: argparse.Namespace, ctx: Context) -> Outcome:
    if args.verify:
        facts = check_backup(Path(args.verify).expanduser().absolute())
        return Outcome(_facts(facts), _described(facts))
    if not args.out:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Name the file to write the backup to, or give --verify FILE."),
            field="out",
        )
    from silvershop.commands.exchange import writable

    facts = backup_to(ctx.database.engine.url, writable(args.out, "out"))
    written = translate("cli", "Backup written.")
    return Outcome(_facts(facts), f"{written} {_described(facts)}")


def run_restore(args: argparse.Namespace, ctx: Context) -> Outcome:
    url = make_url(resolve_db_url(ctx.db_url))
    source = Path(args.backup).expanduser().absolute()
    facts = check_backup(source)
    if not args.yes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This replaces the database with the backup (the database as it is now is kept in the "
                "backups folder). Close every silvershop window on it, then run the command again with "
                "--yes.",
            ),
            field="yes",
        )
    target = sqlite_path(url)
    # A window or kiosk with the file open is named, and nothing is replaced under it.
    claim = one_writer.claim(target) if target is not None and target.exists() else None
    try:
        facts, kept = restore(url, source)
        open_database(resolve_db_url(ctx.db_url)).close()  # an older backup is brought to this schema now
    finally:
        if claim is not None:
            claim.release()
    data = _facts(facts) | {"kept": str(kept) if kept else None}
    lines = [translate("cli", "Restored from {path}.").format(path=facts.path)]
    if kept is not None:
        lines.append(translate("cli", "The database as it was is kept in {kept}.").format(kept=kept))
    return Outcome(data, "\n".join(lines))
