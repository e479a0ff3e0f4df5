"""Making a label preset, changing one of the desk's own, or duplicating any (a built-in one too),
without code: the media's measurements as the label maker gives them, the printer's resolution,
and which lines the labels carry.

The preset is checked as it is typed (after a short pause) and drawn with a sample product by the
printing code itself, so a grid that runs off the page is a sentence under the field to correct,
and a label too small for its lines shows before any label is wasted. Saving checks it again in the
service; a refusal keeps the dialog open with the sentence under its field.
"""

from __future__ import annotations

import math
from dataclasses import replace
from itertools import count
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QWidget

from silvershop.db.session import transaction
from silvershop.errors import SilvershopError, ValidationError
from silvershop.labels.models import LabelField, MediaKind
from silvershop.labels.presets import (
    MAX_FREE_LINE,
    MAX_GRID,
    MAX_PAGE_MM,
    PresetSpec,
    check_preset,
    list_presets,
    save_preset,
)
from silvershop.security.permissions import Actor
from silvershop.ui import vocabulary
from silvershop.ui.desk import Desk
from silvershop.ui.labels.field_order import FieldOrder
from silvershop.ui.labels.lengths import Row, count_box, length_box
from silvershop.ui.labels.preset_preview import PresetPreview
from silvershop.ui.widgets.form_dialog import DeskDialog, fit_height

W = TypeVar("W", bound=QWidget)
A4_MM = (210.0, 297.0)
MAX_NAME = 80
DEBOUNCE_MS = 150
NEW_PRESET = PresetSpec(
    name="",
    media=MediaKind.ROLL,
    page_width_mm=50.0,
    page_height_mm=30.0,
    label_width_mm=50.0,
    label_height_mm=30.0,
    dpi=203,
    fields=(LabelField.NAME, LabelField.MODEL, LabelField.CODE),
)
# The service names each length on its own; the dialog shows a width with its height, a margin with
# the other margin, on one row, and a refusal goes under that row.
ROW_OF = {
    "page_width_mm": "page",
    "page_height_mm": "page",
    "label_width_mm": "label",
    "label_height_mm": "label",
    "columns": "grid",
    "rows": "grid",
    "margin_left_mm": "margins",
    "margin_top_mm": "margins",
    "gap_x_mm": "gaps",
    "gap_y_mm": "gaps",
    "preset": "preview",  # the sample's lines or QR code do not fit the label
}


class PresetDialog(DeskDialog):
    """New (`preset` None), Edit (one of the desk's own) or Duplicate (any, as a new preset).

    A built-in preset given for Edit opens read-only, saying why, with Duplicate as its action.
    `saved` holds the preset as stored once saved.
    """

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        preset: PresetSpec | None,
        duplicate: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        self.read_only = preset is not None and preset.builtin and not duplicate
        if preset is None:
            title, action = self.tr("New label preset"), self.tr("Save preset")
        elif duplicate:
            title = self.tr("New label preset from “{name}”").format(name=preset.name)
            action = self.tr("Save preset")
        else:
            title = self.tr("Label preset “{name}”").format(name=preset.name)
            action = self.tr("Duplicate") if self.read_only else self.tr("Save")
        super().__init__(
            title,
            action,
            desk,
            actor,
            parent,
            intro=self.tr(
                "Enter the measurements in millimetres, as the label maker's box or data sheet gives them. "
                "The preview shows a sample product as this preset prints it."
            ),
            columns=3,
        )
        self.setMinimumWidth(0)  # as wide as the three columns need, not three whole forms
        self.saved: PresetSpec | None = None
        self.origin = preset
        self.preset_id = preset.id if preset is not None and not duplicate else None
        self._rows: dict[str, QWidget] = {}
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        start = preset or NEW_PRESET
        self.fill(replace(start, name=self._copy_name(start.name)) if duplicate else start)
        for box in (*self._box_of.values(), self.corner_radius):
            box.valueChanged.connect(self._timer.start)
        for combo in (self.media, self.dpi, self.error_correction):
            combo.currentIndexChanged.connect(self._timer.start)
        self.free_line.textChanged.connect(self._timer.start)
        self.fields.changed.connect(self._timer.start)
        self.fields.changed.connect(self._free_line_applies)
        for box in (self.label_width, self.label_height):
            box.valueChanged.connect(self._follow_label)
        self.media.currentIndexChanged.connect(self._media_changed)
        if self.read_only:
            self._lock()
        self.refresh_preview()
        self.name.setFocus()
        # Sized now, at the width its columns take: sized when shown, a window is first made narrower
        # than that on a small screen, and the intro measured there wraps into lines it never shows.
        self.ensurePolished()
        for form in self.forms[:2]:  # the preview takes what room is left, never the fields' room
            form.setMinimumWidth(form.sizeHint().width())
        self.resize(self.sizeHint())

    def _build(self) -> None:
        def mm(name: str) -> QDoubleSpinBox:
            return length_box(name, 0.0, MAX_PAGE_MM, 2)  # sheet makers publish layouts to 0.01 mm

        self.name = self._add("name", self.tr("Name"), QLineEdit())
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Counter roll 45×25"))
        self.media = self._add("media", self.tr("Media"), QComboBox())
        for kind in MediaKind:
            self.media.addItem(vocabulary.word(kind), kind.value)
        self.page_width, self.page_height = mm(self.tr("Page width")), mm(self.tr("Page height"))
        self._add("page", self.tr("Page"), Row(self.page_width, "×", self.page_height))
        self.label_width, self.label_height = mm(self.tr("Label width")), mm(self.tr("Label height"))
        self._add("label", self.tr("Label"), Row(self.label_width, "×", self.label_height))
        self.columns = count_box(self.tr("Labels across"), MAX_GRID)
        self.rows = count_box(self.tr("Labels down"), MAX_GRID)
        self._add(
            "grid",
            self.tr("Labels per page"),
            Row(self.columns, self.tr("across"), self.rows, self.tr("down")),
        )
        self.margin_left, self.margin_top = mm(self.tr("Left margin")), mm(self.tr("Top margin"))
        self._add(
            "margins",
            self.tr("Page margin"),
            Row(self.tr("left"), self.margin_left, self.tr("top"), self.margin_top),
        )
        self.gap_x, self.gap_y = mm(self.tr("Gap across")), mm(self.tr("Gap down"))
        self._add(
            "gaps",
            self.tr("Gap between labels"),
            Row(self.tr("across"), self.gap_x, self.tr("down"), self.gap_y),
        )
        self.corner_radius = self._add(
            "corner_radius_mm", self.tr("Corner radius"), mm(self.tr("Corner radius"))
        )
        self.dpi = self._add("dpi", self.tr("Printer resolution"), QComboBox())
        self.dpi.addItem(self.tr("203 dpi, thermal printer"), 203)
        self.dpi.addItem(self.tr("300 dpi, thermal printer"), 300)
        self.dpi.addItem(self.tr("600 dpi, laser printer"), 600)
        self.error_correction = self._add("error_correction", self.tr("QR error correction"), QComboBox())
        self.error_correction.addItem(self.tr("M, recommended"), "M")
        self.error_correction.addItem(self.tr("H, for labels that get scratched or covered"), "H")
        self.fields = self._add("fields", self.tr("On the label"), FieldOrder(), 1)
        self.free_line = self._add("free_line", self.tr("Free line"), QLineEdit(), 1)
        self.free_line.setMaxLength(MAX_FREE_LINE)
        self.free_line.setPlaceholderText(self.tr("e.g. Borrow one at the desk"))
        self.preview = self._add("preview", "", PresetPreview(), 2)
        # The list and its buttons are wide: their captions go above them, not beside.
        self.forms[1].layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._box_of = {
            "page_width_mm": self.page_width,
            "page_height_mm": self.page_height,
            "label_width_mm": self.label_width,
            "label_height_mm": self.label_height,
            "columns": self.columns,
            "rows": self.rows,
            "margin_left_mm": self.margin_left,
            "margin_top_mm": self.margin_top,
            "gap_x_mm": self.gap_x,
            "gap_y_mm": self.gap_y,
        }

    def _add(self, name: str, label: str, widget: W, column: int = 0) -> W:
        self._rows[name] = widget
        return self.add(name, label, widget, column)

    def fill(self, preset: PresetSpec) -> None:
        """The fields as `preset` has them; called before the fields are wired to one another."""
        self.name.setText(preset.name)
        self.media.setCurrentIndex(self.media.findData(preset.media.value))
        for name, box in self._box_of.items():
            box.setValue(getattr(preset, name))
        self.corner_radius.setValue(preset.corner_radius_mm)
        self.dpi.setCurrentIndex(max(self.dpi.findData(preset.dpi), 0))
        self.error_correction.setCurrentIndex(max(self.error_correction.findData(preset.error_correction), 0))
        self.fields.set_chosen(preset.fields)
        self.free_line.setText(preset.free_line)
        self._enable_media_rows()
        self._free_line_applies()

    def spec(self) -> PresetSpec:
        """The preset as the fields stand."""
        return PresetSpec(
            name=self.name.text(),
            media=MediaKind(self.media.currentData()),
            page_width_mm=self.page_width.value(),
            page_height_mm=self.page_height.value(),
            label_width_mm=self.label_width.value(),
            label_height_mm=self.label_height.value(),
            columns=self.columns.value(),
            rows=self.rows.value(),
            margin_left_mm=self.margin_left.value(),
            margin_top_mm=self.margin_top.value(),
            gap_x_mm=self.gap_x.value(),
            gap_y_mm=self.gap_y.value(),
            corner_radius_mm=self.corner_radius.value(),
            dpi=int(self.dpi.currentData()),
            error_correction=str(self.error_correction.currentData()),
            fields=self.fields.chosen(),
            free_line=self.free_line.text(),
            id=self.preset_id,
        )

    def _sheet(self) -> bool:
        return MediaKind(self.media.currentData()) is MediaKind.SHEET

    def _enable_media_rows(self) -> None:
        """A roll or a tape prints one label a page, the page being the label: the page and grid rows
        follow the label and are greyed."""
        for name in ("page", "grid", "margins", "gaps"):
            self._rows[name].setEnabled(self._sheet() and not self.read_only)

    def _media_changed(self) -> None:
        """A sheet starts as A4 with as many labels as fit; a roll or a tape as one label a page."""
        self._enable_media_rows()
        if self._sheet():
            self._fill_a4()
        else:
            self._follow_label()

    def _follow_label(self) -> None:
        if self._sheet():
            return
        self.page_width.setValue(self.label_width.value())
        self.page_height.setValue(self.label_height.value())
        for box in (self.columns, self.rows):
            box.setValue(1)
        for box in (self.margin_left, self.margin_top, self.gap_x, self.gap_y):
            box.setValue(0.0)

    def _fill_a4(self) -> None:
        """A4 with the labels as many across and down as fit, centred: a start that prints."""
        width, height = self.label_width.value(), self.label_height.value()
        page_width, page_height = A4_MM
        self.page_width.setValue(page_width)
        self.page_height.setValue(page_height)
        across = max(1, min(MAX_GRID, math.floor(page_width / width))) if width else 1
        down = max(1, min(MAX_GRID, math.floor(page_height / height))) if height else 1
        self.columns.setValue(across)
        self.rows.setValue(down)
        self.margin_left.setValue(max(0.0, math.floor((page_width - across * width) / 2 * 100) / 100))
        self.margin_top.setValue(max(0.0, math.floor((page_height - down * height) / 2 * 100) / 100))
        self.gap_x.setValue(0.0)
        self.gap_y.setValue(0.0)

    def _free_line_applies(self) -> None:
        self.free_line.setEnabled(self.fields.is_chosen(LabelField.FREE) and not self.read_only)

    def _lock(self) -> None:
        """A built-in preset is shown as it is, with the way to a copy of it."""
        for widget in self._rows.values():
            if widget is not self.preview:
                widget.setEnabled(False)
        assert self.origin is not None
        self.bar.show_info(
            self.tr(
                "“{name}” is built in, so every desk prints it alike; it cannot be changed. Choose "
                "Duplicate to make a preset of your own from it."
            ).format(name=self.origin.name)
        )

    def _unlock_as_copy(self) -> None:
        assert self.origin is not None
        self.read_only = False
        self.preset_id = None
        for widget in self._rows.values():
            widget.setEnabled(True)
        self._enable_media_rows()
        self._free_line_applies()
        self.name.setText(self._copy_name(self.origin.name))
        self.setWindowTitle(self.tr("New label preset from “{name}”").format(name=self.origin.name))
        self.action.setText(self.tr("Save preset"))
        self.bar.clear()
        self.name.setFocus()
        self.name.selectAll()

    def _copy_name(self, name: str) -> str:
        """`name (copy)`, or `name (copy 2)` and on when that is taken, within the length a name may have."""
        with self.desk.database.reading() as session:
            taken = {preset.name for preset in list_presets(session)}
        for number in count(1):
            pattern = self.tr("{name} (copy)") if number == 1 else self.tr("{name} (copy {number})")
            room = MAX_NAME - len(pattern.format(name="", number=number))
            candidate = pattern.format(name=name[:room].rstrip(), number=number)
            if candidate not in taken:
                return candidate
        raise AssertionError("unreachable: count() does not end")

    def refresh_preview(self) -> None:
        """Check the preset as it stands and draw it, or say under the field what stops it.

        A name or a free line not yet written does not stop the preview: they are asked for on Save.
        """
        spec = self.spec()
        free_line = spec.free_line.strip()
        shown = replace(
            spec,
            name=spec.name.strip() or "-",
            fields=tuple(f for f in spec.fields if f is not LabelField.FREE or free_line),
        )
        try:
            check_preset(shown)
        except ValidationError as err:
            self.preview.blank(self.tr("The preview returns once the field marked ⚠ is corrected."))
            self._say_under(err)
            return
        try:
            self.preview.show_preset(shown)
        except SilvershopError as err:
            self.preview.blank("")
            self._say_under(err)
            return
        self._say_under(None)

    def _say_under(self, err: SilvershopError | None) -> None:
        """The sentence under its row while the person types, leaving the focus where it is (the
        form's own `show_error`, for Save, moves it to the field)."""
        for form in self.forms:
            form.clear_errors()
        if err is None:
            return
        name = ROW_OF.get(err.field or "", err.field or "")
        row = self._rows.get(name)
        if row is None:
            self.preview.blank(err.localized())
            return
        label = row.parentWidget().findChild(QLabel, "fieldError", Qt.FindChildOption.FindDirectChildrenOnly)
        label.setText("⚠ " + err.localized())
        label.show()
        self._form_of[name].layout_.activate()
        label.setMinimumHeight(label.heightForWidth(label.width()))
        fit_height(self)

    def show_error(self, err: SilvershopError) -> None:
        name = err.field or ""
        mapped = type(err)(err.message, field=ROW_OF.get(name, name), row=err.row, **err.params)
        super().show_error(mapped)
        box = self._box_of.get(name)
        if box is not None:
            box.setFocus()

    def accept(self) -> None:
        if self.read_only:
            self._unlock_as_copy()
            return
        if self._timer.isActive():  # the last change is drawn first, so the preview is what is saved
            self._timer.stop()
            self.refresh_preview()
        super().accept()

    def submit(self) -> None:
        with transaction(self.desk.database.sessions) as session:
            self.saved = save_preset(session, self.actor, self.spec())
        self.confirmation = self.tr("The label preset “{name}” was saved.").format(name=self.saved.name)
