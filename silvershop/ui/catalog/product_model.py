"""The products table as a Qt model that reads only the pages a person looks at.

A city catalogue has up to 100,000 products; reading them all would take seconds and hundreds of
megabytes before the first row appears. The model instead holds the ordered list of matching ids
(`browse.product_ids`, one narrow query of integers) and reads the rows of a page, with its cover
thumbnails, in a short session the first time the view asks for a row on it. A few pages are kept,
least recently used first out, so scrolling back is instant and memory stays flat however far one
scrolls. Sorting asks the database for the ids again in the column's order, so every page agrees.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from sqlalchemy.orm import Session

from silvershop.catalog.browse import ProductRow, SortColumn, cover_thumbnails, product_ids, product_rows
from silvershop.catalog.search import ProductFilter
from silvershop.errors import SilvershopError
from silvershop.money import format_yuan
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.catalog import words
from silvershop.ui.catalog.id_query import IdQueries, Reader

AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
PAGES_KEPT = 12
THUMBNAIL = QSize(56, 42)  # 4:3, inside a 52 px row with room to breathe
ROW_HEIGHT = 52
PHOTO = 0  # the column of cover thumbnails

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class ProductColumn:
    title: str  # English source text, context "catalog"
    sort: SortColumn | None
    text: Callable[[ProductRow], str]
    align: Qt.AlignmentFlag = _LEFT
    width: int = 120  # the starting width in pixels; people may drag it


def _money(fen: int | None) -> str:
    return format_yuan(fen) or "–"


def _year(year: int | None) -> str:
    return str(year) if year is not None else "–"


# Starting widths fit the common case, not the longest: the codes (P-000123), models and brands are
# short, and a long name or category list is elided with the whole of it in the cell's tooltip. So at
# 1280 × 800 the columns a person looks a product up by, the enterprise included, are all in view.
COLUMNS: tuple[ProductColumn, ...] = (
    ProductColumn(words.PHOTO, None, lambda r: "", _CENTRE, THUMBNAIL.width() + 16),
    ProductColumn(words.CODE, SortColumn.CODE, lambda r: r.code, width=96),
    ProductColumn(words.NAME, SortColumn.NAME, lambda r: r.name, width=166),
    ProductColumn(words.MODEL, SortColumn.MODEL, lambda r: r.model, width=110),
    ProductColumn(words.BRAND, SortColumn.BRAND, lambda r: r.brand or "–", width=80),
    ProductColumn(words.ENTERPRISE, SortColumn.ENTERPRISE, lambda r: r.enterprise, width=200),
    ProductColumn(words.CATEGORIES, SortColumn.CATEGORIES, lambda r: r.categories or "–", width=160),
    ProductColumn(words.PRICE, SortColumn.PRICE, lambda r: _money(r.price_fen), _RIGHT, 120),
    ProductColumn(words.RENTABLE, SortColumn.RENTABLE, lambda r: words.rentable(r.rentable), width=100),
    ProductColumn(words.LISTING_YEAR, SortColumn.LISTING_YEAR, lambda r: _year(r.listing_year), _RIGHT, 90),
    ProductColumn(words.STATUS, SortColumn.STATUS, lambda r: vocabulary.word(r.status), width=80),
    ProductColumn(
        words.DISPLAY_COUNT,
        SortColumn.DISPLAY_COUNT,
        lambda r: vocabulary.number(r.display_count),
        _RIGHT,
        90,
    ),
)


@dataclass
class _Page:
    rows: list[ProductRow]
    covers: dict[int, QPixmap] = field(default_factory=dict)


def no_photo() -> QPixmap:
    """A faint outline of a picture where a product has no photo, so the column reads as "no photo
    yet" rather than as a picture that failed to load; the tooltip says it in words."""
    pixmap = QPixmap(THUMBNAIL)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#B4C0CC"), 1.5)
    painter.setPen(pen)
    side = min(THUMBNAIL.width(), THUMBNAIL.height()) * 0.6
    frame = QRectF(0, 0, side * 1.25, side)
    frame.moveCenter(QRectF(pixmap.rect()).center())
    painter.drawRoundedRect(frame, 3, 3)
    hills = QPolygonF(
        [
            QPointF(frame.left() + 2, frame.bottom() - 2),
            QPointF(frame.left() + frame.width() * 0.38, frame.top() + frame.height() * 0.45),
            QPointF(frame.left() + frame.width() * 0.6, frame.bottom() - frame.height() * 0.3),
            QPointF(frame.left() + frame.width() * 0.75, frame.top() + frame.height() * 0.6),
            QPointF(frame.right() - 2, frame.bottom() - 2),
        ]
    )
    painter.drawPolyline(hills)
    painter.drawEllipse(
        QPointF(frame.right() - frame.width() * 0.25, frame.top() + frame.height() * 0.3), 2.5, 2.5
    )
    painter.end()
    return pixmap


def cover_pixmap(jpeg: bytes) -> QPixmap | None:
    pixmap = QPixmap()
    if not pixmap.loadFromData(jpeg):
        return None
    return pixmap.scaled(
        THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class ProductTableModel(QAbstractTableModel):
    """Matching products in the chosen order, read a page at a time as the view needs them.

    `wanted` is the search and the filters; `sort_column` None is the default order, which is search
    rank while there is text and catalogue order without. The order is asked for in a worker thread
    (id_query.py) when the person searches, filters or sorts, and read at once on a refresh or after
    a change made here; `ids_ready` says a new order is shown, `failed` carries a refusal.
    `pages_read` counts the pages read since the last reset, so tests can see nothing more is read.
    """

    ids_ready = Signal()
    failed = Signal(object)

    def __init__(self, read: Reader, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self._actor = actor
        self._ids: list[int] = []
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._no_photo: QPixmap | None = None
        self._queries = IdQueries(read, actor, self)
        self._queries.answers.found.connect(self._found)
        self._queries.answers.failed.connect(self._failed)
        self._asked = 0  # the generation of the answer awaited; 0 when none is
        self._reported = False  # whether a page that could not be read has been reported
        self.wanted = ProductFilter()
        self.sort_column: int | None = None
        self.descending = False
        self.pages_read = 0

    # What is shown ---------------------------------------------------------------------------

    def set_filter(self, wanted: ProductFilter, session: Session | None = None) -> None:
        """Show the products matching `wanted`, read in `session` now, else asked of the worker.
        A new search text puts the best matches first."""
        if wanted.text != self.wanted.text and wanted.text:
            self.sort_column, self.descending = None, False
        self.wanted = wanted
        if session is None:
            self._ask()
        else:
            self.reload(session)

    def reload(self, session: Session | None = None) -> None:
        """Read the order again now (F5, or after a change made here) and forget the pages read."""
        self._queries.overtake()
        self._asked = 0
        if session is None:
            with self._read() as reading:
                ids = self._ids_from(reading)
        else:
            ids = self._ids_from(session)
        self._show(ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by `column`; a column that cannot be sorted (the photos), or -1, is the default order."""
        chosen = column if 0 <= column < len(COLUMNS) and COLUMNS[column].sort is not None else None
        descending = chosen is not None and order == Qt.SortOrder.DescendingOrder
        if (chosen, descending) == (self.sort_column, self.descending):
            return
        self.sort_column, self.descending = chosen, descending
        self._ask()

    def busy(self) -> bool:
        """Whether an order asked for has not arrived yet."""
        return self._asked != 0

    def _sort_key(self) -> SortColumn:
        sort = COLUMNS[self.sort_column].sort if self.sort_column is not None else None
        return sort or SortColumn.RELEVANCE

    def _ids_from(self, session: Session) -> list[int]:
        return product_ids(session, self._actor, self.wanted, self._sort_key(), descending=self.descending)

    def _ask(self) -> None:
        self._asked = self._queries.ask(self.wanted, self._sort_key(), self.descending)

    def _found(self, generation: int, ids: list[int]) -> None:
        if generation == self._asked:
            self._asked = 0
            self._show(ids)

    def _failed(self, generation: int, err: SilvershopError) -> None:
        if generation == self._asked:
            self._asked = 0
            self.failed.emit(err)

    def _show(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.pages_read = 0
        self._reported = False
        self.endResetModel()
        self.ids_ready.emit()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the worker to finish (tests, and closing the window)."""
        return self._queries.wait(msecs)

    def ids(self) -> Sequence[int]:
        return self._ids

    def row_of(self, product_id: int) -> int | None:
        try:
            return self._ids.index(product_id)
        except ValueError:
            return None

    def product(self, row: int) -> ProductRow | None:
        """The product on `row`, read with its page if need be; None past the end or if it is gone."""
        found = self._entry(row)
        return found[0] if found is not None else None

    def _entry(self, row: int) -> tuple[ProductRow, _Page] | None:
        if not 0 <= row < len(self._ids):
            return None
        page = self._page(row // PAGE_SIZE)
        offset, wanted = row % PAGE_SIZE, self._ids[row]
        if offset < len(page.rows) and page.rows[offset].id == wanted:
            return page.rows[offset], page
        # A product deleted since the ids were read leaves a gap on its page: look the row up by id.
        found = next((r for r in page.rows if r.id == wanted), None)
        return (found, page) if found is not None else None

    def _page(self, number: int) -> _Page:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        try:
            with self._read() as session:
                rows = product_rows(session, ids)
                jpegs = cover_thumbnails(session, [r.id for r in rows if r.has_image])
        except SilvershopError as err:  # the server went away: empty rows now, the reason after the paint
            if not self._reported:
                self._reported = True
                QTimer.singleShot(0, lambda refusal=err: self.failed.emit(refusal))
            return _Page([])
        covers = {pid: pixmap for pid, data in jpegs.items() if (pixmap := cover_pixmap(data)) is not None}
        page = self._pages[number] = _Page(rows, covers)
        self.pages_read += 1
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        return page

    def rows_in_memory(self) -> int:
        return sum(len(page.rows) for page in self._pages.values())

    # Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        found = self._entry(index.row())
        if found is None:
            return None
        row, page = found
        if index.column() == PHOTO:
            return self._photo(row, page, role)
        if role == Qt.ItemDataRole.DecorationRole:
            return None
        text = column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.sort is SortColumn.PRICE and row.rentable:
            return words.rent_tooltip(_money(row.monthly_rent_fen))
        return text

    def _photo(self, row: ProductRow, page: _Page, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            cover = page.covers.get(row.id)
            if cover is not None:
                return cover
            if self._no_photo is None:
                self._no_photo = no_photo()
            return self._no_photo
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return words.photo_state(row.has_image)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return words.column_title(COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return COLUMNS[section].align
        return None
