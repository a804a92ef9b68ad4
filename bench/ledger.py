"""The verifiable record at scale: append, head, proofs and verify over 1,000,000 entries.

On a fresh simulated-clock SQLite file:

1. append N entries (default 1,000,000) through the ordinary write path (`writing` +
   `Context.record`: observed actions and their alerts, projections included), `--batch`
   entries per transaction; the record's Merkle tree is not touched on this path;
2. `head`: brings the stored tree up to date (re-deriving every new leaf from its fields)
   and signs a head — the deferred Merkle cost of those appends;
3. inclusion and consistency proofs at N leaves (target < 5 ms each: O(log n) reads of
   stored subtree hashes);
4. `verify` of the record, its tree and heads (no projection replay; `--with-projections`
   adds a full one), in one process and in the default number of worker processes,
   against the time hashlib alone needs to compute the same tree from the same canonical
   bytes in this run (every leaf and node hash; target ratio ≤ 3). The ratio to hashing
   the leaves alone is in the details.

`--json` prints a JSON list of rows {workload, figure, target, baseline, detail}.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from tandem.domain import consultation as rules
from tandem.domain.parties import Party, Role, User
from tandem.services import ledger
from tandem.services.context import App, writing
from tandem.services.group import init_group
from tandem.store.merkle import entry_rows
from tandem.store.unit_of_work import unit_of_work

PARTIES = [
    Party.create("USA", "America/New_York", "US"),
    Party.create("KOR", "Asia/Seoul", "KR"),
]
BYTES_PER_ENTRY = 1_200
"""Disk per entry, generously: the row and its index, its projections, tree nodes, WAL."""

ACTIONS = [
    "Opened a liaison office for a joint field study of the railway",
    "Shipped humanitarian supplies through Nampo",
    "Announced an exercise postponement",
    "Resumed family reunions at Mount Kumgang",
    "Issued a statement on sanctions relief",
]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def append(app: App, count: int, batch: int) -> float:
    """Append `count` entries, `batch` per transaction; returns the seconds it took."""
    kim = User("kim", "KOR", Role.ENVOY)
    started = time.perf_counter()
    done = 0
    day = date(2018, 11, 20)
    while done < count:
        with writing(app, settle=False) as ctx:
            events = []
            while len(events) < min(batch, count - done):
                events += rules.observe(
                    kim,
                    ctx.group,
                    ctx.now,
                    ctx.next_id,
                    actor="USA",
                    action=f"{ACTIONS[done % len(ACTIONS)]} (#{done + len(events)})",
                    on=day + timedelta(days=(done // batch) % 365),
                )
            events = events[: count - done]
            ctx.record(events, kim.name)
            done += len(events)
        if done % 100_000 < batch:
            log(f"  appended {done:,} entries")
    return time.perf_counter() - started


def timed(fn: Any, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def hashing_baseline(app: App) -> tuple[float, float, int]:
    """Seconds hashlib needs for the same canonical bytes: leaves only; leaves and nodes."""
    with unit_of_work(app.db, write=False) as uow:
        data = [ledger.canonical_line(row) for row in entry_rows(uow.conn)]
    total = sum(len(d) for d in data)
    sha = hashlib.sha256
    t = time.perf_counter()
    for d in data:
        sha(b"\x00" + d).digest()
    leaves_only = time.perf_counter() - t
    t = time.perf_counter()
    stack: list[bytes] = []
    for i, d in enumerate(data):
        h = sha(b"\x00" + d).digest()
        m = i
        while m & 1:
            h = sha(b"\x01" + stack.pop() + h).digest()
            m >>= 1
        stack.append(h)
    with_nodes = time.perf_counter() - t
    return leaves_only, with_nodes, total


def run(
    folder: Path, entries: int, batch: int, proofs: int, with_projections: bool
) -> list[dict[str, Any]]:
    app = App.open(str(folder / "ledger.db"))
    init_group(app, PARTIES, simulated=True, start=datetime(2026, 3, 2, tzinfo=UTC))
    with unit_of_work(app.db, write=False) as uow:
        start_size = uow.record.size()
    count = entries - start_size
    log(f"appending {count:,} entries, {batch} per transaction …")
    seconds = append(app, count, batch)
    size = start_size + count
    rows: list[dict[str, Any]] = [
        {
            "workload": f"ledger: append {size:,} entries (µs per entry)",
            "figure": round(seconds / count * 1e6, 1),
            "target": "no Merkle work on the write path",
            "baseline": "—",
            "detail": {
                "seconds": round(seconds, 1),
                "entries_per_s": round(count / seconds),
                "entries_per_transaction": batch,
                "db_mb": round((folder / "ledger.db").stat().st_size / 1e6),
            },
        }
    ]
    log("first head: bringing the stored tree up to date and signing …")
    t = time.perf_counter()
    h = ledger.head(app)
    catch_up = time.perf_counter() - t
    assert h["size"] == size, h
    rows.append(
        {
            "workload": f"ledger: first head over {size:,} entries (s)",
            "figure": round(catch_up, 1),
            "target": "—",
            "baseline": "—",
            "detail": {
                "us_per_entry": round(catch_up / size * 1e6, 1),
                "what": "re-derive each leaf from its fields, store every subtree hash, sign",
            },
        }
    )
    t = time.perf_counter()
    ledger.head(app)
    again = (time.perf_counter() - t) * 1000
    rng = random.Random(6962)
    inclusion = timed(lambda: ledger.inclusion_proof(app, rng.randrange(size)), proofs)
    consistency = timed(lambda: ledger.consistency_proof(app, rng.randrange(1, size), size), proofs)
    for name, ms in (("inclusion", inclusion), ("consistency", consistency)):
        rows.append(
            {
                "workload": f"ledger: {name} proof at {size:,} leaves (ms, median)",
                "figure": round(statistics.median(ms), 2),
                "target": "< 5",
                "baseline": "—",
                "detail": {
                    "runs": len(ms),
                    "p95_ms": round(sorted(ms)[int(len(ms) * 0.95) - 1], 2),
                    "max_ms": round(max(ms), 2),
                    "head_unchanged_ms": round(again, 2),
                },
            }
        )
    log("hashing baseline …")
    leaves_only, with_nodes, total = hashing_baseline(app)
    # One process, and one per core: the load just after the appends says nothing useful
    # about idle cores, so the run does not ask `default_workers`.
    for jobs in sorted({1, min(4, os.cpu_count() or 1)}):
        log(f"verify (record, tree, heads; {jobs} process{'es' if jobs > 1 else ''}) …")
        t = time.perf_counter()
        report = ledger.verify(app, projections=False, workers=jobs)
        verify_s = time.perf_counter() - t
        assert report["ok"], report["problems"][:5]
        rows.append(
            {
                "workload": f"ledger: verify {size:,} entries, {jobs} process(es) (s)",
                "figure": round(verify_s, 2),
                "target": "≤ 3 × hashlib",
                "baseline": round(with_nodes, 2),
                "detail": {
                    "ratio": round(verify_s / with_nodes, 2),
                    "ratio_to_leaf_hashing_only": round(verify_s / leaves_only, 2),
                    "hashlib_leaves_only_s": round(leaves_only, 2),
                    "canonical_mb": round(total / 1e6),
                    "baseline_is": "hashlib computing the same tree (every leaf and node hash) "
                    "from the same canonical bytes, already in memory, one process",
                    "parallel": "used" if jobs > 1 and size >= ledger.PARALLEL_MIN else "no",
                },
            }
        )
    if with_projections:
        log("verify with the projection replay …")
        t = time.perf_counter()
        report = ledger.verify(app)
        rows.append(
            {
                "workload": f"ledger: verify {size:,} entries with projection replay (s)",
                "figure": round(time.perf_counter() - t, 1),
                "target": "—",
                "baseline": "—",
                "detail": {"ok": report["ok"], "projections": report["projections"]},
            }
        )
    app.db.dispose()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=100, help="entries per transaction")
    parser.add_argument("--proofs", type=int, default=200, help="proofs of each kind timed")
    parser.add_argument("--dir", type=Path, default=None, help="where to put the database")
    parser.add_argument(
        "--with-projections",
        action="store_true",
        help="also time a full verify, replaying the record into a fresh database (slow)",
    )
    parser.add_argument("--json", action="store_true", help="(rows are always JSON)")
    args, _ = parser.parse_known_args()  # bench/run.py passes its options to every script
    parent = args.dir or Path(tempfile.gettempdir())
    free = shutil.disk_usage(parent).free
    need = args.entries * BYTES_PER_ENTRY
    log(f"free disk in {parent}: {free / 1e9:.1f} GB; this run needs about {need / 1e9:.1f} GB")
    if free < need:
        log(
            f"NOT ENOUGH DISK: {free / 1e9:.1f} GB free in {parent}, about {need / 1e9:.1f} GB "
            f"needed for {args.entries:,} entries; free some space, point --dir elsewhere or "
            "lower --entries"
        )
        sys.exit(3)
    with tempfile.TemporaryDirectory(dir=parent, prefix="tandem-ledger-bench-") as tmp:
        rows = run(Path(tmp), args.entries, args.batch, args.proofs, args.with_projections)
    for row in rows:
        row["detail"]["free_disk_gb"] = round(free / 1e9, 1)
    print(json.dumps(rows, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
