"""A product's page at the kiosk: a large photo, the whole name, what it does, its price, where to try
it in this centre, and whether it can be rented here and what a month would cost after the city's
subsidy; then the one thing a visitor can do, ask to be called back.

A product without a photo shows its pictogram on a soft panel and says there is no photo yet. The name
is the page's heading, in the headings' type whatever its length, on three lines at most: a name cut
there is given whole above the description. The page scrolls under a finger when the description is
long; the call-back button stays in view below it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from silvershop.errors import QT_TRANSLATE_NOOP
from silvershop.kiosk.pages import Place, ProductPage, SubsidyExample
from silvershop.ui.kiosk import words
from silvershop.ui.kiosk.cards import FittedName
from silvershop.ui.kiosk.pictograms import pictogram
from silvershop.ui.kiosk.pieces import (
    IconLine,
    KioskPage,
    button,
    column,
    photo_pixmap,
    scrolling,
    section,
    sentence,
)

PHOTO_PX = 640
PHOTO_LEAST_PX = 360
NAME_LINES = 3
PANEL_ICON_PX = 200


def place_name(place: Place) -> str:
    """ "展示区A1", with what staff noted for visitors ("ask for a demonstration") after it."""
    name = place.location_name or place.location_code
    if not place.note:
        return name
    return words.word(QT_TRANSLATE_NOOP("kiosk", "{place} ({note})")).format(place=name, note=place.note)


def where_here(page: ProductPage) -> str:
    if page.places_here:
        places = words.listing(tuple(place_name(place) for place in page.places_here))
        return words.word(QT_TRANSLATE_NOOP("kiosk", "On show in {places}: you can try it here.")).format(
            places=places
        )
    if page.elsewhere:
        return words.word(QT_TRANSLATE_NOOP("kiosk", "Not on show here; on show at {centres}.")).format(
            centres=words.listing(page.elsewhere)
        )
    return words.word(QT_TRANSLATE_NOOP("kiosk", "Not on show in any centre at the moment."))


def rental_lines(page: ProductPage) -> list[str]:
    """What renting it here means, one fact a line."""
    if not page.rentable:
        return [words.word(QT_TRANSLATE_NOOP("kiosk", "This product is not rented out."))]
    lines = []
    if page.units_here:
        lines.append(
            words.word(
                QT_TRANSLATE_NOOP("kiosk", "This centre lends it: {free} of {units} free now.")
            ).format(units=page.units_here, free=page.free_units_here)
        )
    else:
        lines.append(
            words.word(
                QT_TRANSLATE_NOOP(
                    "kiosk",
                    "It can be rented in this city, but not from this centre; staff can tell you where.",
                )
            )
        )
    if page.monthly_rent_fen is not None:
        lines.append(
            words.word(QT_TRANSLATE_NOOP("kiosk", "Rent: {amount} a month")).format(
                amount=words.yuan(page.monthly_rent_fen)
            )
        )
    if page.deposit_fen is not None:
        lines.append(
            words.word(QT_TRANSLATE_NOOP("kiosk", "Deposit: {amount}, given back when you return it")).format(
                amount=words.yuan(page.deposit_fen)
            )
        )
    return lines


def subsidy_lines(page: ProductPage) -> list[str]:
    """The city's subsidy as examples per rule, the loan terms it applies to and its yearly cap."""
    if not page.subsidy_examples:
        return []
    lines = [
        words.subsidy_line(subsidy_label(example), example.monthly_fen) for example in page.subsidy_examples
    ]
    if page.subsidy_terms:
        lines.append(
            words.word(QT_TRANSLATE_NOOP("kiosk", "The subsidy is for loans of {months}.")).format(
                months=words.months(page.subsidy_terms)
            )
        )
    if page.subsidy_cap_fen is not None:
        lines.append(
            words.word(QT_TRANSLATE_NOOP("kiosk", "The subsidy is at most {amount} a person a year.")).format(
                amount=words.yuan(page.subsidy_cap_fen)
            )
        )
    lines.append(words.word(QT_TRANSLATE_NOOP("kiosk", "Staff at the rental desk work out your own price.")))
    return lines


def subsidy_label(example: SubsidyExample) -> str:
    """The rule's label, with a word that only residents registered in the city get it (本市户籍)."""
    if not example.local_only:
        return example.label
    return words.word(QT_TRANSLATE_NOOP("kiosk", "{label} (registered residents of this city)")).format(
        label=example.label
    )


class Photo(QWidget):
    """The photo, or the pictogram on a soft panel with "No photo yet"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.panel = QWidget(objectName="kioskPanel")
        self.panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel_icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.panel_note = sentence(self.tr("No photo yet"))
        self.panel_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inside = column(self.panel, margin=24)
        inside.addStretch(1)
        inside.addWidget(self.panel_icon)
        inside.addWidget(self.panel_note)
        inside.addStretch(1)
        self.panel.setFixedSize(PHOTO_PX * 3 // 4, PHOTO_PX * 3 // 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        self.setFixedWidth(PHOTO_PX)

    def show_page(self, page: ProductPage, width: int) -> None:
        pixmap = photo_pixmap(page.photo, width, width)
        self.setFixedWidth(width)
        self.picture.setVisible(pixmap is not None)
        self.panel.setVisible(pixmap is None)
        if pixmap is not None:
            self.picture.setPixmap(pixmap)
        else:
            self.picture.clear()
            self.panel.setFixedSize(width, width * 3 // 4)
            self.panel_icon.setPixmap(pictogram(page.picture).pixmap(PANEL_ICON_PX, PANEL_ICON_PX))


class ProductView(KioskPage):
    """Emits `interested(product_id, name)` when the visitor asks to be called back."""

    interested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: ProductPage | None = None
        self.photo = Photo()
        self.name = FittedName("", NAME_LINES, "kioskHeading")
        self.maker = sentence(name="kioskMuted")
        self.price = sentence()
        self.where = IconLine("on_show")
        self.rental_heading = section(self.tr("Renting it"))
        self.rental = IconLine("rentable")
        self.subsidy_heading = section(self.tr("With the city's subsidy"))
        self.subsidy = sentence()
        self.about_heading = section(self.tr("What it does"))
        self.description = sentence()
        self.whole_name = sentence()  # shown when the heading had to cut the name
        self.whole_name.hide()
        self.name.cut.connect(self.whole_name.setVisible)
        facts = QVBoxLayout()
        facts.setSpacing(16)
        for widget in (self.name, self.maker, self.price, self.where, self.rental_heading, self.rental):
            facts.addWidget(widget)
        facts.addWidget(self.subsidy_heading)
        facts.addWidget(self.subsidy)
        facts.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(36)
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(facts, 1)
        content = QWidget()
        inner = column(content)
        inner.addLayout(top)
        inner.addWidget(self.about_heading)
        inner.addWidget(self.whole_name)
        inner.addWidget(self.description)
        inner.addStretch(1)
        self.scroll = scrolling(content)

        bottom = QWidget(objectName="kioskBottomBar")
        bottom.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.call_button = button(self.tr("I'm interested — please call me"), "phone", primary=True)
        self.call_button.clicked.connect(self._interested)
        self.ask_staff = sentence(
            self.tr("Would you like us to call you about it? Please ask a member of staff.")
        )
        row = QHBoxLayout(bottom)
        row.setContentsMargins(32, 14, 32, 14)
        row.addWidget(self.ask_staff, 1)
        row.addStretch(1)
        row.addWidget(self.call_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(bottom)

    def show_page(self, page: ProductPage, *, can_call: bool, width: int) -> None:
        """`page` on a screen `width` px wide (the page may not have its size yet when it is filled)."""
        self.page = page
        self.photo.show_page(page, min(PHOTO_PX, max(PHOTO_LEAST_PX, width * 2 // 5)))
        self.name.set_name(page.name)
        self.whole_name.setText(self.tr("Full name: {name}").format(name=page.name))
        maker = " · ".join(part for part in (page.brand, page.maker) if part)
        self.maker.setText(maker)
        self.maker.setVisible(bool(maker))
        self.price.setText(words.price(page.price_fen))
        self.where.set("on_show" if page.places_here else "info", where_here(page))
        self.rental.set("rentable" if page.rentable else "info", "\n".join(rental_lines(page)))
        subsidy = subsidy_lines(page)
        self.subsidy.setText("\n".join(subsidy))
        self.subsidy.setVisible(bool(subsidy))
        self.subsidy_heading.setVisible(bool(subsidy))
        self.description.setText(
            page.description or self.tr("A member of staff can tell you more about this product.")
        )
        self.call_button.setVisible(can_call)
        self.ask_staff.setVisible(not can_call)

    def _interested(self) -> None:
        if self.page is not None:
            self.interested.emit(self.page.id, self.page.name)

    def spoken(self) -> str:
        page = self.page
        if page is None:
            return ""
        return "\n".join(
            text
            for text in (
                page.name,
                self.price.text(),
                self.where.label.text(),
                self.rental.label.text(),
                self.subsidy.text() if self.subsidy.isVisibleTo(self) else "",
                self.about_heading.text(),
                self.description.text(),
            )
            if text
        )
