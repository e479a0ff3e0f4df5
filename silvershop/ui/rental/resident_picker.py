"""Choosing the resident a unit is lent to, at the counter: found as on the Residents tab (part of a
name, a full ID number or an 11-digit mobile), listed masked, chosen with one click; the list then
folds into one line naming who was chosen, so the quote beside it has the room.

A label scanned into the search box by mistake is handed to the counter rather than searched for.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from silvershop.config import local_today
from silvershop.errors import SilvershopError
from silvershop.labels.payloads import normalise_scan
from silvershop.rental.models import ConsentBasis
from silvershop.rental.residents import ResidentView
from silvershop.security.permissions import Actor, Permission
from silvershop.security.vault import open_vault
from silvershop.ui import theme, vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.rental import words
from silvershop.ui.rental.residents import Query, find_residents, query_kind
from silvershop.ui.rental.reveal import RevealDialog
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.record_table import Column, RecordTable, row_height
from silvershop.ui.widgets.screen import SPACING

LIMIT = 50
ROWS_SHOWN = 5
SEPARATOR = " · "


class ResidentPicker(QWidget):
    """`chosen` when the resident changes (`resident` says who, None for nobody); `scanned` with a
    label read into the search box."""

    chosen = Signal()
    scanned = Signal(str)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.resident: ResidentView | None = None
        self.query = large_target(QLineEdit())
        self.query.setPlaceholderText(self.tr("Part of the name, the full ID number or the mobile"))
        self.query.setAccessibleName(self.tr("Find the resident"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self._entered)
        self.search_button = action_button(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.note = QLabel(objectName="note", wordWrap=True)
        self.table: RecordTable[ResidentView] = RecordTable(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("ID number"), lambda r: r.id_number or "–"),
                Column(self.tr("Mobile"), lambda r: r.phone or "–"),
                Column(self.tr("Age"), lambda r: r.age if r.age is not None else "–", stretch=True),
            ],
            hide_when_empty=True,
        )
        self.table.view.setAccessibleName(self.tr("Residents found"))
        header = self.table.view.horizontalHeader().sizeHint().height()
        self.table.view.setMaximumHeight(
            header + ROWS_SHOWN * row_height() + 2 * self.table.view.frameWidth()
        )
        self.table.view.clicked.connect(self._picked)
        self.table.view.activated.connect(self._picked)
        self.picked = QLabel(objectName="pickedResident", wordWrap=True)
        self.picked.setStyleSheet(f"font-size: {theme.text_pt(14)}pt; font-weight: 600;")
        self.other_button = action_button(self.tr("Choose another"))
        self.other_button.clicked.connect(self.choose_another)
        self.reveal_button = action_button(self.tr("Reveal…"))
        self.reveal_button.setVisible(actor.can(Permission.REVEAL_PERSONAL))
        self.reveal_button.clicked.connect(self.reveal)
        self._layout()
        self.clear()

    def _layout(self) -> None:
        search = QHBoxLayout()
        search.setSpacing(SPACING // 2)
        search.addWidget(self.query, 1)
        search.addWidget(self.search_button)
        chosen = QHBoxLayout()
        chosen.setSpacing(SPACING // 2)
        chosen.addWidget(self.picked, 1)
        chosen.addWidget(self.reveal_button)
        chosen.addWidget(self.other_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(search)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(chosen)
        self.setFocusProxy(self.query)

    # Finding ---------------------------------------------------------------------------------

    def _entered(self) -> None:
        text = self.query.text()
        if normalise_scan(text).startswith("SS:"):
            self.query.clear()
            self.scanned.emit(normalise_scan(text))
            return
        self.search()

    def search(self) -> None:
        text = self.query.text().strip()
        self.error.hide()
        try:
            with self.desk.database.reading() as session:
                found = find_residents(
                    session, self.actor, open_vault(session), text, limit=LIMIT, today=local_today()
                )
        except SilvershopError as err:  # a mistyped ID number, another centre's resident, no key
            self.show_list(())
            self.error.setText("⚠ " + err.localized())
            self.error.show()
            return
        found = [resident for resident in found if not resident.anonymised]
        self.note.setText(self._note(query_kind(text) if text else Query.NAME, text, len(found)))
        if len(found) == 1:
            self.choose(found[0])
        else:
            self._forget()
            self.show_list(found)

    def _note(self, kind: Query, text: str, count: int) -> str:
        if count == 1:
            return ""
        if count:
            if count >= LIMIT:
                return self.tr("The first {count} residents by name; type more of the name.").format(
                    count=vocabulary.number(count)
                )
            return self.tr("{count} residents found: click the one at the counter.").format(
                count=vocabulary.number(count)
            )
        if kind is Query.NAME and text:
            return self.tr(
                "No resident's name contains “{text}”. Try the ID number or the mobile number, or register "
                "them on the Residents tab."
            ).format(text=text)
        if kind is Query.NAME:
            return self.tr(
                "No residents are registered at your centres yet; register them on the Residents tab."
            )
        return self.tr(
            "Nobody is registered with this number. Check it, or register them on the Residents tab."
        )

    def show_list(self, found: Sequence[ResidentView]) -> None:
        self.table.set_records(found)
        self.note.setVisible(bool(self.note.text()))
        for widget in (self.picked, self.other_button, self.reveal_button):
            widget.hide()

    def find(self, name: str, resident_id: int) -> None:
        """Look `name` up and choose the resident with this id among those found (a reservation's)."""
        self.query.setText(name)
        self.search()
        if self.resident is None:
            found = next((r for r in self.table.model.records() if r.id == resident_id), None)
            if found is not None:
                self.choose(found)

    # Choosing --------------------------------------------------------------------------------

    def _picked(self) -> None:
        rows = self.table.view.selectionModel().selectedRows()
        if rows:
            self.choose(self.table.model.records()[rows[0].row()])

    def choose(self, resident: ResidentView) -> None:
        """Take `resident`: the list folds into the line that names them."""
        self.resident = resident
        self.table.set_records(())
        self.note.hide()
        self.error.hide()
        self.picked.setText("✓ " + self.describe(resident))
        self.picked.show()
        self.other_button.show()
        self.reveal_button.setVisible(self.actor.can(Permission.REVEAL_PERSONAL))
        self.chosen.emit()

    def describe(self, resident: ResidentView) -> str:
        """Name, masked ID number and age, to check against the person at the counter; the consent
        only when there is none (the quote then says why nothing can be lent)."""
        age = self.tr("{age} years").format(age=resident.age) if resident.age is not None else ""
        consent = words.consent(resident.consent_basis) if resident.consent_basis is ConsentBasis.NONE else ""
        return SEPARATOR.join(part for part in (resident.name, resident.id_number, age, consent) if part)

    def choose_another(self) -> None:
        self._forget()
        self.show_list(())
        self.query.selectAll()
        self.query.setFocus()

    def _forget(self) -> None:
        if self.resident is not None:
            self.resident = None
            self.chosen.emit()

    def clear(self) -> None:
        """Nobody chosen, nothing typed: ready for the next resident."""
        self.query.clear()
        self.note.setText("")
        self.error.hide()
        self.resident = None
        self.show_list(())

    def reveal(self) -> None:
        if self.resident is not None and self.actor.can(Permission.REVEAL_PERSONAL):
            RevealDialog(self.desk, self.actor, self.resident, self).exec()
