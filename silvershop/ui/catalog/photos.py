"""A product's photos in its edit dialog: added, removed and the cover chosen with the rest of the
form, and saved with it when the person presses Save.

Keeping the photos' changes until Save means Cancel takes them back like every other field, and a
new product can have its photos before it exists: they are written right after it, in the same
transaction, so a refused photo stores nothing at all. The first photo is the cover the catalogue
shows, and the list says so in words on it.

A photo waiting to be saved is previewed upright, as it will be stored: phones save portraits
sideways and say so only in the EXIF orientation, which the service applies (catalog/images.py) and
the preview must too. When Save refuses one of several new photos, the sentence names its file and
its tile says so in words, so the person knows which one to take out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImageIOHandler, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.catalog.images import FIELD, ImageView, add_image, make_cover, remove_image
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError, ValidationError
from silvershop.i18n import translate
from silvershop.security.permissions import Actor
from silvershop.ui.catalog.product_model import no_photo
from silvershop.ui.widgets.form_dialog import action_button

ICON = QSize(160, 120)
PATTERNS = "*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP"
REFUSED_TILE = "#FDECEC"  # the message bar's error colour; the tile's words say it too
_NAMED = QT_TRANSLATE_NOOP("catalog", "{file}: {reason}")


def choose_photo_files(parent: QWidget) -> list[Path]:
    """The photo files a person picks (JPEG, PNG or WebP); none when they cancel."""
    title = translate("catalog", QT_TRANSLATE_NOOP("catalog", "Add photos of the product"))
    kinds = translate("catalog", QT_TRANSLATE_NOOP("catalog", "Photos (JPEG, PNG, WebP)"))
    names, _filter = QFileDialog.getOpenFileNames(parent, title, "", f"{kinds} ({PATTERNS})")
    return [Path(name) for name in names]


def read_photo(path: Path) -> bytes:
    """The file's bytes, or a refusal under the photos when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the photo {path} ({reason}); check the file name."),
            field="image",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None


class PhotoRefused(ValidationError):
    """Save's refusal of one new photo, named by its file ("corrupt.jpg: the photo file is
    damaged…"): with several chosen, the service's sentence alone would leave the person guessing."""

    def __init__(self, name: str, cause: SilvershopError) -> None:
        super().__init__(_NAMED, field=cause.field or FIELD, file=name, reason=str(cause))
        self.cause = cause

    def localized(self) -> str:
        return translate("catalog", _NAMED).format(file=self.params["file"], reason=self.cause.localized())


@dataclass(frozen=True)
class Photo:
    """A photo in the list: one stored already (`image_id`), or one chosen here to be added.
    `refused` is why the last Save could not take it, in the person's language."""

    image_id: int | None
    data: bytes | None
    name: str
    pixmap: QPixmap
    refused: str = ""


class PhotosPanel(QWidget):
    """The photos as thumbnails, first the cover, with Add, Remove and Make cover; `refused` carries
    the error of a file that could not be read, for the dialog to show under the photos."""

    refused = Signal(object)

    def __init__(self, images: Sequence[ImageView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photos: list[Photo] = [
            Photo(image.id, None, "", _thumbnail(image.thumbnail)) for image in images
        ]
        self._stored_cover = images[0].id if images else None
        self._removed: list[int] = []
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(ICON)
        self.list.setGridSize(QSize(ICON.width() + 24, ICON.height() + 44))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWrapping(True)
        self.list.setMinimumHeight(ICON.height() + 60)
        self.list.setAccessibleName(self.tr("Photos"))
        self.list.currentRowChanged.connect(self._sync)
        self.add_button = action_button(self.tr("Add photos…"))
        self.remove_button = action_button(self.tr("Remove"))
        self.cover_button = action_button(self.tr("Make cover"))
        self.add_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self.cover_button.clicked.connect(self.make_cover)
        self.note = QLabel(
            self.tr(
                "The first photo is the cover the catalogue shows. JPEG, PNG or WebP; large photos are "
                "reduced to 1600 pixels. Changes to the photos are saved with the product when you "
                "press Save."
            ),
            objectName="note",
            wordWrap=True,
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.add_button, self.remove_button, self.cover_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        self.setFocusProxy(self.add_button)
        self._show()

    # Changing the list ------------------------------------------------------------------------

    def choose(self) -> None:
        self.add_files(choose_photo_files(self))

    def add_files(self, paths: Sequence[Path]) -> None:
        """Add the files to the list; one that cannot be read is refused under the photos."""
        for path in paths:
            try:
                data = read_photo(path)
            except SilvershopError as err:
                self.refused.emit(err)
                continue
            self._photos.append(Photo(None, data, path.name, _thumbnail(data)))
        self._show(len(self._photos) - 1)

    def remove(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._photos):
            return
        photo = self._photos.pop(row)
        if photo.image_id is not None:
            self._removed.append(photo.image_id)
        self._show(min(row, len(self._photos) - 1))

    def make_cover(self) -> None:
        row = self.list.currentRow()
        if 0 < row < len(self._photos):
            self._photos.insert(0, self._photos.pop(row))
            self._show(0)

    def _show(self, current: int = -1) -> None:
        self.list.clear()
        for position, photo in enumerate(self._photos):
            if photo.refused:
                caption = self.tr("⚠ Cannot be used")
            elif position == 0:
                caption = self.tr("★ Cover") if photo.image_id is not None else self.tr("★ Cover (new)")
            elif photo.image_id is None:
                caption = self.tr("New photo")
            else:
                caption = self.tr("Photo {number}").format(number=position + 1)
            item = QListWidgetItem(photo.pixmap, caption)
            item.setToolTip(
                translate("catalog", _NAMED).format(file=photo.name, reason=photo.refused)
                if photo.refused
                else photo.name or caption
            )
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            if photo.refused:
                item.setBackground(QBrush(QColor(REFUSED_TILE)))
            self.list.addItem(item)
        if self._photos:
            self.list.setCurrentRow(max(0, current))
        self._sync()

    def _sync(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(0 <= row < len(self._photos))
        self.cover_button.setEnabled(0 < row < len(self._photos))

    # Saving ----------------------------------------------------------------------------------

    def photos(self) -> tuple[Photo, ...]:
        return tuple(self._photos)

    def changed(self) -> bool:
        order = [p.image_id for p in self._photos]
        return bool(self._removed) or None in order or (order[:1] != [self._stored_cover] and bool(order))

    def save(self, session: Session, actor: Actor, product_id: int) -> None:
        """Write the changes for `product_id` in the caller's transaction: removals, additions, cover.

        A photo the service refuses does not stop the others from being tried, so every one that
        cannot be used is marked at once; then the first is raised, naming its file, and the caller's
        transaction stores nothing.
        """
        for image_id in self._removed:
            remove_image(session, actor, image_id)
        ids: list[int] = []
        refusals: list[PhotoRefused] = []
        checked: list[Photo] = []
        for photo in self._photos:
            if photo.image_id is not None:
                ids.append(photo.image_id)
                checked.append(photo)
                continue
            try:
                ids.append(add_image(session, actor, product_id, photo.data or b"", photo.name).id)
            except ValidationError as err:
                if err.field != FIELD:
                    raise
                refusals.append(PhotoRefused(photo.name, err))
                checked.append(replace(photo, refused=err.localized()))
            else:
                checked.append(replace(photo, refused=""))
        if refusals:
            self._photos = checked
            self._show(next(row for row, photo in enumerate(checked) if photo.refused))
            raise refusals[0]
        if ids and ids[0] != self._stored_cover:
            make_cover(session, actor, ids[0])


def _thumbnail(data: bytes) -> QPixmap:
    """The photo at tile size, turned upright by its EXIF orientation as the service will store it.

    Decoded at about the tile's size where the format allows (JPEG does), so a dozen 12-megapixel
    phone photos are previewed without a pause.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        sideways = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
        box = ICON.transposed() if sideways else ICON
        if size.width() > 2 * box.width() or size.height() > 2 * box.height():
            reader.setScaledSize(size.scaled(box * 2, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return no_photo()
    return QPixmap.fromImage(image).scaled(
        ICON, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
