"""Printing labels for the rows chosen in a list (products, device units, locations, a centre) without
leaving it: the labels screen's print panel in a dialog, the codes already in it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from silvershop.errors import SilvershopError
from silvershop.labels.payloads import PayloadKind
from silvershop.security.permissions import Actor
from silvershop.ui.desk import Desk
from silvershop.ui.labels.batch import LabelBatchPanel
from silvershop.ui.widgets.form_dialog import large_target

WIDTH, HEIGHT = 1100, 660  # room for the choices and a preview an A4 sheet can be read on


class LabelPrintDialog(QDialog):
    def __init__(
        self, desk: Desk, actor: Actor, kind: PayloadKind, codes: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print labels"))
        self.resize(WIDTH, HEIGHT)
        self.panel = LabelBatchPanel(desk, actor)
        buttons = QDialogButtonBox()
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        large_target(close)
        close.setAutoDefault(False)  # Enter in the scan field or the codes must not close the dialog
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        try:
            self.panel.reload()
        except SilvershopError as err:  # the database went away since the list was read
            self.panel.bar.show_error(err.localized())
            return
        self.panel.fill(kind, codes)

    def reject(self) -> None:
        """Not while a batch is being printed: its progress dialog is the way to stop it."""
        if not self.panel.output.running:
            super().reject()
