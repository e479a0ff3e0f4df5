"""Asking for the order of the matching products in a worker thread, so the window never waits on it.

Over 100,000 products a search or a sort by a column takes the database a tenth to a quarter of a
second; on the GUI thread that would swallow the keys typed meanwhile and freeze the scroll bar. One
worker runs the newest request only: a request still queued when a newer one comes is dropped, and
an answer to a request that has been overtaken is ignored (`generation`), so what is shown is always
the answer to what was asked last.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from silvershop.catalog.browse import SortColumn, product_ids
from silvershop.catalog.search import ProductFilter
from silvershop.errors import QT_TRANSLATE_NOOP, DatabaseError, SilvershopError
from silvershop.security.permissions import Actor

Reader = Callable[[], AbstractContextManager[Session]]
_UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "The catalogue could not be read just now ({reason}). Press F5 to try again."
)


class Answers(QObject):
    """Carries a worker's answer to the GUI thread: (generation, ids) or (generation, error)."""

    found = Signal(int, object)
    failed = Signal(int, object)


class _Request(QRunnable):
    def __init__(
        self,
        read: Reader,
        actor: Actor,
        wanted: ProductFilter,
        sort: SortColumn,
        descending: bool,
        generation: int,
        answers: Answers,
    ) -> None:
        super().__init__()
        self.read = read
        self.actor = actor
        self.wanted = wanted
        self.sort = sort
        self.descending = descending
        self.generation = generation
        self.answers = answers  # kept alive by this reference while the request runs

    def run(self) -> None:
        try:
            with self.read() as session:
                ids = product_ids(session, self.actor, self.wanted, self.sort, descending=self.descending)
        except SilvershopError as err:  # the database went away, or the actor lost the right to look
            self.answers.failed.emit(self.generation, err)
            return
        except DBAPIError as exc:  # a busy or vanished server: say so, rather than "Searching…" forever
            reason = str(exc.orig or exc).strip().splitlines()[0]
            self.answers.failed.emit(self.generation, DatabaseError(_UNREADABLE, reason=reason))
            return
        self.answers.found.emit(self.generation, ids)


class IdQueries(QObject):
    """One worker thread answering the newest request; its owner connects to `answers`."""

    def __init__(self, read: Reader, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self._actor = actor
        self.answers = Answers()
        self.generation = 0
        # A child of this object: deleting the model waits here for a query still running. That wait
        # must not hold Python's lock, which the worker needs to finish: from the event loop it does
        # not, but a window destroyed as the program ends would; so the program waits first, here.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)

    def ask(self, wanted: ProductFilter, sort: SortColumn, descending: bool) -> int:
        """Queue a request in place of any not yet started; returns its generation."""
        self.generation += 1
        self._pool.clear()
        self._pool.start(
            _Request(self._read, self._actor, wanted, sort, descending, self.generation, self.answers)
        )
        return self.generation

    def overtake(self) -> None:
        """Make every answer still to come out of date (an answer was just read on the GUI thread)."""
        self.generation += 1
        self._pool.clear()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def stop(self) -> None:
        """Drop what is queued and let what runs finish, with Python's lock released meanwhile."""
        self.overtake()
        self._pool.waitForDone()
