"""Date arithmetic written once and compiled for each backend, so a figure is one query on both.

SQLite keeps dates as text and has `julianday`, `max(a, b)` and modifiers; PostgreSQL has date
subtraction, `GREATEST` and time zones. The figures use only these constructs, never a dialect's
spelling, which is what "the same queries on SQLite and PostgreSQL" means in practice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement, FunctionElement
from sqlalchemy.types import Date

from silvershop.config import LOCAL_ZONE


class day_number(FunctionElement[int]):  # noqa: N801 - reads as a SQL function
    """Days since a fixed day: differences of two are whole days on both backends."""

    type = Integer()
    inherit_cache = True


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(day_number, "postgresql")
def _day_number_pg(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(({compiler.process(element.clauses, **kw)})::date - DATE '2000-01-01')"


class later(FunctionElement[Any]):  # noqa: N801
    """The later of two values (SQLite's two-argument max, PostgreSQL's GREATEST)."""

    inherit_cache = True


class earlier(FunctionElement[Any]):  # noqa: N801
    inherit_cache = True


@compiles(later, "sqlite")
def _later_sqlite(element: later, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(later, "postgresql")
def _later_pg(element: later, compiler: SQLCompiler, **kw: Any) -> str:
    return f"GREATEST({compiler.process(element.clauses, **kw)})"


@compiles(earlier, "sqlite")
def _earlier_sqlite(element: earlier, compiler: SQLCompiler, **kw: Any) -> str:
    return f"min({compiler.process(element.clauses, **kw)})"


@compiles(earlier, "postgresql")
def _earlier_pg(element: earlier, compiler: SQLCompiler, **kw: Any) -> str:
    return f"LEAST({compiler.process(element.clauses, **kw)})"


def _offset_seconds() -> int:
    """The centres' offset from UTC. Shanghai keeps no summer time, so one offset holds all year."""
    offset = datetime.now(LOCAL_ZONE).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


class local_date(FunctionElement[Any]):  # noqa: N801
    """The centres' calendar date of a UTC time column: a unit returned at 07:30 in Wuxi on the 3rd is
    back on the 3rd, although UTC still says the 2nd."""

    type = Date()
    inherit_cache = True


@compiles(local_date, "sqlite")
def _local_date_sqlite(element: local_date, compiler: SQLCompiler, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, '{_offset_seconds():+d} seconds')"


@compiles(local_date, "postgresql")
def _local_date_pg(element: local_date, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"(({column} AT TIME ZONE 'UTC') + INTERVAL '{_offset_seconds()} seconds')::date"


def days_between(first: ColumnElement[Any], last: ColumnElement[Any]) -> ColumnElement[int]:
    """Days from `first` to `last`, both counted: 0 or less when `last` is before `first`."""
    return day_number(last) - day_number(first) + 1
