"""The Audit log tab: who did what to which record, newest first, personal values masked as they
were recorded. At most `LIMIT` entries are read at once, so a long log never stalls the desk."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget
from sqlalchemy.orm import Session

from silvershop.config import local_today
from silvershop.errors import SilvershopError
from silvershop.security.audit import AuditRow, filter_choices, list_entries
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.settings import words
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.record_table import Column, RecordTable
from silvershop.ui.widgets.screen import SPACING, list_page

LIMIT = 1000
FIRST_DAYS = 30  # the log opens on the last month; an earlier date shows more


class AuditLogTab(QWidget):
    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.bar = MessageBar()
        self.since = large_target(QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd"))
        self.since.setDate(QDate(local_today()).addDays(-FIRST_DAYS))
        self.since.setMaximumDate(QDate(local_today()))
        self.entity = large_target(QComboBox())
        self.user = large_target(QComboBox())
        for combo in (self.entity, self.user):
            combo.setMinimumWidth(180)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.refresh_button = action_button(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.since.editingFinished.connect(self.reload)
        self.entity.activated.connect(self.reload)
        self.user.activated.connect(self.reload)
        self.note = QLabel(objectName="note", wordWrap=True)
        self.table: RecordTable[AuditRow] = RecordTable(
            [
                Column(self.tr("Time"), lambda r: words.local_time(r.at, seconds=True)),
                Column(self.tr("User"), lambda r: r.username),
                Column(self.tr("Action"), lambda r: words.action(r.action)),
                Column(self.tr("Record"), lambda r: f"{words.entity(r.entity)} {r.entity_id}".strip()),
                Column(self.tr("Changes"), self._changes, stretch=True),
            ],
            empty_text=self.tr("Nothing was recorded for these filters. Choose an earlier date or “All”."),
        )
        filters = button_row()
        filters.setSpacing(SPACING // 2)
        for caption, widget in (
            (self.tr("Since"), self.since),
            (self.tr("Kind of record"), self.entity),
            (self.tr("User"), self.user),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(SPACING // 2)
        filters.addWidget(self.refresh_button)
        filters.addStretch(1)
        list_page(self, self.bar, filters, self.note, table=self.table)

    def _value(self, name: str, value: Any) -> str:
        if value is None or value == "":
            return "–"
        if name == "roles":
            return words.role_codes(str(value))
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list):
            return words.list_of(str(v) for v in value)
        return str(value)

    def _changes(self, row: AuditRow) -> str:
        changes = [
            f"{words.field(name)}: {self._value(name, old)} → {self._value(name, new)}"
            for name, (old, new) in row.changes.items()
        ]
        return "; ".join(changes) or row.summary

    def _since(self) -> datetime:
        day = self.since.date().toPython()
        return datetime.combine(day, time(0), tzinfo=words.LOCAL_ZONE).astimezone(UTC)

    def _fill(self, combo: QComboBox, everyone: str, values: tuple[str, ...], word: Any) -> None:
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(everyone, None)
        for value in values:
            combo.addItem(word(value), value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def refresh(self, session: Session) -> None:
        self.bar.clear()
        try:
            choices = filter_choices(session, self.actor)
            self._fill(self.entity, self.tr("All"), choices.entities, words.entity)
            self._fill(self.user, self.tr("Everyone"), choices.usernames, str)
            rows = list_entries(
                session,
                self.actor,
                since=self._since(),
                entity=self.entity.currentData(),
                username=self.user.currentData(),
                limit=LIMIT + 1,
            )
        except SilvershopError as err:
            self.table.set_records(())
            self.bar.show_error(err.localized())
            return
        self.table.set_records(rows[:LIMIT])
        if len(rows) > LIMIT:
            self.note.setText(
                self.tr(
                    "Showing the newest {count} entries only. Choose a later date, a kind of record or a "
                    "user to see the ones before."
                ).format(count=vocabulary.number(LIMIT))
            )
        else:
            self.note.setText(
                self.tr("{count} entries, newest first.").format(count=vocabulary.number(len(rows)))
            )

    def reload(self) -> None:
        with self.desk.database.reading() as session:
            self.refresh(session)
