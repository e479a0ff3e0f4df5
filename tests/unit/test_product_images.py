"""Product photos: upright, small enough for every desk, in a format every screen shows, and
refused in a sentence when they are not photos at all."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image
from sqlalchemy import func, select

from silvershop.catalog.enterprises import EnterpriseInput, add_enterprise
from silvershop.catalog.images import add_image, image_data, make_cover, remove_image
from silvershop.catalog.models import ProductImage
from silvershop.catalog.products import ProductInput, add_product, product_details
from silvershop.database import Database
from silvershop.db.session import reading, transaction
from silvershop.errors import PermissionDenied, ValidationError
from silvershop.security.audit import list_entries
from silvershop.security.models import Role
from silvershop.security.permissions import REFUSALS, Permission, actor_with
from tests.photos import ROTATED_90_CW, photo

EDITOR = actor_with([Role.CATALOGUE_EDITOR], username="editor")
ADMIN = actor_with([Role.ADMINISTRATOR], username="admin")
CLERK = actor_with([Role.DESK_CLERK], [1], username="clerk")
RED, BLUE = (220, 20, 20), (20, 20, 220)


@pytest.fixture
def product(memdb: Database) -> tuple[Database, int]:
    with transaction(memdb.sessions) as s:
        maker = add_enterprise(s, EDITOR, EnterpriseInput("无锡德康康复器材有限公司", "91350100M000100Y43"))
        return memdb, add_product(s, EDITOR, ProductInput("手动轮椅车", "WC-101", maker.id)).id


def _add(world: tuple[Database, int], data: bytes, name: str = "photo.jpg") -> int:
    db, product_id = world
    with transaction(db.sessions) as s:
        return add_image(s, EDITOR, product_id, data, name).id


def _stored(world: tuple[Database, int], image_id: int) -> tuple[str, Image.Image]:
    with reading(world[0].sessions) as s:
        mime, data = image_data(s, EDITOR, image_id)
    image = Image.open(BytesIO(data))
    image.load()
    return mime, image


def _refusal(world: tuple[Database, int], data: bytes) -> str:
    db, product_id = world
    with pytest.raises(ValidationError) as refused, transaction(db.sessions) as s:
        add_image(s, EDITOR, product_id, data, "upload.bin")
    assert refused.value.field == "image"
    with reading(db.sessions) as s:
        assert s.scalar(select(func.count(ProductImage.id))) == 0
        assert list_entries(s, ADMIN, entity="product_image") == []
    return str(refused.value)


def _close(pixel: object, colour: tuple[int, int, int]) -> bool:
    assert isinstance(pixel, tuple)
    return all(abs(a - b) < 40 for a, b in zip(pixel[:3], colour, strict=True))


def test_a_phone_photo_taken_sideways_is_stored_upright(product: tuple[Database, int]) -> None:
    sideways = Image.new("RGB", (400, 300), RED)
    sideways.paste(BLUE, (200, 0, 400, 300))  # left red, right blue as the sensor saw it
    exif = Image.Exif()
    exif[0x0112] = ROTATED_90_CW
    out = BytesIO()
    sideways.save(out, "JPEG", exif=exif)
    mime, stored = _stored(product, _add(product, out.getvalue()))
    assert mime == "image/jpeg"
    assert stored.size == (300, 400)  # portrait
    assert _close(stored.getpixel((150, 50)), RED)  # turned clockwise, the left half is on top
    assert _close(stored.getpixel((150, 350)), BLUE)
    assert not stored.getexif()  # nothing of the camera's EXIF (where it was taken) is kept


def test_a_large_photo_is_reduced_to_1600_px_with_a_240_px_thumbnail(product: tuple[Database, int]) -> None:
    image_id = _add(product, photo((4000, 3000)))
    mime, stored = _stored(product, image_id)
    assert (mime, stored.format, stored.size) == ("image/jpeg", "JPEG", (1600, 1200))
    with reading(product[0].sessions) as s:
        [view] = product_details(s, EDITOR, product[1]).images
    assert (view.id, view.position, view.width, view.height) == (image_id, 0, 1600, 1200)
    thumbnail = Image.open(BytesIO(view.thumbnail))
    assert (thumbnail.format, thumbnail.size) == ("JPEG", (240, 180))


def test_a_small_photo_is_not_enlarged(product: tuple[Database, int]) -> None:
    _mime, stored = _stored(product, _add(product, photo((640, 480), fmt="WEBP")))
    assert (stored.format, stored.size) == ("JPEG", (640, 480))


def test_a_transparent_png_stays_transparent_and_its_thumbnail_is_on_white(
    product: tuple[Database, int],
) -> None:
    cut_out = Image.new("RGBA", (2000, 1000), (0, 0, 0, 0))
    cut_out.paste((20, 20, 220, 255), (500, 250, 1500, 750))
    out = BytesIO()
    cut_out.save(out, "PNG")
    image_id = _add(product, out.getvalue(), "cut-out.png")
    mime, stored = _stored(product, image_id)
    assert (mime, stored.format, stored.mode, stored.size) == ("image/png", "PNG", "RGBA", (1600, 800))
    assert stored.getpixel((10, 10))[3] == 0  # type: ignore[index]
    with reading(product[0].sessions) as s:
        [view] = product_details(s, EDITOR, product[1]).images
    thumbnail = Image.open(BytesIO(view.thumbnail))
    assert thumbnail.format == "JPEG"
    assert _close(thumbnail.convert("RGB").getpixel((2, 2)), (255, 255, 255))


def test_a_png_without_see_through_pixels_is_stored_as_jpeg(product: tuple[Database, int]) -> None:
    opaque = photo(fmt="PNG", mode="RGBA", colour=(1, 2, 3, 255))
    mime, _stored_image = _stored(product, _add(product, opaque))
    assert mime == "image/jpeg"


def test_corrupt_photo_is_refused(product: tuple[Database, int]) -> None:
    whole = photo((800, 600))
    assert _refusal(product, whole[: len(whole) // 2]) == (
        "The photo file is damaged or incomplete; copy it again from the camera or phone and add it."
    )


def test_a_text_file_is_not_a_photo(product: tuple[Database, int]) -> None:
    assert _refusal(product, "型号 WC-101\n价格 1299\n".encode()) == (
        "This file is not a photo; choose a JPEG, PNG or WebP picture of the product."
    )


def test_a_gif_is_refused_by_its_content_whatever_its_name(product: tuple[Database, int]) -> None:
    assert _refusal(product, photo(fmt="GIF", mode="P", colour=1)) == (
        "This is a GIF picture; add photos as JPEG, PNG or WebP (save it as JPEG first)."
    )


def test_a_31_mb_file_is_refused_without_being_decoded(
    product: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("decoded a file that is too large")

    monkeypatch.setattr(Image, "open", never)
    assert _refusal(product, b"\xff" * (31 * 1024 * 1024)) == (
        "The photo is 31.0 MB; photos up to 30 MB can be added."
    )


def test_a_decompression_bomb_is_refused(
    product: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # so a small picture counts as a bomb
    assert _refusal(product, photo((200, 200), fmt="PNG")) == (
        "This picture has too many pixels to be opened safely; "
        "reduce it to a normal photo size and add it again."
    )


def test_photos_queue_after_the_cover_and_close_up_when_one_goes(product: tuple[Database, int]) -> None:
    first, second, third = (_add(product, photo(colour=c)) for c in (RED, BLUE, (20, 220, 20)))
    db, product_id = product
    with transaction(db.sessions) as s:
        remove_image(s, EDITOR, first)
    with reading(db.sessions) as s:
        images = product_details(s, EDITOR, product_id).images
    assert [(i.id, i.position) for i in images] == [(second, 0), (third, 1)]  # the next one is the cover


def test_make_cover_moves_a_photo_first_and_keeps_the_others_in_order(product: tuple[Database, int]) -> None:
    ids = [_add(product, photo(colour=(n * 40, 0, 0))) for n in range(4)]
    db, product_id = product
    with transaction(db.sessions) as s:
        make_cover(s, EDITOR, ids[2])
    with reading(db.sessions) as s:
        images = product_details(s, EDITOR, product_id).images
        entries = list_entries(s, ADMIN, entity="product_image")
    assert [i.id for i in images] == [ids[2], ids[0], ids[1], ids[3]]
    assert [i.position for i in images] == [0, 1, 2, 3]
    assert entries[0].changes == {"position": [2, 0]}
    assert all("<binary>" not in str(e.changes) for e in entries)  # photos never go into the log


def test_a_desk_clerk_cannot_add_photos(product: tuple[Database, int]) -> None:
    db, product_id = product
    with pytest.raises(PermissionDenied) as refused, transaction(db.sessions) as s:
        add_image(s, CLERK, product_id, photo())
    assert str(refused.value) == REFUSALS[Permission.EDIT_CATALOGUE]
