"""Tables of the experience centres and their stock.

Quantities change only through `StockMove` rows; `StockBalance` is the running sum kept in the
same transaction, and its CHECK constraint is what stops two desks driving stock below zero.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from silvershop.db.base import Base, Timestamped, UTCDateTime, enum_type, utcnow


class DivisionKind(StrEnum):
    CITY = "city"
    DISTRICT = "district"
    COUNTY_CITY = "county_city"
    ZONE = "zone"  # a functional zone with an internal code, never an invented GB/T 2260 code


class LocationKind(StrEnum):
    DISPLAY = "display"
    SHELF = "shelf"
    STORE = "store"
    RENTAL_STORE = "rental_store"


class MoveKind(StrEnum):
    RECEIVE = "receive"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    MOVE_OUT = "move_out"
    MOVE_IN = "move_in"
    ADJUST = "adjust"
    WRITE_OFF = "write_off"


class TransferStatus(StrEnum):
    IN_TRANSIT = "in_transit"
    PARTIAL = "partial"
    RECEIVED = "received"
    RESOLVED = "resolved"  # part-received and the shortfall written off or returned


class StocktakeStatus(StrEnum):
    OPEN = "open"
    APPLIED = "applied"
    ABANDONED = "abandoned"


class District(Base):
    """An administrative division (GB/T 2260) or a functional zone."""

    __tablename__ = "district"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[DivisionKind] = mapped_column(enum_type(DivisionKind, "division_kind"))
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("district.code", ondelete="RESTRICT"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Centre(Timestamped, Base):
    """An experience centre (适老生活体验中心); also the home of rental devices."""

    __tablename__ = "centre"
    __table_args__ = (
        CheckConstraint("late_fee_per_day_fen >= 0", name="late_fee_not_negative"),
        CheckConstraint("grace_days >= 0", name="grace_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # on QR labels: 0-9 A-Z only
    name: Mapped[str] = mapped_column(String(120))
    district_code: Mapped[str] = mapped_column(ForeignKey("district.code", ondelete="RESTRICT"), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    opening_hours: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    manager_name: Mapped[str] = mapped_column(String(60), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Rental-desk defaults; a product may override the late fee and grace days.
    late_fee_per_day_fen: Mapped[int] = mapped_column(Integer, default=0)
    grace_days: Mapped[int] = mapped_column(Integer, default=0)
    allow_day_terms: Mapped[bool] = mapped_column(Boolean, default=False)
    asset_tag_pattern: Mapped[str] = mapped_column(String(40), default="{centre}-{seq:05d}")

    district: Mapped[District] = relationship()
    locations: Mapped[list[Location]] = relationship(back_populates="centre", order_by="Location.code")


class Location(Base):
    __tablename__ = "location"
    __table_args__ = (UniqueConstraint("centre_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="RESTRICT"), index=True)
    code: Mapped[str] = mapped_column(String(16))  # on QR labels as <centre>-<location>
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[LocationKind] = mapped_column(enum_type(LocationKind, "location_kind"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    centre: Mapped[Centre] = relationship(back_populates="locations")


class DisplayItem(Base):
    """A product on show at a location, which the kiosk and the catalogue tell visitors about."""

    __tablename__ = "display_item"
    __table_args__ = (UniqueConstraint("product_id", "location_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="CASCADE"), index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id", ondelete="RESTRICT"))
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str] = mapped_column(String(200), default="")


class StockMove(Base):
    """One signed change of quantity at one location; the ledger is never edited, only added to."""

    __tablename__ = "stock_move"
    __table_args__ = (
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        # A centre's latest moves, and one product's at a centre, without reading the whole ledger.
        Index("ix_stock_move_centre_history", "centre_id", "at"),
        Index("ix_stock_move_product_history", "centre_id", "product_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="RESTRICT"))
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="RESTRICT"))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id", ondelete="RESTRICT"))
    quantity: Mapped[int] = mapped_column(Integer)
    kind: Mapped[MoveKind] = mapped_column(enum_type(MoveKind, "move_kind"))
    reason: Mapped[str] = mapped_column(String(200), default="")
    reference: Mapped[str] = mapped_column(String(80), default="")  # delivery note, transfer code
    transfer_id: Mapped[int | None] = mapped_column(ForeignKey("transfer.id", ondelete="RESTRICT"))
    stocktake_id: Mapped[int | None] = mapped_column(ForeignKey("stocktake.id", ondelete="RESTRICT"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class StockBalance(Base):
    __tablename__ = "stock_balance"
    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
        # A product's balance at a centre; without it SQLite reads every line of the centre.
        Index("ix_stock_balance_product_centre", "product_id", "centre_id", "quantity"),
    )

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="RESTRICT"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id", ondelete="RESTRICT"), primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="RESTRICT"), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=0)


class StockThreshold(Base):
    __tablename__ = "stock_threshold"
    __table_args__ = (CheckConstraint("min_quantity >= 0", name="min_not_negative"),)

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="CASCADE"), primary_key=True)
    min_quantity: Mapped[int] = mapped_column(Integer)


class Transfer(Base):
    """Stock sent from one centre to another: shipped in one step, received in one or more."""

    __tablename__ = "transfer"
    __table_args__ = (CheckConstraint("from_centre_id <> to_centre_id", name="two_centres"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    from_centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="RESTRICT"), index=True)
    to_centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="RESTRICT"), index=True)
    status: Mapped[TransferStatus] = mapped_column(
        enum_type(TransferStatus, "transfer_status"), default=TransferStatus.IN_TRANSIT
    )
    note: Mapped[str] = mapped_column(Text, default="")
    # How a shortfall was settled: returned to the sender or written off, with the reason given.
    resolution: Mapped[str] = mapped_column(String(200), default="")
    shipped_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    shipped_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    lines: Mapped[list[TransferLine]] = relationship(back_populates="transfer", cascade="all, delete-orphan")


class TransferLine(Base):
    __tablename__ = "transfer_line"
    __table_args__ = (
        UniqueConstraint("transfer_id", "product_id"),
        CheckConstraint("quantity_shipped > 0", name="shipped_positive"),
        CheckConstraint(
            "quantity_received >= 0 AND quantity_received <= quantity_shipped", name="received_within_shipped"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("transfer.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="RESTRICT"))
    from_location_id: Mapped[int] = mapped_column(ForeignKey("location.id", ondelete="RESTRICT"))
    quantity_shipped: Mapped[int] = mapped_column(Integer)
    quantity_received: Mapped[int] = mapped_column(Integer, default=0)

    transfer: Mapped[Transfer] = relationship(back_populates="lines")


class Stocktake(Base):
    """A count of one centre or one location; kept in the database so it survives closing the app."""

    __tablename__ = "stocktake"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="RESTRICT"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="RESTRICT"))
    status: Mapped[StocktakeStatus] = mapped_column(
        enum_type(StocktakeStatus, "stocktake_status"), default=StocktakeStatus.OPEN
    )
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The location whose label was scanned last: the products scanned next are counted there, even
    # when the scans arrive in another session (the app closed half-way, one CLI call per shelf).
    current_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="SET NULL"))

    counts: Mapped[list[StocktakeCount]] = relationship(
        back_populates="stocktake", cascade="all, delete-orphan"
    )


class StocktakeCount(Base):
    __tablename__ = "stocktake_count"
    __table_args__ = (
        UniqueConstraint("stocktake_id", "product_id", "location_id"),
        CheckConstraint("counted >= 0", name="counted_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="RESTRICT"))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id", ondelete="RESTRICT"))
    counted: Mapped[int | None] = mapped_column(Integer)  # None until someone counts this line
    expected: Mapped[int] = mapped_column(Integer, default=0)  # the balance when counting began
    counted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    stocktake: Mapped[Stocktake] = relationship(back_populates="counts")


class InterestRequest(Base):
    """A kiosk visitor's request to be called back; name and phone are encrypted like a resident's.

    `closed_reason` is what became of it (a `kiosk.callbacks.RequestState` value other than waiting,
    "" while it waits), written by the same UPDATE that closes it: the audit log says who did what,
    not what state a request is in."""

    __tablename__ = "interest_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id", ondelete="SET NULL"))
    name_enc: Mapped[bytes] = mapped_column(LargeBinary)
    phone_enc: Mapped[bytes] = mapped_column(LargeBinary)
    consent_text: Mapped[str] = mapped_column(String(400))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handled_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    closed_reason: Mapped[str] = mapped_column(String(16), default="", server_default="")
    key_id: Mapped[str] = mapped_column(String(16), default="")
