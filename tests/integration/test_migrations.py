"""Migrations build exactly the schema the models describe, and a newer database is never touched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from silvershop.database import open_database
from silvershop.db.migrate import HEAD, current_revision, head_revision
from silvershop.db.substrings import is_search_index
from silvershop.errors import DatabaseError
from silvershop.models import metadata
from tests.programs import cli

NEWER = "9999"


def schema_differences(url: str) -> list[object]:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "include_name": lambda name, kind, _parents: (
                        not (kind == "table" and is_search_index(name))
                    ),
                },
            )
            return list(compare_metadata(context, metadata))
    finally:
        db.close()


def test_empty_sqlite_file_is_migrated_to_the_models(db_file: Path, db_url: str) -> None:
    assert schema_differences(db_url) == []
    engine = create_engine(db_url)
    try:
        assert current_revision(engine) == head_revision()
        assert set(inspect(engine).get_table_names()) >= {"product", "loan", "resident", "alembic_version"}
    finally:
        engine.dispose()


@pytest.mark.pg
def test_empty_postgresql_is_migrated_to_the_models(pg_url: str) -> None:
    assert schema_differences(pg_url) == []
    engine = create_engine(pg_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_reopening_a_current_database_migrates_nothing(db_url: str) -> None:
    open_database(db_url).close()
    again = open_database(db_url)
    try:
        assert again.migrated is False
    finally:
        again.close()


def test_the_head_checked_at_start_is_the_newest_migration() -> None:
    assert head_revision() == HEAD


def test_a_current_database_opens_without_loading_the_migration_machinery(db_url: str) -> None:
    """Alembic costs a start tens of megabytes; a database already at the head does not need it."""
    open_database(db_url).close()
    probe = (
        "import sys; from silvershop.database import open_database; "
        f"open_database({db_url!r}).close(); print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-P", "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def _stamp_newer(db_file: Path) -> None:
    open_database(f"sqlite:///{db_file}").close()
    with closing(sqlite3.connect(db_file)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (NEWER,))
        conn.commit()


def _folder_state(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def test_newer_schema_is_refused_and_left_untouched(db_file: Path, db_url: str) -> None:
    _stamp_newer(db_file)
    before = _folder_state(db_file.parent)
    with pytest.raises(DatabaseError, match="newer version of silvershop") as info:
        open_database(db_url)
    assert NEWER in str(info.value)
    assert _folder_state(db_file.parent) == before


def test_cli_refuses_a_newer_schema_with_one_sentence(db_file: Path, db_url: str) -> None:
    _stamp_newer(db_file)
    before = _folder_state(db_file.parent)
    for command in (["init"], ["demo", "--products", "10"]):
        result = cli("--db", db_url, *command)
        assert result.returncode == 2
        assert result.stdout == ""
        assert "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines() == [
            f"This database was last used by a newer version of silvershop (schema {NEWER}). "
            "It was left untouched; install the newer version to open it."
        ]
    assert _folder_state(db_file.parent) == before


@pytest.mark.pg
def test_newer_postgresql_schema_is_refused_and_left_untouched(pg_url: str) -> None:
    open_database(pg_url).close()
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": NEWER})
        with pytest.raises(DatabaseError, match="newer version of silvershop"):
            open_database(pg_url)
        assert current_revision(engine) == NEWER
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM district")).scalar_one() == 9
    finally:
        engine.dispose()
