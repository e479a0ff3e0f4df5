"""The Fitting subsidies tab of the rental desk: disabled residents' device-fitting subsidy cases
(江苏, 苏残发〔2018〕57号) at the chosen centre, what each costs whom, and the chosen case's stages
with who recorded each and when.

A case goes 申请 → 初审 → 复审 → 评估 → 审批 → 适配补贴 → 回访; the desk records the next stage
of the chosen case, and the service refuses any other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.centres.directory import CentreEntry, list_centres
from silvershop.errors import SilvershopError
from silvershop.rental.fitting import CaseEvent, CaseView, list_cases
from silvershop.security.permissions import Actor, Permission
from silvershop.ui import vocabulary
from silvershop.ui.centres.centre_choice import CentreChoice, visible_entries
from silvershop.ui.desk import Desk
from silvershop.ui.rental.fitting_dialogs import AdvanceCaseDialog, OpenCaseDialog, stage_words
from silvershop.ui.settings.words import local_time
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, section


class FittingTab(QWidget):
    """`changed` after a write, so the screen reads its tabs again."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.centres: list[CentreEntry] = []
        self.bar = MessageBar()
        self.choice = CentreChoice()
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # names whole
        self.choice.setAccessibleName(self.tr("Centre"))
        self.choice.chosen.connect(self.reload)
        self.centre_label = QLabel(self.tr("Centre"))
        self.centre_label.setBuddy(self.choice)
        self.new_button = action_button(self.tr("New case…"))
        self.new_button.clicked.connect(self.new)
        self.advance_button = action_button(self.tr("Record next stage…"))
        self.advance_button.clicked.connect(self.advance)
        self.count = QLabel(objectName="note")
        self.table: RecordTable[CaseView] = RecordTable(
            [
                Column(self.tr("Case"), lambda c: c.code),
                Column(self.tr("Resident"), lambda c: c.resident_name),
                Column(self.tr("Device"), lambda c: c.device, stretch=True),
                Column(self.tr("Stage"), lambda c: vocabulary.word(c.stage)),
                Column(self.tr("Standard price"), lambda c: vocabulary.yuan(c.standard_price_fen)),
                Column(self.tr("Actual price"), lambda c: vocabulary.yuan(c.actual_price_fen)),
                Column(self.tr("Subsidy"), lambda c: vocabulary.yuan(c.subsidy_fen)),
                Column(self.tr("Person pays"), lambda c: vocabulary.yuan(c.person_pays_fen)),
            ],
            empty_text=self.tr("No fitting-subsidy case here yet. Open one with “New case…”."),
        )
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.view.setAccessibleName(self.tr("Fitting-subsidy cases"))
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.history_heading = section(self.tr("Stages of the chosen case"))
        self.history: RecordTable[CaseEvent] = RecordTable(
            [
                Column(self.tr("Stage"), lambda e: stage_words(e.stage)),
                Column(self.tr("When"), lambda e: local_time(e.at)),
                Column(self.tr("By"), lambda e: e.username or "–"),
                Column(self.tr("Note"), lambda e: e.note or "–", stretch=True),
            ],
            empty_text=self.tr("Choose a case above to see its stages."),
        )
        self.history.view.setAccessibleName(self.tr("Stages of the chosen case"))
        self._layout()
        self._selection_changed()

    def _layout(self) -> None:
        controls = button_row()
        controls.setSpacing(SPACING // 2)
        controls.addWidget(self.centre_label)
        controls.addWidget(self.choice)
        controls.addSpacing(SPACING // 2)
        controls.addWidget(self.count)
        controls.addStretch(1)
        controls.addWidget(self.new_button)
        controls.addWidget(self.advance_button)
        below = QWidget()
        column = QVBoxLayout(below)
        column.setContentsMargins(0, SPACING // 2, 0, 0)
        column.setSpacing(SPACING // 2)
        column.addWidget(self.history_heading)
        column.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.bar)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)

    # Reading ---------------------------------------------------------------------------------

    def refresh(self, session: Session) -> None:
        """The chosen centre's cases, keeping the one that was chosen."""
        self.centres = visible_entries(self.actor, list_centres(session))
        self.choice.blockSignals(True)
        self.choice.set_centres(self.centres)
        self.choice.blockSignals(False)
        for widget in (self.centre_label, self.choice):
            widget.setVisible(len(self.centres) > 1)  # a clerk of one centre has nothing to choose
        centre_id = self.choice.centre_id()
        self.new_button.setVisible(centre_id is not None and self.actor.can(Permission.RENT, centre_id))
        kept = self.table.selected()
        try:
            cases = list_cases(session, self.actor, centre_id=centre_id) if centre_id is not None else []
        except SilvershopError as err:
            cases = []
            self.bar.show_error(err.localized())
        self.table.set_records(cases)
        self.count.setText(
            self.tr("{count} cases, {open} still open.").format(
                count=vocabulary.number(len(cases)),
                open=vocabulary.number(sum(1 for c in cases if c.next_stage is not None)),
            )
            if cases
            else ""
        )
        if kept is not None:
            self.select(kept.id)
        self._selection_changed()

    def reload(self) -> None:
        with self.desk.database.reading() as session:
            self.refresh(session)

    # Choosing --------------------------------------------------------------------------------

    def select(self, case_id: int) -> bool:
        rows = [c.id for c in self.table.model.records()]
        if case_id not in rows:
            return False
        self.table.view.selectRow(rows.index(case_id))
        return True

    def _selection_changed(self) -> None:
        chosen = self.table.selected()
        self.advance_button.setEnabled(chosen is not None and chosen.next_stage is not None)
        self.history.set_records(chosen.history if chosen is not None else ())
        if chosen is None:
            self.history_heading.setText(self.tr("Stages of the chosen case"))
        elif chosen.next_stage is None:
            self.history_heading.setText(
                self.tr("Stages of case {code} · closed, no further stage").format(code=chosen.code)
            )
        else:
            self.history_heading.setText(
                self.tr("Stages of case {code} · next: {stage}").format(
                    code=chosen.code, stage=stage_words(chosen.next_stage)
                )
            )

    # Acting ----------------------------------------------------------------------------------

    def new(self) -> None:
        centre = next((c for c in self.centres if c.id == self.choice.centre_id()), None)
        if centre is None:
            return
        self.bar.clear()
        dialog = OpenCaseDialog(self.desk, self.actor, centre, self)
        if dialog.exec() and dialog.opened is not None:
            self._done(dialog, dialog.opened.id)

    def advance(self) -> None:
        chosen = self.table.selected()
        if chosen is None or chosen.next_stage is None:
            return
        self.bar.clear()
        dialog = AdvanceCaseDialog(self.desk, self.actor, chosen, self)
        if dialog.exec() and dialog.advanced is not None:
            self._done(dialog, dialog.advanced.id)

    def _done(self, dialog: OpenCaseDialog | AdvanceCaseDialog, keep: int) -> None:
        self.changed.emit()  # the screen reads its tabs again, this one included
        self.select(keep)
        self.bar.show_info(dialog.confirmation)
