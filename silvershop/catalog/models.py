"""Tables of the promotion catalogue.

A product belongs to one enterprise and is keyed for the bureau by (credit code, model); it may sit
in several category schemes at once, and each category remembers its scheme and edition because
the ministries re-issue their catalogues with different trees.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from silvershop.catalog.search_keys import sort_key
from silvershop.db.base import Base, Timestamped, enum_type


class SchemeKind(StrEnum):
    """What a category scheme classifies, so pickers can offer the right trees."""

    PROMOTION = "promotion"  # 智慧健康养老产品及服务推广目录, 老年用品产品推广目录
    RENTAL = "rental"  # a city's rental catalogue
    ASSISTIVE = "assistive"  # ISO 9999 / GB/T 16432 codes


class ProductStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    LISTED = "listed"
    ARCHIVED = "archived"


class CategoryScheme(Base):
    __tablename__ = "category_scheme"
    __table_args__ = (UniqueConstraint("key", "edition"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32))
    edition: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(120))
    issuer: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[SchemeKind] = mapped_column(enum_type(SchemeKind, "scheme_kind"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    categories: Mapped[list[Category]] = relationship(back_populates="scheme")


class Category(Base):
    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("scheme_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("category_scheme.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(120))
    # "product" or "service" in the MIIT schemes; empty where a scheme does not split them.
    section: Mapped[str] = mapped_column(String(16), default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    builtin: Mapped[bool] = mapped_column(Boolean, default=True)

    scheme: Mapped[CategoryScheme] = relationship(back_populates="categories")
    parent: Mapped[Category | None] = relationship(remote_side=[id])


class Enterprise(Timestamped, Base):
    __tablename__ = "enterprise"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    # The name in pinyin, which lists and sorting use: people look for 北京… after 安徽…, not by code point.
    name_pinyin: Mapped[str] = mapped_column(String(400), default="", index=True)
    credit_code: Mapped[str] = mapped_column(String(18), unique=True)
    division_code: Mapped[str] = mapped_column(String(12), default="")
    registered_on: Mapped[date | None] = mapped_column(Date)
    contact_name: Mapped[str] = mapped_column(String(60), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(200), default="")

    products: Mapped[list[Product]] = relationship(back_populates="enterprise")

    @validates("name")
    def _spell_name(self, _key: str, name: str) -> str:
        self.name_pinyin = sort_key(name)
        return name


product_category = Table(
    "product_category",
    Base.metadata,
    Column("product_id", ForeignKey("product.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("category.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class Product(Timestamped, Base):
    __tablename__ = "product"
    __table_args__ = (
        UniqueConstraint("enterprise_id", "model"),
        CheckConstraint("reference_price_fen IS NULL OR reference_price_fen >= 0", name="price_not_negative"),
        CheckConstraint("monthly_rent_fen IS NULL OR monthly_rent_fen >= 0", name="rent_not_negative"),
        CheckConstraint("deposit_fen IS NULL OR deposit_fen >= 0", name="deposit_not_negative"),
        CheckConstraint(
            "late_fee_per_day_fen IS NULL OR late_fee_per_day_fen >= 0", name="late_fee_not_negative"
        ),
        CheckConstraint("grace_days IS NULL OR grace_days >= 0", name="grace_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Goes on QR labels: only 0-9 A-Z and '-' so it fits QR alphanumeric mode.
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    model: Mapped[str] = mapped_column(String(120))
    brand: Mapped[str] = mapped_column(String(120), default="")
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id", ondelete="RESTRICT"), index=True)
    scenario: Mapped[str] = mapped_column(String(200), default="")
    assistive_category_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="RESTRICT"), index=True
    )
    is_medical_device: Mapped[bool] = mapped_column(Boolean, default=False)
    device_class: Mapped[str] = mapped_column(String(8), default="")  # 管理类别 I / II / III
    registration_no: Mapped[str] = mapped_column(String(80), default="")
    reference_price_fen: Mapped[int | None] = mapped_column(Integer)
    rentable: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    monthly_rent_fen: Mapped[int | None] = mapped_column(Integer)
    deposit_fen: Mapped[int | None] = mapped_column(Integer)
    late_fee_per_day_fen: Mapped[int | None] = mapped_column(Integer)  # else the centre's
    grace_days: Mapped[int | None] = mapped_column(Integer)  # else the centre's
    description: Mapped[str] = mapped_column(Text, default="")
    listing_year: Mapped[int | None] = mapped_column(Integer, index=True)
    recommending_unit: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ProductStatus] = mapped_column(
        enum_type(ProductStatus, "product_status"), default=ProductStatus.DRAFT, index=True
    )
    # Written from catalog.search_keys with every change of the product (or of its enterprise's
    # name): the folded facets a query may match, one per line, and the keys of ranking and sorting.
    # On SQLite, triggers keep two FTS5 indexes of search_text (see migration 0002).
    search_text: Mapped[str] = mapped_column(Text, default="")
    model_key: Mapped[str] = mapped_column(String(120), default="", index=True)
    name_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    name_pinyin: Mapped[str] = mapped_column(String(400), default="", index=True)
    name_initials: Mapped[str] = mapped_column(String(200), default="", index=True)
    brand_pinyin: Mapped[str] = mapped_column(String(240), default="", index=True)

    enterprise: Mapped[Enterprise] = relationship(back_populates="products")
    categories: Mapped[list[Category]] = relationship(secondary=product_category)
    assistive_category: Mapped[Category | None] = relationship(foreign_keys=[assistive_category_id])
    images: Mapped[list[ProductImage]] = relationship(
        back_populates="product", order_by="ProductImage.position", cascade="all, delete-orphan"
    )


class ProductImage(Timestamped, Base):
    """Photos live in the database so a backup or a second desk on PostgreSQL has them too."""

    __tablename__ = "product_image"
    __table_args__ = (UniqueConstraint("product_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # 0 is the cover
    mime_type: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    caption: Mapped[str] = mapped_column(String(200), default="")

    product: Mapped[Product] = relationship(back_populates="images")
