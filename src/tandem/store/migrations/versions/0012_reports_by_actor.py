"""Reports found by actor and date: an action reported again is alerted once.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_reports_actor_on_date"), "reports", ["actor", "on_date"])


def downgrade() -> None:
    op.drop_index(op.f("ix_reports_actor_on_date"), table_name="reports")
