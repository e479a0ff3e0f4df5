"""One run of the demo generator: its random source, its fixed calendar, its progress, its writes.

Everything stored comes from `rng` and `today`, never from the global random or the wall clock,
so one seed gives the same database on every machine. Rows go in with Core bulk inserts, a
chunk at a time, because building 100,000 ORM objects one by one takes minutes, not seconds.
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError
from silvershop.security.vault import Vault

# The demo's "today": loans are current, overdue or due relative to it.
DEMO_TODAY = date(2026, 11, 27)
# Asia/Shanghai has had no daylight saving since 1991; a fixed offset needs no tz database.
SHANGHAI = timezone(timedelta(hours=8))
CHUNK = 2000

Progress = Callable[[int, int], bool]
Row = dict[str, Any]


class DemoCancelled(SilvershopError):
    """The user pressed Cancel; the caller's transaction rolls everything back."""


@dataclass
class DemoRun:
    session: Session
    rng: random.Random
    vault: Vault
    total: int
    progress: Progress | None = None
    today: date = DEMO_TODAY
    done: int = 0
    _next_ids: dict[str, int] = field(default_factory=dict)

    def advance(self, steps: int) -> None:
        """Count finished work and give the caller its chance to cancel."""
        self.done = min(self.total, self.done + steps)
        if self.progress is not None and not self.progress(self.done, self.total):
            raise DemoCancelled(
                QT_TRANSLATE_NOOP("errors", "Making demo data was cancelled; nothing was saved.")
            )

    def insert(self, table: Table, rows: Sequence[Row]) -> None:
        if rows:
            self.session.execute(insert(table), rows)

    def insert_returning_ids(self, table: Table, rows: Sequence[Row]) -> list[int]:
        """Insert with primary keys chosen here, handed back in the order of `rows`.

        Choosing the keys keeps SQLite on one `executemany` (RETURNING in parameter order would
        cost one statement per row); `finish()` moves PostgreSQL's sequences past them.
        """
        if not rows:
            return []
        if table.name not in self._next_ids:
            self._next_ids[table.name] = (self.session.scalar(select(func.max(table.c.id))) or 0) + 1
        start = self._next_ids[table.name]
        ids = list(range(start, start + len(rows)))
        self._next_ids[table.name] = start + len(rows)
        self.insert(table, [row | {"id": row_id} for row, row_id in zip(rows, ids, strict=True)])
        return ids

    def finish(self) -> None:
        """Let the next ordinary insert on PostgreSQL get a key after the demo's."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for name, next_id in self._next_ids.items():
            self.session.execute(
                text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
                {"table": name, "last": next_id - 1},
            )

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def during_hours(self, day: date) -> datetime:
        """A moment of a working day at a centre (8:30–17:00 in 无锡), in UTC."""
        minute = self.rng.randint(8 * 60 + 30, 17 * 60)
        return local_time(day, minute // 60, minute % 60)

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability


def local_time(day: date, hour: int, minute: int = 0) -> datetime:
    """A 无锡 wall-clock time as the UTC instant the database keeps."""
    return datetime.combine(day, time(hour, minute), tzinfo=SHANGHAI).astimezone(UTC)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or that month's last day (31 January + 1 → 28 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
