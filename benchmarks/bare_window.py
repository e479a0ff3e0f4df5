"""The baseline of the GUI benchmarks: the least a PySide6 program does to show a window and render it.

It does the same visible work as `silvershop --screenshot`: create the application, show a main window
of the same size, grab it into a PNG, exit. What silvershop costs beyond this is silvershop's own.

Usage: python bare_window.py PNG WIDTH HEIGHT
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def main(png: str, width: int, height: int) -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(width, height)
    window.show()
    app.processEvents()
    return 0 if window.grab().save(png, "PNG") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
