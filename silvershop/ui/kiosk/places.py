"""Where a visitor has been, for the Back button: each page as it is opened again (and read afresh).

Back skips an apology (it showed what could not be read, and would only say so again) and never
returns to a call-back form once it was sent: from the thank-you page it goes to the product.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from silvershop.kiosk.pages import Tile


class Where(StrEnum):
    HOME = "home"
    TILE = "tile"
    LOCATION = "location"
    SEARCH = "search"
    PRODUCT = "product"
    INTEREST = "interest"
    THANKS = "thanks"
    STAFF = "staff"
    SORRY = "sorry"


@dataclass(frozen=True)
class Place:
    """A page as Back reopens it."""

    where: Where
    tile: Tile | None = None
    location_code: str = ""
    product_id: int | None = None
    product_name: str = ""


HOME = Place(Where.HOME)


class History:
    """The places visited since the last time home, the current one last."""

    def __init__(self) -> None:
        self.places: list[Place] = []

    @property
    def current(self) -> Place | None:
        return self.places[-1] if self.places else None

    def clear(self) -> None:
        self.places = []

    def push(self, place: Place) -> None:
        if place.where is Where.THANKS and self.current is not None and self.current.where is Where.INTEREST:
            self.places.pop()
        if self.current != place:
            self.places.append(place)

    def back(self) -> Place | None:
        """Leave the current place: the one to open again, or None when there is none (go home)."""
        if self.places:
            self.places.pop()
        while self.places and self.places[-1].where is Where.SORRY:
            self.places.pop()
        return self.current
