"""The Callback requests tab: kiosk visitors of the chosen centre who left a name and a phone number to
be called back about a product, newest first.

Names and phones are masked in the list. "Show name and phone" reveals one request's in its row for
the person about to call (the reveal is in the audit log under their name), until another request is
chosen or the list is read again. "Mark as called back" records the call and deletes the name and
phone for good, as the visitor was promised; "Discard…" does the same for a visitor who could not be
reached or no longer wants a call, and keeps the reason. A request another desk closed a moment
before is not closed twice: this desk is told who was first.

Reading the list first deletes the names and phones of requests nobody called back within the shared
setting `kiosk.callback_days`, so it is read in a transaction that writes; opening the desk's
personal-data key there also publishes the key kiosks seal new requests to.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from silvershop.db.base import utcnow
from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.kiosk.callbacks import (
    AlreadyClosed,
    CallbackRow,
    RequestState,
    callback_requests,
    discard_callback,
    expire_callbacks,
    mark_called_back,
    reveal_callback,
)
from silvershop.security.permissions import Actor, Permission
from silvershop.security.vault import open_vault
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.settings.words import local_time
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import DeskDialog, action_button, confirm, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING


class DiscardDialog(DeskDialog):
    """Close one request without a call, for a reason the person chooses (none is chosen for them).
    A request another desk closed meanwhile closes the dialog too, with `told` saying who was first."""

    def __init__(self, desk: Desk, actor: Actor, request: CallbackRow, name: str, parent: QWidget) -> None:
        super().__init__(
            self.tr("Discard callback request"),
            self.tr("Discard"),
            desk,
            actor,
            parent,
            intro=self.tr(
                "Close the request of {name} without a call? Their name and phone number are deleted for "
                "good; the reason you choose is kept."
            ).format(name=name),
        )
        self.request_id = request.id
        self.told: AlreadyClosed | None = None
        self.choices = QButtonGroup(self)
        self.reasons = {
            RequestState.UNREACHABLE: large_target(QRadioButton(self.tr("We could not reach the visitor"))),
            RequestState.WITHDREW: large_target(QRadioButton(self.tr("The visitor no longer wants a call"))),
        }
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        for radio in self.reasons.values():
            self.choices.addButton(radio)
            column.addWidget(radio)
        holder.setFocusProxy(self.reasons[RequestState.UNREACHABLE])
        self.add("reason", self.tr("Why"), holder)

    def chosen(self) -> RequestState | None:
        return next((reason for reason, radio in self.reasons.items() if radio.isChecked()), None)

    def submit(self) -> None:
        try:
            with transaction(self.desk.database.sessions) as session:
                discard_callback(session, self.actor, self.request_id, self.chosen() or "")
        except AlreadyClosed as told:
            self.told = told


class CallbacksTab(QWidget):
    """`changed` is emitted after a request was closed; the screen then reads its tabs (and the count
    in this tab's title) again."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.centre_id: int | None = None
        self.revealed: dict[int, tuple[str, str]] = {}  # request id -> (name, phone), for this call only
        self.bar = MessageBar()
        self.waiting = QLabel(objectName="note", wordWrap=True)
        self.show_handled = large_target(QCheckBox(self.tr("Show requests already closed")))
        self.show_handled.toggled.connect(self.reload)
        self.reveal_button = action_button(self.tr("Show name and phone"))
        self.mark_button = action_button(self.tr("Mark as called back"))
        self.discard_button = action_button(self.tr("Discard…"))
        self.reveal_button.clicked.connect(self.reveal)
        self.mark_button.clicked.connect(self.mark)
        self.discard_button.clicked.connect(self.discard)
        self.table: RecordTable[CallbackRow] = RecordTable(
            [
                Column(self.tr("Asked at"), lambda r: local_time(r.at)),
                Column(self.tr("Product"), self._product, stretch=True),
                Column(self.tr("Name"), lambda r: self._personal(r, 0)),
                Column(self.tr("Phone"), lambda r: self._personal(r, 1)),
                Column(self.tr("Status"), self._status, stretch=True),
            ]
        )
        self.table.view.setAccessibleName(self.tr("Callback requests"))
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._layout()
        self._selection_changed()

    def _layout(self) -> None:
        controls = button_row()
        controls.setSpacing(SPACING // 2)
        controls.addWidget(self.show_handled)
        controls.addStretch(1)
        controls.addWidget(self.reveal_button)
        controls.addWidget(self.mark_button)
        controls.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.bar)
        layout.addWidget(self.waiting)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)

    def _product(self, row: CallbackRow) -> str:
        if not row.product_code:
            return self.tr("(no particular product)")
        return f"{row.product_code} {row.product_name}"

    def _personal(self, row: CallbackRow, which: int) -> str:
        """The name (0) or phone (1): in clear while revealed, else masked; "" once deleted."""
        if row.id in self.revealed:
            return self.revealed[row.id][which]
        if not row.readable:
            return self.tr("(cannot be read)")
        return (row.name_masked, row.phone_masked)[which]

    def _status(self, row: CallbackRow) -> str:
        user, time = row.handled_by or "–", local_time(row.handled_at) if row.handled_at else ""
        if row.state is RequestState.CALLED_BACK:
            return self.tr("Called back by {user} at {time}").format(user=user, time=time)
        if row.state is RequestState.UNREACHABLE:
            return self.tr("Closed by {user} at {time}: could not be reached").format(user=user, time=time)
        if row.state is RequestState.WITHDREW:
            return self.tr("Closed by {user} at {time}: the visitor withdrew").format(user=user, time=time)
        if row.state is RequestState.EXPIRED:
            return self.tr("Deleted at {time}: nobody called back in time").format(time=time)
        return self.tr("Waiting for a call")

    # Reading ---------------------------------------------------------------------------------

    def refresh(self, session: Session, centre_id: int | None) -> None:
        """The chosen centre's requests. Read in a transaction of its own rather than the screen's
        `session`: requests waiting too long are deleted first. Nothing revealed stays shown."""
        del session
        if centre_id != self.centre_id:
            self.bar.clear()
        self._hide_revealed()
        self.centre_id = centre_id
        kept = self.selected()
        may_read = centre_id is not None and self.actor.can(Permission.VIEW_RESIDENTS, centre_id)
        if not may_read or centre_id is None:
            self.table.empty.setText(self.tr("You may see no centre's callback requests."))
            self.table.set_records(())
            self.waiting.setText("")
        else:
            try:
                with transaction(self.desk.database.sessions) as writing:  # even without the key
                    expire_callbacks(writing, utcnow())
                with transaction(self.desk.database.sessions) as writing:
                    rows = callback_requests(
                        writing,
                        self.actor,
                        open_vault(writing),
                        centre_id,
                        include_handled=self.show_handled.isChecked(),
                    )
            except SilvershopError as err:  # the personal-data key is missing or not this database's
                self.table.set_records(())
                self.waiting.setText("")
                self.bar.show_error(err.localized())
                self._selection_changed()
                return
            self.table.empty.setText(
                self.tr("No visitor has asked to be called back.")
                if self.show_handled.isChecked()
                else self.tr("Nobody is waiting for a call.")
            )
            self.table.set_records(rows)
            self.waiting.setText(self._waiting_text(sum(1 for r in rows if r.state is RequestState.WAITING)))
        if kept is not None:
            self.select(kept.id)
        self._selection_changed()

    def _waiting_text(self, count: int) -> str:
        if count == 0:
            return self.tr("Nobody is waiting for a call.")
        if count == 1:
            return self.tr("1 visitor is waiting for a call.")
        return self.tr("{count} visitors are waiting for a call.").format(count=vocabulary.number(count))

    def reload(self) -> None:
        try:
            with self.desk.database.reading() as session:
                self.refresh(session, self.centre_id)
        except SilvershopError as err:
            self.bar.show_error(err.localized())

    # Choosing --------------------------------------------------------------------------------

    def selected(self) -> CallbackRow | None:
        return self.table.selected()

    def select(self, request_id: int) -> bool:
        ids = [r.id for r in self.table.model.records()]
        if request_id not in ids:
            return False
        self.table.view.selectRow(ids.index(request_id))
        return True

    def _selection_changed(self) -> None:
        chosen = self.selected()
        if self.revealed and (chosen is None or chosen.id not in self.revealed):
            self._hide_revealed()
        is_open = chosen is not None and chosen.state is RequestState.WAITING
        can_reveal = is_open and chosen is not None and chosen.readable and chosen.id not in self.revealed
        self.reveal_button.setEnabled(can_reveal)
        self.mark_button.setEnabled(is_open)
        self.discard_button.setEnabled(is_open)

    def _hide_revealed(self) -> None:
        """A name and phone are shown for the call about to be made, and no longer: choosing another
        request or reading the list again masks them, and drops the sentence that named them."""
        if not self.revealed:
            return
        self.revealed.clear()
        self.bar.clear()
        self._repaint_rows()

    def _repaint_rows(self) -> None:
        """Redraw the cells without resetting the model, so the chosen row stays chosen."""
        model = self.table.model
        if model.rowCount():
            model.dataChanged.emit(
                model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1)
            )

    def _shown_name(self, row: CallbackRow) -> str:
        return self.revealed.get(row.id, (row.name_masked, ""))[0] or self.tr("this visitor")

    # Acting ----------------------------------------------------------------------------------

    def reveal(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.bar.clear()
        try:
            with transaction(self.desk.database.sessions) as session:
                name, phone = reveal_callback(session, self.actor, open_vault(session), chosen.id)
        except AlreadyClosed as told:
            self._told(chosen.id, told)
            return
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        self.revealed[chosen.id] = (name, phone)
        self._repaint_rows()  # the row shows them now
        self._selection_changed()
        self.bar.show_info(
            self.tr(
                "Call {name} on {phone}. Showing them is recorded in the audit log under your name."
            ).format(name=name, phone=phone)
        )

    def mark(self) -> None:
        chosen = self.selected()
        if chosen is None or not confirm(
            self,
            self.tr("Mark as called back"),
            self.tr(
                "Mark the request of {name} as called back? Their name and phone number are then deleted "
                "for good, as they were promised."
            ).format(name=self._shown_name(chosen)),
            self.tr("Mark as called back"),
            QMessageBox.Icon.Question,
        ):
            return
        self.bar.clear()
        try:
            with transaction(self.desk.database.sessions) as session:
                mark_called_back(session, self.actor, chosen.id)
        except AlreadyClosed as told:
            self._told(chosen.id, told)
            return
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        self.revealed.pop(chosen.id, None)
        self.changed.emit()  # the screen reads its tabs again, this list and the count included
        self.bar.show_info(self.tr("Marked as called back; the visitor's name and phone are deleted."))

    def discard(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.bar.clear()
        dialog = DiscardDialog(self.desk, self.actor, chosen, self._shown_name(chosen), self)
        if not dialog.exec():
            return
        if dialog.told is not None:
            self._told(chosen.id, dialog.told)
            return
        self.revealed.pop(chosen.id, None)
        self.changed.emit()
        self.bar.show_info(
            self.tr("The request is closed without a call; the visitor's name and phone are deleted.")
        )

    def _told(self, request_id: int, told: AlreadyClosed) -> None:
        """Another desk was first: not a mistake of this one, so the list is read again and it is said
        as news, not as an error."""
        self.revealed.pop(request_id, None)
        self.changed.emit()
        self.bar.show_info(told.localized())
