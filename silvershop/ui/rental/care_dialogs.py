"""Signing off a cleaning and finishing a repair, the two steps that bring a unit back to the shelf.

A cleaning record names the method, the disinfectant and its strength, who did it and when, and
whether it passed (MZ/T 175.2-2021): only a passed one lets the unit be lent again. The unit may go
straight to a resident waiting for it; the sentence left for the tab's bar says so, as read from the
unit after the write. A repair closes with what was done and what it cost; a manager may instead
decide the unit is beyond repair, which retires it and is asked once more.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from silvershop.config import LOCAL_ZONE
from silvershop.db.session import transaction
from silvershop.money import parse_yuan
from silvershop.rental.cleaning import CleaningInput, record_cleaning
from silvershop.rental.desk_lists import UnitWaiting
from silvershop.rental.models import CleaningResult, ReservationStatus, UnitState
from silvershop.rental.out_of_service import finish_repair
from silvershop.rental.reservations import list_reservations
from silvershop.rental.units import unit_view
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.form_dialog import DeskDialog, confirm, large_target

# Stored as typed, in the words of the cleaning standard and the labels on the bottles; offered to
# save typing, and the fields take any other.
METHODS = ("擦拭消毒", "浸泡消毒", "紫外线照射", "高温蒸汽")
AGENTS = ("含氯消毒剂 500 mg/L", "75% 酒精", "过氧化氢")


def suggestions(items: tuple[str, ...], placeholder: str) -> QComboBox:
    """A field that offers the usual values and takes any other; empty until one is chosen."""
    box = QComboBox(editable=True)
    box.addItems(items)
    box.setCurrentIndex(-1)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    line = box.lineEdit()
    assert line is not None  # an editable combo box has its line
    line.setPlaceholderText(placeholder)
    return box


class CareDialog(DeskDialog):
    """A step on one waiting unit, named in the form's first row (where a refusal about it goes)."""

    def __init__(
        self,
        title: str,
        action: str,
        desk: Desk,
        actor: Actor,
        unit: UnitWaiting,
        field: str,
        parent: QWidget | None = None,
        *,
        intro: str = "",
    ) -> None:
        super().__init__(title, action, desk, actor, parent, intro=intro)
        self.unit = unit
        self.unit_label = self.add(
            field, self.tr("Unit"), QLabel(f"{unit.asset_tag} · {unit.product_name}", wordWrap=True)
        )


class CleaningDialog(CareDialog):
    def __init__(
        self, desk: Desk, actor: Actor, unit: UnitWaiting, performer: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Record the cleaning of {tag}").format(tag=unit.asset_tag),
            self.tr("Sign off"),
            desk,
            actor,
            unit,
            "unit",
            parent,
            intro=self.tr(
                "Cleaning and disinfection between loans (MZ/T 175.2-2021): the unit is lent again only "
                "once a cleaning that passed is signed off."
            ),
        )
        self.method = self.add(
            "method", self.tr("Method"), suggestions(METHODS, self.tr("How it was cleaned"))
        )
        self.agent = self.add(
            "agent", self.tr("Disinfectant"), suggestions(AGENTS, self.tr("What was used, and its strength"))
        )
        self.performed_by = self.add("performed_by", self.tr("Cleaned by"), QLineEdit(performer))
        now = datetime.now(LOCAL_ZONE).replace(second=0, microsecond=0, tzinfo=None)
        self.performed_at = self.add(
            "performed_at",
            self.tr("When"),
            QDateTimeEdit(now, calendarPopup=True, displayFormat="yyyy-MM-dd HH:mm"),
        )
        self.performed_at.setMaximumDateTime(now)
        self.performed_at.setFixedWidth(260)
        result = QWidget()
        row = QHBoxLayout(result)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        self.passed = large_target(QRadioButton(vocabulary.word(CleaningResult.PASSED)))
        self.failed = large_target(QRadioButton(vocabulary.word(CleaningResult.FAILED)))
        self.results = QButtonGroup(self)
        for radio in (self.passed, self.failed):
            self.results.addButton(radio)
            row.addWidget(radio)
        row.addStretch(1)
        self.passed.setChecked(True)
        self.add("result", self.tr("Result"), result)
        self.note = self.add("note", self.tr("Note"), QLineEdit())
        self.note.setPlaceholderText(self.tr("May stay empty"))

    def _done_at(self) -> datetime:
        """The time typed, on the centres' clock (the field shows it without a zone)."""
        typed: datetime = self.performed_at.dateTime().toPython()  # type: ignore[assignment]
        return typed.replace(tzinfo=LOCAL_ZONE)

    def submit(self) -> None:
        result = CleaningResult.PASSED if self.passed.isChecked() else CleaningResult.FAILED
        data = CleaningInput(
            method=self.method.currentText(),
            agent=self.agent.currentText(),
            performed_by=self.performed_by.text(),
            result=result,
            performed_at=self._done_at(),
            note=self.note.text(),
        )
        tag = self.unit.asset_tag
        with transaction(self.desk.database.sessions) as session:
            record_cleaning(session, self.actor, self.unit.unit_id, data)
            after = unit_view(session, self.unit.unit_id)  # a waiting resident may have been given it
            holders = [
                r.resident_name
                for r in list_reservations(
                    session, self.actor, after.centre_id, status=ReservationStatus.ACTIVE
                )
                if r.unit_id == after.id
            ]
        if result is CleaningResult.FAILED:
            self.confirmation = self.tr(
                "The cleaning of {tag} failed and is recorded; the unit stays on the list until a cleaning "
                "passes."
            ).format(tag=tag)
        elif after.state is UnitState.RESERVED and holders:
            self.confirmation = self.tr(
                "{tag} is clean and held for {name}'s reservation: put it aside for them."
            ).format(tag=tag, name=holders[0])
        else:
            self.confirmation = self.tr("{tag} is clean and back on the shelf: {state}.").format(
                tag=tag, state=vocabulary.word(after.state)
            )


class FinishRepairDialog(CareDialog):
    def __init__(
        self, desk: Desk, actor: Actor, unit: UnitWaiting, may_retire: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Finish the repair of {tag}").format(tag=unit.asset_tag),
            self.tr("Finish repair"),
            desk,
            actor,
            unit,
            "repair",
            parent,
            intro=self.tr(
                "A repaired unit is cleaned before its next loan, so it goes to the cleaning list."
            ),
        )
        self.add("fault", self.tr("Fault"), QLabel(unit.fault or "–", wordWrap=True))
        self.action_taken = self.add("action", self.tr("What was done"), QLineEdit())
        self.action_taken.setPlaceholderText(self.tr("e.g. brake cable replaced"))
        self.cost = self.add("cost", self.tr("Cost (元)"), QLineEdit())
        self.cost.setPlaceholderText(self.tr("Empty if nothing was paid"))
        self.cost.setFixedWidth(220)
        self.beyond_repair = QCheckBox(self.tr("Beyond repair: retire it"))
        if may_retire:
            self.add("beyond_repair", self.tr("Outcome"), self.beyond_repair)
        self.beyond_repair.toggled.connect(self._say_what_happens)

    def _say_what_happens(self) -> None:
        self.action.setText(
            self.tr("Retire…") if self.beyond_repair.isChecked() else self.tr("Finish repair")
        )

    def accept(self) -> None:
        retiring = self.beyond_repair.isChecked()
        # Without what was done the service refuses under the field; there is nothing to ask yet.
        if (
            not retiring
            or not self.action_taken.text().strip()
            or confirm(
                self,
                self.tr("Retire unit"),
                self.tr(
                    "Retire {tag} ({product}) as beyond repair? It will never be lent again. This cannot be "
                    "undone."
                ).format(tag=self.unit.asset_tag, product=self.unit.product_name),
                self.tr("Retire"),
            )
        ):
            super().accept()

    def submit(self) -> None:
        assert self.unit.repair_id is not None  # the tab offers only units with an open repair
        cost = parse_yuan(self.cost.text(), field="cost") or 0
        retiring = self.beyond_repair.isChecked()
        with transaction(self.desk.database.sessions) as session:
            finish_repair(session, self.actor, self.unit.repair_id, self.action_taken.text(), cost, retiring)
        if retiring:
            self.confirmation = self.tr("{tag} is retired as beyond repair.").format(tag=self.unit.asset_tag)
        else:
            self.confirmation = self.tr(
                "{tag} is repaired and waits for cleaning before its next loan."
            ).format(tag=self.unit.asset_tag)
