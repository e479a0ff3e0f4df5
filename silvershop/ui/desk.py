"""What this desk is connected to and who is signed in at it, as the window and its screens see it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from silvershop.i18n import DEFAULT_LANGUAGE

if TYPE_CHECKING:  # the database stack is imported once the window is shown (see ui.opening)
    from silvershop.database import Database
    from silvershop.security.permissions import Actor


@dataclass(frozen=True)
class Desk:
    database: Database
    data_folder: Path
    language: str = DEFAULT_LANGUAGE
    demo: bool = False
    # Who is signed in: the screens are built after sign-in, hide what this person may not use and act
    # as them in every service call. A new sign-in is a new Desk and new screens.
    actor: Actor | None = None
