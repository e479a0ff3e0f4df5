"""A one-line label whose long part (a database's address, a file's path) is cut in the middle to fit.

A path as long as where the file lies would otherwise push the status bar's other words off the window
(elder mode at 1280 px) or be cut off at its end, where the file's own name is. Cut in the middle, both
ends stay readable; the whole words are in the tooltip and are what a screen reader says.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """`before`, `part` and `after` on one line, `part` cut in the middle with "…" where the label is
    narrower than the whole; it asks for room for the whole, and needs only room for the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # an address may hold "<"
        self._before = self._part = self._after = ""

    def set_words(self, before: str, part: str, after: str = "") -> None:
        self._before, self._part, self._after = before, part, after
        whole = self.whole()
        self.setToolTip(whole)
        self.setAccessibleName(whole)
        self._elide()
        self.updateGeometry()

    def whole(self) -> str:
        """The words uncut."""
        return self._before + self._part + self._after

    def sizeHint(self) -> QSize:
        return self._fitting(super().sizeHint(), self.whole())

    def minimumSizeHint(self) -> QSize:
        return self._fitting(super().minimumSizeHint(), self._before + "…" + self._after)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        """Elder mode changes the font: the words are cut again for its size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()
            self.updateGeometry()

    def _fitting(self, shown: QSize, words: str) -> QSize:
        """What QLabel asks for the words it shows (`shown`), for `words` instead: the same margins
        and padding around them, so the label stands where a QLabel of the whole words would."""
        metrics = self.fontMetrics()
        around = shown.width() - metrics.horizontalAdvance(self.text())
        return QSize(around + metrics.horizontalAdvance(words), shown.height())

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - 2 * self.margin()
        room -= metrics.horizontalAdvance(self._before + self._after)
        part = metrics.elidedText(self._part, Qt.TextElideMode.ElideMiddle, max(0, room))
        super().setText(self._before + part + self._after)
