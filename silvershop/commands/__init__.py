"""The headless commands of `silvershop-cli`, one module per part of the domain.

Each module adds its sub-commands to the parser in `register(subparsers)` and gives each a handler
that takes the parsed arguments and a `Context` and returns an `Outcome`; `silvershop.cli` owns
the output format, the exit codes and the turning of errors into sentences.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from silvershop.database import Database, open_database
from silvershop.errors import QT_TRANSLATE_NOOP, ValidationError
from silvershop.security.permissions import Actor

PASSWORD_ENV = "SILVERSHOP_PASSWORD"


@dataclass
class Outcome:
    """What a command did: `data` for --json, `text` for people, exit 1 for partial success."""

    data: Any
    text: str
    exit_code: int = 0


class Context:
    """What every command may need, opened only when it is first asked for."""

    def __init__(self, db_url: str | None, acting_user: str | None = None) -> None:
        self.db_url = db_url
        self.acting_user = acting_user
        self._database: Database | None = None
        self._actor: Actor | None = None

    @property
    def database(self) -> Database:
        if self._database is None:
            self._database = open_database(self.db_url)
        return self._database

    def read_secret(self, what: str = "", *, missing: str | None = None) -> str:
        """The next line of standard input: passwords never go on the command line, where other
        users of the PC could read them in the process list.

        `missing` is the whole sentence to refuse with when there is no line, marked for
        translation as one piece; without it, `what` (already translated) fills a general one.
        """
        line = sys.stdin.readline()
        if not line:
            if missing is not None:
                raise ValidationError(missing, field="password")
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give {what} on standard input (one line)."),
                field="password",
                what=what,
            )
        return line.rstrip("\r\n")

    @property
    def actor(self) -> Actor:
        """The person named by --as, logged in with SILVERSHOP_PASSWORD or the first line of stdin."""
        if self._actor is None:
            from silvershop.security.login import login

            if not self.acting_user:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Say who is acting with --as USER, so the audit log names a person."
                    ),
                    field="as",
                )
            password = os.environ.get(PASSWORD_ENV) or self.read_secret(
                missing=QT_TRANSLATE_NOOP(
                    "errors",
                    "Give the password of the --as user on standard input (one line), "
                    "or set SILVERSHOP_PASSWORD.",
                ),
            )
            self._actor = login(self.database.sessions, self.acting_user, password)
        return self._actor

    def close(self) -> None:
        if self._database is not None:
            self._database.close()


Handler = Callable[[argparse.Namespace, Context], Outcome]


_PAINTING: list[object] = []  # the QGuiApplication painting needs, kept until the process ends


def start_painting() -> None:
    """Make the QGuiApplication that painting a PDF needs, only when a command paints one: the other
    commands start without Qt's GUI. On Linux it is the offscreen one, which needs no display (a PDF
    is not shown) and still finds the system's Chinese fonts through fontconfig."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _PAINTING.append(QGuiApplication(["silvershop-cli"]))
