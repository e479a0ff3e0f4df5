"""A disk that fills up and a database that takes no writes: the person is told in one sentence what
happened and what to do, and nothing of the action is kept (the database still passes its checks).

SQLite is made to run out of room with `PRAGMA max_page_count` (it then answers "database or disk is
full", exactly as on a full disk) and to refuse writes with `PRAGMA query_only`, set on every
connection the application opens.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, select

from silvershop.catalog.models import Enterprise, Product
from silvershop.database import Database, open_database
from silvershop.db.session import reading, transaction
from silvershop.errors import DatabaseError
from silvershop.exchange.importing import import_catalogue
from silvershop.security.models import Role
from silvershop.security.permissions import actor_with
from tests.workbooks import write_many

EDITOR = actor_with([Role.CATALOGUE_EDITOR], username="editor")


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.close()


def _on_every_connection(engine: Engine, pragma: Callable[[sqlite3.Connection], str]) -> None:
    def apply(connection: sqlite3.Connection, _record: object) -> None:
        connection.execute(pragma(connection))

    event.listen(engine, "connect", apply)
    engine.dispose()  # the connections already open are made again, with the pragma


def _full(engine: Engine) -> None:
    """The disk full a few pages from now: the file may not grow past what it holds."""
    _on_every_connection(
        engine, lambda c: f"PRAGMA max_page_count = {c.execute('PRAGMA page_count').fetchone()[0] + 2}"
    )


def _products(db: Database) -> int:
    with reading(db.sessions) as session:
        return int(session.scalar(select(func.count(Product.id))) or 0)


def _intact(db_file: Path) -> None:
    with closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_import_onto_a_full_disk_is_refused_whole(
    database: Database, db_file: Path, tmp_path: Path
) -> None:
    workbook = write_many(tmp_path / "many.xlsx", 2000)
    _full(database.engine)
    with pytest.raises(DatabaseError) as refused:
        import_catalogue(database, EDITOR, workbook)
    assert refused.value.localized() == (
        "The disk holding the database is full, so nothing of this was saved. Free some disk space (or ask "
        "for it on the server), then do it again."
    )
    assert _products(database) == 0
    _intact(db_file)


def test_a_database_that_takes_no_writes_says_so(database: Database, db_file: Path) -> None:
    _on_every_connection(database.engine, lambda _c: "PRAGMA query_only = ON")
    with pytest.raises(DatabaseError) as refused, transaction(database.sessions) as session:
        session.add(Enterprise(name="无锡康养科技有限公司", credit_code="91350100M000100Y43"))
    assert "cannot be written (it is read-only), so nothing of this was saved" in refused.value.localized()
    with reading(database.sessions) as session:
        assert session.scalar(select(func.count(Enterprise.id))) == 0
    _intact(db_file)
