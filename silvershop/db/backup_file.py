"""What a backup file is, checked before anyone trusts it: a whole SQLite database of ours, of a schema
this version knows, and which personal-data key it needs.

A restore replaces everything a centre has, so a file is refused unless every check passes, each
refusal one sentence that says what to do. Only Python's sqlite3 is used, read-only and with the file
taken as immutable, so checking a file never changes it, never leaves a -wal or -shm file beside it
(a backup is one whole file) and never runs a migration on it.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from silvershop.db.migrate import HEAD, MIGRATIONS
from silvershop.errors import QT_TRANSLATE_NOOP, DatabaseError, NotFound

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every silvershop database has had since its first schema: a file without them is not ours.
OUR_TABLES = frozenset({"alembic_version", "setting", "app_user", "product", "centre", "resident", "loan"})
# security.vault.KEY_ID_SETTING (a test checks), named here so checking a file loads no cryptography.
KEY_ID_SETTING = "personal_data.key_id"


@dataclass(frozen=True)
class BackupFacts:
    path: Path
    revision: str
    saved_at: datetime  # the file's time, UTC
    key_id: str  # the personal-data key its residents' data needs; "" when it holds none
    products: int
    residents: int
    loans: int


def known_revisions() -> set[str]:
    """The schema revisions this version ships, read from the migration files' names (0003_…py)."""
    return {path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def _refused(text: str, path: Path, **values: object) -> DatabaseError:
    return DatabaseError(text, path=str(path), **values)


def check_backup(path: Path) -> BackupFacts:
    """The facts of the backup at `path`, or a refusal that says why it cannot be restored."""
    if not path.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=str(path))
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is not a silvershop backup: it is not a database file at all."
            ),
            path,
        )
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)) as conn:
            checked = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if checked != ["ok"]:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{path} is damaged ({problem}); it cannot be restored. Take an older backup.",
                    ),
                    path,
                    problem=checked[0],
                )
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not OUR_TABLES.issubset(tables):
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{path} is a database, but not one of silvershop's; it cannot be restored.",
                    ),
                    path,
                )
            revisions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
            key = conn.execute("SELECT value FROM setting WHERE key = ?", (KEY_ID_SETTING,)).fetchone()
            counts = [
                int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("product", "resident", "loan")
            ]
    except sqlite3.DatabaseError as exc:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "errors", "{path} could not be read as a database ({reason}); it cannot be restored."
            ),
            path,
            reason=str(exc),
        ) from exc
    revision = revisions[0] if len(revisions) == 1 else ""
    if revision not in known_revisions():
        newer = revision.isdigit() and int(revision) > int(HEAD)
        raise _refused(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} was saved by a newer version of silvershop (schema {revision}); install that "
                "version to restore it.",
            )
            if newer
            else QT_TRANSLATE_NOOP(
                "errors", "{path} has a schema silvershop does not know ({revision}); it cannot be restored."
            ),
            path,
            revision=revision or "–",
        )
    saved = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    key_id = json.loads(key[0]) if key is not None else ""
    return BackupFacts(path, revision, saved, str(key_id), *counts)
