"""The job queue, the worker's cursor over the record, inboxes, webhooks and preferences.

Claiming takes due rows with `FOR UPDATE SKIP LOCKED` on PostgreSQL, so that workers side
by side never take the same row; SQLite ignores the clause and its writers take turns
(BEGIN IMMEDIATE), which gives the same guarantee.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, and_, func, insert, literal, or_, select, update

from tandem.domain.ledger import Entry
from tandem.domain.notifications import EmailMode
from tandem.store import schema as t


@dataclass(frozen=True)
class NewJob:
    kind: str
    dedup_key: str
    payload: dict[str, Any]
    due: datetime
    party: str | None = None
    user_name: str | None = None
    webhook_id: int | None = None
    entry_seq: int | None = None


@dataclass(frozen=True)
class Job:
    id: int
    kind: str
    dedup_key: str
    party: str | None
    user_name: str | None
    webhook_id: int | None
    entry_seq: int | None
    payload: dict[str, Any]
    created_at: datetime
    next_attempt_at: datetime
    attempts: int
    locked_until: datetime | None
    locked_by: str | None
    done_at: datetime | None
    dead_at: datetime | None
    last_error: str | None


def _job(r: Any) -> Job:
    return Job(
        r.id,
        r.kind,
        r.dedup_key,
        r.party,
        r.user_name,
        r.webhook_id,
        r.entry_seq,
        json.loads(r.payload),
        r.created_at,
        r.next_attempt_at,
        r.attempts,
        r.locked_until,
        r.locked_by,
        r.done_at,
        r.dead_at,
        r.last_error,
    )


def insert_ignoring_duplicates(
    conn: Connection, table: Table, rows: Sequence[dict[str, Any]]
) -> None:
    """INSERT … ON CONFLICT DO NOTHING: a row whose unique key exists is skipped."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
    conn.execute(dialect_insert(table).on_conflict_do_nothing(), list(rows))


_J = t.jobs.c
_DUE = and_(_J.done_at.is_(None), _J.dead_at.is_(None))


class Jobs:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def enqueue(self, jobs: Iterable[NewJob], now: datetime) -> None:
        insert_ignoring_duplicates(
            self.conn,
            t.jobs,
            [
                {
                    "kind": j.kind,
                    "dedup_key": j.dedup_key,
                    "party": j.party,
                    "user_name": j.user_name,
                    "webhook_id": j.webhook_id,
                    "entry_seq": j.entry_seq,
                    "payload": json.dumps(j.payload, sort_keys=True, ensure_ascii=False),
                    "created_at": now,
                    "next_attempt_at": j.due,
                    "attempts": 0,
                }
                for j in jobs
            ],
        )

    def _due_ids(self, kinds: Sequence[str], now: datetime, limit: int) -> list[int]:
        query = (
            select(_J.id)
            .where(
                _DUE,
                _J.next_attempt_at <= now,
                or_(_J.locked_until.is_(None), _J.locked_until <= now),
                _J.kind.in_(list(kinds)),
            )
            .order_by(_J.next_attempt_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return [r.id for r in self.conn.execute(query)]

    def claim(
        self, kinds: Sequence[str], now: datetime, until: datetime, worker: str, limit: int
    ) -> list[Job]:
        """Lease up to `limit` due jobs to `worker` until `until`; each attempt is counted.

        A worker that dies holding a lease loses it when `until` passes."""
        ids = self._due_ids(kinds, now, limit)
        if not ids:
            return []
        self.conn.execute(
            update(t.jobs)
            .where(_J.id.in_(ids))
            .values(locked_until=until, locked_by=worker, attempts=_J.attempts + 1)
        )
        rows = self.conn.execute(select(t.jobs).where(_J.id.in_(ids)).order_by(_J.id))
        return [_job(r) for r in rows]

    def deliver_inapp(self, now: datetime, limit: int) -> int:
        """Move up to `limit` due in-app jobs into the inboxes, in this transaction: the
        inbox row and the job's completion commit together, so each lands once."""
        ids = self._due_ids(["inapp"], now, limit)
        if not ids:
            return 0
        source = select(
            _J.user_name, _J.dedup_key, _J.entry_seq, _J.payload, literal(now, t.UTCDateTime())
        ).where(_J.id.in_(ids))
        statement = _insert_from(self.conn, source)
        self.conn.execute(statement)
        self.conn.execute(
            update(t.jobs)
            .where(_J.id.in_(ids))
            .values(done_at=now, attempts=_J.attempts + 1, locked_until=None)
        )
        return len(ids)

    def lock(self, job_id: int) -> Job | None:
        row = self.conn.execute(
            select(t.jobs).where(_J.id == job_id).with_for_update()
        ).one_or_none()
        return None if row is None else _job(row)

    def done(self, ids: Sequence[int], now: datetime) -> None:
        if ids:
            self.conn.execute(
                update(t.jobs)
                .where(_J.id.in_(list(ids)), _J.done_at.is_(None))
                .values(done_at=now, locked_until=None, last_error=None, dead_at=None)
            )

    def failed(self, job_id: int, error: str, retry_at: datetime | None, now: datetime) -> None:
        """Record a failed attempt: try again at `retry_at`, or (None) a dead letter."""
        values: dict[str, Any] = {"locked_until": None, "last_error": error[:2000]}
        if retry_at is None:
            values["dead_at"] = now
        else:
            values["next_attempt_at"] = retry_at
        self.conn.execute(
            update(t.jobs).where(_J.id == job_id, _J.done_at.is_(None)).values(**values)
        )

    def get(self, job_id: int) -> Job | None:
        row = self.conn.execute(select(t.jobs).where(_J.id == job_id)).one_or_none()
        return None if row is None else _job(row)

    def dead(self, party: str | None = None, kind: str | None = None) -> list[Job]:
        query = select(t.jobs).where(_J.dead_at.is_not(None), _J.done_at.is_(None))
        if party:
            query = query.where(_J.party == party)
        if kind:
            query = query.where(_J.kind == kind)
        return [_job(r) for r in self.conn.execute(query.order_by(_J.id))]

    def redeliver(self, job_id: int, now: datetime) -> None:
        """A dead letter, or a done job, due again with a fresh 24 hours of retries."""
        self.conn.execute(
            update(t.jobs)
            .where(_J.id == job_id)
            .values(
                done_at=None,
                dead_at=None,
                locked_until=None,
                next_attempt_at=now,
                attempts=0,
                created_at=now,
                last_error=None,
            )
        )

    def counts(self, now: datetime) -> dict[str, int]:
        """Jobs by state (waiting, due, leased, done, dead)."""
        out = {"waiting": 0, "due": 0, "leased": 0, "done": 0, "dead": 0}
        rows = self.conn.execute(
            select(
                func.count().filter(_J.done_at.is_not(None)),
                func.count().filter(_J.done_at.is_(None), _J.dead_at.is_not(None)),
                func.count().filter(_DUE, _J.locked_until > now),
                func.count().filter(
                    _DUE,
                    or_(_J.locked_until.is_(None), _J.locked_until <= now),
                    _J.next_attempt_at <= now,
                ),
                func.count().filter(
                    _DUE,
                    or_(_J.locked_until.is_(None), _J.locked_until <= now),
                    _J.next_attempt_at > now,
                ),
            ).select_from(t.jobs)
        ).one()
        out["done"], out["dead"], out["leased"], out["due"], out["waiting"] = (int(v) for v in rows)
        return out

    def all(self) -> list[Job]:
        return [_job(r) for r in self.conn.execute(select(t.jobs).order_by(_J.id))]

    def exists(self, dedup_key: str) -> bool:
        found = self.conn.execute(select(_J.id).where(_J.dedup_key == dedup_key)).first()
        return found is not None


def _insert_from(conn: Connection, source: Any) -> Any:
    i = t.inbox_items.c
    columns = [i.user_name, i.dedup_key, i.entry_seq, i.payload, i.delivered_at]
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
    return dialect_insert(t.inbox_items).from_select(columns, source).on_conflict_do_nothing()


class Cursors:
    """Positions in the record, read under a lock so that one worker at a time moves one."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def lock(self, name: str) -> int:
        c = t.job_cursors.c
        query = select(c.position).where(c.name == name).with_for_update()
        found = self.conn.execute(query).scalar_one_or_none()
        if found is not None:
            return int(found)
        insert_ignoring_duplicates(self.conn, t.job_cursors, [{"name": name, "position": 0}])
        return int(self.conn.execute(query).scalar_one())

    def set(self, name: str, position: int) -> None:
        c = t.job_cursors.c
        self.conn.execute(update(t.job_cursors).where(c.name == name).values(position=position))

    def get(self, name: str) -> int:
        c = t.job_cursors.c
        found = self.conn.execute(select(c.position).where(c.name == name)).scalar_one_or_none()
        return int(found) if found is not None else 0


@dataclass(frozen=True)
class InboxItem:
    id: int
    user_name: str
    dedup_key: str
    entry_seq: int | None
    payload: dict[str, Any]
    delivered_at: datetime
    read_at: datetime | None


class Inbox:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def for_user(
        self,
        user: str,
        *,
        unread: bool = False,
        limit: int = 50,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[InboxItem]:
        i = t.inbox_items.c
        query = select(t.inbox_items).where(i.user_name == user)
        if unread:
            query = query.where(i.read_at.is_(None))
        if since is not None:
            query = query.where(i.delivered_at >= since)
        if until is not None:
            query = query.where(i.delivered_at < until)
        rows = self.conn.execute(query.order_by(i.id.desc()).limit(limit))
        return [
            InboxItem(
                r.id,
                r.user_name,
                r.dedup_key,
                r.entry_seq,
                json.loads(r.payload),
                r.delivered_at,
                r.read_at,
            )
            for r in rows
        ]

    def mark_read(self, user: str, ids: Sequence[int] | None, now: datetime) -> int:
        i = t.inbox_items.c
        statement = update(t.inbox_items).where(i.user_name == user, i.read_at.is_(None))
        if ids is not None:
            statement = statement.where(i.id.in_(list(ids)))
        return int(self.conn.execute(statement.values(read_at=now)).rowcount)

    def count(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(t.inbox_items)).scalar_one())


@dataclass(frozen=True)
class Webhook:
    id: int
    party: str
    url: str
    secret: str
    events: str
    created_at: datetime
    disabled_at: datetime | None


def _webhook(r: Any) -> Webhook:
    return Webhook(r.id, r.party, r.url, r.secret, r.events, r.created_at, r.disabled_at)


class Webhooks:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, party: str, url: str, secret: str, events: str, now: datetime) -> Webhook:
        done = self.conn.execute(
            insert(t.webhooks).values(
                party=party, url=url, secret=secret, events=events, created_at=now
            )
        )
        key = done.inserted_primary_key
        assert key is not None
        found = self.get(int(key[0]))
        assert found is not None
        return found

    def get(self, webhook_id: int) -> Webhook | None:
        w = t.webhooks.c
        row = self.conn.execute(select(t.webhooks).where(w.id == webhook_id)).one_or_none()
        return None if row is None else _webhook(row)

    def all(self, party: str | None = None, *, active: bool = False) -> list[Webhook]:
        w = t.webhooks.c
        query = select(t.webhooks).order_by(w.id)
        if party:
            query = query.where(w.party == party)
        if active:
            query = query.where(w.disabled_at.is_(None))
        return [_webhook(r) for r in self.conn.execute(query)]

    def disable(self, webhook_id: int, now: datetime) -> None:
        w = t.webhooks.c
        self.conn.execute(update(t.webhooks).where(w.id == webhook_id).values(disabled_at=now))


class Preferences:
    """Email addresses and each user's email choice per event type."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def addresses(self) -> dict[str, str]:
        a = t.notification_addresses.c
        return {r.user_name: r.email for r in self.conn.execute(select(a.user_name, a.email))}

    def set_address(self, user: str, email: str | None) -> None:
        a = t.notification_addresses.c
        self.conn.execute(t.notification_addresses.delete().where(a.user_name == user))
        if email:
            self.conn.execute(insert(t.notification_addresses).values(user_name=user, email=email))

    def modes(self) -> dict[str, dict[str, EmailMode]]:
        """Every user's choices: user → event type (or `*`) → mode."""
        p = t.notification_preferences.c
        out: dict[str, dict[str, EmailMode]] = {}
        for r in self.conn.execute(select(p.user_name, p.event, p.email)):
            out.setdefault(r.user_name, {})[r.event] = EmailMode(r.email)
        return out

    def set_mode(self, user: str, event: str, mode: EmailMode) -> None:
        p = t.notification_preferences.c
        self.conn.execute(
            t.notification_preferences.delete().where(p.user_name == user, p.event == event)
        )
        self.conn.execute(
            insert(t.notification_preferences).values(user_name=user, event=event, email=mode.value)
        )


NOTIFICATION_TABLES = (
    t.webhooks,
    t.jobs,
    t.job_cursors,
    t.inbox_items,
    t.notification_addresses,
    t.notification_preferences,
)


def dump_notifications(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every notification table as sorted rows (to check that a refusal wrote nothing)."""
    return {
        table.name: sorted((tuple(r) for r in conn.execute(select(table))), key=repr)
        for table in NOTIFICATION_TABLES
    }


def entries_after(conn: Connection, start: int, limit: int) -> list[Entry]:
    """Up to `limit` record entries from seq `start` on, in order."""
    r = t.record_entries.c
    rows = conn.execute(
        select(r.seq, r.at, r.actor, r.party, r.kind, r.subject, r.payload)
        .where(r.seq >= start)
        .order_by(r.seq)
        .limit(limit)
    )
    return [
        Entry(x.seq, x.at, x.actor, x.party, x.kind, x.subject, json.loads(x.payload)) for x in rows
    ]


@dataclass(frozen=True)
class MeasureFacts:
    id: int
    title: str
    proposer: str
    deadline: datetime | None


def measure_facts(conn: Connection, ids: Iterable[int]) -> dict[int, MeasureFacts]:
    """Title, proposer and current deadline of measures, for what a notification says."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    m = t.measures.c
    rows = conn.execute(select(m.id, m.title, m.proposer, m.deadline).where(m.id.in_(wanted)))
    return {r.id: MeasureFacts(r.id, r.title, r.proposer, r.deadline) for r in rows}
