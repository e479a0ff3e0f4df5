"""Regression guard for PySide6 6.12.0 under Python 3.11 (see DESIGN.md, "Dependencies worth knowing").

That release drops one reference to None on every call of a Qt method that returns nothing; after a
few thousand calls the interpreter aborts with "Fatal Python error: none_dealloc". Our version pin
excludes it; this test fails (or crashes) if a future pin lets a release with the same fault in.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLabel

CALLS = 20_000


def test_void_qt_methods_do_not_consume_references_to_none(qapp: QApplication) -> None:
    label = QLabel()
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    pen = QPen(QColor("black"))
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for i in range(CALLS):
            label.setText("x" if i % 2 else "y")
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            painter.setPen(pen)
            painter.drawPoint(i % 32, i % 32)
        after = sys.getrefcount(None)
    finally:
        painter.end()
    # Four void calls per round: a leaking binding would be short by 80,000 references.
    assert after >= before - 100, f"None lost {before - after} references over {4 * CALLS} void calls"
