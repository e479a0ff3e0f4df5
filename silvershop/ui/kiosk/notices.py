"""What the kiosk says when it cannot show what was asked: a notice under the top bar for a code it does
not know, and an apology in place of a page it cannot read.

Neither is a dialog: a senior never has to find the button that closes one. The notice stays until the
next touch or key (DOMAIN section 7: nothing changes before the person has finished reading); the
apology is a page like the others, with the way home.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from silvershop.ui.kiosk.pictograms import pictogram
from silvershop.ui.kiosk.pieces import LINE_ICON_PX, KioskPage, button, column, heading, sentence


class NoticeBar(QWidget):
    """One sentence with an information sign, on a pale yellow band."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="kioskNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        icon = QLabel()
        icon.setPixmap(pictogram("info").pixmap(LINE_ICON_PX, LINE_ICON_PX))
        icon.setFixedSize(LINE_ICON_PX, LINE_ICON_PX)
        self.label = sentence()
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(14)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.hide()

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def dismiss(self) -> None:
        self.label.clear()
        self.hide()


class SorryPage(KioskPage):
    """Shown instead of a page that could not be read; Home (or Back) leaves it."""

    home = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self.tr("Sorry"))
        self.message = sentence()
        self.home_button = button(self.tr("Back to the home page"), "home", primary=True)
        self.home_button.clicked.connect(self.home)
        layout = column(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def say_cannot_show(self) -> None:
        self.say(self.tr("Sorry, this page cannot be shown now. Please ask a member of staff."))
