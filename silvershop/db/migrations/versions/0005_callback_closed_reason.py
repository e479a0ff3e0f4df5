"""a callback request keeps what became of it (called back, could not be reached, withdrew, expired)
on its own row instead of leaving it to be worked out from the audit log

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

Requests closed before this revision recorded only who closed them: one a person closed reads as
called back, one nobody closed (the retention rule) as expired.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("interest_request", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("closed_reason", sa.String(length=16), nullable=False, server_default="")
        )
    op.execute(
        "UPDATE interest_request SET closed_reason = "
        "CASE WHEN handled_by IS NOT NULL THEN 'called_back' ELSE 'expired' END "
        "WHERE handled_at IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("interest_request", schema=None) as batch_op:
        batch_op.drop_column("closed_reason")
