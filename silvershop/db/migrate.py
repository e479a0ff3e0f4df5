"""Bringing a database to the schema this version of the app expects, at every start-up.

A database stamped with a revision this app does not know was made by a newer version: it is
refused and left untouched, because an older app writing to it could lose what the newer one keeps.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from silvershop.db.engine import describe, foreign_database
from silvershop.errors import QT_TRANSLATE_NOOP, DatabaseError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the application ships no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_compatible(engine: Engine) -> str | None:
    """The database's revision, after making sure this app may open it."""
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
    revision = check_compatible(engine)
    if revision == head_revision():
        return False
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
