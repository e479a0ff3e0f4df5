"""The look the sign-in dialogs share: the app's mark and a heading, generous room, large fields, and
Enter that always presses the dialog's action."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from silvershop.ui import theme
from silvershop.ui.icons import icon
from silvershop.ui.widgets.form_dialog import FormDialog

MARK_PX = 40


class SignInDialog(FormDialog):
    def __init__(self, heading: str, title: str, action: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(title, action, parent, intro=intro)
        self.setObjectName("signin")
        theme.restyle(self)  # the buttons were styled under the dialog's former name
        # The action was made the default before its button box was in the dialog, which the dialog then
        # never heard of: once focus had passed over the button, Enter would press nothing.
        self.action.setDefault(False)
        self.action.setDefault(True)
        layout = cast(QVBoxLayout, self.layout())
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        mark = QLabel()
        mark.setPixmap(icon("silvershop").pixmap(MARK_PX, MARK_PX))
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(mark)
        top.addWidget(QLabel(heading, objectName="signinHeading"), 1)
        layout.insertLayout(0, top)
