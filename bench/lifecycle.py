"""Full measure lifecycles per second through the services, on SQLite and PostgreSQL.

Each lifecycle is four use cases, each its own transaction with its record entries:
propose (KOR) → notify (KOR) → support (USA; clears by consensus) → execute (KOR).
Target (issue 2): ≥ 500 lifecycles/s on SQLite on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from tandem.domain.measures import Stance
from tandem.domain.parties import Party
from tandem.services.context import App
from tandem.services.group import init_group
from tandem.services.measures import (
    execute_measure,
    notify_measure,
    propose_measure,
    record_position,
)

PARTIES = [
    Party.create("USA", "America/New_York", "US"),
    Party.create("KOR", "Asia/Seoul", "KR"),
]


def lifecycles(app: App, count: int) -> float:
    """Run `count` lifecycles; returns the seconds they took."""
    started = time.perf_counter()
    for i in range(count):
        m = propose_measure(app, "kor", f"Measure {i}", description="A benchmark measure.")
        notify_measure(app, m["id"], "kor")
        record_position(app, m["id"], "usa", Stance.SUPPORT)
        done = execute_measure(app, m["id"], "kor")
        assert done["status"] == "executed" and not done["unilateral"]
    return time.perf_counter() - started


def run(url: str, count: int) -> dict[str, object]:
    from datetime import UTC, datetime

    app = App.open(url)
    init_group(app, PARTIES, simulated=True, start=datetime(2026, 3, 2, tzinfo=UTC))
    lifecycles(app, min(50, count))  # warm caches and the connection pool
    seconds = lifecycles(app, count)
    return {"lifecycles": count, "seconds": round(seconds, 2), "per_second": round(count / seconds)}


def postgres_url() -> str | None:
    import uuid

    from sqlalchemy import create_engine, text

    base = os.environ.get(
        "TANDEM_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    name = f"bench_{uuid.uuid4().hex[:8]}"
    try:
        engine = create_engine(base, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        engine.dispose()
    except Exception as exc:
        print(f"PostgreSQL not reachable at {base}: {exc}", file=sys.stderr)
        return None
    return base.rsplit("/", 1)[0] + f"/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--json", action="store_true", help="(rows are always JSON)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = run(str(Path(tmp) / "bench.db"), args.count)
        rows.append(
            {
                "workload": "lifecycles/s, SQLite",
                "figure": sqlite["per_second"],
                "target": "≥ 500",
                "detail": sqlite,
            }
        )
    pg = postgres_url()
    if pg:
        result = run(pg, args.count)
        rows.append(
            {
                "workload": "lifecycles/s, PostgreSQL",
                "figure": result["per_second"],
                "target": "—",
                "detail": result,
            }
        )
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
