"""The Presets tab: the media labels are printed on, built-in and the desks' own.

The built-in presets are known to print right and are shared by every desk, so they cannot be
changed or deleted; their buttons say so rather than failing, and Duplicate… makes an own copy to
change. Making and changing presets is the preset dialog's; this tab lists them and deletes.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.labels.presets import PresetSpec, delete_preset, list_presets
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.labels.preset_dialog import PresetDialog
from silvershop.ui.widgets.form_dialog import action_button, confirm
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, list_page

SEPARATOR = "\u00a0· "


class PresetsTab(QWidget):
    """`changed` after a preset was made, changed or deleted, so the print tab offers it too."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.bar = MessageBar()
        self.table: RecordTable[PresetSpec] = RecordTable(
            [
                Column(self.tr("Preset"), lambda p: p.name),
                Column(self.tr("Kind"), lambda p: self.tr("Built in") if p.builtin else self.tr("Own")),
                Column(self.tr("Media"), lambda p: vocabulary.word(p.media)),
                Column(
                    self.tr("Label size"),
                    lambda p: vocabulary.millimetres(p.label_width_mm, p.label_height_mm),
                ),
                Column(self.tr("Per page"), lambda p: f"{p.columns} × {p.rows}"),
                Column(self.tr("Resolution"), lambda p: f"{p.dpi} dpi"),
                Column(self.tr("Error\ncorrection"), lambda p: p.error_correction),
                # Last and elided if need be: the preset dialog shows the lines in full.
                Column(
                    self.tr("Printed on it"),
                    lambda p: SEPARATOR.join(vocabulary.word(f) for f in p.fields),
                    stretch=True,
                ),
            ],
            empty_text=self.tr("No label presets yet."),
        )
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.view.setAccessibleName(self.tr("Label presets"))
        self.table.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.view.activated.connect(self.edit)
        self.new_button = action_button(self.tr("New preset…"))
        self.duplicate_button = action_button(self.tr("Duplicate…"))
        self.edit_button = action_button(self.tr("Edit…"))
        self.delete_button = action_button(self.tr("Delete"))
        self.new_button.clicked.connect(self.new)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        actions = QHBoxLayout()
        actions.setSpacing(SPACING // 2)
        actions.addStretch(1)
        for button in (self.new_button, self.duplicate_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        list_page(self, self.bar, actions, table=self.table)
        self._update_buttons()

    def refresh(self, session: Session) -> None:
        kept = self.table.selected()
        self.table.set_records(list_presets(session))
        self.select(kept.id if kept is not None else None)
        self._update_buttons()

    def select(self, preset_id: int | None) -> None:
        for row, preset in enumerate(self.table.model.records()):
            if preset.id == preset_id:
                index = self.table.model.index(row, 0)
                self.table.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.view.scrollTo(index)

    def _update_buttons(self) -> None:
        chosen = self.table.selected()
        own = chosen is not None and not chosen.builtin
        self.duplicate_button.setEnabled(chosen is not None)
        for button, why in (
            (
                self.edit_button,
                self.tr("A built-in preset cannot be changed: duplicate it and change the copy."),
            ),
            (self.delete_button, self.tr("A built-in preset cannot be deleted: every desk relies on it.")),
        ):
            button.setEnabled(own)
            button.setToolTip(why if chosen is not None and chosen.builtin else "")

    # Acting --------------------------------------------------------------------------------------

    def new(self) -> None:
        self._open(None, duplicate=False)

    def duplicate(self) -> None:
        chosen = self.table.selected()
        if chosen is not None:
            self._open(chosen, duplicate=True)

    def edit(self) -> None:
        chosen = self.table.selected()
        if chosen is not None and self.edit_button.isEnabled():
            self._open(chosen, duplicate=False)

    def _open(self, preset: PresetSpec | None, *, duplicate: bool) -> None:
        """The preset dialog, which saves before it is accepted; then the list again, the saved preset
        chosen in it."""
        before = {p.id: p for p in self.table.model.records()}
        dialog = PresetDialog(self.desk, self.actor, preset, duplicate, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.changed.emit()
        after = list(self.table.model.records())
        made = [p for p in after if p.id not in before]
        saved = (
            made[0] if made else next((p for p in after if preset is not None and p.id == preset.id), None)
        )
        if saved is None:
            return
        self.select(saved.id)
        sentence = self.tr("“{name}” was added.") if made else self.tr("“{name}” was saved.")
        self.bar.show_info(sentence.format(name=saved.name))

    def delete(self) -> None:
        chosen = self.table.selected()
        if chosen is None or chosen.id is None or not self.delete_button.isEnabled():
            return
        if not confirm(
            self,
            self.tr("Delete preset"),
            self.tr("Delete the preset “{name}”? Labels already printed on it stay as they are.").format(
                name=chosen.name
            ),
            self.tr("Delete"),
        ):
            return
        try:
            with transaction(self.desk.database.sessions) as session:
                delete_preset(session, self.actor, chosen.id)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        self.changed.emit()
        self.bar.show_info(self.tr("“{name}” was deleted.").format(name=chosen.name))
