"""The Due for review tab: residents whose retention date has passed (个人信息保护法 art. 19), for a
centre's manager to anonymise once the data is no longer needed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from silvershop.config import local_today
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.rental.residents import ResidentView, anonymise, due_for_review
from silvershop.security.permissions import Actor
from silvershop.security.vault import open_vault
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.rental.residents import resident_columns
from silvershop.ui.widgets.form_dialog import action_button, confirm
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import RecordTable
from silvershop.ui.widgets.screen import list_page


class ReviewTab(QWidget):
    """`changed` is emitted after an anonymisation, so the residents list shows it too."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.bar = MessageBar()
        self.anonymise_button = action_button(self.tr("Anonymise…"))
        self.anonymise_button.clicked.connect(self.anonymise)
        self.note = QLabel(objectName="note", wordWrap=True)
        self.table: RecordTable[ResidentView] = RecordTable(
            resident_columns(),
            empty_text=self.tr("No resident is past their retention date. There is nothing to review."),
            hide_when_empty=True,
        )
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.anonymise_button)
        buttons.addStretch(1)
        explanation = QLabel(
            self.tr(
                "Residents whose data may no longer be kept. Anonymise those with nothing open at the "
                "desk: their personal data is cleared for good, their loans stay for the statistics."
            ),
            objectName="note",
            wordWrap=True,
        )
        list_page(self, self.bar, explanation, buttons, self.note, table=self.table)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.anonymise_button.setEnabled(self.table.selected() is not None)

    def refresh(self, session: Session) -> None:
        self.bar.clear()
        try:
            due = due_for_review(session, self.actor, open_vault(session), today=local_today())
        except SilvershopError as err:
            self.table.set_records(())
            self.note.hide()
            self.bar.show_error(err.localized())
            return
        self.table.set_records(due)
        self.note.setText(
            self.tr("{count} residents are past their retention date.").format(
                count=vocabulary.number(len(due))
            )
        )
        self.note.setVisible(bool(due))
        self._selection_changed()

    def anonymise(self) -> None:
        chosen = self.table.selected()
        if chosen is None or not confirm(
            self,
            self.tr("Anonymise resident"),
            self.tr(
                "Anonymise {name} ({id_number})? Name, ID number, phone, address and eligibility will be "
                "cleared for good; loans stay for statistics. This cannot be undone."
            ).format(name=chosen.name, id_number=chosen.id_number),
            self.tr("Anonymise"),
        ):
            return
        try:
            with transaction(self.desk.database.sessions) as session:
                anonymise(session, self.actor, chosen.id)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        self.changed.emit()
        self.bar.show_info(
            self.tr("{name} was anonymised; the loans stay in the statistics.").format(name=chosen.name)
        )
