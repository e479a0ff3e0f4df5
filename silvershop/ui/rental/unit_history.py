"""A unit's history as the desk reads it: its loans (residents by name only), its cleanings and its
repairs, and how many times it has been lent."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from silvershop.rental.units import CleaningLine, LoanLine, Repair, UnitHistory
from silvershop.ui import vocabulary
from silvershop.ui.rental.unit_dialogs import SEPARATOR, close_row
from silvershop.ui.settings.words import local_time
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import section
from silvershop.ui.widgets.tabs import SectionTabs


class HistoryDialog(QDialog):
    """What a unit went through, newest first: its loans (the resident by name only, never an ID number
    or a phone), its cleanings and its repairs, each on a tab that says how many it holds."""

    def __init__(self, history: UnitHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        unit = history.unit
        self.setWindowTitle(self.tr("History of {tag}").format(tag=unit.asset_tag))
        self.resize(1040, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(section(f"{unit.asset_tag} · {unit.product_name}"))
        facts = [
            vocabulary.word(unit.state),
            vocabulary.word(unit.condition),
            self.tr("Lent once")
            if history.loan_count == 1
            else self.tr("Lent {count} times").format(count=vocabulary.number(history.loan_count)),
        ]
        if unit.serial_no:
            facts.append(self.tr("Serial number {serial}").format(serial=unit.serial_no))
        if unit.purchased_on is not None:
            facts.append(self.tr("Purchased on {date}").format(date=unit.purchased_on.isoformat()))
        self.facts = QLabel(SEPARATOR.join(facts), objectName="note", wordWrap=True)
        layout.addWidget(self.facts)
        self.loans: RecordTable[LoanLine] = RecordTable(
            [
                Column(self.tr("Loan"), lambda loan: loan.code),
                Column(self.tr("Resident"), lambda loan: loan.resident_name, stretch=True),
                Column(self.tr("From"), lambda loan: loan.start_on.isoformat()),
                Column(self.tr("Due"), lambda loan: loan.due_on.isoformat()),
                Column(self.tr("Returned"), lambda loan: local_time(loan.returned_at)),
                Column(self.tr("Status"), lambda loan: vocabulary.word(loan.status)),
            ],
            empty_text=self.tr("This unit has not been lent yet."),
        )
        self.cleanings: RecordTable[CleaningLine] = RecordTable(
            [
                Column(self.tr("When"), lambda c: local_time(c.performed_at)),
                Column(self.tr("Method"), lambda c: c.method),
                Column(self.tr("Agent"), lambda c: c.agent, stretch=True),
                Column(self.tr("By"), lambda c: c.performed_by),
                Column(self.tr("Result"), lambda c: vocabulary.word(c.result)),
            ],
            empty_text=self.tr("No cleaning was recorded for this unit."),
        )
        self.repairs: RecordTable[Repair] = RecordTable(
            [
                Column(self.tr("Opened"), lambda r: local_time(r.opened_at)),
                Column(self.tr("Fault"), lambda r: r.fault, stretch=True),
                Column(self.tr("What was done"), lambda r: r.action or "–"),
                Column(self.tr("Cost"), lambda r: vocabulary.yuan(r.cost_fen) if r.closed_at else "–"),
                Column(
                    self.tr("Closed"), lambda r: local_time(r.closed_at, never=self.tr("Still in repair"))
                ),
                Column(self.tr("Outcome"), self._outcome),
            ],
            empty_text=self.tr("This unit has never been in repair."),
        )
        self.tabs = SectionTabs()
        for table, records, title in (
            (self.loans, history.loans, self.tr("Loans ({count})")),
            (self.cleanings, history.cleanings, self.tr("Cleanings ({count})")),
            (self.repairs, history.repairs, self.tr("Repairs ({count})")),
        ):
            table.set_records(records)
            self.tabs.add(table, title.format(count=vocabulary.number(len(records))))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close_row(self))

    def _outcome(self, repair: Repair) -> str:
        if repair.closed_at is None:
            return self.tr("In repair")
        return self.tr("Beyond repair: retired") if repair.beyond_repair else self.tr("Repaired")
