"""Start silvershop in this process and write down, at the first paint of its main window, what it had
loaded by then and what its status bar said; then end the process at once.

Usage: python -P first_paint_probe.py REPORT [silvershop ARG...]

REPORT receives {"modules": [the WATCHED modules already imported], "status": [the status bar's texts]}.
Exits 3 if silvershop ends without painting its window.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

WATCHED = ("sqlalchemy", "alembic", "cryptography", "silvershop.database")
NOT_PAINTED = 3


class FirstPaint(QObject):
    def __init__(self, report: Path) -> None:
        super().__init__()
        self._report = report

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            facts = {
                "modules": [name for name in WATCHED if name in sys.modules],
                "status": [label.text() for label in watched.statusBar().findChildren(QLabel)],
            }
            self._report.write_text(json.dumps(facts), encoding="utf-8")
            os._exit(0)
        return False


def main(report: Path, args: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    probe = FirstPaint(report)
    app.installEventFilter(probe)
    # Imported once the probe is in place: silvershop's own imports are part of what is watched.
    from silvershop.app import main as silvershop

    silvershop(args)
    return NOT_PAINTED


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2:]))
