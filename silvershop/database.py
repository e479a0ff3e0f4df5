"""Opening the application's database the same way from the GUI, the CLI and the tests:
connect, refuse what must not be touched, migrate, and make sure the reference data is there.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from silvershop import reference
from silvershop.config import resolve_db_url
from silvershop.db import session as db_session
from silvershop.db.engine import connection_error, open_engine
from silvershop.db.migrate import upgrade
from silvershop.db.session import session_factory, transaction
from silvershop.errors import DatabaseError


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    migrated: bool = False
    reference_added: dict[str, int] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session for a screen; a driver's failure (a server gone away, a damaged file)
        arrives as one sentence, a DatabaseError, so the UI needs no knowledge of the driver."""
        try:
            with db_session.reading(self.sessions) as session:
                yield session
        except DBAPIError as exc:
            raise connection_error(self.engine.url, exc) from exc

    def close(self) -> None:
        self.engine.dispose()


# Any fixed number: desks that share a PostgreSQL server take this lock to set the schema up in turn.
_SETUP_LOCK = 0x5115_0001
_SQLITE_SETUP = threading.Lock()


@contextmanager
def _one_desk_at_a_time(engine: Engine) -> Iterator[None]:
    """Serialise migrating and loading reference data between desks starting at the same moment,
    which would otherwise both create the same tables or insert the same districts.

    SQLite needs nothing here: between processes its write transactions take the file's lock, and
    within one process `open_database` lets one opening at a time through.
    """
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({_SETUP_LOCK})")
        conn.commit()
        try:
            yield
        finally:
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_SETUP_LOCK})")
            conn.commit()


def open_database(url: str | None = None) -> Database:
    """The database at `url` (else SILVERSHOP_DB_URL, else the user's default file), ready to use."""
    resolved = resolve_db_url(url)
    # Two openings in one process (two windows, the tests) take turns, up to and including the
    # closing of one that failed: a thread migrating a new SQLite file while another closes its
    # connection to the same file has crashed the interpreter inside SQLite.
    with _SQLITE_SETUP if str(resolved).startswith("sqlite") else nullcontext():
        engine = open_engine(resolved)
        try:
            factory = session_factory(engine)
            with _one_desk_at_a_time(engine):
                migrated = upgrade(engine)
                with transaction(factory) as session:
                    added = reference.load_all(session)
        except DBAPIError as exc:
            engine.dispose()
            raise connection_error(engine.url, exc) from exc
        except DatabaseError as said:
            engine.dispose()
            cause = said.__cause__
            if isinstance(cause, DBAPIError):  # said for an action; at opening, the file's own sentence
                raise connection_error(engine.url, cause) from cause
            raise
        except BaseException:
            engine.dispose()
            raise
    return Database(engine=engine, sessions=factory, migrated=migrated, reference_added=added)
