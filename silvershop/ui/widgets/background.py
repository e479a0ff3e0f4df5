"""Worker threads held until they end, whatever happens to the window that started them.

A dialog closed under a running worker (the person signed out, the window locked) must not destroy
the thread while it runs; and a thread must not outlive the application, so quitting asks it to stop
and waits for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread

_RUNNING: set[QThread] = set()


def start_held(worker: QThread, stop: Callable[[], None]) -> None:
    """Start `worker`, held here until it has finished; `stop` (cancel and wait) runs on quitting."""
    _RUNNING.add(worker)
    worker.finished.connect(worker.deleteLater)
    worker.destroyed.connect(lambda: _RUNNING.discard(worker))
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(stop)
    worker.start()
