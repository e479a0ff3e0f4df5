"""The unit just scanned, as a card at the top of the counter: its asset tag in large type, the
product, the centre it belongs to, and its state in words with a sign (never colour alone), so the
clerk sees at a glance that the label read is the device in their hands."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from silvershop.rental.models import UnitState
from silvershop.ui import theme, vocabulary
from silvershop.ui.rental.counter_unit import CounterUnit
from silvershop.ui.rental.counter_words import STATE_SIGNS
from silvershop.ui.theme import CARD_BORDER, MUTED, TEXT

# Badge colours, each with text at 4.5 : 1 or more on its background; the word and sign say the same.
STATE_COLOURS = {
    UnitState.AVAILABLE: ("#EAF6EE", "#17432A"),
    UnitState.RESERVED: ("#F3ECFA", "#4B2A6B"),
    UnitState.ON_LOAN: ("#EAF3FB", "#123E60"),
    UnitState.AWAITING_CLEANING: ("#FFF4D6", "#6B4700"),
    UnitState.IN_REPAIR: ("#FDECEC", "#8A1C1C"),
    UnitState.RETIRED: ("#EEF2F6", "#33414F"),
    UnitState.LOST: ("#EEF2F6", "#33414F"),
}


def card_style() -> str:
    """Sized for the look the card is made in (theme.text_pt: elder mode or not)."""
    return f"""
#unitCard {{ background: #FFFFFF; border: 1px solid {CARD_BORDER}; border-radius: 10px; }}
#unitTag {{ color: {TEXT}; font-size: {theme.text_pt(18)}pt; font-weight: 700; }}
#unitProduct {{ color: {TEXT}; font-size: {theme.text_pt(14)}pt; }}
#unitCentre {{ color: {MUTED}; }}
"""


class UnitCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="unitCard")
        self.setStyleSheet(card_style())
        self.tag = QLabel(objectName="unitTag")
        self.product = QLabel(objectName="unitProduct")
        self.centre = QLabel(objectName="unitCentre")
        self.state = QLabel(objectName="unitState")
        layout = QGridLayout(self)
        layout.setContentsMargins(16, 4, 10, 4)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.tag, 0, 0)
        layout.addWidget(self.product, 0, 1)
        layout.addWidget(self.centre, 1, 0, 1, 2)
        layout.addWidget(self.state, 0, 2, 2, 1)
        layout.setColumnStretch(1, 1)

    def show_unit(self, unit: CounterUnit) -> None:
        view = unit.unit
        self.tag.setText(view.asset_tag)
        self.product.setText(view.product_name)
        place = f"{view.centre_code} {unit.centre_name}"
        if view.location_code:
            place += f" · {view.location_code}"
        self.centre.setText(place)
        background, text = STATE_COLOURS[view.state]
        self.state.setText(f"{STATE_SIGNS[view.state]} {vocabulary.word(view.state)}")
        self.state.setStyleSheet(
            f"background: {background}; color: {text}; border: 1px solid {text}; border-radius: 6px;"
            f"padding: 4px 12px; font-size: {theme.text_pt(14)}pt; font-weight: 600;"
        )
        self.setAccessibleName(
            f"{view.asset_tag}, {view.product_name}, {place}: {vocabulary.word(view.state)}"
        )
        self.show()
