"""The page a batch will print, as it will come out: every cell of the sheet drawn, the ones the batch
fills white and the others grey, so a half-used sheet is seen to start where its free labels do.

The page is painted by the same code that prints it (`labels.render.render_page`), at a resolution
that fits the widget, and painted again a moment after the last change rather than on every key.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from silvershop.labels.render import LabelJob, render_page
from silvershop.print_fonts import MM_PER_INCH
from silvershop.ui.theme import CARD_BORDER, MUTED, NAVIGATION
from silvershop.ui.vocabulary import number
from silvershop.ui.widgets.form_dialog import action_button
from silvershop.ui.widgets.screen import SPACING

SETTLE_MS = 150  # painted again once changes pause this long
SHARPNESS = 2  # painted at twice the size shown, then scaled down: small text stays legible
MIN_DPI, MAX_DPI = 48, 400
PAPER_MARGIN = 12


class PageCanvas(QWidget):
    """One page, scaled to fit and centred, on a grey desk so a label roll's edges show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.hint = ""  # said in the page's place while there is none
        self.setMinimumSize(220, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None) -> None:
        self.image = image
        self.update()

    def room(self) -> QSize:
        """The largest page the canvas shows whole."""
        return self.size().shrunkBy(QMargins(PAPER_MARGIN, PAPER_MARGIN, PAPER_MARGIN, PAPER_MARGIN))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(NAVIGATION))
        if self.image is not None and not self.image.isNull():
            shown = self.image.size().scaled(self.room(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                (self.width() - shown.width()) // 2,
                (self.height() - shown.height()) // 2,
                shown.width(),
                shown.height(),
            )
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, self.image)
            painter.setPen(QColor(CARD_BORDER))
            painter.drawRect(target.adjusted(0, 0, -1, -1))
        elif self.hint:
            painter.setPen(QColor(MUTED))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(24, 24, -24, -24), flags, self.hint)
        painter.end()


class LabelPreview(QWidget):
    """The chosen page of `job` with Previous and Next; nothing while there is no good batch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: LabelJob | None = None
        self.page = 0
        self.canvas = PageCanvas()
        self.canvas.setAccessibleName(self.tr("Preview of the labels"))
        self.canvas.hint = self.tr("The page appears here as it will be printed.")
        self.previous_button = action_button(self.tr("◀ Previous"))
        self.next_button = action_button(self.tr("Next ▶"))
        self.previous_button.setToolTip(self.tr("The previous page"))
        self.next_button.setToolTip(self.tr("The next page"))
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.where = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.pause = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.pause.timeout.connect(self.paint_now)
        pages = QHBoxLayout()
        pages.setSpacing(SPACING // 2)
        pages.addWidget(self.previous_button)
        pages.addWidget(self.where, 1)
        pages.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(pages)
        self._update_pages()

    def set_job(self, job: LabelJob | None) -> None:
        """Show `job` (already checked), from its first page when it is another batch's."""
        if job is None or self.job is None or job.preset != self.job.preset:
            self.page = 0
        self.job = job
        self.page = min(self.page, max(job.pages - 1, 0) if job is not None else 0)
        self._update_pages()
        if job is None:
            self.paint_now()  # nothing to paint: the last batch's page must not stay in view
        else:
            self.pause.start()

    def show_page(self, page: int) -> None:
        if self.job is None or not 0 <= page < self.job.pages:
            return
        self.page = page
        self._update_pages()
        self.pause.start()

    def paint_now(self) -> None:
        """Paint the page at once (a test, or the pause after the last change)."""
        self.pause.stop()
        if self.job is None:
            self.canvas.set_image(None)
            return
        self.canvas.set_image(render_page(self.job, self.page, self._dpi(), outlines=True, mono=False))

    def _dpi(self) -> int:
        """What makes the page as large as the canvas shows it, times `SHARPNESS`, on this screen."""
        assert self.job is not None
        room = self.canvas.room()
        preset = self.job.preset
        fit = min(
            room.width() / (preset.page_width_mm / MM_PER_INCH),
            room.height() / (preset.page_height_mm / MM_PER_INCH),
        )
        return max(MIN_DPI, min(MAX_DPI, round(fit * self.devicePixelRatioF() * SHARPNESS)))

    def _update_pages(self) -> None:
        pages = self.job.pages if self.job is not None else 0
        self.where.setText(
            self.tr("Page {page} of {pages}").format(page=number(self.page + 1), pages=number(pages))
            if pages
            else ""
        )
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page + 1 < pages)
        self.previous_button.setVisible(pages > 1)
        self.next_button.setVisible(pages > 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.job is not None:
            self.pause.start()
