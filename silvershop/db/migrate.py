"""Bringing a database to the schema this version of the app expects, at every start-up.

A database stamped with a revision this app does not know was made by a newer version: it is
refused and left untouched, because an older app writing to it could lose what the newer one keeps.

Almost every start finds the database already at HEAD, and then Alembic is not even imported: it
costs more memory than any screen (and a part of the start-up time) only to say "nothing to do".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from silvershop.db.engine import describe, foreign_database
from silvershop.errors import QT_TRANSLATE_NOOP, DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; a test checks it is the head Alembic finds there.
HEAD = "0005"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the application ships no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is stamped with; None for a database without our schema."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        revisions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return revisions[0] if len(revisions) == 1 else None


def check_compatible(engine: Engine) -> str | None:
    """The database's revision, after making sure this app may open it."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    revision = current_revision(engine)
    if revision is None:
        tables = set(inspect(engine).get_table_names())
        if tables:
            raise foreign_database(describe(engine.url))
        return None
    known = {rev.revision for rev in script.walk_revisions()}
    if revision not in known:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database was last used by a newer version of silvershop (schema {revision}). "
                "It was left untouched; install the newer version to open it.",
            ),
            revision=revision,
        )
    return revision


def upgrade(engine: Engine) -> bool:
    """Apply any missing migrations; True when the schema changed."""
    if current_revision(engine) == HEAD:
        return False
    from alembic import command

    revision = check_compatible(engine)
    if revision == head_revision():
        return False
    if revision is not None:  # a database with data in it: kept as it was, in case the upgrade is regretted
        from silvershop.db.backup import backup_sqlite  # only on the rare start that migrates

        backup_sqlite(engine, "before-migration")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
