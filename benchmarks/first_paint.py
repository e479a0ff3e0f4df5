"""Run a GUI program in this process and end it at the first paint of its main window.

Usage: python first_paint.py silvershop [ARG...]   runs silvershop.app.main([ARG...])
       python first_paint.py SCRIPT [ARG...]       runs the Python script SCRIPT with its arguments

Whatever the program, the instrumentation is the same, so what one program costs beyond another is its
own: this runner creates the QApplication (the program reuses it through `QApplication.instance()`)
and installs an application-wide event filter that ends the process, exit status 0, at the first Paint
event a QMainWindow receives: the moment the window is drawn and a person could see it. A program that
ends without painting a main window exits 3.
"""

from __future__ import annotations

import os
import runpy
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

NOT_PAINTED = 3


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)  # now, without the program's own clean-up, which is not part of the wait
        return False


def main(program: str, args: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    probe = FirstPaint()
    app.installEventFilter(probe)
    try:
        if program == "silvershop":
            from silvershop.app import main as silvershop  # here, so the other programs do not pay for it

            silvershop(args)
        else:
            sys.argv = [program, *args]
            runpy.run_path(program, run_name="__main__")
    except SystemExit:
        pass
    print(f"{program} ended without painting a main window", file=sys.stderr)
    return NOT_PAINTED


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__.split("\n\n")[1])
    sys.exit(main(sys.argv[1], sys.argv[2:]))
