"""The headless commands of `silvershop-cli`, one module per part of the domain.

Each module adds its sub-commands to the parser in `register(subparsers)` and gives each a handler
that takes the parsed arguments and a `Context` and returns an `Outcome`; `silvershop.cli` owns
the output format, the exit codes and the turning of errors into sentences.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from silvershop.database import Database, open_database


@dataclass
class Outcome:
    """What a command did: `data` for --json, `text` for people, exit 1 for partial success."""

    data: Any
    text: str
    exit_code: int = 0


class Context:
    """What every command may need, opened only when it is first asked for."""

    def __init__(self, db_url: str | None) -> None:
        self.db_url = db_url
        self._database: Database | None = None

    @property
    def database(self) -> Database:
        if self._database is None:
            self._database = open_database(self.db_url)
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.close()


Handler = Callable[[argparse.Namespace, Context], Outcome]
