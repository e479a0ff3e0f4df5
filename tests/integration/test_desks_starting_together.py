"""Several desks pointed at one new PostgreSQL database and started at the same moment."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import create_engine, text

from silvershop.database import Database, open_database
from silvershop.db.migrate import head_revision


@pytest.mark.pg
def test_desks_starting_together_set_the_schema_up_once(pg_url: str) -> None:
    def start(_: int) -> Database:
        db = open_database(pg_url)
        db.close()
        return db

    with ThreadPoolExecutor(max_workers=4) as pool:
        started = list(pool.map(start, range(4)))
    assert sum(db.migrated for db in started) == 1
    assert sum(db.reference_added["districts"] for db in started) == 9
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM district")).scalar() == 9
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    engine.dispose()
