"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("display_name", sa.String(length=60), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("elder_mode", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "category_scheme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("edition", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("issuer", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "promotion",
                "rental",
                "assistive",
                name="scheme_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category_scheme")),
        sa.UniqueConstraint("key", "edition", name=op.f("uq_category_scheme_key_edition")),
    )
    op.create_table(
        "district",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "city",
                "district",
                "county_city",
                "zone",
                name="division_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("parent_code", sa.String(length=12), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_code"],
            ["district.code"],
            name=op.f("fk_district_parent_code_district"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_district")),
    )
    op.create_table(
        "enterprise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("credit_code", sa.String(length=18), nullable=False),
        sa.Column("division_code", sa.String(length=12), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("contact_name", sa.String(length=60), nullable=False),
        sa.Column("contact_phone", sa.String(length=30), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprise")),
        sa.UniqueConstraint("credit_code", name=op.f("uq_enterprise_credit_code")),
    )
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enterprise_name"), ["name"], unique=False)

    op.create_table(
        "label_preset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column(
            "media",
            sa.Enum(
                "roll",
                "tape",
                "sheet",
                name="media_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("page_width_mm", sa.Float(), nullable=False),
        sa.Column("page_height_mm", sa.Float(), nullable=False),
        sa.Column("label_width_mm", sa.Float(), nullable=False),
        sa.Column("label_height_mm", sa.Float(), nullable=False),
        sa.Column("columns", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("margin_left_mm", sa.Float(), nullable=False),
        sa.Column("margin_top_mm", sa.Float(), nullable=False),
        sa.Column("gap_x_mm", sa.Float(), nullable=False),
        sa.Column("gap_y_mm", sa.Float(), nullable=False),
        sa.Column("corner_radius_mm", sa.Float(), nullable=False),
        sa.Column("dpi", sa.Integer(), nullable=False),
        sa.Column("error_correction", sa.String(length=1), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.CheckConstraint("columns >= 1 AND rows >= 1", name=op.f("ck_label_preset_grid_not_empty")),
        sa.CheckConstraint("dpi >= 72", name=op.f("ck_label_preset_dpi_plausible")),
        sa.CheckConstraint(
            "label_width_mm > 0 AND label_height_mm > 0", name=op.f("ck_label_preset_label_has_size")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_label_preset")),
        sa.UniqueConstraint("name", name=op.f("uq_label_preset_name")),
    )
    op.create_table(
        "printer_calibration",
        sa.Column("printer_name", sa.String(length=200), nullable=False),
        sa.Column("offset_x_mm", sa.Float(), nullable=False),
        sa.Column("offset_y_mm", sa.Float(), nullable=False),
        sa.Column("scale_x", sa.Float(), nullable=False),
        sa.Column("scale_y", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("printer_name", name=op.f("pk_printer_calibration")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "subsidy_rule_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("region_code", sa.String(length=12), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("annual_cap_fen", sa.Integer(), nullable=False),
        sa.Column("subsidised_terms", sa.String(length=40), nullable=False),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("annual_cap_fen >= 0", name=op.f("ck_subsidy_rule_set_cap_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subsidy_rule_set")),
        sa.UniqueConstraint("code", name=op.f("uq_subsidy_rule_set_code")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("summary", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_audit_entry_user_id_app_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_entity"), ["entity"], unique=False)

    op.create_table(
        "category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheme_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("section", sa.String(length=16), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["category.id"], name=op.f("fk_category_parent_id_category"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["scheme_id"],
            ["category_scheme.id"],
            name=op.f("fk_category_scheme_id_category_scheme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category")),
        sa.UniqueConstraint("scheme_id", "code", name=op.f("uq_category_scheme_id_code")),
    )
    with op.batch_alter_table("category", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_category_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_category_scheme_id"), ["scheme_id"], unique=False)

    op.create_table(
        "centre",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("district_code", sa.String(length=12), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("opening_hours", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("manager_name", sa.String(length=60), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("late_fee_per_day_fen", sa.Integer(), nullable=False),
        sa.Column("grace_days", sa.Integer(), nullable=False),
        sa.Column("allow_day_terms", sa.Boolean(), nullable=False),
        sa.Column("asset_tag_pattern", sa.String(length=40), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("grace_days >= 0", name=op.f("ck_centre_grace_not_negative")),
        sa.CheckConstraint("late_fee_per_day_fen >= 0", name=op.f("ck_centre_late_fee_not_negative")),
        sa.ForeignKeyConstraint(
            ["district_code"],
            ["district.code"],
            name=op.f("fk_centre_district_code_district"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_centre")),
        sa.UniqueConstraint("code", name=op.f("uq_centre_code")),
    )
    with op.batch_alter_table("centre", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_centre_district_code"), ["district_code"], unique=False)

    op.create_table(
        "user_role",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "administrator",
                "centre_manager",
                "desk_clerk",
                "catalogue_editor",
                "kiosk",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_user_role_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "role", name=op.f("pk_user_role")),
    )
    op.create_table(
        "location",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "display",
                "shelf",
                "store",
                "rental_store",
                name="location_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_location_centre_id_centre"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_location")),
        sa.UniqueConstraint("centre_id", "code", name=op.f("uq_location_centre_id_code")),
    )
    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_location_centre_id"), ["centre_id"], unique=False)

    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("model", sa.String(length=120), nullable=False),
        sa.Column("brand", sa.String(length=120), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("scenario", sa.String(length=200), nullable=False),
        sa.Column("assistive_category_id", sa.Integer(), nullable=True),
        sa.Column("is_medical_device", sa.Boolean(), nullable=False),
        sa.Column("device_class", sa.String(length=8), nullable=False),
        sa.Column("registration_no", sa.String(length=80), nullable=False),
        sa.Column("reference_price_fen", sa.Integer(), nullable=True),
        sa.Column("rentable", sa.Boolean(), nullable=False),
        sa.Column("monthly_rent_fen", sa.Integer(), nullable=True),
        sa.Column("deposit_fen", sa.Integer(), nullable=True),
        sa.Column("late_fee_per_day_fen", sa.Integer(), nullable=True),
        sa.Column("grace_days", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("listing_year", sa.Integer(), nullable=True),
        sa.Column("recommending_unit", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "submitted",
                "listed",
                "archived",
                name="product_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "deposit_fen IS NULL OR deposit_fen >= 0", name=op.f("ck_product_deposit_not_negative")
        ),
        sa.CheckConstraint(
            "grace_days IS NULL OR grace_days >= 0", name=op.f("ck_product_grace_not_negative")
        ),
        sa.CheckConstraint(
            "late_fee_per_day_fen IS NULL OR late_fee_per_day_fen >= 0",
            name=op.f("ck_product_late_fee_not_negative"),
        ),
        sa.CheckConstraint(
            "monthly_rent_fen IS NULL OR monthly_rent_fen >= 0", name=op.f("ck_product_rent_not_negative")
        ),
        sa.CheckConstraint(
            "reference_price_fen IS NULL OR reference_price_fen >= 0",
            name=op.f("ck_product_price_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["assistive_category_id"],
            ["category.id"],
            name=op.f("fk_product_assistive_category_id_category"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_product_enterprise_id_enterprise"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
        sa.UniqueConstraint("code", name=op.f("uq_product_code")),
        sa.UniqueConstraint("enterprise_id", "model", name=op.f("uq_product_enterprise_id_model")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_product_assistive_category_id"), ["assistive_category_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_product_enterprise_id"), ["enterprise_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_product_listing_year"), ["listing_year"], unique=False)
        batch_op.create_index(batch_op.f("ix_product_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_product_rentable"), ["rentable"], unique=False)
        batch_op.create_index(batch_op.f("ix_product_status"), ["status"], unique=False)

    op.create_table(
        "resident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column(
            "sex",
            sa.Enum("M", "F", name="sex", native_enum=False, create_constraint=True, length=24),
            nullable=True,
        ),
        sa.Column("id_number_enc", sa.LargeBinary(), nullable=True),
        sa.Column("id_number_hash", sa.String(length=64), nullable=True),
        sa.Column("phone_enc", sa.LargeBinary(), nullable=True),
        sa.Column("phone_hash", sa.String(length=64), nullable=True),
        sa.Column("address_enc", sa.LargeBinary(), nullable=True),
        sa.Column("eligibility_enc", sa.LargeBinary(), nullable=True),
        sa.Column("district_code", sa.String(length=12), nullable=True),
        sa.Column("hukou_local", sa.Boolean(), nullable=False),
        sa.Column("home_centre_id", sa.Integer(), nullable=True),
        sa.Column("guardian_name", sa.String(length=60), nullable=False),
        sa.Column("guardian_phone_enc", sa.LargeBinary(), nullable=True),
        sa.Column(
            "consent_basis",
            sa.Enum(
                "consent",
                "statutory_duty",
                "none",
                name="consent_basis",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("consent_text", sa.String(length=400), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("retain_until", sa.Date(), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["district_code"],
            ["district.code"],
            name=op.f("fk_resident_district_code_district"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["home_centre_id"],
            ["centre.id"],
            name=op.f("fk_resident_home_centre_id_centre"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident")),
        sa.UniqueConstraint("id_number_hash", name=op.f("uq_resident_id_number_hash")),
    )
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resident_home_centre_id"), ["home_centre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_resident_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_resident_phone_hash"), ["phone_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_resident_retain_until"), ["retain_until"], unique=False)

    op.create_table(
        "transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("from_centre_id", sa.Integer(), nullable=False),
        sa.Column("to_centre_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "in_transit",
                "partial",
                "received",
                "resolved",
                name="transfer_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("shipped_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("shipped_by", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("from_centre_id <> to_centre_id", name=op.f("ck_transfer_two_centres")),
        sa.ForeignKeyConstraint(
            ["from_centre_id"],
            ["centre.id"],
            name=op.f("fk_transfer_from_centre_id_centre"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["shipped_by"], ["app_user.id"], name=op.f("fk_transfer_shipped_by_app_user"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["to_centre_id"], ["centre.id"], name=op.f("fk_transfer_to_centre_id_centre"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer")),
        sa.UniqueConstraint("code", name=op.f("uq_transfer_code")),
    )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfer_from_centre_id"), ["from_centre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_transfer_to_centre_id"), ["to_centre_id"], unique=False)

    op.create_table(
        "user_centre",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_user_centre_centre_id_centre"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_user_centre_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "centre_id", name=op.f("pk_user_centre")),
    )
    op.create_table(
        "device_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_tag", sa.String(length=32), nullable=False),
        sa.Column("serial_no", sa.String(length=80), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("home_centre_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "available",
                "reserved",
                "on_loan",
                "awaiting_cleaning",
                "in_repair",
                "retired",
                "lost",
                name="unit_state",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "condition",
            sa.Enum(
                "good",
                "needs_repair",
                "damaged",
                name="unit_condition",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("purchased_on", sa.Date(), nullable=True),
        sa.Column("purchase_cost_fen", sa.Integer(), nullable=True),
        sa.Column("loan_count", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("loan_count >= 0", name=op.f("ck_device_unit_loan_count_not_negative")),
        sa.CheckConstraint(
            "purchase_cost_fen IS NULL OR purchase_cost_fen >= 0",
            name=op.f("ck_device_unit_cost_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["home_centre_id"],
            ["centre.id"],
            name=op.f("fk_device_unit_home_centre_id_centre"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["location.id"],
            name=op.f("fk_device_unit_location_id_location"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_device_unit_product_id_product"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_unit")),
        sa.UniqueConstraint("asset_tag", name=op.f("uq_device_unit_asset_tag")),
    )
    with op.batch_alter_table("device_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_device_unit_home_centre_id"), ["home_centre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_device_unit_product_id"), ["product_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_device_unit_state"), ["state"], unique=False)

    op.create_table(
        "display_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_display_item_centre_id_centre"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["location.id"],
            name=op.f("fk_display_item_location_id_location"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_display_item_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_display_item")),
        sa.UniqueConstraint("product_id", "location_id", name=op.f("uq_display_item_product_id_location_id")),
    )
    with op.batch_alter_table("display_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_display_item_centre_id"), ["centre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_display_item_product_id"), ["product_id"], unique=False)

    op.create_table(
        "fitting_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=True),
        sa.Column("device", sa.String(length=200), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "applied",
                "first_review",
                "second_review",
                "assessed",
                "approved",
                "subsidised",
                "followed_up",
                "rejected",
                name="fitting_stage",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("standard_price_fen", sa.Integer(), nullable=False),
        sa.Column("actual_price_fen", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "standard_price_fen >= 0 AND actual_price_fen >= 0",
            name=op.f("ck_fitting_case_prices_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_fitting_case_centre_id_centre"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_fitting_case_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fitting_case")),
        sa.UniqueConstraint("code", name=op.f("uq_fitting_case_code")),
    )
    with op.batch_alter_table("fitting_case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fitting_case_resident_id"), ["resident_id"], unique=False)

    op.create_table(
        "interest_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("name_enc", sa.LargeBinary(), nullable=False),
        sa.Column("phone_enc", sa.LargeBinary(), nullable=False),
        sa.Column("consent_text", sa.String(length=400), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handled_by", sa.Integer(), nullable=True),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"],
            ["centre.id"],
            name=op.f("fk_interest_request_centre_id_centre"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["handled_by"],
            ["app_user.id"],
            name=op.f("fk_interest_request_handled_by_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_interest_request_product_id_product"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interest_request")),
    )
    with op.batch_alter_table("interest_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interest_request_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_interest_request_centre_id"), ["centre_id"], unique=False)

    op.create_table(
        "product_category",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["category.id"],
            name=op.f("fk_product_category_category_id_category"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_product_category_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("product_id", "category_id", name=op.f("pk_product_category")),
    )
    with op.batch_alter_table("product_category", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_category_category_id"), ["category_id"], unique=False)

    op.create_table(
        "product_image",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("mime_type", sa.String(length=32), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("caption", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_product_image_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_image")),
        sa.UniqueConstraint("product_id", "position", name=op.f("uq_product_image_product_id_position")),
    )
    with op.batch_alter_table("product_image", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_image_product_id"), ["product_id"], unique=False)

    op.create_table(
        "stock_balance",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_stock_balance_quantity_not_negative")),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_stock_balance_centre_id_centre"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["location.id"],
            name=op.f("fk_stock_balance_location_id_location"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_stock_balance_product_id_product"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("product_id", "location_id", name=op.f("pk_stock_balance")),
    )
    with op.batch_alter_table("stock_balance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_balance_centre_id"), ["centre_id"], unique=False)

    op.create_table(
        "stock_threshold",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("min_quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("min_quantity >= 0", name=op.f("ck_stock_threshold_min_not_negative")),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_stock_threshold_centre_id_centre"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_stock_threshold_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("product_id", "centre_id", name=op.f("pk_stock_threshold")),
    )
    op.create_table(
        "stocktake",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "applied",
                "abandoned",
                name="stocktake_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_by", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_stocktake_centre_id_centre"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["location.id"],
            name=op.f("fk_stocktake_location_id_location"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["started_by"],
            ["app_user.id"],
            name=op.f("fk_stocktake_started_by_app_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake")),
    )
    with op.batch_alter_table("stocktake", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stocktake_centre_id"), ["centre_id"], unique=False)

    op.create_table(
        "subsidy_account",
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("cap_fen", sa.Integer(), nullable=False),
        sa.Column("granted_fen", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "granted_fen >= 0 AND granted_fen <= cap_fen", name=op.f("ck_subsidy_account_within_cap")
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_subsidy_account_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("resident_id", "year", name=op.f("pk_subsidy_account")),
    )
    op.create_table(
        "transfer_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transfer_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("from_location_id", sa.Integer(), nullable=False),
        sa.Column("quantity_shipped", sa.Integer(), nullable=False),
        sa.Column("quantity_received", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "quantity_received >= 0 AND quantity_received <= quantity_shipped",
            name=op.f("ck_transfer_line_received_within_shipped"),
        ),
        sa.CheckConstraint("quantity_shipped > 0", name=op.f("ck_transfer_line_shipped_positive")),
        sa.ForeignKeyConstraint(
            ["from_location_id"],
            ["location.id"],
            name=op.f("fk_transfer_line_from_location_id_location"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_transfer_line_product_id_product"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["transfer.id"],
            name=op.f("fk_transfer_line_transfer_id_transfer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_line")),
        sa.UniqueConstraint(
            "transfer_id", "product_id", name=op.f("uq_transfer_line_transfer_id_product_id")
        ),
    )
    with op.batch_alter_table("transfer_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfer_line_transfer_id"), ["transfer_id"], unique=False)

    op.create_table(
        "fitting_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "applied",
                "first_review",
                "second_review",
                "assessed",
                "approved",
                "subsidised",
                "followed_up",
                "rejected",
                name="fitting_event_stage",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["fitting_case.id"],
            name=op.f("fk_fitting_event_case_id_fitting_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_fitting_event_user_id_app_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fitting_event")),
    )
    with op.batch_alter_table("fitting_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fitting_event_case_id"), ["case_id"], unique=False)

    op.create_table(
        "loan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open", "returned", name="loan_status", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("term_days", sa.Integer(), nullable=False),
        sa.Column("rent_fen", sa.Integer(), nullable=False),
        sa.Column("subsidy_rate_bp", sa.Integer(), nullable=False),
        sa.Column("subsidy_fen", sa.Integer(), nullable=False),
        sa.Column("subsidy_rule", sa.String(length=40), nullable=False),
        sa.Column("rule_set_id", sa.Integer(), nullable=True),
        sa.Column("payable_fen", sa.Integer(), nullable=False),
        sa.Column("deposit_fen", sa.Integer(), nullable=False),
        sa.Column("payment_method", sa.String(length=16), nullable=False),
        sa.Column("payment_reference", sa.String(length=80), nullable=False),
        sa.Column("renewed_from_id", sa.Integer(), nullable=True),
        sa.Column("checked_out_by", sa.Integer(), nullable=True),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("returned_by", sa.Integer(), nullable=True),
        sa.Column("collected", sa.Boolean(), nullable=False),
        sa.Column(
            "return_condition",
            sa.Enum(
                "good",
                "needs_repair",
                "damaged",
                name="return_condition",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("return_note", sa.Text(), nullable=False),
        sa.Column("return_photo", sa.LargeBinary(), nullable=True),
        sa.Column("late_fee_fen", sa.Integer(), nullable=False),
        sa.Column("deductions_fen", sa.Integer(), nullable=False),
        sa.Column("deductions_note", sa.String(length=200), nullable=False),
        sa.Column("deposit_refund_fen", sa.Integer(), nullable=True),
        sa.Column("district_code", sa.String(length=12), nullable=True),
        sa.Column("age_band", sa.String(length=8), nullable=False),
        sa.Column(
            "sex",
            sa.Enum("M", "F", name="loan_sex", native_enum=False, create_constraint=True, length=24),
            nullable=True,
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("deductions_fen <= deposit_fen", name=op.f("ck_loan_deductions_within_deposit")),
        sa.CheckConstraint(
            "deposit_fen >= 0 AND late_fee_fen >= 0 AND deductions_fen >= 0",
            name=op.f("ck_loan_fees_not_negative"),
        ),
        sa.CheckConstraint("due_on >= start_on", name=op.f("ck_loan_due_after_start")),
        sa.CheckConstraint(
            "rent_fen >= 0 AND subsidy_fen >= 0 AND subsidy_fen <= rent_fen AND payable_fen = rent_fen - subsidy_fen",
            name=op.f("ck_loan_money_adds_up"),
        ),
        sa.CheckConstraint(
            "subsidy_rate_bp >= 0 AND subsidy_rate_bp <= 10000", name=op.f("ck_loan_rate_is_share")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_loan_centre_id_centre"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["checked_out_by"],
            ["app_user.id"],
            name=op.f("fk_loan_checked_out_by_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["renewed_from_id"], ["loan.id"], name=op.f("fk_loan_renewed_from_id_loan"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_loan_resident_id_resident"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["returned_by"], ["app_user.id"], name=op.f("fk_loan_returned_by_app_user"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["rule_set_id"],
            ["subsidy_rule_set.id"],
            name=op.f("fk_loan_rule_set_id_subsidy_rule_set"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["device_unit.id"], name=op.f("fk_loan_unit_id_device_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")),
        sa.UniqueConstraint("code", name=op.f("uq_loan_code")),
    )
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_centre_id"), ["centre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_district_code"), ["district_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(
            "uq_loan_open_unit",
            ["unit_id"],
            unique=True,
            sqlite_where=sa.text("status = 'open'"),
            postgresql_where=sa.text("status = 'open'"),
        )

    op.create_table(
        "reservation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "waiting",
                "active",
                "fulfilled",
                "cancelled",
                name="reservation_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("end_on >= start_on", name=op.f("ck_reservation_end_after_start")),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_reservation_centre_id_centre"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["app_user.id"],
            name=op.f("fk_reservation_created_by_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_reservation_product_id_product"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_reservation_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["device_unit.id"],
            name=op.f("fk_reservation_unit_id_device_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reservation")),
    )
    with op.batch_alter_table("reservation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reservation_centre_id"), ["centre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reservation_product_id"), ["product_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reservation_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reservation_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "stock_move",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "receive",
                "transfer_out",
                "transfer_in",
                "move_out",
                "move_in",
                "adjust",
                "write_off",
                name="move_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("transfer_id", sa.Integer(), nullable=True),
        sa.Column("stocktake_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("quantity <> 0", name=op.f("ck_stock_move_quantity_not_zero")),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_stock_move_centre_id_centre"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["location.id"],
            name=op.f("fk_stock_move_location_id_location"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_stock_move_product_id_product"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["stocktake_id"],
            ["stocktake.id"],
            name=op.f("fk_stock_move_stocktake_id_stocktake"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["transfer.id"],
            name=op.f("fk_stock_move_transfer_id_transfer"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_stock_move_user_id_app_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_move")),
    )
    with op.batch_alter_table("stock_move", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_move_at"), ["at"], unique=False)

    op.create_table(
        "stocktake_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stocktake_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.Column("counted_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("counted >= 0", name=op.f("ck_stocktake_count_counted_not_negative")),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["location.id"],
            name=op.f("fk_stocktake_count_location_id_location"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_stocktake_count_product_id_product"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["stocktake_id"],
            ["stocktake.id"],
            name=op.f("fk_stocktake_count_stocktake_id_stocktake"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake_count")),
        sa.UniqueConstraint(
            "stocktake_id",
            "product_id",
            "location_id",
            name=op.f("uq_stocktake_count_stocktake_id_product_id_location_id"),
        ),
    )
    with op.batch_alter_table("stocktake_count", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stocktake_count_stocktake_id"), ["stocktake_id"], unique=False)

    op.create_table(
        "cleaning_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(length=80), nullable=False),
        sa.Column("agent", sa.String(length=80), nullable=False),
        sa.Column("performed_by", sa.String(length=60), nullable=False),
        sa.Column("performed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "passed",
                "failed",
                name="cleaning_result",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("signed_off_by", sa.Integer(), nullable=True),
        sa.Column("signed_off_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loan.id"], name=op.f("fk_cleaning_record_loan_id_loan"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["signed_off_by"],
            ["app_user.id"],
            name=op.f("fk_cleaning_record_signed_off_by_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["device_unit.id"],
            name=op.f("fk_cleaning_record_unit_id_device_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cleaning_record")),
    )
    with op.batch_alter_table("cleaning_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cleaning_record_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "maintenance_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("fault", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("cost_fen", sa.Integer(), nullable=False),
        sa.Column("performed_by", sa.String(length=60), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.CheckConstraint("cost_fen >= 0", name=op.f("ck_maintenance_record_cost_not_negative")),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loan.id"], name=op.f("fk_maintenance_record_loan_id_loan"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["device_unit.id"],
            name=op.f("fk_maintenance_record_unit_id_device_unit"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_record")),
    )
    with op.batch_alter_table("maintenance_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_maintenance_record_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "subsidy_grant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=40), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_subsidy_grant_amount_positive")),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loan.id"], name=op.f("fk_subsidy_grant_loan_id_loan"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_subsidy_grant_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subsidy_grant")),
    )
    with op.batch_alter_table("subsidy_grant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subsidy_grant_loan_id"), ["loan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_subsidy_grant_resident_id"), ["resident_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("subsidy_grant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subsidy_grant_resident_id"))
        batch_op.drop_index(batch_op.f("ix_subsidy_grant_loan_id"))

    op.drop_table("subsidy_grant")
    with op.batch_alter_table("maintenance_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_maintenance_record_unit_id"))

    op.drop_table("maintenance_record")
    with op.batch_alter_table("cleaning_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cleaning_record_unit_id"))

    op.drop_table("cleaning_record")
    with op.batch_alter_table("stocktake_count", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stocktake_count_stocktake_id"))

    op.drop_table("stocktake_count")
    with op.batch_alter_table("stock_move", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_move_at"))

    op.drop_table("stock_move")
    with op.batch_alter_table("reservation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reservation_unit_id"))
        batch_op.drop_index(batch_op.f("ix_reservation_resident_id"))
        batch_op.drop_index(batch_op.f("ix_reservation_product_id"))
        batch_op.drop_index(batch_op.f("ix_reservation_centre_id"))

    op.drop_table("reservation")
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_loan_open_unit",
            sqlite_where=sa.text("status = 'open'"),
            postgresql_where=sa.text("status = 'open'"),
        )
        batch_op.drop_index(batch_op.f("ix_loan_unit_id"))
        batch_op.drop_index(batch_op.f("ix_loan_resident_id"))
        batch_op.drop_index(batch_op.f("ix_loan_due_on"))
        batch_op.drop_index(batch_op.f("ix_loan_district_code"))
        batch_op.drop_index(batch_op.f("ix_loan_centre_id"))

    op.drop_table("loan")
    with op.batch_alter_table("fitting_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fitting_event_case_id"))

    op.drop_table("fitting_event")
    with op.batch_alter_table("transfer_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_line_transfer_id"))

    op.drop_table("transfer_line")
    op.drop_table("subsidy_account")
    with op.batch_alter_table("stocktake", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stocktake_centre_id"))

    op.drop_table("stocktake")
    op.drop_table("stock_threshold")
    with op.batch_alter_table("stock_balance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_balance_centre_id"))

    op.drop_table("stock_balance")
    with op.batch_alter_table("product_image", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_image_product_id"))

    op.drop_table("product_image")
    with op.batch_alter_table("product_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_category_category_id"))

    op.drop_table("product_category")
    with op.batch_alter_table("interest_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interest_request_centre_id"))
        batch_op.drop_index(batch_op.f("ix_interest_request_at"))

    op.drop_table("interest_request")
    with op.batch_alter_table("fitting_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fitting_case_resident_id"))

    op.drop_table("fitting_case")
    with op.batch_alter_table("display_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_display_item_product_id"))
        batch_op.drop_index(batch_op.f("ix_display_item_centre_id"))

    op.drop_table("display_item")
    with op.batch_alter_table("device_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_unit_state"))
        batch_op.drop_index(batch_op.f("ix_device_unit_product_id"))
        batch_op.drop_index(batch_op.f("ix_device_unit_home_centre_id"))

    op.drop_table("device_unit")
    op.drop_table("user_centre")
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_to_centre_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_from_centre_id"))

    op.drop_table("transfer")
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resident_retain_until"))
        batch_op.drop_index(batch_op.f("ix_resident_phone_hash"))
        batch_op.drop_index(batch_op.f("ix_resident_name"))
        batch_op.drop_index(batch_op.f("ix_resident_home_centre_id"))

    op.drop_table("resident")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_status"))
        batch_op.drop_index(batch_op.f("ix_product_rentable"))
        batch_op.drop_index(batch_op.f("ix_product_name"))
        batch_op.drop_index(batch_op.f("ix_product_listing_year"))
        batch_op.drop_index(batch_op.f("ix_product_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_product_assistive_category_id"))

    op.drop_table("product")
    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_location_centre_id"))

    op.drop_table("location")
    op.drop_table("user_role")
    with op.batch_alter_table("centre", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_centre_district_code"))

    op.drop_table("centre")
    with op.batch_alter_table("category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_category_scheme_id"))
        batch_op.drop_index(batch_op.f("ix_category_parent_id"))

    op.drop_table("category")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    op.drop_table("subsidy_rule_set")
    op.drop_table("setting")
    op.drop_table("printer_calibration")
    op.drop_table("label_preset")
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enterprise_name"))

    op.drop_table("enterprise")
    op.drop_table("district")
    op.drop_table("category_scheme")
    op.drop_table("app_user")
