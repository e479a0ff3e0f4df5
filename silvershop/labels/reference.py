"""Loading the built-in label presets for common thermal rolls, tape and A4 sheets."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from silvershop.labels.models import LabelPreset, MediaKind


def load_label_presets(session: Session, data: dict[str, Any]) -> int:
    known = set(session.scalars(select(LabelPreset.name)))
    added = 0
    for spec in data["presets"]:
        if spec["name"] in known:
            continue
        margin_left, margin_top = spec.get("margins", (0.0, 0.0))
        gap_x, gap_y = spec.get("gaps", (0.0, 0.0))
        session.add(
            LabelPreset(
                name=spec["name"],
                media=MediaKind(spec["media"]),
                page_width_mm=spec["page"][0],
                page_height_mm=spec["page"][1],
                label_width_mm=spec["label"][0],
                label_height_mm=spec["label"][1],
                columns=spec["grid"][0],
                rows=spec["grid"][1],
                margin_left_mm=margin_left,
                margin_top_mm=margin_top,
                gap_x_mm=gap_x,
                gap_y_mm=gap_y,
                corner_radius_mm=spec.get("corner_radius", 0.0),
                dpi=spec["dpi"],
                fields=json.dumps(spec["fields"]),
                builtin=True,
            )
        )
        added += 1
    return added
