"""The parts every kiosk page is made of: a heading, plain sentences, a line with its pictogram, a page
that scrolls under a finger, and the page itself, which knows what reading it aloud says.

Text is plain (no rich text): the CJK font's own line spacing (about 1.45) is what keeps lines apart,
and a label's text is what the read-aloud button reads.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from silvershop.ui.kiosk.pictograms import pictogram, pictogram_in

LINE_ICON_PX = 36
BUTTON_ICON_PX = 40
MARGIN = 32


def heading(text: str = "") -> QLabel:
    label = QLabel(text, objectName="kioskHeading", wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def section(text: str = "") -> QLabel:
    label = QLabel(text, objectName="kioskSection", wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def sentence(text: str = "", name: str = "") -> QLabel:
    """Plain text that wraps at any width (Chinese has no spaces to wrap at, Qt breaks anywhere)."""
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def button(text: str, stem: str = "", *, primary: bool = False) -> QPushButton:
    """A large button with its pictogram: dark blue on white, or white on the accent for the one thing
    a page is for."""
    made = QPushButton(text, objectName="primary" if primary else "")
    made.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a touch leaves no focus frame behind; Tab reaches it
    if stem:
        made.setIcon(QIcon(pictogram_in(stem, "#FFFFFF", BUTTON_ICON_PX)) if primary else pictogram(stem))
        made.setIconSize(QSize(BUTTON_ICON_PX, BUTTON_ICON_PX))
    return made


class IconLine(QWidget):
    """A pictogram and a sentence beside it: a fact said in words, with a picture, never by colour alone."""

    def __init__(self, stem: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.icon = QLabel()
        self.icon.setPixmap(pictogram(stem).pixmap(LINE_ICON_PX, LINE_ICON_PX))
        self.icon.setFixedSize(LINE_ICON_PX, LINE_ICON_PX)
        self.label = sentence(text)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def set(self, stem: str, text: str) -> None:
        self.icon.setPixmap(pictogram(stem).pixmap(LINE_ICON_PX, LINE_ICON_PX))
        self.label.setText(text)


def photo_pixmap(data: bytes | None, width: int, height: int) -> QPixmap | None:
    """A stored photo scaled smoothly to fit `width` × `height`; None without one, or when it cannot be
    read (the page then shows the pictogram, as for a product without a photo)."""
    if not data:
        return None
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return QPixmap.fromImage(
        image.scaled(
            width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    )


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a scroll area a finger drags (QScroller) and a wide scroll bar moves."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


def to_top(page: QWidget) -> None:
    """Every scroll area of `page` back at its top: a page shown afresh starts where it begins, not
    where the last visitor left it."""
    for area in page.findChildren(QScrollArea):
        area.verticalScrollBar().setValue(0)


def column(parent: QWidget | None = None, margin: int = MARGIN, spacing: int = 18) -> QVBoxLayout:
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(spacing)
    return layout


class KioskPage(QWidget):
    """One page of the kiosk: `spoken()` is what the read-aloud button says on it, its heading first."""

    def spoken(self) -> str:
        """Its labels in order; a label's accessible name where it has one (a name cut on screen)."""
        return "\n".join(
            label.accessibleName() or label.text()
            for label in self.findChildren(QLabel)
            if label.isVisibleTo(self)
            and label.text().strip()
            and label.textFormat() is Qt.TextFormat.PlainText
        )
