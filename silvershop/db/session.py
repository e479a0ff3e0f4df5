"""Sessions and the one-transaction-per-user-action rule.

Services take a `Session` and never commit; the front end wraps each user action in
`transaction(...)`, which commits on success and rolls everything back on any error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

_write_intent: ContextVar[bool] = ContextVar("silvershop_write_intent", default=False)


def write_intent() -> bool:
    """Whether the transaction now beginning is going to write (SQLite takes the lock at once)."""
    return _write_intent.get()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One user action that writes: all of it is committed, or none of it.

    A write the database refuses (a full disk, a read-only file, another desk's lock, a server gone)
    arrives as one sentence, a DatabaseError, after the rollback: the desk and the command line say
    what happened instead of showing a driver's traceback. Any other driver error is a defect and is
    raised as it is.
    """
    token = _write_intent.set(True)
    try:
        with factory() as session, session.begin():
            yield session
    except OperationalError as exc:
        from silvershop.db.engine import write_error  # the engine module builds on this one

        bind = factory.kw.get("bind")
        said = write_error(bind.url if bind is not None else make_url("sqlite://"), exc)
        if said is None:  # a defect, not something the person can act on: the driver's error as it is
            raise
        raise said from exc
    finally:
        _write_intent.reset(token)


@contextmanager
def reading(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A read-only look at the data; nothing it does is committed."""
    with factory() as session:
        try:
            yield session
        finally:
            session.rollback()
