"""stocktakes and transfers as the centres use them: an uncounted line is not a count of zero, the
last scanned location is kept with the count, a transfer's shortfall records how it was settled;
and indexes for a product's balance at a centre and for a centre's (or a product's) latest moves

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

A line of a stocktake nobody has counted yet must not read as "none found": `counted` becomes
nullable and the lines written before (which had no way to say so) keep their numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("stocktake_count", schema=None) as batch_op:
        batch_op.alter_column("counted", existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column("counted_at", existing_type=sa.DateTime(timezone=True), nullable=True)
    with op.batch_alter_table("stocktake", schema=None) as batch_op:
        batch_op.add_column(sa.Column("current_location_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_stocktake_current_location_id_location"),
            "location",
            ["current_location_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("resolution", sa.String(length=200), nullable=False, server_default=""))
    op.create_index(
        "ix_stock_balance_product_centre", "stock_balance", ["product_id", "centre_id", "quantity"]
    )
    op.create_index("ix_stock_move_centre_history", "stock_move", ["centre_id", "at"])
    op.create_index("ix_stock_move_product_history", "stock_move", ["centre_id", "product_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_stock_move_product_history", table_name="stock_move")
    op.drop_index("ix_stock_move_centre_history", table_name="stock_move")
    op.drop_index("ix_stock_balance_product_centre", table_name="stock_balance")
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_column("resolution")
    with op.batch_alter_table("stocktake", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_stocktake_current_location_id_location"), type_="foreignkey")
        batch_op.drop_column("current_location_id")
    op.execute("UPDATE stocktake_count SET counted = 0 WHERE counted IS NULL")
    op.execute("UPDATE stocktake_count SET counted_at = CURRENT_TIMESTAMP WHERE counted_at IS NULL")
    with op.batch_alter_table("stocktake_count", schema=None) as batch_op:
        batch_op.alter_column("counted_at", existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.alter_column("counted", existing_type=sa.Integer(), nullable=False)
