"""The centre a tab of the centres screen works on: one list, shared by every tab, of the centres
the signed-in person may see. A clerk of one centre sees just that one, already chosen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from silvershop.centres.directory import CentreEntry
from silvershop.security.permissions import Actor, Permission
from silvershop.ui.widgets.form_dialog import large_target


def visible_entries(actor: Actor, centres: Sequence[CentreEntry]) -> list[CentreEntry]:
    """The open centres whose stock the actor may see, by code."""
    allowed = actor.visible_centres(Permission.VIEW_STOCK)
    return [c for c in centres if c.active and (allowed is None or c.id in allowed)]


class CentreChoice(QComboBox):
    """A drop-down of centres (`CODE 名称`) that keeps the choice when its list is read again."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        large_target(self)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(self._changed)

    def set_centres(self, centres: Sequence[CentreEntry]) -> None:
        keep = self.centre_id()
        was_blocked = self.blockSignals(True)
        self.clear()
        for centre in centres:
            self.addItem(f"{centre.code}  {centre.name}", centre.id)
        found = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(found if found >= 0 else (0 if centres else -1))
        self.blockSignals(was_blocked)
        if self.centre_id() != keep and not was_blocked:
            self._changed()

    def centre_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def choose(self, centre_id: int) -> None:
        found = self.findData(centre_id)
        if found >= 0:
            self.setCurrentIndex(found)

    def _changed(self) -> None:
        centre = self.centre_id()
        if centre is not None:
            self.chosen.emit(centre)
