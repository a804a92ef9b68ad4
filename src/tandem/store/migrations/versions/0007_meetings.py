"""Meetings: agendas with outcomes, follow-ups, statements and their approvals.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("chairs", sa.Text(), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    op.create_index(op.f("ix_meetings_starts_at"), "meetings", ["starts_at"])
    op.create_table(
        "agenda_items",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=True),
        sa.Column("alert_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=24), nullable=True),
        sa.Column("decision", sa.Text(), nullable=True),
        sa.Column("outcome_party", sa.String(length=10), nullable=True),
        sa.Column("outcome_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["alert_id"], ["alerts.id"], name=op.f("fk_agenda_items_alert_id_alerts")
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_agenda_items_measure_id_measures")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_agenda_items_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("meeting_id", "number", name=op.f("pk_agenda_items")),
    )
    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.Integer(), nullable=True),
        sa.Column("owner", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("alerted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_followups_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(
            ["owner"], ["parties.code"], name=op.f("fk_followups_owner_parties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followups")),
    )
    op.create_index(op.f("ix_followups_status_due"), "followups", ["status", "due"])
    op.create_index(op.f("ix_followups_meeting_id"), "followups", ["meeting_id"])
    op.create_table(
        "statements",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("final_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_statements_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("meeting_id", "number", name=op.f("pk_statements")),
    )
    op.create_table(
        "statement_approvals",
        sa.Column("meeting_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("party", sa.String(length=10), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["party"], ["parties.code"], name=op.f("fk_statement_approvals_party_parties")
        ),
        sa.PrimaryKeyConstraint(
            "meeting_id", "number", "party", name=op.f("pk_statement_approvals")
        ),
    )


def downgrade() -> None:
    op.drop_table("statement_approvals")
    op.drop_table("statements")
    op.drop_index(op.f("ix_followups_meeting_id"), table_name="followups")
    op.drop_index(op.f("ix_followups_status_due"), table_name="followups")
    op.drop_table("followups")
    op.drop_table("agenda_items")
    op.drop_index(op.f("ix_meetings_starts_at"), table_name="meetings")
    op.drop_table("meetings")
