"""Sanctions screening: manifests, screenings and 1718 Committee exemption requests.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "manifests",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_manifests_measure_id_measures")
        ),
        sa.PrimaryKeyConstraint("measure_id", "version", name=op.f("pk_manifests")),
    )
    op.create_table(
        "screenings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("rulebook", sa.String(length=80), nullable=False),
        sa.Column("verdict", sa.String(length=24), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("names", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_screenings_measure_id_measures")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screenings")),
    )
    op.create_index(op.f("ix_screenings_measure_id"), "screenings", ["measure_id"])
    op.create_table(
        "exemptions",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("shipments", sa.Integer(), nullable=True),
        sa.Column("decision", sa.Text(), nullable=True),
        sa.Column("warned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_exemptions_measure_id_measures")
        ),
        sa.ForeignKeyConstraint(
            ["party"], ["parties.code"], name=op.f("fk_exemptions_party_parties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exemptions")),
    )
    op.create_index(op.f("ix_exemptions_measure_id"), "exemptions", ["measure_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_exemptions_measure_id"), table_name="exemptions")
    op.drop_table("exemptions")
    op.drop_index(op.f("ix_screenings_measure_id"), table_name="screenings")
    op.drop_table("screenings")
    op.drop_table("manifests")
