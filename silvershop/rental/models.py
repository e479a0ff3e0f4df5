"""Tables of the community rental of assistive devices.

The invariants two desks could race on live here as constraints: a unit has at most one open loan
(a partial unique index), and a resident's subsidy in a year cannot pass the cap (a CHECK on the
per-year account that every grant updates in the same transaction).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from silvershop.db.base import Base, Timestamped, UTCDateTime, enum_type, utcnow


class UnitState(StrEnum):
    AVAILABLE = "available"  # 在库
    RESERVED = "reserved"  # 已预约
    ON_LOAN = "on_loan"  # 出租中
    AWAITING_CLEANING = "awaiting_cleaning"  # 待清洗消毒
    IN_REPAIR = "in_repair"  # 维修中
    RETIRED = "retired"  # 报废
    LOST = "lost"  # 遗失


class UnitCondition(StrEnum):
    GOOD = "good"
    NEEDS_REPAIR = "needs_repair"
    DAMAGED = "damaged"


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class ConsentBasis(StrEnum):
    CONSENT = "consent"  # separate consent (个人信息保护法 arts. 14, 29)
    STATUTORY_DUTY = "statutory_duty"  # art. 13(3)
    NONE = "none"  # nothing on file yet: no loan may be made


class LoanStatus(StrEnum):
    OPEN = "open"
    RETURNED = "returned"


class ReservationStatus(StrEnum):
    WAITING = "waiting"
    ACTIVE = "active"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"


class CleaningResult(StrEnum):
    PASSED = "passed"
    FAILED = "failed"


class FittingStage(StrEnum):
    """苏残发〔2018〕57号: 申请 → 初审 → 复审 → 评估 → 审批 → 适配补贴 → 回访."""

    APPLIED = "applied"
    FIRST_REVIEW = "first_review"
    SECOND_REVIEW = "second_review"
    ASSESSED = "assessed"
    APPROVED = "approved"
    SUBSIDISED = "subsidised"
    FOLLOWED_UP = "followed_up"
    REJECTED = "rejected"


class DeviceUnit(Timestamped, Base):
    __tablename__ = "device_unit"
    __table_args__ = (
        CheckConstraint("purchase_cost_fen IS NULL OR purchase_cost_fen >= 0", name="cost_not_negative"),
        CheckConstraint("loan_count >= 0", name="loan_count_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_tag: Mapped[str] = mapped_column(String(32), unique=True)  # on QR labels
    serial_no: Mapped[str] = mapped_column(String(80), default="")
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="RESTRICT"), index=True)
    home_centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="RESTRICT"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id", ondelete="SET NULL"))
    state: Mapped[UnitState] = mapped_column(
        enum_type(UnitState, "unit_state"), default=UnitState.AVAILABLE, index=True
    )
    condition: Mapped[UnitCondition] = mapped_column(
        enum_type(UnitCondition, "unit_condition"), default=UnitCondition.GOOD
    )
    purchased_on: Mapped[date | None] = mapped_column(Date)
    purchase_cost_fen: Mapped[int | None] = mapped_column(Integer)
    loan_count: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    product = relationship("Product")
    home_centre = relationship("Centre")


class Resident(Timestamped, Base):
    """A person who rents. ID number, phone and eligibility are stored encrypted (`*_enc`);
    look-ups go through keyed hashes (`*_hash`) so the clear values never reach the database."""

    __tablename__ = "resident"
    __table_args__ = (UniqueConstraint("id_number_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    sex: Mapped[Sex | None] = mapped_column(enum_type(Sex, "sex"))
    id_number_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    id_number_hash: Mapped[str | None] = mapped_column(String(64))
    phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    address_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    # JSON of ability level, long-term-care level, 低保 / 低保边缘, encrypted as one value.
    eligibility_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    district_code: Mapped[str | None] = mapped_column(ForeignKey("district.code", ondelete="RESTRICT"))
    hukou_local: Mapped[bool] = mapped_column(Boolean, default=False)
    home_centre_id: Mapped[int | None] = mapped_column(
        ForeignKey("centre.id", ondelete="RESTRICT"), index=True
    )
    guardian_name: Mapped[str] = mapped_column(String(60), default="")
    guardian_phone_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    consent_basis: Mapped[ConsentBasis] = mapped_column(
        enum_type(ConsentBasis, "consent_basis"), default=ConsentBasis.NONE
    )
    consent_text: Mapped[str] = mapped_column(String(400), default="")
    consent_on: Mapped[date | None] = mapped_column(Date)
    retain_until: Mapped[date | None] = mapped_column(Date, index=True)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    key_id: Mapped[str] = mapped_column(String(16), default="")  # which key encrypted this row


class SubsidyRuleSet(Base):
    """A city's rental-subsidy rules for a period, kept as data (another city, another year)."""

    __tablename__ = "subsidy_rule_set"
    __table_args__ = (CheckConstraint("annual_cap_fen >= 0", name="cap_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    region_code: Mapped[str] = mapped_column(String(12))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    annual_cap_fen: Mapped[int] = mapped_column(Integer)
    subsidised_terms: Mapped[str] = mapped_column(String(40))  # JSON list of months, e.g. [2, 3]
    rules: Mapped[str] = mapped_column(Text)  # JSON list of rules, best rate wins
    source: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Loan(Timestamped, Base):
    __tablename__ = "loan"
    __table_args__ = (
        # One open loan per unit, enforced by the database so two desks cannot both lend it.
        Index(
            "uq_loan_open_unit",
            "unit_id",
            unique=True,
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
        CheckConstraint(
            "rent_fen >= 0 AND subsidy_fen >= 0 AND subsidy_fen <= rent_fen"
            " AND payable_fen = rent_fen - subsidy_fen",
            name="money_adds_up",
        ),
        CheckConstraint(
            "deposit_fen >= 0 AND late_fee_fen >= 0 AND deductions_fen >= 0", name="fees_not_negative"
        ),
        CheckConstraint("deductions_fen <= deposit_fen", name="deductions_within_deposit"),
        CheckConstraint("subsidy_rate_bp >= 0 AND subsidy_rate_bp <= 10000", name="rate_is_share"),
        CheckConstraint("due_on >= start_on", name="due_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("device_unit.id", ondelete="RESTRICT"), index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"), index=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="RESTRICT"), index=True)
    status: Mapped[LoanStatus] = mapped_column(enum_type(LoanStatus, "loan_status"), default=LoanStatus.OPEN)
    start_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    term_months: Mapped[int] = mapped_column(Integer, default=0)
    term_days: Mapped[int] = mapped_column(Integer, default=0)
    rent_fen: Mapped[int] = mapped_column(Integer)
    subsidy_rate_bp: Mapped[int] = mapped_column(Integer, default=0)  # basis points: 5000 = 50 %
    subsidy_fen: Mapped[int] = mapped_column(Integer, default=0)
    subsidy_rule: Mapped[str] = mapped_column(String(40), default="")
    rule_set_id: Mapped[int | None] = mapped_column(ForeignKey("subsidy_rule_set.id", ondelete="RESTRICT"))
    payable_fen: Mapped[int] = mapped_column(Integer)
    deposit_fen: Mapped[int] = mapped_column(Integer, default=0)
    payment_method: Mapped[str] = mapped_column(String(16), default="")
    payment_reference: Mapped[str] = mapped_column(String(80), default="")
    renewed_from_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id", ondelete="RESTRICT"))
    checked_out_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    returned_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    collected: Mapped[bool] = mapped_column(Boolean, default=False)  # returned by a booked pick-up
    return_condition: Mapped[UnitCondition | None] = mapped_column(
        enum_type(UnitCondition, "return_condition")
    )
    return_note: Mapped[str] = mapped_column(Text, default="")
    return_photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    late_fee_fen: Mapped[int] = mapped_column(Integer, default=0)
    deductions_fen: Mapped[int] = mapped_column(Integer, default=0)
    deductions_note: Mapped[str] = mapped_column(String(200), default="")
    deposit_refund_fen: Mapped[int | None] = mapped_column(Integer)
    # De-identified facts at checkout, so statistics never need to decrypt a resident.
    district_code: Mapped[str | None] = mapped_column(String(12), index=True)
    age_band: Mapped[str] = mapped_column(String(8), default="")
    sex: Mapped[Sex | None] = mapped_column(enum_type(Sex, "loan_sex"))

    unit = relationship("DeviceUnit")
    resident = relationship("Resident")


class SubsidyAccount(Base):
    """A resident's subsidy for one calendar year; the CHECK is the cap two desks cannot pass."""

    __tablename__ = "subsidy_account"
    __table_args__ = (CheckConstraint("granted_fen >= 0 AND granted_fen <= cap_fen", name="within_cap"),)

    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    cap_fen: Mapped[int] = mapped_column(Integer)
    granted_fen: Mapped[int] = mapped_column(Integer, default=0)


class SubsidyGrant(Base):
    __tablename__ = "subsidy_grant"
    __table_args__ = (CheckConstraint("amount_fen > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id", ondelete="RESTRICT"), index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(40), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Reservation(Timestamped, Base):
    __tablename__ = "reservation"
    __table_args__ = (CheckConstraint("end_on >= start_on", name="end_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="RESTRICT"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("device_unit.id", ondelete="RESTRICT"), index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"), index=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id", ondelete="RESTRICT"), index=True)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ReservationStatus] = mapped_column(
        enum_type(ReservationStatus, "reservation_status"), default=ReservationStatus.WAITING
    )
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))


class CleaningRecord(Base):
    """Cleaning and disinfection between loans (MZ/T 175.2-2021); signing it off frees the unit."""

    __tablename__ = "cleaning_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("device_unit.id", ondelete="RESTRICT"), index=True)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id", ondelete="RESTRICT"))
    method: Mapped[str] = mapped_column(String(80))
    agent: Mapped[str] = mapped_column(String(80))
    performed_by: Mapped[str] = mapped_column(String(60))
    performed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    result: Mapped[CleaningResult] = mapped_column(enum_type(CleaningResult, "cleaning_result"))
    note: Mapped[str] = mapped_column(Text, default="")
    signed_off_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    signed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MaintenanceRecord(Base):
    __tablename__ = "maintenance_record"
    __table_args__ = (CheckConstraint("cost_fen >= 0", name="cost_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("device_unit.id", ondelete="RESTRICT"), index=True)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id", ondelete="RESTRICT"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fault: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text, default="")
    cost_fen: Mapped[int] = mapped_column(Integer, default=0)
    performed_by: Mapped[str] = mapped_column(String(60), default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)  # beyond repair


class FittingCase(Timestamped, Base):
    """A disabled person's device-fitting subsidy case (江苏, 苏残发〔2018〕57号)."""

    __tablename__ = "fitting_case"
    __table_args__ = (
        CheckConstraint("standard_price_fen >= 0 AND actual_price_fen >= 0", name="prices_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"), index=True)
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("centre.id", ondelete="RESTRICT"))
    device: Mapped[str] = mapped_column(String(200))
    stage: Mapped[FittingStage] = mapped_column(
        enum_type(FittingStage, "fitting_stage"), default=FittingStage.APPLIED
    )
    standard_price_fen: Mapped[int] = mapped_column(Integer, default=0)
    actual_price_fen: Mapped[int] = mapped_column(Integer, default=0)

    events: Mapped[list[FittingEvent]] = relationship(
        order_by="FittingEvent.at", cascade="all, delete-orphan"
    )


class FittingEvent(Base):
    __tablename__ = "fitting_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("fitting_case.id", ondelete="CASCADE"), index=True)
    stage: Mapped[FittingStage] = mapped_column(enum_type(FittingStage, "fitting_event_stage"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
