"""Photos in the product dialog as a person adds them from a phone: previewed upright, and a file
that cannot be used named and marked, with nothing stored until every photo can be."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from silvershop.catalog.models import Product, ProductImage
from silvershop.database import Database
from tests.ui.test_catalog_dialogs import count, fill_new, photo_file, product_dialog, stored
from tests.ui.test_catalog_screen import keep_alive  # noqa: F401 - an autouse fixture, used here too
from tests.ui.test_settings_users import error_under

EXIF_ORIENTATION = 0x0112
ROTATE_90_CLOCKWISE = 6  # what a phone held upright writes for a portrait stored sideways


def sideways_phone_photo(folder: Path) -> Path:
    """A landscape JPEG, red on the left and blue on the right, that says it is to be turned a quarter
    clockwise: upright it is a portrait, red on top."""
    picture = Image.new("RGB", (640, 480), "red")
    picture.paste((0, 0, 255), (320, 0, 640, 480))
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = ROTATE_90_CLOCKWISE
    path = folder / "IMG_0001.jpg"
    picture.save(path, "JPEG", exif=exif.tobytes())
    return path


def damaged_photo(folder: Path, name: str = "corrupt.jpg") -> Path:
    """A JPEG cut off halfway, as a copy interrupted in the middle leaves it."""
    whole = BytesIO()
    Image.new("RGB", (640, 480), "green").save(whole, "JPEG")
    path = folder / name
    path.write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])
    return path


def test_a_phone_photo_waiting_to_be_saved_is_previewed_upright(
    qtbot: QtBot, demo_database: Database, english: None, tmp_path: Path
) -> None:
    dialog = product_dialog(qtbot, demo_database)
    dialog.photos.add_files([sideways_phone_photo(tmp_path)])
    [photo] = dialog.photos.photos()
    preview = photo.pixmap.toImage()
    assert preview.height() > preview.width(), "a portrait, as it will be stored"
    top = preview.pixelColor(preview.width() // 2, 4)
    bottom = preview.pixelColor(preview.width() // 2, preview.height() - 4)
    assert top.red() > 200 > top.blue(), "the left of the sensor is the top of the photo"
    assert bottom.blue() > 200 > bottom.red()
    tile = dialog.photos.list.item(0).icon().pixmap(200, 200)
    assert tile.height() > tile.width()


def test_a_damaged_photo_among_several_is_named_and_marked_and_nothing_is_stored(
    qtbot: QtBot, demo_database: Database, english: None, tmp_path: Path
) -> None:
    before = (count(demo_database, Product), count(demo_database, ProductImage))
    dialog = product_dialog(qtbot, demo_database)
    fill_new(dialog)
    dialog.photos.add_files(
        [
            photo_file(tmp_path, "front.png", Qt.GlobalColor.red),
            damaged_photo(tmp_path),
            photo_file(tmp_path, "side.jpg", Qt.GlobalColor.blue),
        ]
    )
    dialog.tabs.setCurrentIndex(0)
    dialog.action.click()

    assert dialog.isVisible()
    sentence = error_under(dialog.photos)
    assert "corrupt.jpg: " in sentence
    assert "damaged" in sentence
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.photos)
    tiles = [dialog.photos.list.item(row) for row in range(dialog.photos.list.count())]
    assert [tile.text() for tile in tiles] == ["★ Cover (new)", "⚠ Cannot be used", "New photo"]
    assert "corrupt.jpg" in tiles[1].toolTip()
    assert dialog.photos.list.currentRow() == 1, "the photo to take out is the one chosen"
    assert (count(demo_database, Product), count(demo_database, ProductImage)) == before

    dialog.photos.remove_button.click()
    dialog.action.click()
    assert dialog.saved is not None, error_under(dialog.photos)
    product = stored(demo_database, "TS-900")
    assert product is not None
    assert len(product.images) == 2
