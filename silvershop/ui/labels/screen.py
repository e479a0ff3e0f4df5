"""The labels screen, for now the label presets the printing will use."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from silvershop.stats.overview import LabelPresetRow, label_presets
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import Screen, section


class LabelsScreen(Screen):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            self.tr("Labels"),
            self.tr(
                "Printing QR labels for products, device units, centres and locations arrives in a later "
                "version; until then this page lists the label presets it will print on."
            ),
            parent,
        )
        self.table: RecordTable[LabelPresetRow] = RecordTable(
            [
                Column(self.tr("Preset"), lambda r: r.name, stretch=True),
                Column(self.tr("Media"), lambda r: vocabulary.word(r.media)),
                Column(
                    self.tr("Label size"),
                    lambda r: vocabulary.millimetres(r.label_width_mm, r.label_height_mm),
                ),
                Column(self.tr("Labels per page"), lambda r: f"{r.columns} × {r.rows}"),
                Column(self.tr("Resolution"), lambda r: f"{r.dpi} dpi"),
            ],
            empty_text=self.tr("No label presets yet."),
        )
        self.body.addWidget(section(self.tr("Label presets")))
        self.body.addWidget(self.table, 1)

    def refresh(self, session: Session) -> None:
        self.table.set_records(label_presets(session))
