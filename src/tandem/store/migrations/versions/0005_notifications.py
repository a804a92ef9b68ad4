"""Notifications: the job queue, its cursor, inboxes, webhooks and email preferences.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "webhooks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("party", sa.String(length=10), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("secret", sa.String(length=128), nullable=False),
        sa.Column("events", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["party"], ["parties.code"], name=op.f("fk_webhooks_party_parties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhooks")),
    )
    op.create_index(op.f("ix_webhooks_party"), "webhooks", ["party"])
    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("dedup_key", sa.String(length=200), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=True),
        sa.Column("user_name", sa.String(length=64), nullable=True),
        sa.Column("webhook_id", sa.Integer(), nullable=True),
        sa.Column("entry_seq", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("locked_by", sa.String(length=64), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dead_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["webhook_id"], ["webhooks.id"], name=op.f("fk_jobs_webhook_id_webhooks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
        sa.UniqueConstraint("dedup_key", name=op.f("uq_jobs_dedup_key")),
    )
    op.create_index(
        "ix_jobs_due",
        "jobs",
        ["next_attempt_at"],
        postgresql_where=sa.text("done_at IS NULL AND dead_at IS NULL"),
        sqlite_where=sa.text("done_at IS NULL AND dead_at IS NULL"),
    )
    op.create_index(op.f("ix_jobs_party_dead_at"), "jobs", ["party", "dead_at"])
    op.create_table(
        "job_cursors",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_job_cursors")),
    )
    op.create_table(
        "inbox_items",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("dedup_key", sa.String(length=200), nullable=False),
        sa.Column("entry_seq", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_name"], ["users.name"], name=op.f("fk_inbox_items_user_name_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_items")),
        sa.UniqueConstraint("dedup_key", name=op.f("uq_inbox_items_dedup_key")),
    )
    op.create_index(op.f("ix_inbox_items_user_name_id"), "inbox_items", ["user_name", "id"])
    op.create_table(
        "notification_addresses",
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_name"], ["users.name"], name=op.f("fk_notification_addresses_user_name_users")
        ),
        sa.PrimaryKeyConstraint("user_name", name=op.f("pk_notification_addresses")),
    )
    op.create_table(
        "notification_preferences",
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("event", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_name"],
            ["users.name"],
            name=op.f("fk_notification_preferences_user_name_users"),
        ),
        sa.PrimaryKeyConstraint("user_name", "event", name=op.f("pk_notification_preferences")),
    )


def downgrade() -> None:
    op.drop_table("notification_preferences")
    op.drop_table("notification_addresses")
    op.drop_index(op.f("ix_inbox_items_user_name_id"), table_name="inbox_items")
    op.drop_table("inbox_items")
    op.drop_table("job_cursors")
    op.drop_index(op.f("ix_jobs_party_dead_at"), table_name="jobs")
    op.drop_index("ix_jobs_due", table_name="jobs")
    op.drop_table("jobs")
    op.drop_index(op.f("ix_webhooks_party"), table_name="webhooks")
    op.drop_table("webhooks")
