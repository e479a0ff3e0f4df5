"""Product photos: taken from a phone or a maker's brochure, kept small enough for every desk.

Photos live in the database (a backup or a second desk on PostgreSQL has them too), so each is
reduced on the way in: turned upright by its EXIF orientation (phones store portraits sideways
and say so only there), shrunk to 1600 px on the longest side and saved again as JPEG, or as PNG
when it is transparent (a cut-out product on no background). Saving again also drops the EXIF
block, which on a phone photo holds where it was taken. The format is read from the content,
never from the file name. The first photo (position 0) is the cover the catalogue shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from silvershop.catalog.models import Product, ProductImage
from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission

FIELD = "image"
MAX_BYTES = 30 * 1024 * 1024
MAX_SIDE = 1600
THUMBNAIL_SIDE = 240
JPEG_QUALITY = 85
THUMBNAIL_QUALITY = 80
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
_GONE = QT_TRANSLATE_NOOP("errors", "This photo no longer exists; someone may have removed it.")
_RENUMBER_OFFSET = 1_000_000  # past any real position, so renumbering never meets UNIQUE(product, position)


@dataclass(frozen=True)
class ImageView:
    id: int
    position: int  # 0 is the cover
    width: int
    height: int
    mime_type: str
    thumbnail: bytes  # JPEG, longest side 240 px
    caption: str


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo as it is stored, and its thumbnail."""

    data: bytes
    mime_type: str
    width: int
    height: int
    thumbnail: bytes


def _refuse_size(size: int) -> None:
    if size > MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The photo is {size} MB; photos up to 30 MB can be added."),
            field=FIELD,
            size=f"{size / (1024 * 1024):.1f}",
        )
    if size == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The photo file is empty; choose the photo again."), field=FIELD
        )


def _opened(data: bytes) -> Image.Image:
    """The decoded photo, or a refusal that says what is wrong with the file."""
    try:
        image = Image.open(BytesIO(data))
        if image.format not in ACCEPTED_FORMATS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This is a {format} picture; add photos as JPEG, PNG or WebP (save it as JPEG first).",
                ),
                field=FIELD,
                format=image.format or "?",
            )
        if image.format == "JPEG":  # let the decoder scale a huge photo down while reading it
            image.draft(None, (MAX_SIDE, MAX_SIDE))
        image.load()
        return ImageOps.exif_transpose(image)
    except Image.DecompressionBombError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This picture has too many pixels to be opened safely; "
                "reduce it to a normal photo size and add it again.",
            ),
            field=FIELD,
        ) from None
    except UnidentifiedImageError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This file is not a photo; choose a JPEG, PNG or WebP picture of the product."
            ),
            field=FIELD,
        ) from None
    except (OSError, ValueError, SyntaxError, EOFError):  # what Pillow raises for broken files
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The photo file is damaged or incomplete; copy it again from the camera or phone and add it.",
            ),
            field=FIELD,
        ) from None


def _transparent(image: Image.Image) -> bool:
    """Whether any pixel is see-through (an alpha channel that is all opaque does not count)."""
    if image.mode not in ("RGBA", "LA", "PA", "RGBa", "La") and "transparency" not in image.info:
        return False
    alpha = image.convert("RGBA").getchannel("A")
    low, _high = alpha.getextrema()
    return bool(low < 255)  # type: ignore[operator]


def _on_white(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    flat = Image.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


def _encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def prepare(data: bytes) -> PreparedPhoto:
    """The photo as it is stored: upright, at most 1600 px, JPEG or (transparent) PNG, and its thumbnail."""
    _refuse_size(len(data))
    image = _opened(data)
    # An RGB profile keeps the colours of wide-gamut phone photos right; a grey or CMYK one would
    # not describe the RGB pixels that are saved, so it is dropped with them.
    icc = image.info.get("icc_profile") if image.mode in ("RGB", "RGBA", "P") else None
    transparent = _transparent(image)
    image = image.convert("RGBA") if transparent else _on_white(image) if image.mode != "RGB" else image
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)  # never enlarges
    profile = {"icc_profile": icc} if icc else {}
    if transparent:
        stored, mime = _encoded(image, "PNG", **profile), "image/png"
    else:
        stored = _encoded(image, "JPEG", quality=JPEG_QUALITY, optimize=True, **profile)
        mime = "image/jpeg"
    small = image.copy()
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    small = _on_white(small) if transparent else small
    thumbnail = _encoded(small, "JPEG", quality=THUMBNAIL_QUALITY, **profile)
    return PreparedPhoto(stored, mime, image.width, image.height, thumbnail)


def _view(image: ProductImage) -> ImageView:
    return ImageView(
        id=image.id,
        position=image.position,
        width=image.width,
        height=image.height,
        mime_type=image.mime_type,
        thumbnail=bytes(image.thumbnail),
        caption=image.caption,
    )


def image_views(session: Session, product_id: int) -> list[ImageView]:
    """The product's photos in order, without reading the full-size pictures."""
    rows = session.execute(
        select(
            ProductImage.id,
            ProductImage.position,
            ProductImage.width,
            ProductImage.height,
            ProductImage.mime_type,
            ProductImage.thumbnail,
            ProductImage.caption,
        )
        .where(ProductImage.product_id == product_id)
        .order_by(ProductImage.position)
    )
    return [ImageView(r[0], r[1], r[2], r[3], r[4], bytes(r[5]), r[6]) for r in rows]


def _product_code(session: Session, product_id: int) -> str:
    code = session.scalar(select(Product.code).where(Product.id == product_id))
    if code is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "This product no longer exists; someone may have deleted it.")
        )
    return code


def _image(session: Session, image_id: int) -> ProductImage:
    image = session.get(ProductImage, image_id)
    if image is None:
        raise NotFound(_GONE)
    return image


def add_image(session: Session, actor: Actor, product_id: int, data: bytes, filename: str = "") -> ImageView:
    """Add a photo after the product's others; the first photo becomes the cover."""
    actor.require(Permission.EDIT_CATALOGUE)
    # Decoded before the first query, so SQLite's write lock is not held while a big photo is read.
    prepared = prepare(data)
    code = _product_code(session, product_id)
    last = session.scalar(
        select(func.max(ProductImage.position)).where(ProductImage.product_id == product_id)
    )
    image = ProductImage(
        product_id=product_id,
        position=0 if last is None else last + 1,
        mime_type=prepared.mime_type,
        width=prepared.width,
        height=prepared.height,
        data=prepared.data,
        thumbnail=prepared.thumbnail,
    )
    session.add(image)
    session.flush()
    audit.record(
        session,
        actor,
        "create",
        "product_image",
        image.id,
        {
            "product": (None, code),
            "position": (None, image.position),
            "size": (None, f"{image.width}x{image.height}"),
        },
        summary=filename[-200:],
    )
    return _view(image)


def _renumber(session: Session, product_id: int, ordered_ids: list[int]) -> None:
    """Give the photos positions 0, 1, 2… in `ordered_ids` order.

    Moved out of the way first in one statement, so no two photos ever share a position on the way
    (both databases check the unique constraint row by row).
    """
    session.flush()
    session.execute(
        update(ProductImage)
        .where(ProductImage.product_id == product_id)
        .values(position=ProductImage.position + _RENUMBER_OFFSET)
    )
    for position, image_id in enumerate(ordered_ids):
        session.execute(update(ProductImage).where(ProductImage.id == image_id).values(position=position))
    product = session.get(Product, product_id)
    if product is not None:
        session.expire(product, ["images"])  # its list is ordered by position


def _order(session: Session, product_id: int) -> list[int]:
    return list(
        session.scalars(
            select(ProductImage.id)
            .where(ProductImage.product_id == product_id)
            .order_by(ProductImage.position)
        )
    )


def remove_image(session: Session, actor: Actor, image_id: int) -> None:
    """Remove a photo; the ones after it move up, so removing the cover makes the next one the cover."""
    actor.require(Permission.EDIT_CATALOGUE)
    image = _image(session, image_id)
    product_id, position = image.product_id, image.position
    code = _product_code(session, product_id)
    session.delete(image)
    session.flush()
    _renumber(session, product_id, _order(session, product_id))
    audit.record(
        session,
        actor,
        "delete",
        "product_image",
        image_id,
        {"product": (code, None), "position": (position, None)},
    )


def make_cover(session: Session, actor: Actor, image_id: int) -> None:
    """Make this photo the cover (position 0); the others keep their order behind it."""
    actor.require(Permission.EDIT_CATALOGUE)
    image = _image(session, image_id)
    product_id, position = image.product_id, image.position
    if position == 0:
        return
    code = _product_code(session, product_id)
    others = [i for i in _order(session, product_id) if i != image_id]
    _renumber(session, product_id, [image_id, *others])
    audit.record(
        session,
        actor,
        "update",
        "product_image",
        image_id,
        {"position": (position, 0)},
        summary=f"cover of {code}",
    )


def image_data(session: Session, actor: Actor, image_id: int) -> tuple[str, bytes]:
    """The full-size photo and its MIME type, for the viewer and for exports."""
    actor.require(Permission.VIEW_CATALOGUE)
    row = session.execute(
        select(ProductImage.mime_type, ProductImage.data).where(ProductImage.id == image_id)
    ).first()
    if row is None:
        raise NotFound(_GONE)
    return row[0], bytes(row[1])
