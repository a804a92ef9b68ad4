"""Initial schema: the record, parties, users, measures, positions, alerts.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    op.create_table(
        "parties",
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("subdivision", sa.String(length=3), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_parties")),
    )
    op.create_table(
        "record_entries",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=20), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("leaf_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_record_entries")),
    )
    with op.batch_alter_table("record_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_entries_subject_seq"), ["subject", "seq"], unique=False
        )

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "measures",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("proposer", sa.String(length=10), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("planned", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ack_due", sa.DateTime(timezone=True), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=True),
        sa.Column("cleared_by", sa.String(length=16), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("unilateral", sa.Boolean(), nullable=False),
        sa.Column("executed_on", sa.Date(), nullable=True),
        sa.Column("extended_by", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposer"], ["parties.code"], name=op.f("fk_measures_proposer_parties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measures")),
    )
    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measures_ack_due"), ["ack_due"], unique=False)
        batch_op.create_index(batch_op.f("ix_measures_proposer"), ["proposer"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_measures_status_deadline"), ["status", "deadline"], unique=False
        )

    op.create_table(
        "observed_actions",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("actor", sa.String(length=10), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=10), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor"], ["parties.code"], name=op.f("fk_observed_actions_actor_parties")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["parties.code"], name=op.f("fk_observed_actions_recorded_by_parties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observed_actions")),
    )
    op.create_table(
        "users",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["party"], ["parties.code"], name=op.f("fk_users_party_parties")),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_users")),
    )
    op.create_table(
        "acknowledgements",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_acknowledgements_measure_id_measures")
        ),
        sa.ForeignKeyConstraint(
            ["party"], ["parties.code"], name=op.f("fk_acknowledgements_party_parties")
        ),
        sa.PrimaryKeyConstraint("measure_id", "version", "party", name=op.f("pk_acknowledgements")),
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=10), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_alerts_measure_id_measures")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
    )
    op.create_table(
        "measure_versions",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("planned", sa.Date(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_measure_versions_measure_id_measures")
        ),
        sa.PrimaryKeyConstraint("measure_id", "number", name=op.f("pk_measure_versions")),
    )
    op.create_table(
        "minor_edits",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_minor_edits_measure_id_measures")
        ),
        sa.PrimaryKeyConstraint("measure_id", "ordinal", name=op.f("pk_minor_edits")),
    )
    op.create_table(
        "positions",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=False),
        sa.Column("position", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measures.id"], name=op.f("fk_positions_measure_id_measures")
        ),
        sa.ForeignKeyConstraint(
            ["party"], ["parties.code"], name=op.f("fk_positions_party_parties")
        ),
        sa.PrimaryKeyConstraint("measure_id", "ordinal", name=op.f("pk_positions")),
    )
    op.create_table(
        "alert_recipients",
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["alert_id"], ["alerts.id"], name=op.f("fk_alert_recipients_alert_id_alerts")
        ),
        sa.ForeignKeyConstraint(
            ["party"], ["parties.code"], name=op.f("fk_alert_recipients_party_parties")
        ),
        sa.PrimaryKeyConstraint("alert_id", "party", name=op.f("pk_alert_recipients")),
    )
    with op.batch_alter_table("alert_recipients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alert_recipients_party"), ["party"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("alert_recipients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alert_recipients_party"))

    op.drop_table("alert_recipients")
    op.drop_table("positions")
    op.drop_table("minor_edits")
    op.drop_table("measure_versions")
    op.drop_table("alerts")
    op.drop_table("acknowledgements")
    op.drop_table("users")
    op.drop_table("observed_actions")
    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measures_status_deadline"))
        batch_op.drop_index(batch_op.f("ix_measures_proposer"))
        batch_op.drop_index(batch_op.f("ix_measures_ack_due"))

    op.drop_table("measures")
    op.drop_table("settings")
    with op.batch_alter_table("record_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_entries_subject_seq"))

    op.drop_table("record_entries")
    op.drop_table("parties")
    op.drop_table("counters")
