"""Where this desk keeps its data and which database it talks to.

The order is fixed so a clerk, a script and CI all get the same answer: an explicit `--db URL`,
then the `SILVERSHOP_DB_URL` environment variable, then a SQLite file in the user's data folder.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from platformdirs import PlatformDirs

APP_NAME = "silvershop"
DB_URL_ENV = "SILVERSHOP_DB_URL"
DEFAULT_TIMEZONE = "Asia/Shanghai"
# The centres' clock, whatever zone the computer (or a CI server) is set to: every time and date a
# person reads, on screen, on the command line or in a refusal, is on it.
try:
    LOCAL_ZONE: timezone | ZoneInfo = ZoneInfo(DEFAULT_TIMEZONE)
except ZoneInfoNotFoundError:  # Windows without the tzdata package; Shanghai keeps no summer time
    LOCAL_ZONE = timezone(timedelta(hours=8))


def local_today() -> date:
    """The date on the centres' calendar: what "today", "due this week" and "this year" mean to staff
    and what receipts print, whatever zone the computer's clock (or a server's) is set to."""
    return datetime.now(LOCAL_ZONE).date()


_dirs = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    return Path(os.environ.get("SILVERSHOP_DATA_DIR") or _dirs.user_data_dir)


def config_dir() -> Path:
    return Path(os.environ.get("SILVERSHOP_CONFIG_DIR") or _dirs.user_config_dir)


def default_db_path() -> Path:
    return data_dir() / "silvershop.sqlite3"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_db_url(explicit: str | None = None) -> str:
    """The database this process should open."""
    if explicit:
        return explicit
    from_env = os.environ.get(DB_URL_ENV)
    if from_env:
        return from_env
    return sqlite_url(default_db_path())
