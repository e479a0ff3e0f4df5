"""The baseline of the GUI benchmarks: the least a PySide6 program does to show a window and render it.

With PNG it does the same visible work as `silvershop --screenshot`: create the application, show a main
window of the same size, grab it into a PNG, exit. Without PNG it shows the window and runs the event
loop, as silvershop does, until first_paint.py ends it. What silvershop costs beyond this is its own.

Usage: python bare_window.py WIDTH HEIGHT [PNG]
"""

from __future__ import annotations

import sys
from typing import cast

from PySide6.QtWidgets import QApplication, QMainWindow


def main(width: int, height: int, png: str | None) -> int:
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    window = QMainWindow()
    window.resize(width, height)
    window.show()
    if png is None:
        return app.exec()
    app.processEvents()
    return 0 if window.grab().save(png, "PNG") else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None))
