"""A resident's rental subsidy for a year, grant by grant, and what is left of the cap: what a family
asks at the counter ("how much is left this year?")."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from silvershop.config import local_today
from silvershop.errors import SilvershopError
from silvershop.rental.residents import ResidentView
from silvershop.rental.subsidy_ledger import Grant, subsidy_year
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.form_dialog import large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import section


class SubsidyDialog(QDialog):
    def __init__(
        self, desk: Desk, actor: Actor, resident: ResidentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.resident = resident
        self.setWindowTitle(self.tr("Rental subsidy of {name}").format(name=resident.name))
        self.setMinimumWidth(760)
        self.bar = MessageBar()
        self.year = large_target(QSpinBox())
        self.year.setRange(2000, local_today().year + 1)
        self.year.setValue(local_today().year)
        self.year.valueChanged.connect(self.read)
        self.summary = section("")
        self.summary.setWordWrap(True)
        self.table: RecordTable[Grant] = RecordTable(
            [
                Column(self.tr("Loan"), lambda g: g.loan_code),
                Column(self.tr("Unit"), lambda g: g.asset_tag),
                Column(self.tr("From"), lambda g: g.start_on.isoformat()),
                Column(self.tr("Due"), lambda g: g.due_on.isoformat()),
                Column(self.tr("Rule"), lambda g: g.rule, stretch=True),
                Column(self.tr("Subsidy"), lambda g: vocabulary.yuan(g.amount_fen)),
            ],
            empty_text=self.tr("No subsidy was granted to this resident in this year."),
            hide_when_empty=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        large_target(buttons.button(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        year_row = QHBoxLayout()
        label = QLabel(self.tr("Year"))
        label.setBuddy(self.year)
        year_row.addWidget(label)
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.bar)
        layout.addLayout(year_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.read()

    def read(self) -> None:
        self.bar.clear()
        try:
            with self.desk.database.reading() as session:
                ledger = subsidy_year(session, self.actor, self.resident.id, self.year.value())
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            self.table.set_records(())
            return
        self.summary.setText(
            self.tr("Granted {granted} of the {cap} cap in {year}; {left} left.").format(
                granted=vocabulary.yuan(ledger.granted_fen),
                cap=vocabulary.yuan(ledger.cap_fen),
                year=ledger.year,
                left=vocabulary.yuan(ledger.left_fen),
            )
        )
        self.table.set_records(ledger.grants)
