"""a label preset's free line: a fixed sentence printed on every label of that preset
("租赁热线 0510-12345678", "请勿撕毁")

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("label_preset", schema=None) as batch_op:
        batch_op.add_column(sa.Column("free_line", sa.String(length=60), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("label_preset", schema=None) as batch_op:
        batch_op.drop_column("free_line")
