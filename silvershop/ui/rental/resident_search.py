"""Finding the resident a form is about, inside the form: part of a name, a full ID number or an
11-digit mobile, as on the Residents tab, with the residents found listed masked to choose from.

A form that reserves a device or opens a fitting case needs one resident, chosen on purpose; a
search that finds exactly one chooses them, so the common case is one search and no click.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.config import local_today
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError, ValidationError
from silvershop.rental.residents import ResidentView
from silvershop.security.permissions import Actor
from silvershop.security.vault import open_vault
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.rental.residents import find_residents
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.record_table import Column, RecordTable, row_height
from silvershop.ui.widgets.screen import SPACING

LIMIT = 50
ROWS_SHOWN = 4


class QueryField(QLineEdit):
    """The search text; its Enter searches instead of pressing the form's default button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ResidentSearch(QWidget):
    """A search box, the residents it found (masked) and the one chosen. `chosen_changed` when that
    changes; `resident()` is the chosen one, `required()` refuses under the field when there is none."""

    chosen_changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.query = large_target(QueryField())
        self.query.setPlaceholderText(self.tr("Part of a name, a full ID number or a mobile number"))
        self.query.setAccessibleName(self.tr("Find the resident"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.search)
        self.search_button = action_button(self.tr("Search"))
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)
        self.table: RecordTable[ResidentView] = RecordTable(
            [
                Column(self.tr("Name"), lambda r: r.name, stretch=True),
                Column(self.tr("ID number"), lambda r: r.id_number or "–"),
                Column(self.tr("Mobile"), lambda r: r.phone or "–"),
                Column(self.tr("Age"), lambda r: r.age if r.age is not None else "–"),
            ]
        )
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.view.setAccessibleName(self.tr("Residents found"))
        self.table.view.setFixedHeight(
            self.table.view.horizontalHeader().sizeHint().height() + row_height() * ROWS_SHOWN + 2
        )
        self.table.view.selectionModel().selectionChanged.connect(self._chosen)
        self.note = QLabel(
            self.tr("Search, then choose the resident in the list."), objectName="note", wordWrap=True
        )
        row = QHBoxLayout()
        row.setSpacing(SPACING // 2)
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self.setFocusProxy(self.query)

    def resident(self) -> ResidentView | None:
        return self.table.selected()

    def required(self) -> ResidentView:
        chosen = self.resident()
        if chosen is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Find the resident by name, ID number or mobile, and choose them in the list."
                ),
                field="resident",
            )
        return chosen

    def search(self) -> None:
        text = self.query.text().strip()
        if not text:
            self.note.setText(self.tr("Type part of the resident's name, their ID number or their mobile."))
            return
        try:
            with self.desk.database.reading() as session:
                found = [r for r in self._find(session, text) if not r.anonymised]
        except SilvershopError as err:  # a mistyped ID number, another centre's resident, a missing key
            self.table.set_records(())
            self.note.setText("⚠ " + err.localized())
            self.chosen_changed.emit()
            return
        self.table.set_records(found[:LIMIT])
        if len(found) == 1:
            self.table.view.selectRow(0)
        self.note.setText(self._said(text, len(found)))
        self.chosen_changed.emit()

    def _find(self, session: Session, text: str) -> Sequence[ResidentView]:
        return find_residents(
            session, self.actor, open_vault(session), text, limit=LIMIT + 1, today=local_today()
        )

    def _said(self, text: str, count: int) -> str:
        if count == 0:
            return self.tr(
                "Nobody registered at your centres matches “{text}”. Register the resident on the Residents "
                "tab first."
            ).format(text=text)
        if count == 1:
            return self.tr("One resident found, and chosen.")
        if count > LIMIT:
            return self.tr("More than {count} residents match; type more of the name.").format(
                count=vocabulary.number(LIMIT)
            )
        return self.tr("{count} residents found; choose one.").format(count=vocabulary.number(count))

    def _chosen(self) -> None:
        chosen = self.resident()
        if chosen is not None:
            self.note.setText(self.tr("Chosen: {name}").format(name=chosen.name))
        self.chosen_changed.emit()
