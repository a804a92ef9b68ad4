"""Pacing: tracks, tandem rules, default weights, measures' effects, steps and notes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tracks",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tracks")),
    )
    op.create_table(
        "tandem_rules",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("ahead", sa.String(length=40), nullable=False),
        sa.Column("behind", sa.String(length=40), nullable=False),
        sa.Column("tolerance", sa.Integer(), nullable=False),
        sa.Column("band", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ahead"], ["tracks.id"], name=op.f("fk_tandem_rules_ahead_tracks")
        ),
        sa.ForeignKeyConstraint(
            ["behind"], ["tracks.id"], name=op.f("fk_tandem_rules_behind_tracks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tandem_rules")),
    )
    op.create_table(
        "track_defaults",
        sa.Column("measure_type", sa.String(length=64), nullable=False),
        sa.Column("track", sa.String(length=40), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["track"], ["tracks.id"], name=op.f("fk_track_defaults_track_tracks")
        ),
        sa.PrimaryKeyConstraint("measure_type", "track", name=op.f("pk_track_defaults")),
    )
    op.create_table(
        "measure_effects",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("track", sa.String(length=40), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_measure_effects_measure_id_measures")
        ),
        sa.ForeignKeyConstraint(
            ["track"], ["tracks.id"], name=op.f("fk_measure_effects_track_tracks")
        ),
        sa.PrimaryKeyConstraint("measure_id", "track", name=op.f("pk_measure_effects")),
    )
    op.create_table(
        "track_steps",
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("track", sa.String(length=40), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["track"], ["tracks.id"], name=op.f("fk_track_steps_track_tracks")),
        sa.PrimaryKeyConstraint("subject", "track", name=op.f("pk_track_steps")),
    )
    op.create_index(op.f("ix_track_steps_track_on_date"), "track_steps", ["track", "on_date"])
    op.create_table(
        "pacing_notes",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_pacing_notes_measure_id_measures")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pacing_notes")),
    )
    op.create_index(op.f("ix_pacing_notes_measure_id"), "pacing_notes", ["measure_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_pacing_notes_measure_id"), table_name="pacing_notes")
    op.drop_table("pacing_notes")
    op.drop_index(op.f("ix_track_steps_track_on_date"), table_name="track_steps")
    op.drop_table("track_steps")
    op.drop_table("measure_effects")
    op.drop_table("track_defaults")
    op.drop_table("tandem_rules")
    op.drop_table("tracks")
