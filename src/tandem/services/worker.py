"""The worker: deadlines act on their own, and notifications reach people.

Each tick (1) records what the clock decided once the stored next-due moment has passed
(a window closes by silence or objection even when nobody is online) and raises an alert
for each meeting follow-up that has fallen overdue, once, (2) reads new
record entries into delivery jobs, (3) queues due reminders, (4) delivers: in-app jobs in
batches inside one transaction each, emails, webhooks and reminders under a lease.

Crash safety: every step is a transaction that either happened or did not. A worker
killed while it holds leased jobs loses the lease when it runs out, and another worker
(or the same one, restarted) takes the jobs again: delivery is at least once, and a
repeated delivery carries the same key. Reminders and closures record their entries in
the transaction that completes their job, so they happen once.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx

from tandem.domain.notifications import EmailMode, JobKind, email_mode, next_attempt
from tandem.domain.parties import Party
from tandem.services.context import App, reading
from tandem.services.mail import DEFAULT_BASE_URL, Mailer, compose, compose_digest
from tandem.services.meetings import raise_overdue_followups
from tandem.services.monitoring import poll_sources
from tandem.services.notify import fan_out, schedule_reminders, send_reminder, settle_if_due
from tandem.services.sanctions import warn_expiring
from tandem.services.webhooks import deliver
from tandem.store.jobs import Inbox, Job, Jobs, Preferences

log = logging.getLogger("tandem.worker")

DEFAULT_LEASE = timedelta(minutes=2)
EXTERNAL_BATCH = 10
"""Emails and webhooks claimed at a time: few, so that a slow receiver does not keep
many jobs leased."""


def default_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class Worker:
    app: App
    name: str = field(default_factory=default_name)
    batch: int = 1000
    lease: timedelta = DEFAULT_LEASE
    mailer: Mailer | None = None
    base_url: str = DEFAULT_BASE_URL
    clock: Callable[[], datetime] | None = None
    client: httpx.Client | None = None

    def __post_init__(self) -> None:
        if self.client is None:
            # One client for every delivery: its connections and TLS set-up are reused.
            from tandem.services.webhooks import TIMEOUT_SECONDS

            self.client = httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    def now(self) -> datetime:
        return (self.clock or self.app.clock)()

    def tick(self) -> dict[str, int]:
        """One pass over everything due; returns what was done, by kind of work."""
        report = {
            "settled": int(settle_if_due(self.app)),
            "followups_overdue": raise_overdue_followups(self.app),
            "articles_read": poll_sources(self.app),
            "exemptions_expiring": len(warn_expiring(self.app)),
            "entries_read": fan_out(self.app, batch=self.batch, clock=self.clock),
            "reminders_queued": schedule_reminders(self.app, clock=self.clock),
            "inapp_delivered": self.deliver_inapp(),
        }
        sent, failed = self.deliver_external()
        report.update(delivered=sent, failed=failed)
        return report

    def deliver_inapp(self) -> int:
        total = 0
        while True:
            with self.app.db.transaction(write=True) as conn:
                done = Jobs(conn).deliver_inapp(self.now(), self.batch)
            total += done
            if done < self.batch:
                return total

    def kinds(self) -> list[str]:
        kinds = [JobKind.WEBHOOK.value, JobKind.REMINDER.value]
        if self.mailer is not None:
            kinds += [JobKind.EMAIL.value, JobKind.DIGEST.value]
        return kinds

    def deliver_external(self) -> tuple[int, int]:
        sent = failed = 0
        while True:
            now = self.now()
            with self.app.db.transaction(write=True) as conn:
                jobs = Jobs(conn).claim(
                    self.kinds(), now, now + self.lease, self.name, EXTERNAL_BATCH
                )
            if not jobs:
                return sent, failed
            for job in jobs:
                if self._handle(job):
                    sent += 1
                else:
                    failed += 1

    def _handle(self, job: Job) -> bool:
        now = self.now()
        try:
            if job.kind == JobKind.REMINDER:
                send_reminder(self.app, job.id, clock=self.clock)
                return True
            if job.kind == JobKind.WEBHOOK:
                deliver(self.app, job, now, self.client)
            elif job.kind == JobKind.EMAIL:
                self._email(job)
            elif job.kind == JobKind.DIGEST:
                self._digest(job)
            else:
                raise ValueError(f"no handler for jobs of kind {job.kind}")
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            retry = next_attempt(job.created_at, max(job.attempts, 1), self.now())
            log.warning("job %s (%s) failed: %s", job.id, job.dedup_key, error)
            with self.app.db.transaction(write=True) as conn:
                Jobs(conn).failed(job.id, error, retry, self.now())
            return False
        with self.app.db.transaction(write=True) as conn:
            Jobs(conn).done([job.id], self.now())
        return True

    def _reader(
        self, job: Job
    ) -> tuple[str | None, Party, tuple[Party, ...], dict[str, EmailMode]]:
        with reading(self.app) as ctx:
            prefs = Preferences(ctx.uow.conn)
            assert job.user_name is not None and job.party is not None
            address = prefs.addresses().get(job.user_name)
            modes = prefs.modes().get(job.user_name, {})
            return address, ctx.group.party(job.party), ctx.group.parties, modes

    def _email(self, job: Job) -> None:
        assert self.mailer is not None
        address, reader, parties, _ = self._reader(job)
        if address is None:
            return  # the user removed their address since: nothing to send
        self.mailer.send(
            compose(
                job.payload,
                to=address,
                reader=reader,
                parties=parties,
                sender=self.mailer.config.sender,
                base_url=self.base_url,
                key=job.dedup_key,
            )
        )

    def _digest(self, job: Job) -> None:
        assert self.mailer is not None and job.user_name is not None
        address, reader, parties, modes = self._reader(job)
        if address is None:
            return
        day = datetime.fromisoformat(str(job.payload["day"])).replace(tzinfo=reader.zone)
        with reading(self.app) as ctx:
            items = Inbox(ctx.uow.conn).for_user(
                job.user_name, limit=10_000, since=day, until=day + timedelta(days=1)
            )
        chosen = [
            i.payload
            for i in reversed(items)
            if email_mode(modes, str(i.payload.get("event"))) is EmailMode.DIGEST
        ]
        if not chosen:
            return
        self.mailer.send(
            compose_digest(
                chosen,
                to=address,
                reader=reader,
                parties=parties,
                day=str(job.payload["day"]),
                sender=self.mailer.config.sender,
                base_url=self.base_url,
                key=job.dedup_key,
            )
        )


def _idle(report: dict[str, int]) -> bool:
    return not any(report.values())


def run(
    app: App,
    *,
    once: bool = False,
    stop: threading.Event | None = None,
    poll: float = 1.0,
    worker: Worker | None = None,
) -> dict[str, int]:
    """Tick until `stop` is set; with `once`, until a tick finds nothing to do."""
    w = worker or Worker(app)
    stop = stop or threading.Event()
    try:
        return _loop(w, once, stop, poll)
    finally:
        if worker is None:
            w.close()


def _loop(w: Worker, once: bool, stop: threading.Event, poll: float) -> dict[str, int]:
    totals: dict[str, int] = {}
    while not stop.is_set():
        try:
            report = w.tick()
        except Exception:
            if once:
                raise
            log.exception("the worker's tick failed; trying again in %s s", poll)
            stop.wait(poll)
            continue
        for k, v in report.items():
            totals[k] = totals.get(k, 0) + v
        if _idle(report):
            if once:
                break
            stop.wait(poll)
    return totals


def run_in_thread(
    app: App, *, poll: float = 1.0, worker: Worker | None = None
) -> Callable[[], None]:
    """Start the worker in a daemon thread (as `tandem demo` does); returns `stop()`."""
    stop = threading.Event()
    thread = threading.Thread(
        target=run,
        kwargs={"app": app, "stop": stop, "poll": poll, "worker": worker},
        name="tandem-worker",
        daemon=True,
    )
    thread.start()

    def stopper() -> None:
        stop.set()
        thread.join(timeout=30)

    return stopper
