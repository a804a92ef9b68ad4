"""From the record to the people: fan-out, reminders, inboxes and email preferences.

The record is the outbox. `fan_out` reads the entries after a stored cursor and, in the
transaction that moves the cursor, queues one job per recipient and channel under a
unique deduplication key; a worker killed half-way leaves the cursor where it was and the
next run writes the same keys, which are stored once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import Any

from tandem.domain.alerts import AlertKind, raise_alert
from tandem.domain.consultation import local
from tandem.domain.errors import InvalidInput, NotFound, PermissionDenied
from tandem.domain.events import from_iso, iso
from tandem.domain.ledger import Entry
from tandem.domain.measures import Status
from tandem.domain.notifications import (
    EmailMode,
    JobKind,
    audience,
    check_event_type,
    describe,
    email_mode,
    event_type,
    matches,
    position_reminder_at,
)
from tandem.domain.parties import Role, User
from tandem.services.context import SYSTEM, App, Context, reading, writing
from tandem.services.views import JSONDict
from tandem.store.jobs import (
    Cursors,
    Inbox,
    InboxItem,
    Job,
    Jobs,
    NewJob,
    Preferences,
    Webhooks,
    entries_after,
    measure_facts,
)

FANOUT = "fanout"
DIGEST_HOUR = time(8, 0)
"""A daily digest leaves at 08:00 in the recipient's zone, covering the day before."""
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

QueueClock = Callable[[], datetime]


def _measure_of(e: Entry) -> int | None:
    if e.kind == "alert.raised":
        found = e.payload.get("measure")
        return int(found) if found is not None else None
    if e.subject.startswith("measure:"):
        return int(e.subject.split(":", 1)[1])
    return None


def fan_out(app: App, *, batch: int = 1000, clock: QueueClock | None = None) -> int:
    """Queue the deliveries of every entry not yet read; returns how many entries were read."""
    with reading(app) as ctx:  # most ticks find nothing new: no write for them
        if Cursors(ctx.uow.conn).get(FANOUT) >= ctx.uow.counters.peek("record"):
            return 0
    total = 0
    while True:
        read = _fan_out_batch(app, batch, (clock or app.clock)())
        total += read
        if read < batch:
            return total


def _fan_out_batch(app: App, batch: int, now: datetime) -> int:
    with writing(app, settle=False) as ctx:
        conn = ctx.uow.conn
        cursors = Cursors(conn)
        start = cursors.lock(FANOUT)
        entries = entries_after(conn, start, batch)
        if not entries:
            return 0
        jobs = _deliveries(ctx, entries, now)
        Jobs(conn).enqueue(jobs, now)
        cursors.set(FANOUT, entries[-1].seq + 1)
        return len(entries)


def _deliveries(ctx: Context, entries: list[Entry], now: datetime) -> list[NewJob]:
    conn = ctx.uow.conn
    codes = ctx.group.codes
    members: dict[str, list[User]] = {}
    for u in ctx.users.values() or ctx.uow.users.all():
        if u.party is not None:
            members.setdefault(u.party, []).append(u)
    prefs = Preferences(conn)
    addresses = prefs.addresses()
    modes = prefs.modes()
    hooks = Webhooks(conn).all(active=True)
    facts = measure_facts(conn, (m for e in entries if (m := _measure_of(e)) is not None))
    out: list[NewJob] = []
    for e in entries:
        parties = audience(e.kind, e.party, e.payload, codes)
        if not parties:
            continue
        etype = event_type(e.kind, e.payload)
        measure = _measure_of(e)
        fact = facts.get(measure) if measure is not None else None
        deadline = e.payload.get("deadline") if e.kind != "alert.raised" else None
        if deadline is None and fact is not None and fact.deadline is not None:
            deadline = iso(fact.deadline)
        notice: dict[str, Any] = {
            "seq": e.seq,
            "at": e.at,
            "event": etype,
            "kind": e.kind,
            "subject": e.subject,
            "party": e.party,
            "measure": measure,
            "title": fact.title if fact else None,
            "proposer": fact.proposer if fact else None,
            "deadline": deadline if e.kind not in ("measure.cleared", "measure.objected") else None,
            "text": describe(e.kind, e.party, e.payload, measure, fact.title if fact else None),
        }
        for party in parties:
            for user in members.get(party, ()):
                base = f"entry:{e.seq}:{user.name}"
                item = {**notice, "to": user.name, "to_party": party}
                out.append(
                    NewJob(JobKind.INAPP, f"{base}:inapp", item, now, party, user.name, None, e.seq)
                )
                if user.name not in addresses:
                    continue
                mode = email_mode(modes.get(user.name, {}), etype)
                if mode is EmailMode.NOW:
                    out.append(
                        NewJob(
                            JobKind.EMAIL, f"{base}:email", item, now, party, user.name, None, e.seq
                        )
                    )
                elif mode is EmailMode.DIGEST:
                    zone = ctx.group.party(party).zone
                    day = now.astimezone(zone).date()
                    due = datetime.combine(day + timedelta(days=1), DIGEST_HOUR, tzinfo=zone)
                    out.append(
                        NewJob(
                            JobKind.DIGEST,
                            f"digest:{user.name}:{day.isoformat()}",
                            {"user": user.name, "party": party, "day": day.isoformat()},
                            due.astimezone(UTC),
                            party,
                            user.name,
                        )
                    )
            for hook in hooks:
                if hook.party == party and matches(hook.events, etype):
                    body = {
                        **notice,
                        "to_party": party,
                        "entry": {
                            "seq": e.seq,
                            "at": e.at,
                            "actor": e.actor,
                            "party": e.party,
                            "kind": e.kind,
                            "subject": e.subject,
                            "payload": e.payload,
                        },
                    }
                    out.append(
                        NewJob(
                            JobKind.WEBHOOK,
                            f"entry:{e.seq}:{party}:webhook:{hook.id}",
                            body,
                            now,
                            party,
                            None,
                            hook.id,
                            e.seq,
                        )
                    )
    return out


# Reminders ---------------------------------------------------------------------------


def _reminder_key(measure: int, version: int, deadline: datetime, party: str) -> str:
    return f"reminder:deadline_near:measure:{measure}:v{version}:{iso(deadline)}:{party}"


def schedule_reminders(app: App, *, clock: QueueClock | None = None) -> int:
    """Queue a `deadline_near` reminder for each party whose position is due within 2
    working days and not taken yet; returns how many were new."""
    found: list[NewJob] = []
    with reading(app) as ctx:
        now = ctx.now
        cal = ctx.group.calendar
        jobs = Jobs(ctx.uow.conn)
        for m in ctx.uow.measures.find(status=[Status.IN_CONSULTATION]):
            if m.deadline is None or now >= m.deadline:
                continue
            notifier = ctx.group.party(m.proposer)
            at = position_reminder_at(m.deadline, notifier, cal)
            if now < at or (m.notified_at is not None and at <= _opened(m)):
                continue
            standing = m.standing()
            for party in ctx.group.others(m.proposer):
                if party in standing:
                    continue
                key = _reminder_key(m.id, m.version, m.deadline, party)
                if jobs.exists(key):
                    continue
                payload = {
                    "measure": m.id,
                    "version": m.version,
                    "deadline": iso(m.deadline),
                    "party": party,
                }
                found.append(NewJob(JobKind.REMINDER, key, payload, at, party))
    if found:
        with writing(app, settle=False) as ctx:
            Jobs(ctx.uow.conn).enqueue(found, (clock or app.clock)())
    return len(found)


def _opened(m: Any) -> datetime:
    """When the current version's window opened (its version's time, else notification)."""
    for v in m.versions:
        if v.number == m.version and v.number > 1:
            at: datetime = v.at
            return at
    opened: datetime = m.notified_at
    return opened


def send_reminder(app: App, job_id: int, *, clock: QueueClock | None = None) -> bool:
    """Record the `deadline_near` alert of a reminder job, once: the alert and the job's
    completion commit together. False when the reminder no longer applies."""
    with writing(app) as ctx:
        jobs = Jobs(ctx.uow.conn)
        job = jobs.lock(job_id)
        if job is None or job.done_at is not None:
            return False
        p = job.payload
        m = ctx.measure(int(p["measure"]))
        party = str(p["party"])
        still = (
            m.is_open
            and m.version == p["version"]
            and m.deadline is not None
            and iso(m.deadline) == p["deadline"]
            and ctx.now < m.deadline
            and party not in m.standing()
        )
        if still:
            assert m.deadline is not None
            when = local(m.deadline, ctx.group.party(party))
            ctx.record(
                [
                    raise_alert(
                        ctx.next_id("alert"),
                        AlertKind.DEADLINE_NEAR,
                        party,
                        [party],
                        f"{party}'s position on measure {m.id} ({m.title}) is due by {when}; "
                        "the window closes then, and silence clears the measure",
                        measure=m.id,
                    )
                ],
                SYSTEM,
            )
        jobs.done([job.id], (clock or app.clock)())
        return bool(still)


# Inbox and preferences ---------------------------------------------------------------


def inbox_view(item: InboxItem) -> JSONDict:
    p = item.payload
    return {
        "id": item.id,
        "event": p.get("event"),
        "text": p.get("text"),
        "measure": p.get("measure"),
        "deadline": p.get("deadline"),
        "entry": item.entry_seq,
        "at": p.get("at"),
        "delivered_at": iso(item.delivered_at),
        "read": item.read_at is not None,
        "key": item.dedup_key,
    }


def _member(ctx: Context, user_name: str) -> User:
    user = ctx.user(user_name)
    if user.party is None:
        raise PermissionDenied(
            f"{user.name} belongs to no party and receives no notifications; "
            "notifications go to the users of the parties concerned"
        )
    return user


def read_inbox(
    app: App, user_name: str, *, unread: bool = False, limit: int = 50
) -> list[JSONDict]:
    if not 1 <= limit <= 1000:
        raise InvalidInput(f"--limit is between 1 and 1000, not {limit}")
    with reading(app) as ctx:
        user = _member(ctx, user_name)
        items = Inbox(ctx.uow.conn).for_user(user.name, unread=unread, limit=limit)
        return [inbox_view(i) for i in items]


def mark_read(
    app: App, user_name: str, ids: list[int] | None, *, clock: QueueClock | None = None
) -> JSONDict:
    """Mark the user's items read (all of them when `ids` is None)."""
    with writing(app, settle=False) as ctx:
        user = _member(ctx, user_name)
        inbox = Inbox(ctx.uow.conn)
        if ids:
            mine = {i.id for i in inbox.for_user(user.name, limit=100_000)}
            missing = sorted(set(ids) - mine)
            if missing:
                raise NotFound(
                    f"{user.name}'s inbox has no item {', '.join(map(str, missing))}; "
                    "`tandem inbox --user NAME` lists them"
                )
        count = inbox.mark_read(user.name, ids, (clock or app.clock)())
        return {"user": user.name, "marked_read": count}


def _prefs_view(user: str, address: str | None, modes: dict[str, EmailMode]) -> JSONDict:
    return {
        "user": user,
        "email": address,
        "inapp": "always",
        "email_by_event": {k: v.value for k, v in sorted(modes.items())},
        "email_default": email_mode(modes, "*").value if address else "off (no address)",
    }


def show_preferences(app: App, user_name: str) -> JSONDict:
    with reading(app) as ctx:
        user = _member(ctx, user_name)
        prefs = Preferences(ctx.uow.conn)
        return _prefs_view(
            user.name, prefs.addresses().get(user.name), prefs.modes().get(user.name, {})
        )


def set_preferences(
    app: App,
    user_name: str,
    *,
    email: str | None = None,
    clear_email: bool = False,
    event: str | None = None,
    mode: str | None = None,
) -> JSONDict:
    """Set a user's email address, and/or their email mode for one event type (or `*`)."""
    if email is not None and clear_email:
        raise InvalidInput("give either --email ADDRESS or --no-email, not both")
    if (event is None) != (mode is None):
        raise InvalidInput(
            "an email choice needs both --event TYPE (or *) and --mode off, now or digest"
        )
    if email is None and not clear_email and event is None:
        raise InvalidInput(
            "nothing to set: give --email ADDRESS, --no-email, or --event TYPE --mode MODE"
        )
    if email is not None:
        email = email.strip()
        if not _EMAIL.match(email) or len(email) > 254:
            raise InvalidInput(f"'{email}' is not an email address, e.g. kim@example.org")
    chosen: EmailMode | None = None
    if mode is not None:
        try:
            chosen = EmailMode(mode.strip().lower())
        except ValueError:
            raise InvalidInput(f"--mode '{mode}' is not one of off, now, digest") from None
    etype = check_event_type(event) if event is not None else None
    with writing(app, settle=False) as ctx:
        user = _member(ctx, user_name)
        prefs = Preferences(ctx.uow.conn)
        if email is not None or clear_email:
            prefs.set_address(user.name, email)
        if etype is not None and chosen is not None:
            prefs.set_mode(user.name, etype, chosen)
        return _prefs_view(
            user.name, prefs.addresses().get(user.name), prefs.modes().get(user.name, {})
        )


def job_view(job: Job) -> JSONDict:
    return {
        "id": job.id,
        "kind": job.kind,
        "key": job.dedup_key,
        "party": job.party,
        "user": job.user_name,
        "webhook": job.webhook_id,
        "entry": job.entry_seq,
        "attempts": job.attempts,
        "created_at": iso(job.created_at),
        "next_attempt_at": iso(job.next_attempt_at),
        "done_at": iso(job.done_at) if job.done_at else None,
        "dead_at": iso(job.dead_at) if job.dead_at else None,
        "last_error": job.last_error,
    }


def queue_status(app: App, *, clock: QueueClock | None = None, by: str | None = None) -> JSONDict:
    """Jobs by state and how far the record is read; `by` names the user asking (None: the
    operator). Counts cover every party, so over the API only an admin sees them."""
    with reading(app) as ctx:
        if by is not None and ctx.user(by).role is not Role.ADMIN:
            raise PermissionDenied(
                f"{by} is not an admin; the notification queue of every party is the "
                "admins' to watch"
            )
        conn = ctx.uow.conn
        return {
            "jobs": Jobs(conn).counts((clock or app.clock)()),
            "record_read_up_to": Cursors(conn).get(FANOUT),
            "record_size": ctx.uow.counters.peek("record"),
            "next_due": ctx.next_due or None,
        }


def settle_if_due(app: App) -> bool:
    """Record what the clock decided (closed windows, overdue acknowledgements) when the
    stored next-due moment has passed: the worker does this even when nobody is online."""
    with reading(app) as ctx:
        if ctx.next_due == "":
            return False
        if ctx.next_due is not None and ctx.now < from_iso(ctx.next_due):
            return False
    with writing(app):
        pass
    return True
