"""Printing a batch of labels: what to label, on which preset, how many, and the page as it will
come out, beside it.

The batch is read and measured as the person works (`labels.records`, `LabelJob.check`), a moment
after they stop typing: a code no record has, a character a label cannot carry, a name too long
for the label, a skip past the end of the sheet is one sentence under the choices, and Print and
Save stay greyed until it is put right, so nothing wrong reaches a printer. Bulk choices put their
codes in the list, where the person sees (and can still change) what will be printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from silvershop.centres.directory import CentreEntry, list_centres
from silvershop.config import local_today
from silvershop.errors import SilvershopError
from silvershop.labels.payloads import PayloadKind
from silvershop.labels.placement import MAX_COPIES
from silvershop.labels.presets import PresetSpec, list_presets
from silvershop.labels.records import LabelItem, centre_unit_labels, labels_for, received_labels
from silvershop.labels.render import LabelJob
from silvershop.security import settings
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.centres.centre_choice import CentreChoice
from silvershop.ui.desk import Desk
from silvershop.ui.labels.codes import CodeList
from silvershop.ui.labels.output import LabelOutput
from silvershop.ui.labels.preview import LabelPreview
from silvershop.ui.labels.printing import FAILED, Batch
from silvershop.ui.widgets.flow_row import button_row
from silvershop.ui.widgets.form_dialog import action_button, large_target
from silvershop.ui.widgets.forms import MessageBar
from silvershop.ui.widgets.screen import SPACING

TYPING_PAUSE_MS = 400
SPIN_WIDTH = 96  # room to type a number as well as use the arrows


def working_centres(actor: Actor, centres: Sequence[CentreEntry]) -> list[CentreEntry]:
    """The open centres whose labels the actor prints in bulk: those they work at, or every open one
    for people bound to no centre (administrators, the catalogue office)."""
    everywhere = actor.is_admin or not actor.centre_ids
    return [c for c in centres if c.active and (everywhere or c.id in actor.centre_ids)]


class LabelBatchPanel(QWidget):
    """`batch_ended(outcome, sentence)` when a batch sent to a printer or a PDF has finished (see
    printing.BatchRun); a cancelled batch is said as news, a failed one as a refusal."""

    batch_ended = Signal(str, str)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.presets: list[PresetSpec] = []
        self.centres: list[CentreEntry] = []
        self.job: LabelJob | None = None  # the batch as checked; None while it is not good
        self._last: LabelJob | None = None  # kept so copies and skip re-use its measured labels
        self._read: tuple[PayloadKind, tuple[str, ...], list[LabelItem]] | None = None
        self.output = LabelOutput(desk, self)
        self.output.ended.connect(self._ended)
        self.codes = CodeList()
        self.codes.changed.connect(self._typed)
        self.codes.scan.scanned.connect(self._scanned)
        self.centre = CentreChoice()
        self.centre.setAccessibleName(self.tr("Centre for labels in bulk"))
        self.units_button = action_button(self.tr("All its device units"))
        self.units_button.setToolTip(self.tr("A label for every device unit of the centre in service"))
        self.units_button.clicked.connect(self.all_units)
        self.received_button = action_button(self.tr("Everything received today"))
        self.received_button.setToolTip(self.tr("A label for every piece the centre received today"))
        self.received_button.clicked.connect(self.received_today)
        self.preset_choice = large_target(QComboBox())
        self.preset_choice.setAccessibleName(self.tr("Label preset"))
        self.preset_choice.setMinimumContentsLength(22)
        self.preset_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.preset_choice.currentIndexChanged.connect(self._preset_chosen)
        self.copies = large_target(QSpinBox())
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setMinimumWidth(SPIN_WIDTH)
        self.copies.setAccessibleName(self.tr("Copies of each label"))
        self.copies.valueChanged.connect(self.check_batch)
        self.skip = large_target(QSpinBox())
        self.skip.setAccessibleName(self.tr("Used labels to skip"))
        self.skip.setMinimumWidth(SPIN_WIDTH)
        self.skip.setToolTip(self.tr("Labels already used on the first sheet: printing starts after them"))
        self.skip.valueChanged.connect(self.check_batch)
        self.skip_label = QLabel(self.tr("Skip used labels"))
        self.skip_label.setBuddy(self.skip)
        self.summary = QLabel(wordWrap=True)
        self.bar = MessageBar()
        self.print_button = action_button(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_labels)
        self.save_button = action_button(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.preview = LabelPreview()
        self.pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.pause.timeout.connect(self.check_batch)
        self._layout()
        self._update_buttons()

    def _layout(self) -> None:
        bulk_buttons = button_row()
        bulk_buttons.setSpacing(SPACING // 2)
        bulk_buttons.addWidget(self.units_button)
        bulk_buttons.addWidget(self.received_button)
        bulk_buttons.addStretch(1)
        bulk = QVBoxLayout()
        bulk.setSpacing(SPACING // 2)
        bulk.addWidget(self.centre)
        bulk.addLayout(bulk_buttons)
        counts = QHBoxLayout()
        counts.setSpacing(SPACING // 2)
        counts.addWidget(self.copies)
        counts.addSpacing(SPACING)
        counts.addWidget(self.skip_label)
        counts.addWidget(self.skip)
        counts.addStretch(1)
        form = QFormLayout()
        form.setHorizontalSpacing(SPACING)
        form.setVerticalSpacing(SPACING // 2)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self._caption(self.tr("Label"), self.codes.kind_choice), self.codes)
        self.bulk_label = self._caption(self.tr("In bulk at"), self.centre)
        form.addRow(self.bulk_label, bulk)
        form.addRow(self._caption(self.tr("Print on"), self.preset_choice), self.preset_choice)
        form.addRow(self._caption(self.tr("Copies of each"), self.copies), counts)
        buttons = button_row()
        buttons.setSpacing(SPACING // 2)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(SPACING // 2)
        left.addLayout(form, 1)
        left.addWidget(self.summary)
        left.addWidget(self.bar)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING * 2)
        layout.addLayout(left, 3)
        layout.addWidget(self.preview, 2)

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        return caption

    # Reading -------------------------------------------------------------------------------------

    def refresh(self, session: Session) -> None:
        """The presets and centres to choose from; the codes in the list are read again, as records
        may have changed since."""
        kept = self.preset()
        self.presets = list_presets(session)
        was_blocked = self.preset_choice.blockSignals(True)
        self.preset_choice.clear()
        for preset in self.presets:
            self.preset_choice.addItem(self._preset_text(preset), preset.id)
        found = self.preset_choice.findData(kept.id) if kept is not None else -1
        self.preset_choice.setCurrentIndex(max(found, 0) if self.presets else -1)
        self.preset_choice.blockSignals(was_blocked)
        self.centres = working_centres(self.actor, list_centres(session))
        self.centre.set_centres(self.centres)
        for widget in (self.bulk_label, self.centre, self.units_button, self.received_button):
            widget.setVisible(bool(self.centres))
        self.codes.url_template = str(settings.get(session, settings.PRODUCT_LABEL_URL))
        self._read = None
        self._preset_chosen()

    def reload(self) -> None:
        with self.desk.database.reading() as session:
            self.refresh(session)

    def _preset_text(self, preset: PresetSpec) -> str:
        size = vocabulary.millimetres(preset.label_width_mm, preset.label_height_mm)
        return f"{preset.name} — {vocabulary.word(preset.media)}, {size}"

    def preset(self) -> PresetSpec | None:
        index = self.preset_choice.currentIndex()
        return self.presets[index] if 0 <= index < len(self.presets) else None

    def choose_preset(self, name: str) -> None:
        index = next((i for i, preset in enumerate(self.presets) if preset.name == name), -1)
        if index >= 0:
            self.preset_choice.setCurrentIndex(index)

    def _preset_chosen(self) -> None:
        """A sheet can be half used; a roll or a tape cannot, so it has no skip."""
        preset = self.preset()
        per_page = preset.per_page if preset is not None else 1
        was_blocked = self.skip.blockSignals(True)
        self.skip.setRange(0, per_page - 1)
        self.skip.blockSignals(was_blocked)
        self.skip.setVisible(per_page > 1)
        self.skip_label.setVisible(per_page > 1)
        self.check_batch()

    def _typed(self) -> None:
        self.pause.start()

    def _items(self, kind: PayloadKind, codes: list[str]) -> list[LabelItem]:
        """The records of `codes`, read again only when the list or its kind changed."""
        key = (kind, tuple(codes))
        if self._read is None or self._read[:2] != key:
            with self.desk.database.reading() as session:
                items = labels_for(session, self.actor, kind, codes)
            self._read = (kind, key[1], items)
        return self._read[2]

    def _job(self, preset: PresetSpec, items: list[LabelItem]) -> LabelJob:
        last = self._last
        if last is not None and last.preset == preset and last.items is items:
            last.copies, last.skip = self.copies.value(), self.skip.value()
            return last
        self._last = LabelJob(preset, items, self.copies.value(), self.skip.value())
        return self._last

    def check_batch(self) -> None:
        """Read and measure the batch as it now stands; say what is wrong, or what will be printed."""
        self.pause.stop()
        self.bar.clear()
        self.job = None
        preset, codes = self.preset(), self.codes.codes()
        if preset is None:
            self.summary.setText(self.tr("There is no label preset yet; make one on the Presets tab."))
        elif not codes:
            self.summary.setText(self.tr("Type or scan the codes to label, or choose labels in bulk."))
        else:
            try:
                job = self._job(preset, self._items(self.codes.kind(), codes))
                job.check()
            except SilvershopError as err:
                self.summary.setText("")
                self.bar.show_error(err.localized())
            else:
                self.job = job
                self.summary.setText(self._summary(job))
        self.preview.set_job(self.job)
        self._update_buttons()

    def _summary(self, job: LabelJob) -> str:
        """“12 labels on 1 sheet of A4 3×8 (70×37)”; “3 labels on 热敏 40×30 (Label roll)”."""
        count = job.labels
        labels = (
            self.tr("1 label")
            if count == 1
            else self.tr("{count} labels").format(count=vocabulary.number(count))
        )
        preset = job.preset
        if preset.per_page == 1:
            return self.tr("{labels} on {preset} ({media})").format(
                labels=labels, preset=preset.name, media=vocabulary.word(preset.media)
            )
        sheets = (
            self.tr("1 sheet")
            if job.pages == 1
            else self.tr("{count} sheets").format(count=vocabulary.number(job.pages))
        )
        return self.tr("{labels} on {sheets} of {preset}").format(
            labels=labels, sheets=sheets, preset=preset.name
        )

    def _update_buttons(self) -> None:
        ready = self.job is not None and not self.output.running
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        has_centre = self.centre.centre_id() is not None
        self.units_button.setEnabled(has_centre)
        self.received_button.setEnabled(has_centre)

    # Choosing what to label ----------------------------------------------------------------------

    def fill(self, kind: PayloadKind, codes: list[str]) -> None:
        """Start with these codes (a list's chosen rows), checked at once."""
        self.codes.fill(kind, codes)
        self.check_batch()

    def add_scanned(self, text: str) -> str:
        """Add a scanned label's code to the list (see CodeList.add_scanned); SilvershopError if not."""
        code = self.codes.add_scanned(text)
        self.check_batch()
        return code

    def _scanned(self, text: str) -> None:
        try:
            self.add_scanned(text)
        except SilvershopError as err:
            self.bar.show_error(err.localized())

    def all_units(self) -> None:
        self._bulk(PayloadKind.UNIT, lambda session, code: centre_unit_labels(session, self.actor, code))

    def received_today(self) -> None:
        today = local_today()
        self._bulk(
            PayloadKind.PRODUCT, lambda session, code: received_labels(session, self.actor, code, today)
        )

    def _bulk(self, kind: PayloadKind, read: Callable[[Session, str], list[LabelItem]]) -> None:
        """Put the codes `read` finds for the chosen centre in the list, in place of what it held."""
        centre_id = self.centre.centre_id()
        centre = next((c for c in self.centres if c.id == centre_id), None)
        if centre is None:
            return
        try:
            with self.desk.database.reading() as session:
                items = read(session, centre.code)
        except SilvershopError as err:
            self.bar.show_error(err.localized())
            return
        codes = [item.code for item in items]
        self._read = (kind, tuple(codes), items)  # read already: the list is not read a second time
        self.fill(kind, codes)
        if self.job is not None:
            self.bar.show_info(
                self.tr("The list holds {count} labels from {centre}; change it as you need.").format(
                    count=vocabulary.number(len(codes)), centre=centre.name
                )
            )

    # Sending -------------------------------------------------------------------------------------

    def _batch(self) -> Batch | None:
        if self.pause.isActive():  # typed a moment ago: what is printed is what the box says now
            self.check_batch()
        job = self.job
        if job is None or self.output.running:
            return None
        return Batch(job.preset, tuple(job.items), job.copies, job.skip)

    def print_labels(self) -> None:
        batch = self._batch()
        if batch is not None:
            self.output.print_batch(batch)
            self._update_buttons()

    def save_pdf(self) -> None:
        batch = self._batch()
        if batch is not None:
            self.output.save_pdf(batch)
            self._update_buttons()

    def _ended(self, outcome: str, sentence: str) -> None:
        if outcome == FAILED:
            self.bar.show_error(sentence)
        else:
            self.bar.show_info(sentence)
        self._update_buttons()
        self.batch_ended.emit(outcome, sentence)
