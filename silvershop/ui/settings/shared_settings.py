"""The settings every desk on this database shares, which only an administrator changes: when an
idle desk locks, how long residents' data is kept, how much of an ID number stays visible, the
city's product page that product labels may carry, the office named in the bureau workbook, the
city's yearly subsidy budget the statistics compare with, the kiosk's idle time and staff PIN, and
how long a kiosk visitor's callback request waits for a call before its name and phone are deleted.

The PIN is set on its own, in a small dialog, and written at once: it is kept only as a hash, so the
form can say whether one is set but never show it."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.db.session import transaction
from silvershop.errors import QT_TRANSLATE_NOOP, SilvershopError, ValidationError
from silvershop.kiosk.pin import PIN_DIGITS, kiosk_pin_set, set_kiosk_pin
from silvershop.security import settings
from silvershop.security.masking import mask_id_number
from silvershop.security.permissions import Actor
from silvershop.ui import theme
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.form_dialog import FormDialog, action_button, large_target
from silvershop.ui.widgets.forms import Form

# The setting's own limit (2 billion 元, within a spin box's 2³¹ − 1): far above any city's yearly budget.
BUDGET_TOP = settings.limits(settings.SUBSIDY_BUDGET_YUAN)[1]
BUDGET_WIDTH = 220  # px for 2,000,000,000 元 in the ordinary look
# Shown to explain the mask; a made-up but valid number (GB 11643's own example).
SAMPLE_ID_NUMBER = "11010519491231002X"


def number_box(suffix: str, top: int) -> QSpinBox:
    """Wide enough to type any number, so an out-of-range one gets the service's sentence rather
    than silently stopping at a limit."""
    box = QSpinBox()
    box.setRange(0, top)
    box.setSuffix(suffix)
    box.setFixedWidth(160)
    return large_target(box)


def pin_field() -> QLineEdit:
    """Digits typed unseen; the service says what a PIN may be, so nothing is silently dropped here."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    field.setMaxLength(2 * PIN_DIGITS[1])  # room to type a mistake the service can name
    field.setFixedWidth(200)
    return field


class KioskPinDialog(FormDialog):
    """A new staff PIN for every kiosk, typed twice unseen."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        shortest, longest = PIN_DIGITS
        super().__init__(
            self.tr("Kiosk staff PIN"),
            self.tr("Set PIN"),
            parent,
            intro=self.tr(
                "Staff type this PIN to take a kiosk out of its full-screen mode. Use {shortest} to "
                "{longest} digits that visitors cannot guess; it replaces the PIN of every kiosk."
            ).format(shortest=shortest, longest=longest),
        )
        self.desk = desk
        self.actor = actor
        self.pin = self.add("pin", self.tr("New PIN"), pin_field())
        self.again = self.add("pin_again", self.tr("New PIN again"), pin_field())

    def submit(self) -> None:
        typed = [unicodedata.normalize("NFKC", field.text()).strip() for field in (self.pin, self.again)]
        if typed[0] != typed[1]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The two PINs are not the same. Type the PIN again."),
                field="pin_again",
            )
        with transaction(self.desk.database.sessions) as session:
            set_kiosk_pin(session, self.actor, self.pin.text())


class SharedSettingsForm(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.saved: dict[str, Any] = {}
        self.form = Form()
        self.form.layout_.setHorizontalSpacing(24)
        self.idle_minutes = number_box(self.tr(" minutes"), 999)
        self.retention_years = number_box(self.tr(" years"), 999)
        self.mask_head = number_box("", 99)
        self.mask_tail = number_box("", 99)
        self.mask_example = QLabel(objectName="note")
        mask = QWidget()
        row = QHBoxLayout(mask)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("first")))
        row.addWidget(self.mask_head)
        row.addWidget(QLabel(self.tr("and last")))
        row.addWidget(self.mask_tail)
        row.addWidget(QLabel(self.tr("characters visible")))
        row.addWidget(self.mask_example, 1)
        mask.setFocusProxy(self.mask_head)
        for box in (self.mask_head, self.mask_tail):
            box.valueChanged.connect(self._show_example)
        self.form.add(settings.IDLE_LOCK_MINUTES, self.tr("Lock an idle desk after"), self.idle_minutes)
        self.form.add(settings.RETENTION_YEARS, self.tr("Keep residents' data for"), self.retention_years)
        self.form.add(settings.ID_MASK, self.tr("ID numbers show the"), mask)
        self.product_url = large_target(QLineEdit())
        self.product_url.setPlaceholderText(settings.URL_EXAMPLE)
        self.product_url.setAccessibleName(self.tr("Product page address on labels"))
        self.product_url.setClearButtonEnabled(True)
        self.form.add(settings.PRODUCT_LABEL_URL, self.tr("Product labels carry"), self.product_url)
        self.form.layout_.addRow(
            "",
            QLabel(
                self.tr(
                    "Leave empty for silvershop's own code (SS:P:…). With the address of the city's product "
                    "page, {code} standing for the product code, product labels carry that address: a "
                    "resident's phone opens the product's page, and the desk's scanner still opens the "
                    "product in silvershop."
                ),
                objectName="note",
                wordWrap=True,
            ),
        )
        self.office = large_target(QLineEdit())
        self.office.setPlaceholderText(self.tr("e.g. 无锡市民政局养老服务处"))
        self.office.setAccessibleName(self.tr("Submitting office"))
        self.office.setClearButtonEnabled(True)
        self.form.add(settings.SUBMITTING_OFFICE, self.tr("Submitting office (填报单位)"), self.office)
        self.form.layout_.addRow(
            "",
            QLabel(
                self.tr(
                    "Named as 填报单位 in the bureau workbook; whoever exports it may write another office "
                    "for that one workbook."
                ),
                objectName="note",
                wordWrap=True,
            ),
        )
        self.subsidy_budget = number_box(self.tr(" 元"), BUDGET_TOP)
        self.subsidy_budget.setGroupSeparatorShown(True)  # 3,000,000 元 read at a glance
        self.subsidy_budget.setSpecialValueText(self.tr("not set"))
        self.subsidy_budget.setFixedWidth(theme.text_px(BUDGET_WIDTH))
        self.form.add(
            settings.SUBSIDY_BUDGET_YUAN, self.tr("Subsidy budget per year (元)"), self.subsidy_budget
        )
        self.form.layout_.addRow(
            "",
            QLabel(
                self.tr(
                    "The city's rental subsidy budget for a calendar year; the statistics show what was "
                    "granted against it. 0 leaves it not set."
                ),
                objectName="note",
                wordWrap=True,
            ),
        )
        self.kiosk_idle = number_box(self.tr(" seconds"), 9999)
        self.form.add(
            settings.KIOSK_IDLE_SECONDS, self.tr("Kiosk: idle time before it returns home"), self.kiosk_idle
        )
        self.callback_days = number_box(self.tr(" days"), 9999)
        self.form.add(
            settings.CALLBACK_DAYS,
            self.tr("Kiosk: delete callback requests nobody called back after"),
            self.callback_days,
        )
        self.backup_days = number_box(self.tr(" days"), 9999)
        self.form.add(
            settings.BACKUP_KEEP_DAYS,
            self.tr("Keep the daily backups of this database for"),
            self.backup_days,
        )
        self.pin_state = QLabel()
        self.set_pin = action_button(self.tr("Set PIN…"))
        self.set_pin.setAccessibleName(self.tr("Set the kiosk staff PIN"))
        self.set_pin.clicked.connect(self.ask_pin)
        pin = QWidget()
        pin_row = QHBoxLayout(pin)
        pin_row.setContentsMargins(0, 0, 0, 0)
        pin_row.addWidget(self.pin_state)
        pin_row.addWidget(self.set_pin)
        pin_row.addStretch(1)
        pin.setFocusProxy(self.set_pin)
        self.form.add(settings.KIOSK_PIN, self.tr("Kiosk staff PIN"), pin)
        self.save = action_button(self.tr("Save shared settings"))
        self.save.clicked.connect(self.save_settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Every desk on this database uses these. A resident's data is kept this many years "
                    "after registration, then listed for review."
                ),
                objectName="note",
                wordWrap=True,
            )
        )
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)

    def _values(self) -> dict[str, Any]:
        return {
            settings.IDLE_LOCK_MINUTES: self.idle_minutes.value(),
            settings.RETENTION_YEARS: self.retention_years.value(),
            settings.ID_MASK: [self.mask_head.value(), self.mask_tail.value()],
            settings.PRODUCT_LABEL_URL: self.product_url.text().strip(),
            settings.SUBMITTING_OFFICE: " ".join(self.office.text().split()),  # one line, as it is kept
            settings.KIOSK_IDLE_SECONDS: self.kiosk_idle.value(),
            settings.CALLBACK_DAYS: self.callback_days.value(),
            settings.SUBSIDY_BUDGET_YUAN: self.subsidy_budget.value(),
            settings.BACKUP_KEEP_DAYS: self.backup_days.value(),
        }

    def _show_example(self) -> None:
        head, tail = self.mask_head.value(), self.mask_tail.value()
        self.mask_example.setText(
            self.tr("e.g. {example}").format(example=mask_id_number(SAMPLE_ID_NUMBER, head, tail))
        )

    def refresh(self, session: Session) -> None:
        self.saved = {key: settings.get(session, key) for key in self._values()}
        self.idle_minutes.setValue(self.saved[settings.IDLE_LOCK_MINUTES])
        self.retention_years.setValue(self.saved[settings.RETENTION_YEARS])
        head, tail = self.saved[settings.ID_MASK]
        self.mask_head.setValue(head)
        self.mask_tail.setValue(tail)
        self.product_url.setText(self.saved[settings.PRODUCT_LABEL_URL])
        self.office.setText(self.saved[settings.SUBMITTING_OFFICE])
        self.kiosk_idle.setValue(self.saved[settings.KIOSK_IDLE_SECONDS])
        self.callback_days.setValue(self.saved[settings.CALLBACK_DAYS])
        self.subsidy_budget.setValue(self.saved[settings.SUBSIDY_BUDGET_YUAN])
        self.backup_days.setValue(self.saved[settings.BACKUP_KEEP_DAYS])
        self._show_pin_state(kiosk_pin_set(session))
        self._show_example()

    def _show_pin_state(self, is_set: bool) -> None:
        self.pin_state.setText(self.tr("set") if is_set else self.tr("not set"))

    def ask_pin(self) -> None:
        """The PIN is written by its dialog at once, not with the other settings."""
        self.form.clear_errors()
        if not KioskPinDialog(self.desk, self.actor, self).exec():
            return
        self._show_pin_state(True)
        self.form.bar.show_info(self.tr("The kiosk PIN is set for every kiosk on this database."))

    def save_settings(self) -> None:
        self.form.clear_errors()
        changes = {key: value for key, value in self._values().items() if value != self.saved.get(key)}
        if not changes:
            self.form.bar.show_info(self.tr("Nothing was changed."))
            return
        try:
            with transaction(self.desk.database.sessions) as session:
                for key, value in changes.items():
                    settings.put(session, self.actor, key, value)
        except SilvershopError as err:
            self.form.show_error(err)
            return
        self.saved.update(changes)
        self.form.bar.show_info(self.tr("Saved for every desk on this database."))
        self.changed.emit()
