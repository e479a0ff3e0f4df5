"""Label presets: the media a desk prints on (a thermal roll, continuous tape, an A4 sheet of labels)
and what each label of it carries.

A preset is checked whole before it is saved, and again before anything is printed on it, so a grid
that runs off the page or a label too small for a readable QR code is a sentence in the preset
dialog, never a sheet of misprinted labels. The built-in presets (the reference file) are shared by
every desk and cannot be changed; a desk makes its own from one of them.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from silvershop.labels.models import LabelField, LabelPreset, MediaKind
from silvershop.security import audit
from silvershop.security.permissions import Actor, Permission

ERROR_CORRECTION = ("M", "H")  # M by default; H for labels that get scratched or partly covered
PRINTER_DPI = (203, 300, 600)  # thermal printers at 203 or 300 dpi, office lasers at 600
# A QR code smaller than this is hard for a phone to read from a shelf edge.
MIN_QR_MM = 10.0
MAX_PAGE_MM = 1000.0
MAX_GRID = 40
MAX_FREE_LINE = 60
TOLERANCE_MM = 0.05  # the sheet makers' layouts are given to 0.1 mm


@dataclass(frozen=True)
class PresetSpec:
    """One preset as the renderer and the preset dialog use it; lengths in millimetres."""

    name: str
    media: MediaKind
    page_width_mm: float
    page_height_mm: float
    label_width_mm: float
    label_height_mm: float
    columns: int = 1
    rows: int = 1
    margin_left_mm: float = 0.0
    margin_top_mm: float = 0.0
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0
    corner_radius_mm: float = 0.0
    dpi: int = 203
    error_correction: str = "M"
    fields: tuple[LabelField, ...] = (LabelField.NAME, LabelField.CODE)
    free_line: str = ""
    builtin: bool = False
    id: int | None = field(default=None, compare=False)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def label_origin_mm(self, column: int, row: int) -> tuple[float, float]:
        """Top-left corner of the label in `column`, `row` (from 0), from the page's top-left."""
        return (
            self.margin_left_mm + column * (self.label_width_mm + self.gap_x_mm),
            self.margin_top_mm + row * (self.label_height_mm + self.gap_y_mm),
        )


def _spec(row: LabelPreset) -> PresetSpec:
    return PresetSpec(
        id=row.id,
        name=row.name,
        media=row.media,
        page_width_mm=row.page_width_mm,
        page_height_mm=row.page_height_mm,
        label_width_mm=row.label_width_mm,
        label_height_mm=row.label_height_mm,
        columns=row.columns,
        rows=row.rows,
        margin_left_mm=row.margin_left_mm,
        margin_top_mm=row.margin_top_mm,
        gap_x_mm=row.gap_x_mm,
        gap_y_mm=row.gap_y_mm,
        corner_radius_mm=row.corner_radius_mm,
        dpi=row.dpi,
        error_correction=row.error_correction,
        fields=tuple(LabelField(name) for name in json.loads(row.fields) if name in set(LabelField)),
        free_line=row.free_line,
        builtin=row.builtin,
    )


def list_presets(session: Session) -> list[PresetSpec]:
    """The built-in presets in the reference file's order, then the desks' own by name."""
    rows = session.scalars(select(LabelPreset).order_by(LabelPreset.builtin.desc(), LabelPreset.id))
    return [_spec(row) for row in rows]


def find_preset(session: Session, name: str) -> PresetSpec:
    row = session.scalars(select(LabelPreset).where(LabelPreset.name == name.strip())).first()
    if row is None:
        known = "、".join(p.name for p in list_presets(session))
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "There is no label preset called “{name}”. The presets are: {known}."
            ),
            field="preset",
            name=name,
            known=known,
        )
    return _spec(row)


def _invalid(message: str, field_name: str, **values: Any) -> ValidationError:
    return ValidationError(message, field=field_name, **values)


def check_preset(spec: PresetSpec) -> None:
    """Refuse a preset whose labels would not come out right, naming the field to correct."""
    if not spec.name.strip() or len(spec.name.strip()) > 80:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Give the preset a name of at most 80 characters."), "name"
        )
    lengths = {
        "page_width_mm": spec.page_width_mm,
        "page_height_mm": spec.page_height_mm,
        "label_width_mm": spec.label_width_mm,
        "label_height_mm": spec.label_height_mm,
    }
    for name, value in lengths.items():
        if not 0 < value <= MAX_PAGE_MM:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Enter a length from 0.1 to {most} mm."),
                name,
                most=int(MAX_PAGE_MM),
            )
    spacing = {
        "margin_left_mm": spec.margin_left_mm,
        "margin_top_mm": spec.margin_top_mm,
        "gap_x_mm": spec.gap_x_mm,
        "gap_y_mm": spec.gap_y_mm,
        "corner_radius_mm": spec.corner_radius_mm,
    }
    for name, value in spacing.items():
        if not 0 <= value <= MAX_PAGE_MM:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "Enter 0 or a positive length in mm."), name)
    for name, count in (("columns", spec.columns), ("rows", spec.rows)):
        if not 1 <= count <= MAX_GRID:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Enter a number of labels from 1 to {most}."), name, most=MAX_GRID
            )
    across = spec.margin_left_mm + spec.columns * spec.label_width_mm + (spec.columns - 1) * spec.gap_x_mm
    if across > spec.page_width_mm + TOLERANCE_MM:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "The labels do not fit across the page: margin, {columns} labels and the gaps take "
                "{needed} mm of a {page} mm page. Check the label width, the gaps and the left margin.",
            ),
            "label_width_mm",
            columns=spec.columns,
            needed=f"{across:.1f}",
            page=f"{spec.page_width_mm:g}",
        )
    down = spec.margin_top_mm + spec.rows * spec.label_height_mm + (spec.rows - 1) * spec.gap_y_mm
    if down > spec.page_height_mm + TOLERANCE_MM:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "The labels do not fit down the page: margin, {rows} rows and the gaps take {needed} mm "
                "of a {page} mm page. Check the label height, the gaps and the top margin.",
            ),
            "label_height_mm",
            rows=spec.rows,
            needed=f"{down:.1f}",
            page=f"{spec.page_height_mm:g}",
        )
    if min(spec.label_width_mm, spec.label_height_mm) < MIN_QR_MM + 2:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "A label must be at least {least} mm on its shorter side to carry a QR code a phone "
                "can read.",
            ),
            "label_height_mm",
            least=f"{MIN_QR_MM + 2:g}",
        )
    if spec.corner_radius_mm > min(spec.label_width_mm, spec.label_height_mm) / 2:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "errors", "The corner radius cannot be more than half the label's shorter side."
            ),
            "corner_radius_mm",
        )
    if spec.dpi not in PRINTER_DPI:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Choose the printer's resolution: 203, 300 or 600 dpi."), "dpi"
        )
    if spec.error_correction not in ERROR_CORRECTION:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Choose error correction M or H."), "error_correction")
    if len(set(spec.fields)) != len(spec.fields):
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Each field can be on a label once."), "fields")
    if len(spec.free_line) > MAX_FREE_LINE:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The free line can be at most {most} characters."),
            "free_line",
            most=MAX_FREE_LINE,
        )
    if LabelField.FREE in spec.fields and not spec.free_line.strip():
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Write the free line, or leave it off the label."), "free_line"
        )


def save_preset(session: Session, actor: Actor, spec: PresetSpec) -> PresetSpec:
    """Create a preset (`spec.id` None) or change one of the desks' own; the built-in ones stay as
    they are, so every desk keeps a preset that is known to print right."""
    actor.require(Permission.PRINT_LABELS)
    spec = replace(spec, name=spec.name.strip(), free_line=spec.free_line.strip())
    check_preset(spec)
    clash = session.scalars(select(LabelPreset).where(LabelPreset.name == spec.name)).first()
    if clash is not None and clash.id != spec.id:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "A preset called “{name}” already exists; choose another name."),
            "name",
            name=spec.name,
        )
    values = {
        key: value for key, value in asdict(spec).items() if key not in {"id", "builtin", "fields", "name"}
    }
    values["fields"] = json.dumps([f.value for f in spec.fields])
    if spec.id is None:
        row = LabelPreset(name=spec.name, builtin=False, **values)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "label_preset", str(row.id), {"name": (None, spec.name)})
        return _spec(row)
    row = session.get(LabelPreset, spec.id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That label preset no longer exists."), field="preset")
    if row.builtin:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "errors", "“{name}” is built in and cannot be changed; duplicate it and change the copy."
            ),
            "name",
            name=row.name,
        )
    changes = {"name": (row.name, spec.name)} if row.name != spec.name else {}
    row.name = spec.name
    for key, value in values.items():
        if getattr(row, key) != value:
            changes[key] = (getattr(row, key), value)
            setattr(row, key, value)
    session.flush()
    if changes:
        audit.record(session, actor, "update", "label_preset", str(row.id), changes)
    return _spec(row)


def delete_preset(session: Session, actor: Actor, preset_id: int) -> None:
    actor.require(Permission.PRINT_LABELS)
    row = session.get(LabelPreset, preset_id)
    if row is None:
        return
    if row.builtin:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "“{name}” is built in and cannot be deleted."), "name", name=row.name
        )
    session.delete(row)
    audit.record(session, actor, "delete", "label_preset", str(preset_id), {"name": (row.name, None)})
