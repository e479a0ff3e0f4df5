"""The database a desk works on: the one it was pointed at, or a new demonstration database.

A SQLite file is claimed for this process before it is opened and until the engine is disposed
(`Database.close`, when the window closes), so a second copy of silvershop is told who has it open
(`db/one_writer.py`). This module brings in the whole database stack (SQLAlchemy, Alembic, the models,
cryptography), so only the opening worker imports it (see `opening.py`); the window is on screen by then.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import event, make_url
from sqlalchemy.exc import ArgumentError

from silvershop.config import data_dir, resolve_db_url, sqlite_url
from silvershop.database import Database, open_database
from silvershop.db import one_writer
from silvershop.db.engine import sqlite_path
from silvershop.errors import QT_TRANSLATE_NOOP, DatabaseError
from silvershop.security.vault import KEY_ENV, KEY_FILE_ENV
from silvershop.ui.desk import Desk


def open_desk(url: str | None, language: str) -> Desk:
    """The database at `url` (else SILVERSHOP_DB_URL, else the user's default file), migrated."""
    database = _open_claimed(resolve_db_url(url))
    path = sqlite_path(database.engine.url)
    return Desk(database, path.parent if path else data_dir(), language)


def open_demo_desk(products: int, language: str) -> Desk:
    """A new, still empty demo database in a temporary folder of its own, which the caller removes."""
    from silvershop.demo.generator import check_product_count  # the demo is loaded only when asked for

    check_product_count(products)
    try:
        folder = Path(tempfile.mkdtemp(prefix="silvershop-demo-"))
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "No temporary folder can be made for the demo data ({reason})."),
            reason=exc.strerror or str(exc),
        ) from exc
    # The demo encrypts its made-up residents with a key of its own, never the desk's real one.
    os.environ.pop(KEY_ENV, None)
    os.environ[KEY_FILE_ENV] = str(folder / "personal-data.key")
    try:
        database = _open_claimed(sqlite_url(folder / "silvershop-demo.sqlite3"))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Desk(database, folder, language, demo=True)


def _open_claimed(url: str) -> Database:
    """`open_database(url)`, a SQLite file claimed first, since opening it may already write (a migration,
    reference data); the claim ends when the engine is disposed."""
    try:
        path = sqlite_path(make_url(url))
    except ArgumentError:
        path = None  # not an address at all: open_database says so
    if path is None:
        return open_database(url)
    claim = one_writer.claim(path)
    try:
        database = open_database(url)
    except BaseException:
        claim.release()
        raise
    event.listen(database.engine, "engine_disposed", lambda _engine: claim.release())
    return database
