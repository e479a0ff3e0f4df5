"""Label media and per-printer calibration, kept in the database so every desk prints alike.

Lengths are millimetres as floats: they are measurements, not money.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, CheckConstraint, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from silvershop.db.base import Base, UTCDateTime, enum_type, utcnow


class MediaKind(StrEnum):
    ROLL = "roll"  # die-cut thermal labels, one per page
    TAPE = "tape"  # continuous tape cut to length
    SHEET = "sheet"  # A4 sheets with a grid of labels


class LabelField(StrEnum):
    """What a preset may print beside the QR code, one line each, in the preset's order."""

    NAME = "name"
    MODEL = "model"
    CODE = "code"  # the record's own code: a product's, a unit's tag, a centre's, a location's
    ASSET_TAG = "asset_tag"  # a device unit's tag; nothing on other labels
    CENTRE = "centre"
    LOCATION = "location"
    PRICE = "price"  # reference price
    RENT = "rent"  # rent per month
    FREE = "free"  # the preset's own free line


class LabelPreset(Base):
    __tablename__ = "label_preset"
    __table_args__ = (
        CheckConstraint("label_width_mm > 0 AND label_height_mm > 0", name="label_has_size"),
        CheckConstraint("columns >= 1 AND rows >= 1", name="grid_not_empty"),
        CheckConstraint("dpi >= 72", name="dpi_plausible"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    media: Mapped[MediaKind] = mapped_column(enum_type(MediaKind, "media_kind"))
    page_width_mm: Mapped[float] = mapped_column(Float)
    page_height_mm: Mapped[float] = mapped_column(Float)
    label_width_mm: Mapped[float] = mapped_column(Float)
    label_height_mm: Mapped[float] = mapped_column(Float)
    columns: Mapped[int] = mapped_column(Integer, default=1)
    rows: Mapped[int] = mapped_column(Integer, default=1)
    margin_left_mm: Mapped[float] = mapped_column(Float, default=0.0)
    margin_top_mm: Mapped[float] = mapped_column(Float, default=0.0)
    gap_x_mm: Mapped[float] = mapped_column(Float, default=0.0)
    gap_y_mm: Mapped[float] = mapped_column(Float, default=0.0)
    corner_radius_mm: Mapped[float] = mapped_column(Float, default=0.0)
    dpi: Mapped[int] = mapped_column(Integer, default=300)
    error_correction: Mapped[str] = mapped_column(String(1), default="M")
    fields: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of field names, in order
    free_line: Mapped[str] = mapped_column(String(60), default="", server_default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class PrinterCalibration(Base):
    """Measured offset and scale of one printer, applied to everything later printed on it."""

    __tablename__ = "printer_calibration"

    printer_name: Mapped[str] = mapped_column(String(200), primary_key=True)
    offset_x_mm: Mapped[float] = mapped_column(Float, default=0.0)
    offset_y_mm: Mapped[float] = mapped_column(Float, default=0.0)
    scale_x: Mapped[float] = mapped_column(Float, default=1.0)
    scale_y: Mapped[float] = mapped_column(Float, default=1.0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
