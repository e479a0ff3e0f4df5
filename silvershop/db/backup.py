"""A copy of a SQLite database taken before an action that changes much at once (an import).

SQLite's online backup API copies a consistent snapshot while the application keeps the file open,
so nobody has to close anything first. The copies go into a `backups` folder beside the database,
where whoever backs up the database's folder keeps them too; the newest few per reason are kept, so
a desk importing every week does not fill its disk. A PostgreSQL server is backed up by its own
administrator's tools (README, "Keeping your data safe"); nothing is copied here for it.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from silvershop.db.engine import sqlite_path
from silvershop.errors import QT_TRANSLATE_NOOP, DatabaseError

BACKUP_FOLDER = "backups"
KEEP_PER_REASON = 5


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def backup_sqlite(engine: Engine, reason: str, *, now: datetime | None = None) -> Path | None:
    """Copy the SQLite file behind `engine` to `backups/<name>-<time>-<reason>.sqlite`; None when the
    database is not a SQLite file (in memory, or a server). Refuses in one sentence when it cannot."""
    source = sqlite_path(engine.url)
    if source is None:
        return None
    moment = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = backup_folder(source)
    target = folder / f"{source.stem}-{moment}-{reason}.sqlite"
    for second in range(2, 100):  # two imports within one second keep both copies
        if not target.exists():
            break
        target = folder / f"{source.stem}-{moment}-{second}-{reason}.sqlite"
    partial = target.with_suffix(".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(source)) as live, closing(sqlite3.connect(partial)) as copy:
            live.backup(copy)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No backup could be written to {folder} ({reason}), so nothing was changed. Free some "
                "disk space or check that the folder may be written, then try again.",
            ),
            folder=str(folder),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    _prune(folder, source.stem, reason)
    return target


def _prune(folder: Path, stem: str, reason: str) -> None:
    """Keep the newest KEEP_PER_REASON copies of this database for this reason, oldest removed first.

    Names are matched whole, so the copies of `silvershop-training.sqlite` beside it are not taken
    for this database's; the time of writing orders them (two in one second have a suffix).
    """
    name = re.compile(rf"{re.escape(stem)}-[0-9]{{8}}-[0-9]{{6}}(?:-[0-9]+)?-{re.escape(reason)}\.sqlite")
    copies = sorted(
        (p for p in folder.iterdir() if name.fullmatch(p.name)), key=lambda p: (p.stat().st_mtime, p.name)
    )
    for old in copies[:-KEEP_PER_REASON]:
        old.unlink(missing_ok=True)
