"""In-app notifications delivered per second by 1 and by 2 worker processes on PostgreSQL.

100,000 due in-app jobs are queued, then drained by worker processes side by side, each
claiming batches with FOR UPDATE SKIP LOCKED and moving them into the inboxes in the
transaction that completes them. Target (issue 8): ≥ 2,000 jobs/s with 2 workers.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from tandem.domain.notifications import JobKind
from tandem.domain.parties import Party, Role
from tandem.services.context import App
from tandem.services.group import add_user, init_group
from tandem.services.worker import Worker
from tandem.store import schema as t
from tandem.store.jobs import Jobs, NewJob

PARTIES = [
    Party.create("USA", "America/New_York", "US"),
    Party.create("KOR", "Asia/Seoul", "KR"),
]
USERS = 20


def prepare(url: str) -> None:
    app = App.open(url)
    init_group(app, PARTIES, simulated=False)
    for i in range(USERS):
        add_user(app, f"officer{i}", "USA" if i % 2 else "KOR", Role.OFFICER)
    app.db.dispose()


def enqueue(url: str, count: int, round_: int) -> None:
    """`count` due in-app jobs with keys of their own, as the fan-out writes them."""
    app = App.open(url)
    now = datetime.now(UTC)
    chunk = 5000
    for start in range(0, count, chunk):
        jobs = [
            NewJob(
                JobKind.INAPP,
                f"bench:{round_}:{n}",
                {"event": "measure.notified", "text": f"Benchmark notice {n}", "seq": n},
                now,
                "USA" if n % 2 else "KOR",
                f"officer{n % USERS}",
                None,
                n,
            )
            for n in range(start, min(start + chunk, count))
        ]
        with app.db.transaction(write=True) as conn:
            Jobs(conn).enqueue(jobs, now)
    app.db.dispose()


def drain(url: str, batch: int, ready: Any, go: Any, done: Any) -> None:
    app = App.open(url)
    worker = Worker(app, batch=batch)
    with app.db.transaction(write=False) as conn:  # connect before the clock starts
        conn.execute(select(1))
    ready.put(1)
    go.wait()
    delivered = worker.deliver_inapp()
    done.put(delivered)
    app.db.dispose()


def run(url: str, count: int, workers: int, batch: int, round_: int) -> dict[str, object]:
    enqueue(url, count, round_)
    ctx = multiprocessing.get_context("spawn")
    ready, done = ctx.Queue(), ctx.Queue()
    go = ctx.Event()
    procs = [ctx.Process(target=drain, args=(url, batch, ready, go, done)) for _ in range(workers)]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get(timeout=120)
    started = time.perf_counter()
    go.set()
    delivered = [done.get(timeout=3600) for _ in procs]
    seconds = time.perf_counter() - started
    for p in procs:
        p.join()
    app = App.open(url)
    with app.db.transaction(write=False) as conn:
        left = conn.execute(
            select(func.count()).select_from(t.jobs).where(t.jobs.c.done_at.is_(None))
        ).scalar_one()
        inbox = conn.execute(select(func.count()).select_from(t.inbox_items)).scalar_one()
    app.db.dispose()
    assert left == 0 and sum(delivered) == count, (left, delivered)
    return {
        "jobs": count,
        "workers": workers,
        "batch": batch,
        "seconds": round(seconds, 2),
        "per_second": round(count / seconds),
        "per_worker": delivered,
        "inbox_rows": inbox,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="(rows are always JSON)")
    args = parser.parse_args()
    from lifecycle import postgres_url

    url = postgres_url()
    if url is None:
        print("bench/worker.py needs PostgreSQL", file=sys.stderr)
        print(json.dumps([]))
        return
    prepare(url)
    rows = []
    for round_, workers in enumerate((1, 2)):
        result = run(url, args.count, workers, args.batch, round_)
        rows.append(
            {
                "workload": f"in-app jobs/s, {workers} worker{'s' if workers > 1 else ''}, "
                "PostgreSQL",
                "figure": result["per_second"],
                "target": "≥ 2,000" if workers == 2 else "—",
                "detail": result,
            }
        )
        print(f"{workers} worker(s): {result}", file=sys.stderr)
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
