"""The preset dialog's live preview: one label carrying a sample product, and for a sheet the whole
page scaled down, painted by the same code that prints them, so what is seen is what comes out.

The sample fills every field a preset may choose, with a long Chinese name, so a label too small
for real catalogue entries shows it here rather than on the first batch.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from silvershop.i18n import translate
from silvershop.labels.models import LabelField, MediaKind
from silvershop.labels.payloads import Payload, PayloadKind
from silvershop.labels.placement import MAX_COPIES
from silvershop.labels.presets import PresetSpec
from silvershop.labels.records import LabelItem
from silvershop.labels.render import LabelJob, render_page
from silvershop.money import format_yuan
from silvershop.print_fonts import MM_PER_INCH

LABEL_BOX = QSize(300, 190)  # the most room one label takes on screen, in pixels
SHEET_BOX = QSize(220, 300)
OVERSAMPLE = 2  # painted finer than shown, then smoothed down, so small print stays legible
MIN_DPI = 150  # below this the QR code's modules come out uneven before smoothing
MAX_DPI = 600
SAMPLE_CODE = "P-000123"


def one_label(preset: PresetSpec) -> PresetSpec:
    """The preset's label alone on a page of its size: what one label of a sheet looks like."""
    return replace(
        preset,
        page_width_mm=preset.label_width_mm,
        page_height_mm=preset.label_height_mm,
        columns=1,
        rows=1,
        margin_left_mm=0.0,
        margin_top_mm=0.0,
        gap_x_mm=0.0,
        gap_y_mm=0.0,
    )


def sample_item() -> LabelItem:
    """A product with every field filled. Catalogue entries are Chinese whatever the desk's language,
    so the sample's name, centre and location are too; the rent line is the one labels print."""
    return LabelItem(
        PayloadKind.PRODUCT,
        SAMPLE_CODE,
        Payload(PayloadKind.PRODUCT, SAMPLE_CODE).text(),
        {
            LabelField.NAME: "电动护理床（三功能）",
            LabelField.MODEL: "HB-3F",
            LabelField.CODE: SAMPLE_CODE,
            LabelField.ASSET_TAG: "LX01-00007",
            LabelField.CENTRE: "梁溪区适老生活体验中心",
            LabelField.LOCATION: "A1 展示区",
            LabelField.PRICE: format_yuan(328_000),
            LabelField.RENT: translate("labels", "Rent {amount}/month").format(amount=format_yuan(15_000)),
        },
    )


class PresetPreview(QWidget):
    """The pictures of a preset, or nothing while the preset cannot be printed (the dialog says why
    under the field to correct). `label_image` is the label last shown, as painted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label_caption = QLabel(self.tr("One label, with a sample product"), objectName="note")
        self.label_view = QLabel()
        self.sheet_caption = QLabel(objectName="note", wordWrap=True)
        self.sheet_view = QLabel()
        self.sentence = QLabel(objectName="note", wordWrap=True)
        self.sentence.hide()
        for view in (self.label_view, self.sheet_view):
            view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label_view.setMinimumSize(LABEL_BOX.width(), 80)
        self.setMinimumWidth(LABEL_BOX.width())  # the columns stay put while there is no picture
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (
            self.label_caption,
            self.label_view,
            self.sheet_caption,
            self.sheet_view,
            self.sentence,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.label_image = QImage()

    def show_preset(self, preset: PresetSpec) -> None:
        """Paint `preset`, which `check_preset` has passed; a SilvershopError when the sample's lines or
        QR code do not fit its label."""
        sample = sample_item()
        single = one_label(preset)
        dpi = self._dpi(single, LABEL_BOX, MIN_DPI)
        self.label_image = render_page(LabelJob(single, [sample]), 0, dpi, outlines=True, mono=False)
        self.label_view.setPixmap(self._shown(self.label_image, single, LABEL_BOX))
        sheet = preset.media is MediaKind.SHEET
        if sheet:
            job = LabelJob(preset, [sample], copies=min(preset.per_page, MAX_COPIES))
            image = render_page(job, 0, self._dpi(preset, SHEET_BOX, 1), outlines=True, mono=False)
            self.sheet_view.setPixmap(self._shown(image, preset, SHEET_BOX))
            self.sheet_caption.setText(
                self.tr("The whole sheet: {columns} × {rows} labels").format(
                    columns=preset.columns, rows=preset.rows
                )
            )
        for widget in (self.label_caption, self.label_view):
            widget.show()
        for widget in (self.sheet_caption, self.sheet_view):
            widget.setVisible(sheet)
        self.sentence.hide()

    def blank(self, sentence: str) -> None:
        """No pictures; `sentence` (if any) in their place."""
        for widget in (self.label_caption, self.label_view, self.sheet_caption, self.sheet_view):
            widget.hide()
        self.label_image = QImage()
        self.sentence.setText(sentence)
        self.sentence.setVisible(bool(sentence))

    def _scale(self, preset: PresetSpec, box: QSize) -> float:
        """Screen pixels to a millimetre that fit the page in `box`."""
        return min(box.width() / preset.page_width_mm, box.height() / preset.page_height_mm)

    def _dpi(self, preset: PresetSpec, box: QSize, least: int) -> int:
        """Fine enough for `box` on this screen, and at least `least`: one label's QR code is drawn
        at MIN_DPI or finer, a whole sheet only as fine as it is shown."""
        wanted = self._scale(preset, box) * self.devicePixelRatioF() * OVERSAMPLE * MM_PER_INCH
        return max(least, min(MAX_DPI, round(wanted)))

    def _shown(self, image: QImage, preset: PresetSpec, box: QSize) -> QPixmap:
        ratio = self.devicePixelRatioF()
        scale = self._scale(preset, box) * ratio
        size = QSize(
            max(1, round(preset.page_width_mm * scale)), max(1, round(preset.page_height_mm * scale))
        )
        shown = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        shown.setDevicePixelRatio(ratio)
        return QPixmap.fromImage(shown)
