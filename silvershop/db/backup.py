"""Copies of a SQLite database: before an action that changes much at once (an import, a migration, a
restore), on request to a file of the person's choosing, and a database put back from such a copy.

SQLite's online backup API copies a consistent snapshot while the application keeps the file open,
so nobody has to close anything first. The copies go into a `backups` folder beside the database,
where whoever backs up the database's folder keeps them too; the newest few per reason are kept, so
a desk importing every week does not fill its disk. A PostgreSQL server is backed up by its own
administrator's tools (README, "Keeping your data safe"); nothing is copied here for it.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import URL, Engine

from silvershop.db.backup_file import BackupFacts, check_backup
from silvershop.db.engine import sqlite_path
from silvershop.errors import QT_TRANSLATE_NOOP, DatabaseError, ValidationError

BACKUP_FOLDER = "backups"
KEEP_PER_REASON = 5


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def _copy(source: Path, target: Path, *, into_live: bool = False) -> None:
    """`source` into `target` with SQLite's online backup API: one consistent snapshot, written into
    `target` in a transaction of its own, while other connections go on using `source`.

    A copy made as a backup is turned into one self-contained file (rollback journal, not WAL): the
    backup API copies the live file's WAL flag with its first page, and a WAL file cannot even be read
    from a read-only stick or share. Into the live database (a restore), the source is a checked backup,
    read as immutable, and the live file keeps its journal mode.
    """
    reading = f"{source.resolve().as_uri()}?mode=ro&immutable=1" if into_live else str(source)
    with closing(sqlite3.connect(reading, uri=into_live)) as live, closing(sqlite3.connect(target)) as copy:
        live.backup(copy)
        if not into_live:
            copy.execute("PRAGMA journal_mode = DELETE")


def _reason(exc: OSError | sqlite3.Error) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def backup_sqlite(
    engine: Engine, reason: str, *, now: datetime | None = None, keep: int | None = KEEP_PER_REASON
) -> Path | None:
    """Copy the SQLite file behind `engine` to `backups/<name>-<time>-<reason>.sqlite`; None when the
    database is not a SQLite file (in memory, or a server). Refuses in one sentence when it cannot.
    The newest `keep` copies for `reason` are kept (None: the caller prunes)."""
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
        _copy(source, partial)
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
            reason=_reason(exc),
        ) from exc
    if keep is not None:
        _prune(folder, source.stem, reason, keep)
    return target


DAILY = "daily"


def daily_backup(engine: Engine, keep_days: int, *, now: datetime | None = None) -> Path | None:
    """Today's copy of a SQLite database, unless one was made today already (None then, and for a
    server or a database in memory); copies older than `keep_days` days are removed.

    A desk calls this at start and now and then while it runs, so a PC left on for weeks, or one
    switched on only some days, keeps one copy per day it was used.
    """
    source = sqlite_path(engine.url)
    if source is None:
        return None
    moment = now or datetime.now()
    folder = backup_folder(source)
    if folder.is_dir() and any(_copies(folder, source.stem, DAILY, day=f"{moment:%Y%m%d}")):
        return None
    made = backup_sqlite(engine, DAILY, now=moment, keep=None)
    oldest = f"{moment - timedelta(days=keep_days - 1):%Y%m%d}"  # today is the first of the days kept
    # The newest `keep_days` copies stay whatever their dates: after weeks without the desk, or a clock
    # set forward by mistake, the copies from before are all there is.
    dailies = sorted(_copies(folder, source.stem, DAILY), key=lambda p: p.name)
    for copy in dailies[: max(0, len(dailies) - keep_days)]:
        if copy.name[len(source.stem) + 1 : len(source.stem) + 9] < oldest:
            copy.unlink(missing_ok=True)
    return made


def _copies(folder: Path, stem: str, reason: str, *, day: str = "[0-9]{8}") -> Iterator[Path]:
    """This database's copies for `reason` (of `day`, 20261130, when given). Names are matched whole,
    so the copies of `silvershop-training.sqlite` beside it are not taken for this database's."""
    name = re.compile(rf"{re.escape(stem)}-{day}-[0-9]{{6}}(?:-[0-9]+)?-{re.escape(reason)}\.sqlite")
    return (p for p in folder.iterdir() if name.fullmatch(p.name))


def _prune(folder: Path, stem: str, reason: str, keep: int) -> None:
    """Keep the newest `keep` copies of this database for this reason, oldest removed first; the time
    of writing orders them (two in one second have a suffix)."""
    copies = sorted(_copies(folder, stem, reason), key=lambda p: (p.stat().st_mtime, p.name))
    for old in copies[:-keep]:
        old.unlink(missing_ok=True)


def _server_refusal() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This database is on a PostgreSQL server (or in memory): back it up with the server's own "
            "tools (pg_dump), as README's “Keeping your data safe” says.",
        ),
        field="db",
    )


def backup_to(url: URL, target: Path) -> BackupFacts:
    """A copy of the SQLite file at `url` at `target`, taken while desks work on, then checked
    as a restore would check it. Written under a temporary name, so a failed copy leaves no file."""
    source = sqlite_path(url)
    if source is None:
        raise _server_refusal()
    if target.resolve() == source.resolve():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose another file than the database itself for its backup."),
            field="out",
        )
    partial = target.with_name(f".{target.name}.part")
    try:
        _copy(source, partial)
        facts = check_backup(partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup could not be written to {path} ({reason}). Free some disk space or choose "
                "another folder, then try again.",
            ),
            path=str(target),
            reason=_reason(exc),
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return replace(facts, path=target)


def restore(url: URL, source: Path, *, now: datetime | None = None) -> tuple[BackupFacts, Path | None]:
    """Put the backup at `source` in place of the SQLite database at `url`: the backup checked first,
    then the database as it is now kept in `backups` (returned), then the backup copied in.

    The copy goes through SQLite's backup API into the live file, in one transaction of the file's
    own, so a desk that still has it open sees the old database or the restored one, never half of
    each. A damaged database can be restored over: it is kept as it is, page for page.
    """
    target = sqlite_path(url)
    if target is None:
        raise _server_refusal()
    facts = check_backup(source)
    if source.resolve() == target.resolve():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{path} is the database itself; choose a backup to restore."),
            field="in",
            path=str(source),
        )
    kept = _keep_as_it_is(target, now) if target.exists() else None
    try:
        _copy(source, target, into_live=True)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup could not be copied into {path} ({reason}); the database as it was is kept in "
                "{kept}.",
            ),
            path=str(target),
            reason=_reason(exc),
            kept=str(kept or "–"),
        ) from exc
    return facts, kept


def _keep_as_it_is(database: Path, now: datetime | None) -> Path:
    """The database as SQLite reads it (its write-ahead log included) copied into `backups` before it is
    replaced; a file too damaged to be read is kept as its bytes."""
    moment = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = backup_folder(database)
    kept = folder / f"{database.stem}-{moment}-before-restore.sqlite"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        try:
            _copy(database, kept)
        except sqlite3.DatabaseError:  # too damaged to read: keep its bytes
            kept.unlink(missing_ok=True)
            shutil.copyfile(database, kept)
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database as it is could not be kept in {folder} ({reason}), so nothing was restored. "
                "Free some disk space or check that the folder may be written, then try again.",
            ),
            folder=str(folder),
            reason=_reason(exc),
        ) from exc
    return kept
