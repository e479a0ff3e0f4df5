"""Taking a unit back at the counter: the loan it is on, the late fee if any (after the grace days),
the condition it came back in, deductions from the deposit with what they are for, and, as they are
typed, what the resident gets back or still has to pay. A loan can be renewed from here instead.

The preview is the return's own rule (late fee and deductions come out of the deposit; the rest is
refunded, anything beyond it is owed); the return itself works it out again in its transaction and
refuses what does not hold, with the sentence under the field.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from silvershop.config import local_today
from silvershop.db.session import transaction
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError, ValidationError
from silvershop.money import parse_yuan
from silvershop.rental.models import UnitCondition
from silvershop.rental.returns import MAX_PHOTO_BYTES, LateFee, return_unit
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.rental.checkout_panel import main_action
from silvershop.ui.rental.counter_unit import CounterUnit
from silvershop.ui.rental.counter_words import money
from silvershop.ui.rental.quote_sheet import Sheet
from silvershop.ui.rental.renewal_dialog import RenewDialog
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import Form, MessageBar
from silvershop.ui.widgets.screen import SPACING

PHOTO_TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "The photo is larger than 8 MB; take it again at a smaller size."
)
BYTES_PER_MB = 1024 * 1024


class PhotoField(QWidget):
    """An optional photo of the unit as it came back, read from a file (at most 8 MB)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo: bytes | None = None
        self.name = QLabel(self.tr("No photo"), objectName="note", wordWrap=True)
        self.choose_button = action_button(self.tr("Choose photo…"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = action_button(self.tr("Remove"))
        self.remove_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.name, 1)
        self.setFocusProxy(self.choose_button)
        self.clear()

    def choose(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the unit"), folder, self.tr("Photos (*.jpg *.jpeg *.png *.webp *.heic)")
        )
        if path:
            self.read(Path(path))

    def read(self, path: Path) -> None:
        """Take the photo at `path`; one too large or unreadable is said, and not kept."""
        self.clear()
        try:
            with path.open("rb") as file:
                data = file.read(MAX_PHOTO_BYTES + 1)
        except OSError as exc:
            self.name.setText(
                "⚠ "
                + self.tr("{name} could not be read: {reason}").format(
                    name=path.name, reason=exc.strerror or exc
                )
            )
            return
        if len(data) > MAX_PHOTO_BYTES:
            self.name.setText("⚠ " + ValidationError(PHOTO_TOO_LARGE).localized())
            return
        self.photo = data
        size = f"{len(data) / BYTES_PER_MB:.1f}" if len(data) >= BYTES_PER_MB // 10 else "0.1"
        self.name.setText(self.tr("{name}, {size} MB").format(name=path.name, size=size))
        self.remove_button.show()

    def clear(self) -> None:
        self.photo = None
        self.name.setText(self.tr("No photo"))
        self.remove_button.hide()


class ReturnPanel(QWidget):
    """`returned` with the `ReturnResult` after a unit was taken back; `renewed` with the new loan."""

    returned = Signal(object)
    renewed = Signal(object)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.unit: CounterUnit | None = None
        self.bar = MessageBar()
        self.conditions = QButtonGroup(self)
        self.radios: dict[UnitCondition, QRadioButton] = {}
        condition_row = QWidget()
        row = QHBoxLayout(condition_row)
        row.setContentsMargins(0, 0, 0, 0)
        for condition in UnitCondition:
            radio = self.radios[condition] = large_target(QRadioButton(vocabulary.word(condition)))
            self.conditions.addButton(radio)
            row.addWidget(radio)
        row.addStretch(1)
        self.conditions.buttonToggled.connect(self._condition_changed)
        self.note = large_target(QLineEdit())
        self.note.setMaxLength(2000)
        self.photo = PhotoField()
        self.deductions = large_target(QLineEdit())
        self.deductions.setPlaceholderText(self.tr("0.00 元"))
        self.deductions.setMaximumWidth(200)
        self.deductions.textChanged.connect(self.preview)
        self.deductions_note = large_target(QLineEdit())
        self.deductions_note.setPlaceholderText(
            self.tr("What the deduction is for: a missing part, a repair")
        )
        self.deductions_note.setMaxLength(200)
        self.collected = large_target(QCheckBox(self.tr("Collected from the resident's home")))
        self.form = Form()
        self.form.layout_.setHorizontalSpacing(SPACING)
        self.form.add("condition", self.tr("Came back"), condition_row)
        self.form.add("note", self.tr("What is wrong"), self.note)
        self.form.add("photo", self.tr("Photo"), self.photo)
        self.form.add("deductions", self.tr("Deductions"), self.deductions)
        self.form.add("deductions_note", self.tr("Deducted for"), self.deductions_note)
        self.form.add("collected", "", self.collected)
        self.sheet = Sheet("returnSheet")
        self.take_back_button = main_action(self.tr("Take back"))
        self.take_back_button.clicked.connect(self.take_back)
        self.renew_button = action_button(self.tr("Renew…"))
        self.renew_button.clicked.connect(self.renew)
        self.renew_note = QLabel(objectName="note", wordWrap=True)
        self._layout()

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.setSpacing(SPACING // 2)
        left.addWidget(self.form)
        left.addStretch(1)
        actions = QGridLayout()
        actions.setSpacing(SPACING // 2)
        actions.addWidget(self.take_back_button, 0, 0, 1, 2)
        actions.addWidget(self.renew_button, 1, 0)
        actions.addWidget(self.renew_note, 1, 1)
        actions.setColumnStretch(1, 1)
        right = QVBoxLayout()
        right.setSpacing(SPACING)
        right.addWidget(self.sheet, 1)
        right.addLayout(actions)
        row = QHBoxLayout()
        row.setSpacing(SPACING * 2)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.bar)
        layout.addLayout(row, 1)

    # The loan ---------------------------------------------------------------------------------

    def show_unit(self, unit: CounterUnit) -> None:
        """A unit on loan, just scanned: nothing said about the last one is kept."""
        self.bar.clear()
        self.form.clear_errors()
        self.radios[UnitCondition.GOOD].setChecked(True)
        for field in (self.note, self.deductions, self.deductions_note):
            field.clear()
        self.photo.clear()
        self.collected.setChecked(False)
        self.refreshed(unit)

    def refreshed(self, unit: CounterUnit) -> None:
        """The same loan read again: what was typed stays, the late fee is today's."""
        self.unit = unit
        loan, late = unit.loan, unit.late
        if loan is None or late is None:
            return
        self.renew_button.setEnabled(not late.charged_days)
        self.renew_note.setText(
            self.tr("Past its grace days: take it back with the late fee, then lend it again.")
            if late.charged_days
            else ""
        )
        self.preview()

    def _late(self, late: LateFee) -> str:
        if not late.days_late:
            return self.tr("Not late.")
        if not late.charged_days:
            return self.tr("{days} days late, within the {grace} grace days: no late fee.").format(
                days=late.days_late, grace=late.grace_days
            )
        return self.tr(
            "{days} days late; after {grace} grace days, {charged} days at {per_day} a day."
        ).format(
            days=late.days_late,
            grace=late.grace_days,
            charged=late.charged_days,
            per_day=money(late.per_day_fen),
        )

    def _condition_changed(self) -> None:
        good = self.condition() is UnitCondition.GOOD
        self.note.setPlaceholderText(
            self.tr("Optional, as it came back in good order")
            if good
            else self.tr("Required: what is wrong, so the repair knows what to fix")
        )

    def condition(self) -> UnitCondition:
        return next((c for c, radio in self.radios.items() if radio.isChecked()), UnitCondition.GOOD)

    # The money --------------------------------------------------------------------------------

    def deductions_fen(self) -> int:
        """The deductions typed, in fen (0 when none); a refusal names the field."""
        return parse_yuan(self.deductions.text(), field="deductions") or 0

    def preview(self) -> None:
        """The loan, and what comes of the deposit with the late fee and the deductions typed so far."""
        loan, late = (self.unit.loan, self.unit.late) if self.unit is not None else (None, None)
        if loan is None or late is None:
            return
        self.sheet.start()
        self.sheet.line(
            "loan", self.tr("Loan {code} · {name}").format(code=loan.code, name=loan.resident_name)
        )
        self.sheet.line(
            "dates",
            self.tr("From {start}, due back on {due}").format(
                start=loan.start_on.isoformat(), due=loan.due_on.isoformat()
            ),
        )
        self.sheet.line("late", self._late(late))
        self.sheet.row("deposit", self.tr("Deposit paid at checkout"), money(loan.deposit_fen))
        self.sheet.row("late_fee", self.tr("Late fee"), money(-late.fee_fen))
        try:
            deductions = self.deductions_fen()
        except SilvershopError:
            self.sheet.row(
                "deductions", self.tr("Deductions"), "–", self.tr("Type the amount in 元, e.g. 50.")
            )
            return
        if deductions > loan.deposit_fen:
            self.sheet.row(
                "deductions",
                self.tr("Deductions"),
                money(-deductions),
                self.tr(
                    "More than the deposit: deduct at most {deposit} and charge the rest separately."
                ).format(deposit=money(loan.deposit_fen)),
            )
            return
        self.sheet.row("deductions", self.tr("Deductions"), money(-deductions))
        taken = late.fee_fen + deductions
        if taken > loan.deposit_fen:
            self.sheet.total("owed", self.tr("Still to pay"), money(taken - loan.deposit_fen))
        else:
            self.sheet.total("refund", self.tr("Refund"), money(loan.deposit_fen - taken))

    # Writing ----------------------------------------------------------------------------------

    def take_back(self) -> None:
        if self.unit is None or self.unit.loan is None:
            return
        self.bar.clear()
        self.form.clear_errors()
        try:
            deductions = self.deductions_fen()
            with transaction(self.desk.database.sessions) as session:
                result = return_unit(
                    session,
                    self.actor,
                    self.unit.unit.id,
                    self.condition(),
                    local_today(),
                    note=self.note.text(),
                    photo=self.photo.photo,
                    deductions_fen=deductions,
                    deductions_note=self.deductions_note.text(),
                    collected=self.collected.isChecked(),
                )
        except SilvershopError as err:
            if err.field in (None, "unit"):
                self.bar.show_error(err.localized())
            else:
                self.form.show_error(err)
            return
        self.returned.emit(result)

    def renew(self) -> None:
        if self.unit is None or self.unit.loan is None:
            return
        dialog = RenewDialog(self.desk, self.actor, self.unit.loan, self.unit.allow_day_terms, self)
        if dialog.exec() and dialog.renewed is not None:
            self.renewed.emit(dialog.renewed)
