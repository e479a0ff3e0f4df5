"""Revealing one personal value of one resident, on purpose: the person chooses which value,
sees it until they close the dialog, and is told that the reveal is in the audit log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.rental.residents import Eligibility, ResidentView, RevealField, reveal
from silvershop.security.permissions import Actor
from silvershop.security.vault import open_vault
from silvershop.ui import theme
from silvershop.ui.desk import Desk
from silvershop.ui.rental import words
from silvershop.ui.widgets.form_dialog import fit_height, large_target
from silvershop.ui.widgets.forms import MessageBar


class RevealDialog(QDialog):
    def __init__(
        self, desk: Desk, actor: Actor, resident: ResidentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.resident = resident
        self.setWindowTitle(self.tr("Reveal personal data of {name}").format(name=resident.name))
        self.setMinimumWidth(560)
        self.choices = QButtonGroup(self)
        captions = {
            RevealField.ID_NUMBER: self.tr("ID number"),
            RevealField.PHONE: self.tr("Mobile"),
            RevealField.ADDRESS: self.tr("Address"),
            RevealField.GUARDIAN_PHONE: self.tr("Guardian's mobile"),
            RevealField.ELIGIBILITY: self.tr("Eligibility (ability, care insurance, low income)"),
        }
        self.radios: dict[RevealField, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Choose the one value you need. It is shown here until you close this window, and the "
                    "reveal is recorded in the audit log under your name."
                ),
                objectName="note",
                wordWrap=True,
            )
        )
        for what, caption in captions.items():
            radio = self.radios[what] = large_target(QRadioButton(caption))
            self.choices.addButton(radio)
            layout.addWidget(radio)
        self.radios[RevealField.PHONE].setChecked(True)
        self.bar = MessageBar()
        self.value = QLabel(objectName="revealedValue", wordWrap=True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setStyleSheet(f"font-size: {theme.text_pt(16)}pt; font-weight: 600; padding: 6px 0;")
        self.value.hide()
        layout.addWidget(self.bar)
        layout.addWidget(self.value)
        buttons = QDialogButtonBox()
        self.reveal_button = large_target(
            buttons.addButton(self.tr("Reveal"), QDialogButtonBox.ButtonRole.ActionRole)
        )
        self.close_button = large_target(buttons.addButton(QDialogButtonBox.StandardButton.Close))
        self.reveal_button.setDefault(True)
        self.reveal_button.clicked.connect(self.reveal)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> RevealField:
        return next(what for what, radio in self.radios.items() if radio.isChecked())

    def reveal(self) -> None:
        what = self.chosen()
        try:
            with transaction(self.desk.database.sessions) as session:
                value = reveal(session, self.actor, open_vault(session), self.resident.id, what)
        except SilvershopError as err:
            self.value.hide()
            self.bar.show_error(err.localized())
            fit_height(self)
            return
        if what is RevealField.ELIGIBILITY and value:
            value = words.eligibility(Eligibility.from_json(value))
        self.value.setText(value or self.tr("Nothing on file."))
        self.value.show()
        self.bar.show_info(self.tr("This reveal was recorded in the audit log under your name."))
        fit_height(self)
