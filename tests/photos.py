"""Photos made in memory with Pillow, shaped like what phones and brochures give the catalogue."""

from __future__ import annotations

from io import BytesIO

from PIL import Image

EXIF_ORIENTATION = 0x0112
ROTATED_90_CW = 6  # the camera was turned: the picture must be turned 90° clockwise to stand up


def photo(
    size: tuple[int, int] = (400, 300),
    fmt: str = "JPEG",
    mode: str = "RGB",
    colour: object = (200, 30, 30),
    orientation: int | None = None,
) -> bytes:
    """A picture of one colour; with `orientation`, the EXIF tag a phone writes."""
    image = Image.new(mode, size, colour)  # type: ignore[arg-type]
    options: dict[str, object] = {}
    if orientation is not None:
        exif = Image.Exif()
        exif[EXIF_ORIENTATION] = orientation
        options["exif"] = exif
    out = BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()
