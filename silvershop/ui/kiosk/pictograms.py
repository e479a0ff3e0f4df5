"""The kiosk's pictograms (resources/icons/kiosk), looked up by the stems the kiosk's pages name.

The domain names a picture for each tile and each product without a photo ("on_show", "category-P02");
a stem with no drawing of its own (a category code added to the scheme later) falls back on the generic
"category", so a new code never leaves a tile blank.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

GENERIC = "category"
STROKE = "#1F3A5F"


def pictogram_path(stem: str) -> Path:
    folder = Path(str(resources.files("silvershop.resources") / "icons" / "kiosk"))
    path = folder / f"{stem}.svg"
    return path if path.is_file() else folder / f"{GENERIC}.svg"


def pictogram(stem: str) -> QIcon:
    """The drawing for `stem`, in the kiosk's dark blue."""
    return QIcon(str(pictogram_path(stem)))


@cache
def _drawing(stem: str, colour: str) -> QByteArray:
    text = pictogram_path(stem).read_text(encoding="utf-8").replace(STROKE, colour)
    return QByteArray(text.encode("utf-8"))


def pictogram_in(stem: str, colour: str, size: int) -> QPixmap:
    """The drawing for `stem` stroked in `colour` (white on a primary button), `size` px square."""
    ratio = 2.0  # sharp on a high-density screen too; Qt scales it down elsewhere
    pixmap = QPixmap(QSize(size, size) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(_drawing(stem, colour)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap
