"""The settings every desk on this database shares, which only an administrator changes: when an
idle desk locks, how long residents' data is kept, how much of an ID number stays visible, the
city's product page that product labels may carry, and the office named in the bureau workbook."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.db.session import transaction
from silvershop.errors import SilvershopError
from silvershop.security import settings
from silvershop.security.masking import mask_id_number
from silvershop.security.permissions import Actor
from silvershop.ui.desk import Desk
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import Form

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
        self._show_example()

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
