"""The desk's backups of a SQLite database: one a day while it runs, and one on request.

A copy of a large database takes a few seconds, so it is made on a thread of its own and the window
keeps working; the copy is consistent all the same (SQLite's backup API reads one snapshot). The demo's
database is thrown away when the desk closes and is not copied; a PostgreSQL server is backed up by its
own administrator (README, "Keeping your data safe").
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from silvershop.database import Database
from silvershop.db.backup import backup_to, daily_backup
from silvershop.db.engine import sqlite_path
from silvershop.errors import SilvershopError
from silvershop.security import settings

CHECK_EVERY_MS = 30 * 60 * 1000  # a desk left on past midnight makes the new day's copy within half an hour


class Backups(QObject):
    """Makes the copies off the window's thread and says how each went; `stop` waits for one under way."""

    made = Signal(str)  # the file a copy on request was written to (today's copy is made quietly)
    failed = Signal(str)  # the sentence to show, for either

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._worker: threading.Thread | None = None
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.daily)

    @staticmethod
    def possible(database: Database) -> bool:
        """Whether this database is a file the desk can copy (not a server, not in memory)."""
        return sqlite_path(database.engine.url) is not None

    def start_daily(self) -> None:
        self.daily()
        self._timer.start()

    def daily(self) -> None:
        """Today's copy, unless it was made already or a copy is being made now."""
        self._run(self._daily, announce=False)

    def copy_to(self, target: Path) -> None:
        self._run(lambda: backup_to(self.database.engine.url, target).path, announce=True)

    def busy(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def stop(self, wait_s: float = 30.0) -> None:
        self._timer.stop()
        if self._worker is not None:
            self._worker.join(wait_s)

    def _daily(self) -> Path | None:
        with self.database.reading() as session:
            keep_days = int(settings.get(session, settings.BACKUP_KEEP_DAYS))
        return daily_backup(self.database.engine, keep_days, now=datetime.now())

    def _run(self, make: Callable[[], Path | None], *, announce: bool) -> None:
        if self.busy():
            return

        def work() -> None:
            try:
                made = make()
            except SilvershopError as err:
                self.failed.emit(err.localized())
                return
            if made is not None and announce:
                self.made.emit(str(made))

        self._worker = threading.Thread(target=work, name="backup", daemon=True)
        self._worker.start()
