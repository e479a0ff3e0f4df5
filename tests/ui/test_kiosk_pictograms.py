"""The kiosk's pictograms ship with silvershop and draw: a tile or a product without a photo is never
blank, and a category code without a drawing of its own gets the generic one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from silvershop.ui.kiosk.pictograms import GENERIC, pictogram, pictogram_in, pictogram_path

STEMS = (
    "on_show",
    "rentable",
    *(f"category-P0{number}" for number in range(1, 8)),
    "category",
    "back",
    "home",
    "speaker",
    "search",
    "phone",
    "lock",
    "info",
    "check",
)


def inked(image: QImage) -> list[QColor]:
    """The colours of the pixels the drawing covers."""
    return [
        image.pixelColor(x, y)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).alpha() > 200
    ]


@pytest.mark.parametrize("stem", STEMS)
def test_each_pictogram_ships_and_draws(qapp: QApplication, stem: str) -> None:
    path = pictogram_path(stem)
    assert path.name == f"{stem}.svg"  # its own drawing, not the fallback
    image = pictogram(stem).pixmap(96, 96).toImage()
    assert not image.isNull()
    covered = inked(image)
    assert 20 < len(covered) < image.width() * image.height() // 8  # a line drawing, neither blank nor a blot


def test_an_unknown_category_gets_the_generic_drawing(qapp: QApplication) -> None:
    assert pictogram_path("category-P99").name == f"{GENERIC}.svg"
    assert not pictogram("category-P99").pixmap(48, 48).isNull()


def test_a_pictogram_drawn_white_for_a_primary_button(qapp: QApplication) -> None:
    image = pictogram_in("phone", "#FFFFFF", 48).toImage()
    covered = inked(image)
    assert covered
    assert all(colour.lightness() > 240 for colour in covered)
