"""An import as the screen and the command line run it: a preview, or a backup and then the plan
written in one transaction.

An import does not reuse the plan of its preview: another desk may have changed the catalogue in
between, so the rows are checked again inside the writing transaction, and the result reports what
was written then.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from silvershop.database import Database
from silvershop.db.backup import backup_sqlite
from silvershop.db.session import transaction
from silvershop.exchange.catalogue_import import (
    DEFAULT_SCHEME,
    Action,
    ImportPlan,
    Progress,
    plan_import,
    read_sheet,
)
from silvershop.exchange.import_writing import write_plan
from silvershop.security.permissions import Actor, Permission


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    written: bool  # False for a preview (--dry-run) and when there was nothing to write
    backup: Path | None  # the copy taken before writing, on a SQLite file


def preview_import(
    database: Database,
    actor: Actor,
    path: Path,
    *,
    scheme: str = DEFAULT_SCHEME,
    edition: str = "",
    progress: Progress | None = None,
) -> ImportPlan:
    """What importing `path` would do; nothing is written and no backup is taken."""
    actor.require(Permission.EDIT_CATALOGUE)
    data = read_sheet(path, progress)
    with database.reading() as session:
        return plan_import(session, actor, data, scheme=scheme, edition=edition, progress=progress)


def import_catalogue(
    database: Database,
    actor: Actor,
    path: Path,
    *,
    scheme: str = DEFAULT_SCHEME,
    edition: str = "",
    progress: Progress | None = None,
) -> ImportResult:
    """Import `path`: rows that pass are written, all together; the rejected rows are in the plan.

    The file is read first, so a file that cannot be read leaves no backup behind; then a SQLite
    database is copied, and the rows are checked and written in one transaction.
    """
    actor.require(Permission.EDIT_CATALOGUE)
    data = read_sheet(path, progress)
    backup = backup_sqlite(database.engine, "before-import")
    # A write the database refuses (another desk's lock, a full disk) is said by `transaction`.
    with transaction(database.sessions) as session:
        plan = plan_import(session, actor, data, scheme=scheme, edition=edition, progress=progress)
        written = bool(plan.new_enterprises) or any(p.action is not Action.UNCHANGED for p in plan.products)
        if written:
            write_plan(session, actor, plan, progress)
    return ImportResult(plan, written=written, backup=backup)
