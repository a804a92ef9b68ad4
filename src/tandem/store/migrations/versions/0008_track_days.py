"""Pacing: each track's steps summed per day, so that an index reads days, not steps.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "track_days",
        sa.Column("track", sa.String(length=40), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["track"], ["tracks.id"], name=op.f("fk_track_days_track_tracks")),
        sa.PrimaryKeyConstraint("track", "on_date", name=op.f("pk_track_days")),
    )
    op.execute(
        "INSERT INTO track_days (track, on_date, weight) "
        "SELECT track, on_date, SUM(weight) FROM track_steps GROUP BY track, on_date"
    )


def downgrade() -> None:
    op.drop_table("track_days")
