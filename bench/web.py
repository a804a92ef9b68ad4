"""Web pages with a full register: the dashboard and a measure's page, 200 loads each.

The database is bench/api_load.py's: the demo scenario plus `--extra` measures (10,000 by
default; `--notified` of them open for consultation, so the dashboard has work to show).
`tandem serve` (real uvicorn, one process) serves it; one signed-in browser session
(httpx, sign-in form and CSRF token as a browser sends them) loads each page in turn, one
request at a time, so the time to the last byte over loopback is the server's time plus
about a tenth of a millisecond of transport: an upper bound of the server time.

Target (issue 7): p99 < 100 ms for each page. `--json` prints rows for bench/run.py.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from api_load import build, free_port, server

TARGET_MS = 100.0


def log(message: str) -> None:
    print(f"web: {message}", file=sys.stderr, flush=True)


def sign_in(client: Any, name: str, password: str) -> None:
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token, "no sign-in form"
    done = client.post(
        "/login", data={"name": name, "password": password, "csrf": token.group(1), "next": "/"}
    )
    if done.status_code != 303:
        raise SystemExit(f"web: signing in as {name} failed with {done.status_code}")


def timings(client: Any, paths: list[str]) -> list[float]:
    out = []
    for path in paths:
        started = time.perf_counter()
        r = client.get(path)
        elapsed = (time.perf_counter() - started) * 1000
        if r.status_code != 200:
            raise SystemExit(f"web: {path} answered {r.status_code}")
        out.append(elapsed)
    return out


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--extra", type=int, default=10_000, help="measures beyond the demo")
    parser.add_argument("--notified", type=int, default=2_000, help="of them, open")
    parser.add_argument("--loads", type=int, default=200, help="loads of each page")
    parser.add_argument("--json", action="store_true", help="print rows as JSON")
    args = parser.parse_args()

    import httpx

    from tandem.services.scenario import DEMO_PASSWORD

    tandem = shutil.which("tandem", path=str(Path(sys.executable).parent)) or shutil.which("tandem")
    if tandem is None:
        raise SystemExit("web: the `tandem` command is not installed (pip install -e .)")
    load = os.getloadavg()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        url = f"sqlite:///{tmp / 'web.db'}"
        log(f"building the demo and {args.extra:,} extra measures …")
        data = build(url, args.extra, min(args.notified, args.extra))
        low, high = data["ids"]
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {k: v for k, v in os.environ.items() if k != "TANDEM_DATABASE_URL"}
        command = [tandem, "serve", "--db", url, "--port", str(port), "--workers", "1"]
        with (
            server(command, base + "/api/v1/clock", data["tokens"]["jones"], env, tmp / "s.log"),
            httpx.Client(base_url=base, follow_redirects=False, timeout=30) as client,
        ):
            sign_in(client, "usa", DEMO_PASSWORD)
            rng = random.Random(7)
            pages = {
                "dashboard": ["/"] * args.loads,
                "measure page": [f"/measures/{rng.randint(low, high)}" for _ in range(args.loads)],
            }
            for name, paths in pages.items():
                timings(client, paths[:10])  # warm the caches
                log(f"{name}: {len(paths)} loads …")
                ms = timings(client, paths)
                rows.append(
                    {
                        "workload": f"web: {name}, {high:,} measures",
                        "figure": f"p99 {p(ms, 99):.1f} ms",
                        "target": f"p99 < {TARGET_MS:.0f} ms",
                        "detail": {
                            "p50_ms": round(statistics.median(ms), 1),
                            "max_ms": round(max(ms), 1),
                            "loads": len(ms),
                            "open_consultations": len(data["open"]),
                            "load_at_start": round(load[0], 2),
                        },
                    }
                )
    if args.json:
        print(json.dumps(rows))
    else:
        for row in rows:
            print(f"{row['workload']:<40} {row['figure']:<16} {row['target']}  {row['detail']}")


if __name__ == "__main__":
    main()
