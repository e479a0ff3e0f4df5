"""Headline figures: one large number with the words that say what it counts."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from silvershop.ui.widgets.screen import SPACING


class Figure(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="figure")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(2)
        self.value = QLabel("–", objectName="figureValue")
        self.caption = QLabel(caption, objectName="figureCaption", wordWrap=True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self._sync_accessible_name()

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self._sync_accessible_name()

    def _sync_accessible_name(self) -> None:
        # A screen reader reads "Products: 400", not two unrelated labels.
        self.setAccessibleName(f"{self.caption.text()}: {self.value.text()}")


class FigureGrid(QWidget):
    """Figures in rows of `per_row`, all the same width."""

    def __init__(self, captions: list[str], per_row: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.figures = [Figure(caption) for caption in captions]
        for i, figure in enumerate(self.figures):
            layout.addWidget(figure, i // per_row, i % per_row)
        for col in range(min(per_row, len(captions))):
            layout.setColumnStretch(col, 1)

    def set_values(self, *texts: str) -> None:
        for figure, text in zip(self.figures, texts, strict=True):
            figure.set_value(text)
