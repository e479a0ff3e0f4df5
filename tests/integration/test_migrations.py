"""Migrations build exactly the schema the models describe, carry what the rows said across a change,
and a newer database is never touched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

import alembic.command
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, column, create_engine, insert, inspect, table, text

from silvershop.database import open_database
from silvershop.db.base import UTCDateTime, utcnow
from silvershop.db.engine import open_engine
from silvershop.db.migrate import HEAD, alembic_config, current_revision, head_revision
from silvershop.db.session import reading
from silvershop.db.substrings import is_search_index
from silvershop.errors import DatabaseError
from silvershop.kiosk.callbacks import RequestState, callback_requests
from silvershop.models import metadata
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with
from silvershop.security.vault import Vault
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


# Revisions that change what rows say ------------------------------------------------------------


def _migrate(engine: Engine, revision: str, *, down: bool = False) -> None:
    """Bring the database to `revision` as `db.migrate.upgrade` does, but stop there."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (alembic.command.downgrade if down else alembic.command.upgrade)(cfg, revision)


def _add(conn: Connection, table_name: str, /, **values: object) -> int:
    """Write a row as its table stands at an older revision, whatever the models say now; its id."""
    columns = (column(key, UTCDateTime() if isinstance(v, datetime) else None) for key, v in values.items())
    written = table(table_name, column("id"), *columns)
    return int(conn.execute(insert(written).values(values).returning(written.c.id)).scalar_one())


def test_0005_keeps_on_each_request_what_became_of_it(db_url: str) -> None:
    """Before 0005 a request said only who closed it: closed by a person reads as called back, closed
    by nobody (the retention rule) as expired; one still waiting stays waiting."""
    engine = open_engine(db_url)  # with the SQL functions the search index needs
    try:
        _migrate(engine, "0004")
        now = utcnow()
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO district VALUES ('320213', '梁溪区', 'district', NULL, 0)"))
            centre = _add(
                conn,
                "centre",
                code="LX01",
                name="梁溪区适老生活体验中心",
                district_code="320213",
                **dict.fromkeys(
                    ("address", "opening_hours", "phone", "manager_name", "asset_tag_pattern"), ""
                ),
                active=True,
                late_fee_per_day_fen=0,
                grace_days=0,
                allow_day_terms=False,
            )
            clerk = _add(
                conn,
                "app_user",
                username="clerk",
                display_name="",
                password_hash="-",
                active=True,
                must_change_password=False,
                elder_mode=False,
                language="en",
                failed_logins=0,
            )
            asked = {"centre_id": centre, "at": now, "consent_text": "I agree", "key_id": ""}
            erased = {"name_enc": b"", "phone_enc": b"", "handled_at": now}
            called = _add(conn, "interest_request", **asked, **erased, handled_by=clerk)
            expired = _add(conn, "interest_request", **asked, **erased)  # the retention rule's
            waiting = _add(conn, "interest_request", **asked, name_enc=b"sealed", phone_enc=b"sealed")
    finally:
        engine.dispose()

    database = open_database(db_url)  # as the app starts
    try:
        assert database.migrated
        with reading(database.sessions) as session:
            stored = {
                row.id: row.closed_reason for row in session.execute(text("SELECT * FROM interest_request"))
            }
            admin = actor_with([Role.ADMINISTRATOR], username="admin")
            listed = callback_requests(session, admin, Vault.generate(), centre, include_handled=True)
    finally:
        database.close()
    assert stored == {called: "called_back", expired: "expired", waiting: ""}
    assert {row.id: row.state for row in listed} == {
        called: RequestState.CALLED_BACK,
        expired: RequestState.EXPIRED,
        waiting: RequestState.WAITING,
    }

    engine = open_engine(db_url)
    try:
        _migrate(engine, "0004", down=True)
        assert current_revision(engine) == "0004"
        assert "closed_reason" not in {c["name"] for c in inspect(engine).get_columns("interest_request")}
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM interest_request")).scalar_one() == 3
    finally:
        engine.dispose()
