"""The Enterprises tab: the makers of the catalogue's products, found by name or credit code, added,
corrected, deleted while nothing names them, and a way to their products."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from silvershop.catalog.enterprises import EnterpriseRow, delete_enterprise, list_enterprises
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.security.permissions import Actor, Permission
from silvershop.ui import vocabulary
from silvershop.ui.catalog.enterprise_dialog import EnterpriseDialog
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button, confirm, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, kept, list_page

TYPING_PAUSE_MS = 250


class EnterprisesTab(QWidget):
    """`changed` after a write; `show_products(enterprise_id)` when someone asks for its products."""

    changed = Signal()
    show_products = Signal(int)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.may_edit = actor.can(Permission.EDIT_CATALOGUE)
        self.bar = MessageBar()
        self.query = kept(large_target(QLineEdit()), "enterprises")
        self.query.setPlaceholderText(self.tr("Part of the name or of the credit code"))
        self.query.setAccessibleName(self.tr("Find an enterprise"))
        self.query.setClearButtonEnabled(True)
        self.pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.pause.timeout.connect(self.search)
        self.query.textChanged.connect(self.pause.start)
        self.query.returnPressed.connect(self.search)
        self.count = QLabel(objectName="note")
        self.products_button = action_button(self.tr("Show products"))
        self.new_button = action_button(self.tr("New enterprise…"))
        self.edit_button = action_button(self.tr("Edit…"))
        self.delete_button = action_button(self.tr("Delete…"))
        self.products_button.clicked.connect(self._show_products)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(self.may_edit)
        self.table: RecordTable[EnterpriseRow] = RecordTable(
            [
                Column(self.tr("Name"), lambda e: e.name, stretch=True),
                Column(self.tr("Unified social credit code"), lambda e: e.credit_code),
                Column(self.tr("Division"), lambda e: e.division_code or "–"),
                Column(
                    self.tr("Registered on"),
                    lambda e: e.registered_on.isoformat() if e.registered_on else "–",
                ),
                Column(self.tr("Products"), lambda e: e.products),
            ],
            empty_text=self.tr("No enterprise matches. Check the spelling, or add it with “New enterprise…”"),
        )
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.view.activated.connect(self.edit if self.may_edit else self._show_products)

        controls = button_row()
        controls.setSpacing(SPACING // 2)
        label = QLabel(self.tr("Find"))
        label.setBuddy(self.query)
        controls.addWidget(label)
        controls.addWidget(self.query, 1)
        controls.addWidget(self.count)
        controls.addSpacing(SPACING)
        for button in (self.products_button, self.new_button, self.edit_button, self.delete_button):
            controls.addWidget(button)
        list_page(self, self.bar, controls, table=self.table)
        self._selection_changed()

    def refresh(self, session: Session) -> None:
        chosen = self.table.selected()
        found = list_enterprises(session, self.actor, self.query.text())
        self.table.set_records(found)
        self.count.setText(self.tr("{count} enterprises").format(count=vocabulary.number(len(found))))
        if chosen is not None:
            self.select(chosen.id)
        self._selection_changed()

    def search(self) -> None:
        self.pause.stop()
        with self.desk.database.reading() as session:
            self.refresh(session)

    def select(self, enterprise_id: int) -> None:
        for row, enterprise in enumerate(self.table.model.records()):
            if enterprise.id == enterprise_id:
                index = self.table.model.index(row, 0)
                self.table.view.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.view.scrollTo(index)
                return

    def _selection_changed(self) -> None:
        chosen = self.table.selected()
        for button in (self.products_button, self.edit_button, self.delete_button):
            button.setEnabled(chosen is not None)
        if chosen is not None:
            self.products_button.setEnabled(chosen.products > 0)

    def _show_products(self) -> None:
        chosen = self.table.selected()
        if chosen is not None:
            self.show_products.emit(chosen.id)

    def new(self) -> None:
        dialog = EnterpriseDialog(self.desk, self.actor, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._done(self.tr("{name} was added.").format(name=dialog.saved.name), dialog.saved.id)

    def edit(self) -> None:
        chosen = self.table.selected()
        if chosen is None or not self.may_edit:
            return
        dialog = EnterpriseDialog(self.desk, self.actor, chosen, self)
        if dialog.exec() and dialog.saved is not None:
            self._done(self.tr("{name} was saved.").format(name=dialog.saved.name), dialog.saved.id)

    def delete(self) -> None:
        chosen = self.table.selected()
        if chosen is None or not confirm(
            self,
            self.tr("Delete enterprise"),
            self.tr(
                "Delete {name} ({code})? Only an enterprise registered by mistake should be deleted; "
                "one that makes products stays."
            ).format(name=chosen.name, code=chosen.credit_code),
            self.tr("Delete"),
        ):
            return
        try:
            with transaction(self.desk.database.sessions) as session:
                delete_enterprise(session, self.actor, chosen.id)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        self.changed.emit()
        self.bar.show_info(self.tr("{name} was deleted.").format(name=chosen.name))

    def _done(self, sentence: str, enterprise_id: int) -> None:
        self.changed.emit()  # the screen reads everything again, this list included
        self.select(enterprise_id)
        self.bar.show_info(sentence)
