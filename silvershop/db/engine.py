"""Opening the database a desk points at, with the failures people actually meet turned into
sentences: a damaged or foreign file, a server that does not answer, a folder that cannot be written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import StaticPool

from silvershop.db import substrings
from silvershop.db.session import write_intent
from silvershop.errors import QT_TRANSLATE_NOOP, DatabaseError

SQLITE_BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory database."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite is allowed to touch it."""
    if path.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a database file. Choose a file instead."),
            path=str(path),
        )
    if path.exists() and path.stat().st_size > 0:
        try:
            with path.open("rb") as f:
                header = f.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("errors", "The database file {path} cannot be read ({reason})."),
                path=str(path),
                reason=exc.strerror or str(exc),
            ) from exc
        if header != SQLITE_HEADER:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{path} is not a silvershop database (it is not a SQLite file, or it is damaged). "
                    "It was left untouched; open another file or restore a backup.",
                ),
                path=str(path),
            )
        _refuse_foreign_tables(path)
        return
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The data folder {folder} cannot be created ({reason}). Choose a folder you can write to.",
            ),
            folder=str(folder),
            reason=exc.strerror or str(exc),
        ) from exc
    probe = folder / f".{path.name}.write-test"
    try:
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The data folder {folder} is read-only. Choose a folder you can write to, or ask for access.",
            ),
            folder=str(folder),
        ) from exc


def foreign_database(where: str) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{url} already holds tables of another program, so it is not a silvershop database. "
            "It was left untouched; choose an empty or a silvershop database.",
        ),
        url=where,
    )


def _refuse_foreign_tables(path: Path) -> None:
    """Look, read-only, for another program's tables before our connection switches the file to WAL,
    which would rewrite its header."""
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return  # the normal connection reports what is wrong
    try:
        tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:
        return
    finally:
        probe.close()
    if tables and "alembic_version" not in tables:
        raise foreign_database(str(path))


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN itself, so writes can ask for BEGIN IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    substrings.register(dbapi_connection)


def _sqlite_begin(connection: Any) -> None:
    # A write takes the lock up front; a deferred BEGIN that later writes can fail with "database
    # is locked" without waiting, which is what two desks pressing the button at once would see.
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write_intent() else "BEGIN")


def describe(url: str | URL) -> str:
    """The URL as safe to show: a password is never printed."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return str(url)


def open_engine(url: str | URL, *, echo: bool = False) -> Engine:
    """An engine for `url`, checked to answer, or a DatabaseError that says what to do."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{url} is not a database address. Use a file path URL such as sqlite:///path/to/file.sqlite3 "
                "or postgresql+psycopg://user@host/database.",
            ),
            url=str(url),
        ) from exc
    backend = parsed.get_backend_name()
    kwargs: dict[str, Any] = {"echo": echo}
    path = sqlite_path(parsed)
    if backend == "sqlite":
        if path is None:
            kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            _check_sqlite_file(path)
            kwargs["connect_args"] = {"check_same_thread": False}
    elif backend == "postgresql":
        kwargs.update(pool_pre_ping=True, connect_args={"connect_timeout": 5})
    else:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "{backend} databases are not supported. Use SQLite or PostgreSQL."),
            backend=backend,
        )
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "The driver for {url} is not installed. For PostgreSQL install silvershop[pg]."
            ),
            url=describe(parsed),
        ) from exc
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except DBAPIError as exc:
        engine.dispose()
        raise connection_error(parsed, exc) from exc
    return engine


def connection_error(url: URL, exc: DBAPIError) -> DatabaseError:
    """Turn a driver's failure to connect into one sentence a clerk can act on."""
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    path = sqlite_path(url)
    if path is not None:
        if "readonly" in reason or "read-only" in reason or "unable to open" in reason:
            return DatabaseError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {path} cannot be written (the file or its folder is read-only). "
                    "Ask for write access or copy it to a folder you can write to.",
                ),
                path=str(path),
            )
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} is not a silvershop database or it is damaged ({reason}). "
                "It was left untouched; restore a backup.",
            ),
            path=str(path),
            reason=reason,
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Cannot connect to the database server at {url} ({reason}). "
            "Check that the server is running and the address, user and password are right.",
        ),
        url=describe(url),
        reason=reason,
    )


# SQLite's primary result codes and PostgreSQL's SQLSTATEs of a write the database refused for a reason
# the person at the desk can act on; any other code is a defect and stays the driver's error.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_FULL = 5, 6, 8, 13
_PG_FULL, _PG_READ_ONLY = ("53100",), ("25006",)
_PG_BUSY = ("40P01", "40001", "55P03")  # deadlock, serialisation failure, lock not available


def write_error(url: URL, exc: DBAPIError) -> DatabaseError | None:
    """An action the database would not write, in one sentence; None when the cause is a defect.

    The transaction was rolled back, so the sentence can say nothing of it was kept, except when the
    connection to a server was lost: the server may have committed before it went, so the person is
    told to look before doing it again.
    """
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    code = getattr(exc.orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    state = getattr(exc.orig, "sqlstate", None)
    if primary == _SQLITE_FULL or state in _PG_FULL:
        text = QT_TRANSLATE_NOOP(
            "errors",
            "The disk holding the database is full, so nothing of this was saved. Free some disk space "
            "(or ask for it on the server), then do it again.",
        )
    elif primary == _SQLITE_READONLY or state in _PG_READ_ONLY:
        text = QT_TRANSLATE_NOOP(
            "errors",
            "The database cannot be written (it is read-only), so nothing of this was saved. Ask for "
            "write access, or open a copy in a folder you can write to.",
        )
    elif primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or state in _PG_BUSY:
        text = QT_TRANSLATE_NOOP(
            "errors",
            "The database is busy with work from another desk, so nothing of this was saved. Try again "
            "in a moment.",
        )
    elif url.get_backend_name() == "postgresql" and (state is None or state.startswith("08")):
        text = QT_TRANSLATE_NOOP(
            "errors",
            "The connection to the database server was lost ({reason}). It is not certain whether this "
            "was saved: look before doing it again.",
        )
    else:
        return None
    return DatabaseError(text, reason=reason)
