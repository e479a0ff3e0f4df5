"""Filling a fresh database with demonstration data off the GUI thread, with progress and Cancel.

The generator runs in one transaction in a worker thread; Cancel makes its next progress report
answer "stop", the generator raises and the transaction rolls back, so the database is left with its
reference data only. The window stays responsive throughout (DESIGN rule 4).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from silvershop.errors import SilvershopError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


class DemoWorker(QThread):
    """Runs `silvershop.demo.generate`; exactly one of succeeded, failed or cancelled is emitted,
    unless the generator itself crashes, which `finished` without an outcome tells."""

    progressed = Signal(int, int)
    succeeded = Signal(dict)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, sessions: sessionmaker[Session], products: int, seed: int = 1) -> None:
        super().__init__()
        self._sessions = sessions
        self._products = products
        self._seed = seed
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        # Loaded here, in the worker, only when demo data is asked for; this module is imported by the
        # start-up code, before the database stack.
        from silvershop.db.session import transaction
        from silvershop.demo import generate
        from silvershop.security.vault import open_vault

        try:
            with transaction(self._sessions) as session:
                counts = generate(
                    session,
                    products=self._products,
                    seed=self._seed,
                    vault=open_vault(session),
                    progress=self._progress,
                )
        except SilvershopError as err:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(err.localized())
            return
        self.succeeded.emit(counts)


class ProgressDialog(QDialog):
    """Progress with a Cancel button; closing the dialog asks to cancel too, it never hides the work."""

    cancel_requested = Signal()

    def __init__(self, products: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Demo data"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        self.label = QLabel(
            self.tr("Making a demonstration database with {count} products…").format(count=products),
            wordWrap=True,
        )
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.request_cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def request_cancel(self) -> None:
        if not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping; nothing of the demo data will be kept…"))
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc
        self.request_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.request_cancel()


class DemoFill(QObject):
    """One filling of the demo database. `done(outcome, sentence)` tells how it ended:
    "filled", "cancelled" or "failed", with a sentence for people."""

    done = Signal(str, str)

    def __init__(self, sessions: sessionmaker[Session], products: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = DemoWorker(sessions, products)
        self.dialog = ProgressDialog(products, parent)
        self._outcome: tuple[str, str] | None = None
        self.dialog.cancel_requested.connect(self.worker.cancel)
        self.worker.progressed.connect(self.dialog.show_progress)
        self.worker.succeeded.connect(self._filled)
        self.worker.cancelled.connect(
            lambda: self._end(
                "cancelled",
                self.tr("Demo data was cancelled; the database holds only the reference data."),
            )
        )
        self.worker.failed.connect(lambda sentence: self._end("failed", sentence))
        self.worker.finished.connect(self._finished)

    def start(self) -> None:
        self.dialog.show()
        self.worker.start()

    def stop(self) -> None:
        """Cancel and wait for the worker, so the app can quit with nothing half-written."""
        self.worker.cancel()
        self.worker.wait()

    def _filled(self, counts: dict[str, int]) -> None:
        products = counts.get("products", 0)
        self._end("filled", self.tr("Demo data ready: {count} products.").format(count=products))

    def _end(self, outcome: str, sentence: str) -> None:
        self._outcome = (outcome, sentence)

    def _finished(self) -> None:
        self.dialog.hide()
        outcome = self._outcome or (
            "failed",
            self.tr("The demo data could not be made because of an error in silvershop; nothing was saved."),
        )
        self.done.emit(*outcome)
