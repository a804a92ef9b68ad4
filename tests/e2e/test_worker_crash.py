"""Kill -9 the `tandem worker` at random moments, restart it: nothing is lost, no window
closes twice, and a delivery repeated after a crash carries the same key and body."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from cli_support import base_env, tandem_script

sys.path.insert(0, str(Path(__file__).parent.parent / "integration"))

from notification_support import FakeClock, receiver

from tandem.domain.measures import Stance
from tandem.services.context import App, reading
from tandem.services.measures import notify_measure, propose_measure, record_position
from tandem.services.webhooks import add_webhook
from tandem.store.jobs import Inbox, Jobs, NewJob

SECRET = "crash-test-secret-0123456789"
MEASURES = 30
JOBS = 1000


def test_killed_workers_lose_nothing_and_close_each_window_once(
    tmp_path: Path, group_builder: Callable[..., App]
) -> None:
    seed = int(os.environ.get("TANDEM_CRASH_SEED", random.randrange(1_000_000)))
    rng = random.Random(seed)
    db = tmp_path / "crash.db"
    # A real-clock database whose past (Nov 2018) is written by the test: every window
    # below has passed its deadline by the time the worker runs on today's clock.
    clock = FakeClock(datetime(2018, 11, 19, 1, 0, tzinfo=UTC))
    app = group_builder(str(db), clock=clock)
    slow = {"delay": 0.003}

    with receiver(SECRET, lambda: datetime.now(UTC)) as got:
        original = got.handle

        def handle(headers: dict[str, str], raw: bytes) -> int:
            time.sleep(slow["delay"])  # a slow partner: kills land mid-batch
            return original(headers, raw)

        got.handle = handle  # type: ignore[method-assign]
        add_webhook(app, "USA", got.url, secret=SECRET, clock=clock)
        for i in range(MEASURES):
            m = propose_measure(app, "kim", f"Measure {i}")
            notify_measure(app, m["id"], "kor")
            if i % 3 == 0:
                record_position(app, m["id"], "smith", Stance.OBJECTION, reason="Not yet.")
        with app.db.transaction(write=True) as conn:
            Jobs(conn).enqueue(
                [
                    NewJob(
                        "webhook",
                        f"crash:{n}",
                        {"event": "measure.notified", "n": n, "to_party": "USA"},
                        clock.now,
                        "USA",
                        webhook_id=1,
                    )
                    for n in range(JOBS)
                ],
                clock.now,
            )

        command = [tandem_script(), "worker", "--db", str(db), "--lease", "1", "--poll", "0.1"]
        kills = 0
        for _ in range(6):
            proc = subprocess.Popen(
                command, env=base_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(rng.uniform(0.3, 2.0))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills += 1
        time.sleep(1.2)  # the last killed worker's leases run out
        slow["delay"] = 0.0
        done = subprocess.run(
            [*command, "--once", "--json"],
            env=base_env(),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        deliveries = list(got.deliveries)

    with reading(app) as ctx:
        jobs = Jobs(ctx.uow.conn).all()
        inbox = Inbox(ctx.uow.conn).count()
        closings: dict[str, list[str]] = defaultdict(list)
        for e in ctx.uow.record.all():
            if e.kind in ("measure.cleared", "measure.objected"):
                closings[e.subject].append(e.kind)
    note = f"(seed {seed}, {kills} kills)"
    assert [j for j in jobs if j.done_at is None] == [], note
    assert [j for j in jobs if j.dead_at is not None] == [], note
    assert len(closings) == MEASURES, note
    assert all(len(k) == 1 for k in closings.values()), note
    objected = [s for s, k in closings.items() if k == ["measure.objected"]]
    assert len(objected) == len(range(0, MEASURES, 3)), note
    assert inbox == sum(1 for j in jobs if j.kind == "inapp"), note

    webhook_keys = {j.dedup_key for j in jobs if j.kind == "webhook"}
    assert len(webhook_keys) >= JOBS + MEASURES
    bodies: dict[str, set[bytes]] = defaultdict(set)
    for d in deliveries:
        assert d.verified, note
        bodies[d.key].add(d.raw)
    assert set(bodies) == webhook_keys, note  # every delivery arrived at least once
    assert all(len(b) == 1 for b in bodies.values()), note  # a repeat is the same delivery
    app.db.dispose()
