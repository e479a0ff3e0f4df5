"""What this desk is connected to, as the window shows it in the status bar and on Settings."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from silvershop.database import Database
from silvershop.i18n import DEFAULT_LANGUAGE
from silvershop.security.vault import KEY_ENV, default_key_path


@dataclass(frozen=True)
class Desk:
    database: Database
    data_folder: Path
    language: str = DEFAULT_LANGUAGE
    demo: bool = False

    @property
    def key_source(self) -> str:
        """Where the personal-data key is read from: the environment variable or a file."""
        return KEY_ENV if os.environ.get(KEY_ENV) else str(default_key_path())


def local_today() -> date:
    """The date on this desk's calendar, which is what "due this week" or "this year" mean to staff."""
    return date.today()
