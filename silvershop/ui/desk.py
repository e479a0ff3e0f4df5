"""What this desk is connected to, as the window shows it in the status bar and on Settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from silvershop.i18n import DEFAULT_LANGUAGE

if TYPE_CHECKING:  # the database stack is imported once the window is shown (see ui.opening)
    from silvershop.database import Database


@dataclass(frozen=True)
class Desk:
    database: Database
    data_folder: Path
    language: str = DEFAULT_LANGUAGE
    demo: bool = False


def local_today() -> date:
    """The date on this desk's calendar, which is what "due this week" or "this year" mean to staff."""
    return date.today()
