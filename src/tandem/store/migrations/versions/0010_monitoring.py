"""Open-source monitoring: articles and the actions they report.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("minhash", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("digest", name=op.f("uq_articles_digest")),
    )
    op.create_index(op.f("ix_articles_url"), "articles", ["url"])
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("action_name", sa.String(length=120), nullable=False),
        sa.Column("goldstein", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=80), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("tracks", sa.Text(), nullable=False),
        sa.Column("modality", sa.String(length=10), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("confidence", sa.Integer(), nullable=False),
        sa.Column("actor_role", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=True),
        sa.Column("observed_id", sa.Integer(), nullable=True),
        sa.Column("alert_id", sa.Integer(), nullable=True),
        sa.Column("why", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_reports_article_id_articles")
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_reports_measure_id_measures")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
    )
    op.create_index(op.f("ix_reports_article_id"), "reports", ["article_id"])
    op.create_index(op.f("ix_reports_measure_id"), "reports", ["measure_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_reports_measure_id"), table_name="reports")
    op.drop_index(op.f("ix_reports_article_id"), table_name="reports")
    op.drop_table("reports")
    op.drop_index(op.f("ix_articles_url"), table_name="articles")
    op.drop_table("articles")
