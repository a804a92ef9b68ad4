"""The job queue as a state machine: the real repository (SQLite) against a model.

Jobs are queued (twice, sometimes), claimed by workers, completed, failed, or left behind
by a worker that dies; the clock moves. After every step each job is in exactly the
state the model says, no done or dead job is ever claimed again, a leased job is claimed
by nobody else, and a dead letter only ever comes 24 hours after the first attempt.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    rule,
)

from tandem.domain.notifications import (
    RETRY_FOR,
    JobState,
    JobTimes,
    job_state,
    next_attempt,
)
from tandem.store.database import Database
from tandem.store.jobs import Job, Jobs, NewJob
from tandem.store.migrate import upgrade

LEASE = timedelta(seconds=60)
START = datetime(2026, 3, 2, tzinfo=UTC)


@dataclass
class Model:
    key: str
    created: datetime
    next_at: datetime
    attempts: int = 0
    leased_until: datetime | None = None
    leased_by: str | None = None
    done: bool = False
    dead: bool = False

    def state(self, now: datetime) -> JobState:
        return job_state(
            JobTimes(
                self.next_at,
                self.leased_until,
                now if self.done else None,
                now if self.dead else None,
            ),
            now,
        )


class JobQueue(RuleBasedStateMachine):
    held = Bundle("held")

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.db = Database(f"sqlite:///{Path(self.folder.name) / 'jobs.db'}")
        upgrade(self.db)
        self.now = START
        self.model: dict[str, Model] = {}

    def teardown(self) -> None:
        self.db.dispose()
        self.folder.cleanup()

    def jobs(self) -> dict[str, Job]:
        with self.db.transaction(write=False) as conn:
            return {j.dedup_key: j for j in Jobs(conn).all()}

    @rule(n=st.integers(0, 7), delay=st.sampled_from([0, 0, 30, 3600]))
    def enqueue(self, n: int, delay: int) -> None:
        key = f"job:{n}"
        due = self.now + timedelta(seconds=delay)
        with self.db.transaction(write=True) as conn:
            Jobs(conn).enqueue([NewJob("webhook", key, {"n": n}, due)], self.now)
        self.model.setdefault(key, Model(key, self.now, due))

    @rule(seconds=st.sampled_from([1, 30, 59, 61, 600, 7200, 6 * 3600]))
    def advance(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)

    @rule(target=held, worker=st.sampled_from(["w1", "w2"]), limit=st.integers(1, 4))
    def claim(self, worker: str, limit: int) -> list[tuple[str, str]]:
        due = {k for k, m in self.model.items() if m.state(self.now) is JobState.DUE}
        with self.db.transaction(write=True) as conn:
            got = Jobs(conn).claim(["webhook"], self.now, self.now + LEASE, worker, limit)
        keys = {j.dedup_key for j in got}
        assert keys <= due, f"claimed {keys - due}, which were not due"
        assert len(keys) == min(limit, len(due))
        for k in keys:
            m = self.model[k]
            m.attempts += 1
            m.leased_until, m.leased_by = self.now + LEASE, worker
        return [(worker, k) for k in sorted(keys)]

    @rule(claim=consumes(held))
    def succeed(self, claim: list[tuple[str, str]]) -> None:
        ids = self.jobs()
        for _, key in claim:
            with self.db.transaction(write=True) as conn:
                Jobs(conn).done([ids[key].id], self.now)
            m = self.model[key]
            if not m.done and not m.dead:
                m.done, m.leased_until = True, None

    @rule(claim=consumes(held))
    def fail(self, claim: list[tuple[str, str]]) -> None:
        ids = self.jobs()
        for _, key in claim:
            m = self.model[key]
            retry = next_attempt(m.created, max(m.attempts, 1), self.now)
            with self.db.transaction(write=True) as conn:
                Jobs(conn).failed(ids[key].id, "HTTP 500", retry, self.now)
            if m.done:
                continue
            m.leased_until = None
            if retry is None:
                m.dead = True
            else:
                m.next_at = retry

    @rule(claim=consumes(held))
    def crash(self, claim: list[tuple[str, str]]) -> None:
        """The worker dies holding these: nothing is written; the lease runs out."""

    @invariant()
    def matches_the_model(self) -> None:
        stored = self.jobs()
        assert set(stored) == set(self.model)
        for key, m in self.model.items():
            j = stored[key]
            actual = job_state(
                JobTimes(j.next_attempt_at, j.locked_until, j.done_at, j.dead_at), self.now
            )
            assert actual is m.state(self.now), (key, actual, m)
            assert j.attempts == m.attempts
            if j.dead_at is not None:
                assert self.now >= m.created + RETRY_FOR


JobQueue.TestCase.settings = settings(max_examples=40, stateful_step_count=30, deadline=None)
TestJobQueue = JobQueue.TestCase
