"""The bar across the top of every kiosk page: Back and Home always in the same place on the left, the
centre's name, Read aloud where the PC can speak, and a small lock for staff on the far right.

Back is hidden on the home page, where there is nothing to go back to (a greyed button would say so by
colour alone), and keeps its room there, so Home never moves under a finger."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from silvershop.ui.kiosk.pictograms import pictogram
from silvershop.ui.kiosk.pieces import button, sentence

STAFF_PX = 64
STAFF_ICON_PX = 32


class TopBar(QWidget):
    def __init__(self, centre_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="kioskTopBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.back = button(self.tr("Back"), "back")
        keeps_place = self.back.sizePolicy()
        keeps_place.setRetainSizeWhenHidden(True)  # hidden on the home page, where Home stays put
        self.back.setSizePolicy(keeps_place)
        self.home = button(self.tr("Home"), "home")
        self.centre = sentence(centre_name, "kioskCentreName")
        self.centre.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.read_aloud = button(self.tr("Read aloud"), "speaker")
        self.staff = QToolButton(objectName="staff")
        self.staff.setIcon(pictogram("lock"))
        self.staff.setIconSize(QSize(STAFF_ICON_PX, STAFF_ICON_PX))
        self.staff.setFixedSize(STAFF_PX, STAFF_PX)
        self.staff.setToolTip(self.tr("For staff"))
        self.staff.setAccessibleName(self.tr("For staff"))
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 12, 24, 12)
        row.setSpacing(18)
        row.addWidget(self.back)
        row.addWidget(self.home)
        row.addWidget(self.centre, 1)
        row.addWidget(self.read_aloud)
        row.addWidget(self.staff)
