"""Tables: the record, and the current-state projections written beside it.

The migrations in migrations/versions create exactly these tables; a test checks that the
two agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Instants in UTC: naive UTC on SQLite (which sorts it as text), timestamptz elsewhere."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

counters = Table(
    "counters",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", Integer, nullable=False),
)

parties = Table(
    "parties",
    metadata,
    Column("code", String(10), primary_key=True),
    Column("ordinal", Integer, nullable=False),
    Column("time_zone", String(64), nullable=False),
    Column("country", String(2), nullable=False),
    Column("subdivision", String(3)),
)

users = Table(
    "users",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("party", String(10), ForeignKey("parties.code")),
    Column("role", String(16), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

record_entries = Table(
    "record_entries",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(20), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("party", String(10)),
    Column("kind", String(64), nullable=False),
    Column("subject", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    Column("leaf_hash", String(64), nullable=False),
    Index(None, "subject", "seq"),
)

measures = Table(
    "measures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("proposer", String(10), ForeignKey("parties.code"), nullable=False),
    Column("type", String(64), nullable=False),
    Column("title", String(200), nullable=False),
    Column("description", Text, nullable=False),
    Column("planned", Date),
    Column("status", String(20), nullable=False),
    Column("version", Integer, nullable=False),
    Column("notified_at", UTCDateTime),
    Column("deadline", UTCDateTime),
    Column("ack_due", UTCDateTime),
    Column("urgent", Boolean, nullable=False),
    Column("justification", Text),
    Column("cleared_by", String(16)),
    Column("closed_at", UTCDateTime),
    Column("unilateral", Boolean, nullable=False),
    Column("executed_on", Date),
    Column("extended_by", Text, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index(None, "status", "deadline"),
    Index(None, "ack_due"),
    Index(None, "proposer"),
)

measure_versions = Table(
    "measure_versions",
    metadata,
    Column("measure_id", Integer, ForeignKey("measures.id"), primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("title", String(200), nullable=False),
    Column("description", Text, nullable=False),
    Column("planned", Date),
    Column("at", UTCDateTime, nullable=False),
    Column("reason", Text),
)

minor_edits = Table(
    "minor_edits",
    metadata,
    Column("measure_id", Integer, ForeignKey("measures.id"), primary_key=True),
    Column("ordinal", Integer, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("changes", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", UTCDateTime, nullable=False),
)

acknowledgements = Table(
    "acknowledgements",
    metadata,
    Column("measure_id", Integer, ForeignKey("measures.id"), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("party", String(10), ForeignKey("parties.code"), primary_key=True),
    Column("at", UTCDateTime, nullable=False),
)

positions = Table(
    "positions",
    metadata,
    Column("measure_id", Integer, ForeignKey("measures.id"), primary_key=True),
    Column("ordinal", Integer, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("party", String(10), ForeignKey("parties.code"), nullable=False),
    Column("position", String(16), nullable=False),
    Column("reason", Text),
    Column("at", UTCDateTime, nullable=False),
    Column("user_name", String(64), nullable=False),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("kind", String(32), nullable=False),
    Column("actor", String(10), nullable=False),
    Column("measure_id", Integer, ForeignKey("measures.id")),
    Column("at", UTCDateTime, nullable=False),
    Column("text", Text, nullable=False),
)

alert_recipients = Table(
    "alert_recipients",
    metadata,
    Column("alert_id", Integer, ForeignKey("alerts.id"), primary_key=True),
    Column("party", String(10), ForeignKey("parties.code"), primary_key=True),
    Index(None, "party"),
)

observed_actions = Table(
    "observed_actions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("actor", String(10), ForeignKey("parties.code"), nullable=False),
    Column("action", Text, nullable=False),
    Column("on_date", Date, nullable=False),
    Column("recorded_by", String(10), ForeignKey("parties.code")),
    Column("at", UTCDateTime, nullable=False),
    Column("user_name", String(64), nullable=False),
)

PROJECTIONS: tuple[Table, ...] = (
    settings,
    counters,
    parties,
    users,
    measures,
    measure_versions,
    minor_edits,
    acknowledgements,
    positions,
    alerts,
    alert_recipients,
    observed_actions,
)

# The verifiable record (docs/record.md): the hash of every complete subtree of the Merkle
# tree over `record_entries` as far as it has been brought up to date, and the signed heads.
# Neither is a projection: a rebuild starts them empty, and `tandem head` fills them again.

merkle_nodes = Table(
    "merkle_nodes",
    metadata,
    Column("level", Integer, primary_key=True, autoincrement=False),
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary(32), nullable=False),
    sqlite_with_rowid=False,
)
"""Node (level, number) covers entries number·2^level up to (number+1)·2^level - 1."""

signed_heads = Table(
    "signed_heads",
    metadata,
    Column("size", Integer, primary_key=True, autoincrement=False),
    Column("root", String(64), nullable=False),
    Column("timestamp", String(20), nullable=False),
    Column("signature", String(128), nullable=False),
    Column("public_key", String(64), nullable=False),
)

# Accounts, internal notes and API bookkeeping. None of these is in the record: the record
# is shared with every party, and these are secrets (credentials) or one party's own
# working papers (internal notes). The record holds that a user was added, not a password.

credentials = Table(
    "credentials",
    metadata,
    Column("user_name", String(64), ForeignKey("users.name"), primary_key=True),
    Column("password_hash", String(255), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("user_name", String(64), ForeignKey("users.name"), nullable=False),
    Column("secret_hash", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime),
    Column("revoked_at", UTCDateTime),
    Index(None, "user_name"),
)

internal_notes = Table(
    "internal_notes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("measure_id", Integer, ForeignKey("measures.id"), nullable=False),
    Column("party", String(10), ForeignKey("parties.code"), nullable=False),
    Column("author", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Index(None, "measure_id", "party"),
)

search_documents = Table(
    "search_documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("measure_id", Integer, ForeignKey("measures.id"), nullable=False),
    Column("source", String(32), nullable=False),
    Column("visible_to", String(10)),
    Column("text", Text, nullable=False),
    Index(None, "measure_id", "source"),
)
"""Searchable text of measures, positions and notes; `visible_to` is null for every party.

SQLite indexes it with an FTS5 table (`search_fts`, created by migration 0003),
PostgreSQL with a GIN index over its `simple` tsvector."""

idempotency_keys = Table(
    "idempotency_keys",
    metadata,
    Column("user_name", String(64), primary_key=True),
    Column("key", String(255), primary_key=True),
    Column("request_hash", String(64), nullable=False),
    Column("status", Integer),
    Column("response", Text),
    Column("created_at", UTCDateTime, nullable=False),
)

web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("user_name", String(64), ForeignKey("users.name"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Index(None, "user_name"),
)
"""Signed-in browsers: only a hash of the cookie is kept, so a copy of the database
cannot be used to sign in; `csrf` is the token every form of that session carries."""

user_preferences = Table(
    "user_preferences",
    metadata,
    Column("user_name", String(64), ForeignKey("users.name"), primary_key=True),
    Column("locale", String(16)),
    Column("time_zone", String(64)),
)

# Notifications (docs/notifications.md). Not projections of the record: the worker fills
# them from it (the record is the outbox), and a rebuild starts them empty.

webhooks = Table(
    "webhooks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("party", String(10), ForeignKey("parties.code"), nullable=False),
    Column("url", Text, nullable=False),
    Column("secret", String(128), nullable=False),
    Column("events", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("disabled_at", UTCDateTime),
    Index(None, "party"),
)
"""A partner system of one party; `secret` signs what it receives (it must be kept to sign,
so it is stored as it is, like the receiver's copy)."""

# The durable queue: one row per delivery (recipient × channel) or reminder, unique by
# `dedup_key`, so that writing it twice writes it once.
jobs = Table(
    "jobs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),
    Column("dedup_key", String(200), nullable=False, unique=True),
    Column("party", String(10)),
    Column("user_name", String(64)),
    Column("webhook_id", Integer, ForeignKey("webhooks.id")),
    Column("entry_seq", Integer),
    Column("payload", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("next_attempt_at", UTCDateTime, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("locked_until", UTCDateTime),
    Column("locked_by", String(64)),
    Column("done_at", UTCDateTime),
    Column("dead_at", UTCDateTime),
    Column("last_error", Text),
    Index(None, "party", "dead_at"),
)
Index(
    "ix_jobs_due",
    jobs.c.next_attempt_at,
    postgresql_where=jobs.c.done_at.is_(None) & jobs.c.dead_at.is_(None),
    sqlite_where=jobs.c.done_at.is_(None) & jobs.c.dead_at.is_(None),
)
"""Only the jobs still to do, in the order they fall due: claiming reads the first few,
however many done jobs the table holds."""

job_cursors = Table(
    "job_cursors",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("position", Integer, nullable=False),
)
"""How far the worker has read the record (`fanout`: the next seq to read)."""

inbox_items = Table(
    "inbox_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_name", String(64), ForeignKey("users.name"), nullable=False),
    Column("dedup_key", String(200), nullable=False, unique=True),
    Column("entry_seq", Integer),
    Column("payload", Text, nullable=False),
    Column("delivered_at", UTCDateTime, nullable=False),
    Column("read_at", UTCDateTime),
    Index(None, "user_name", "id"),
)

notification_addresses = Table(
    "notification_addresses",
    metadata,
    Column("user_name", String(64), ForeignKey("users.name"), primary_key=True),
    Column("email", String(254), nullable=False),
)

notification_preferences = Table(
    "notification_preferences",
    metadata,
    Column("user_name", String(64), ForeignKey("users.name"), primary_key=True),
    Column("event", String(64), primary_key=True),
    Column("email", String(8), nullable=False),
)
"""A user's email choice (off, now, digest) per event type, or for `*`."""

# Pacing (docs/pacing.md): tracks, tandem rules, the weights of measures and the steps
# counted on each track. Weights and tolerances are integer tenths (the Goldstein scale
# has one decimal), so that a rebuild gives exactly the same rows.

tracks = Table(
    "tracks",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("ordinal", Integer, nullable=False),
)

tandem_rules = Table(
    "tandem_rules",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("ahead", String(40), ForeignKey("tracks.id"), nullable=False),
    Column("behind", String(40), ForeignKey("tracks.id"), nullable=False),
    Column("tolerance", Integer, nullable=False),
    Column("band", Boolean, nullable=False),
)

track_defaults = Table(
    "track_defaults",
    metadata,
    Column("measure_type", String(64), primary_key=True),
    Column("track", String(40), ForeignKey("tracks.id"), primary_key=True),
    Column("weight", Integer, nullable=False),
)
"""The weight a measure of a type has on a track unless its proposer says otherwise."""

measure_effects = Table(
    "measure_effects",
    metadata,
    Column("measure_id", Integer, ForeignKey("measures.id"), primary_key=True),
    Column("track", String(40), ForeignKey("tracks.id"), primary_key=True),
    Column("weight", Integer, nullable=False),
    Column("source", String(32), nullable=False),
    Column("reason", Text),
)

track_steps = Table(
    "track_steps",
    metadata,
    Column("subject", String(40), primary_key=True),
    Column("track", String(40), ForeignKey("tracks.id"), primary_key=True),
    Column("on_date", Date, nullable=False),
    Column("weight", Integer, nullable=False),
    Index(None, "track", "on_date"),
)
"""What moved each track: an executed measure or an observed action, on its date."""

pacing_notes = Table(
    "pacing_notes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("measure_id", Integer, ForeignKey("measures.id"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("text", Text, nullable=False),
    Index(None, "measure_id"),
)
"""Notes that pacing adds to a consultation, read by every party (unlike internal notes)."""

PROJECTIONS = (
    *PROJECTIONS,
    tracks,
    tandem_rules,
    track_defaults,
    measure_effects,
    track_steps,
    pacing_notes,
)

# Meetings (docs/meetings.md): the agenda with each item's outcome, follow-ups and the
# statements each party approves. Chairs and attendees are JSON text: they are shown, never
# queried.

meetings = Table(
    "meetings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("starts_at", UTCDateTime, nullable=False),
    Column("zone", String(64), nullable=False),
    Column("place", String(200), nullable=False),
    Column("chairs", Text, nullable=False),
    Column("attendees", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Index(None, "starts_at"),
)

agenda_items = Table(
    "agenda_items",
    metadata,
    Column("meeting_id", Integer, ForeignKey("meetings.id"), primary_key=True),
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("ordinal", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("title", Text, nullable=False),
    Column("measure_id", Integer, ForeignKey("measures.id")),
    Column("alert_id", Integer, ForeignKey("alerts.id")),
    Column("outcome", String(24)),
    Column("decision", Text),
    Column("outcome_party", String(10)),
    Column("outcome_at", UTCDateTime),
)

followups = Table(
    "followups",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), nullable=False),
    Column("item", Integer),
    Column("owner", String(10), ForeignKey("parties.code"), nullable=False),
    Column("text", Text, nullable=False),
    Column("due", Date, nullable=False),
    Column("status", String(16), nullable=False),
    Column("done_at", UTCDateTime),
    Column("alerted", Boolean, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Index(None, "status", "due"),
    Index(None, "meeting_id"),
)

statements = Table(
    "statements",
    metadata,
    Column("meeting_id", Integer, ForeignKey("meetings.id"), primary_key=True),
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("kind", String(24), nullable=False),
    Column("text", Text, nullable=False),
    Column("final_at", UTCDateTime),
)

statement_approvals = Table(
    "statement_approvals",
    metadata,
    Column("meeting_id", Integer, primary_key=True, autoincrement=False),
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("party", String(10), ForeignKey("parties.code"), primary_key=True),
    Column("at", UTCDateTime, nullable=False),
)

PROJECTIONS = (*PROJECTIONS, meetings, agenda_items, followups, statements, statement_approvals)

track_days = Table(
    "track_days",
    metadata,
    Column("track", String(40), ForeignKey("tracks.id"), primary_key=True),
    Column("on_date", Date, primary_key=True),
    Column("weight", Integer, nullable=False),
)
"""Each track's steps summed per day: an index reads one row per day, not one per step."""

PROJECTIONS = (*PROJECTIONS, track_days)

# Sanctions screening (docs/sanctions.md): each measure version's manifest, every screening
# with its findings, and the 1718 Committee exemption requests. Lines, findings and request
# contents are JSON text: shown and exported, never queried.

manifests = Table(
    "manifests",
    metadata,
    Column("measure_id", Integer, ForeignKey("measures.id"), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("lines", Text, nullable=False),
)
"""The manifest given for a version of a measure (a later version keeps the last one given)."""

screenings = Table(
    "screenings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("measure_id", Integer, ForeignKey("measures.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("on_date", Date, nullable=False),
    Column("rulebook", String(80), nullable=False),
    Column("verdict", String(24), nullable=False),
    Column("findings", Text, nullable=False),
    Column("names", Text, nullable=False),
    Index(None, "measure_id"),
)
"""Each screening of a measure's manifest, read by every party."""

exemptions = Table(
    "exemptions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("measure_id", Integer, ForeignKey("measures.id"), nullable=False),
    Column("party", String(10), ForeignKey("parties.code"), nullable=False),
    Column("status", String(16), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("request", Text, nullable=False),
    Column("valid_from", Date),
    Column("valid_until", Date),
    Column("shipments", Integer),
    Column("decision", Text),
    Column("warned", Boolean, nullable=False),
    Index(None, "measure_id"),
)
"""1718 Committee exemption requests drafted from a screening: drafted, submitted, then
granted (with its validity and shipments) or denied; `warned` once its expiry is alerted."""

PROJECTIONS = (*PROJECTIONS, manifests, screenings, exemptions)

# Open-source monitoring (docs/monitoring.md): the articles read and the actions they report.

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("url", Text),
    Column("title", Text, nullable=False),
    Column("outlet", String(200)),
    Column("published", Date),
    Column("digest", String(64), nullable=False, unique=True),
    Column("minhash", Text, nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("text", Text, nullable=False),
    Index(None, "url"),
)
"""Each article read once: `digest` is the SHA-256 of its text, `minhash` the signature that
finds near-copies of the same wire story."""

reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("actor", String(40), nullable=False),
    Column("action", String(8), nullable=False),
    Column("action_name", String(120), nullable=False),
    Column("goldstein", Integer, nullable=False),
    Column("target", String(80)),
    Column("on_date", Date, nullable=False),
    Column("tracks", Text, nullable=False),
    Column("modality", String(10), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("quote", Text),
    Column("confidence", Integer, nullable=False),
    Column("actor_role", String(200)),
    Column("status", String(12), nullable=False),
    Column("measure_id", Integer, ForeignKey("measures.id")),
    Column("observed_id", Integer),
    Column("alert_id", Integer),
    Column("why", Text),
    Index(None, "article_id"),
    Index(None, "measure_id"),
    Index(None, "actor", "on_date"),
)
"""Each reported action: new, confirmed (into an observed action) or dismissed (with why);
`measure_id` when it was matched or linked to a measure (press coverage)."""

PROJECTIONS = (*PROJECTIONS, articles, reports)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("location", Text, nullable=False),
    Column("every_minutes", Integer, nullable=False),
    Column("added_by", String(80), nullable=False),
    Column("at", UTCDateTime, nullable=False),
)
"""Feeds, pages and folders registered with `tandem source add`, polled by the worker."""

PROJECTIONS = (*PROJECTIONS, sources)

source_polls = Table(
    "source_polls",
    metadata,
    Column("source_id", Integer, primary_key=True, autoincrement=False),
    Column("polled_at", UTCDateTime, nullable=False),
)
"""When the worker last read each source: the worker's own bookkeeping, not in the record."""
