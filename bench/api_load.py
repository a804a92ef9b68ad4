"""The HTTP API under load: `tandem serve` driven by wrk over loopback, against a bare baseline.

1. A demo-sized working group (the `wg2018` scenario) plus 10,000 extra measures, made
   through the services into a fresh simulated-clock SQLite file (KOR proposes them all;
   `--notified` of them are notified, so that USA has open windows to comment on).
2. The baseline: a bare Starlette app under uvicorn, no auth, no validation, no domain
   rules, running the same SQL through Tandem's own store (the measures summary query and
   the page load for a list; the revision check and the load for one measure) and
   writing the rows out as JSON.
3. `tandem serve --write-limit off` (the real entry point, real uvicorn) on the same file,
   beside it. wrk drives each for `--seconds` with `--connections` connections on 2
   threads, the baseline and then Tandem right after it on the same workload, so that a
   change in what else the machine runs shifts both alike: list measures (a page of 50),
   show measure (ids spread over the register), then take a position on Tandem alone
   (USA comments on KOR's notified measures, in turn: every request is valid).

Targets (issue 3, on a 2-core machine): ≥ 1,000 reads/s and p99 < 100 ms for reads,
≥ 200 positions/s, Tandem's latency ≤ 2× the baseline's. wrk runs on the same machine and
takes some CPU itself; each figure's details give the 1-minute load average when its run
began (`load`): on a machine shared with other work, read the figures beside it.
`--json` prints a JSON list of rows {workload, figure, target, baseline, detail}.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Any

WRK_THREADS = 2

SEED_LUA = """
local threads = 0
setup = function(thread) threads = threads + 1; thread:set("tid", threads) end
"""
DONE_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\n{"requests": %d, "duration_us": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, '
    .. '"max_us": %d, "bad_status": %d, "socket_errors": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def log(message: str) -> None:
    print(f"api_load: {message}", file=sys.stderr, flush=True)


# The database --------------------------------------------------------------------------


def build(url: str, extra: int, notified: int) -> dict[str, Any]:
    """The demo scenario plus `extra` KOR measures, `notified` of them notified."""
    from tandem.services import measures
    from tandem.services.accounts import create_token
    from tandem.services.context import App
    from tandem.services.scenario import load_scenario

    started = time.perf_counter()
    load_scenario("wg2018", url)
    app = App.open(url)
    first = None
    for n in range(extra):
        m = measures.propose_measure(
            app,
            "kim",
            f"Extra measure {n}: joint survey of section {n % 97}",
            description="A benchmark measure: a survey of a railway section before repairs.",
        )
        first = first or int(m["id"])
    assert first is not None
    open_ids = list(range(first, first + notified))
    for mid in open_ids:
        measures.notify_measure(app, mid, "kor")
    last = first + extra - 1
    tokens = {name: create_token(app, name)["token"] for name in ("jones", "smith")}
    app.db.dispose()
    return {
        "seconds": round(time.perf_counter() - started, 1),
        "ids": (1, last),
        "open": open_ids,
        "tokens": tokens,
    }


# Servers ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_ready(url: str, token: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    while True:
        try:
            with urllib.request.urlopen(request, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise SystemExit(f"api_load: nothing answers at {url} after {seconds:g} s")
        time.sleep(0.2)


@contextmanager
def server(args: list[str], ready_url: str, token: str, env: dict[str, str], log: Path) -> Any:
    """A server subprocess, stopped (by its own pid) when the block ends; stderr to `log`."""
    with log.open("w", encoding="utf-8") as errors:
        process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            wait_ready(ready_url, token)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def server_errors(log: Path) -> int:
    """Requests the server failed with an exception (uvicorn logs each as `ERROR:`)."""
    text = log.read_text(encoding="utf-8", errors="replace")
    return sum(1 for line in text.splitlines() if line.startswith("ERROR:"))


def baseline_app(url: str) -> Any:
    """Starlette, no middleware: the same SQL as Tandem's list and show, rows as JSON."""
    from dataclasses import asdict

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from tandem.store.database import Database
    from tandem.store.unit_of_work import UnitOfWork

    db = Database(url)

    def as_json(value: Any) -> Response:
        return Response(json.dumps(value, default=str), media_type="application/json")

    def list_measures(request: Request) -> Response:
        limit = int(request.query_params.get("limit", "50"))
        offset = int(request.query_params.get("offset", "0"))
        with db.transaction(write=False) as conn:
            found = UnitOfWork(conn, db.measure_cache).measures
            total, page = found.page(limit=limit, offset=offset)
            loaded = found.find(ids=page) if page else []
        response = as_json([asdict(m) for m in sorted(loaded, key=lambda m: -m.id)])
        response.headers["X-Total-Count"] = str(total)
        return response

    def show_measure(request: Request) -> Response:
        measure_id = int(request.path_params["measure_id"])
        with db.transaction(write=False) as conn:
            m = UnitOfWork(conn, db.measure_cache).measures.get(measure_id)
        if m is None:
            return as_json({"status": 404})
        return as_json(asdict(m))

    return Starlette(
        routes=[
            Route("/api/v1/measures", list_measures),
            Route("/api/v1/measures/{measure_id:int}", show_measure),
        ]
    )


def serve_baseline(url: str, port: int, workers: int) -> None:
    """The baseline with as many processes as Tandem gets, so that the ratio is fair."""
    import uvicorn

    os.environ["BASELINE_DATABASE_URL"] = url
    uvicorn.run(
        "api_load:baseline_from_environment",
        factory=True,
        app_dir=str(Path(__file__).parent),
        host="127.0.0.1",
        port=port,
        workers=workers,
        log_level="warning",
    )


def baseline_from_environment() -> Any:
    return baseline_app(os.environ["BASELINE_DATABASE_URL"])


# Load ------------------------------------------------------------------------------------


def lua_reads_list(token: str) -> str:
    return f'wrk.headers["Authorization"] = "Bearer {token}"\n' + DONE_LUA


def lua_reads_show(token: str, low: int, high: int) -> str:
    return (
        SEED_LUA + f'wrk.headers["Authorization"] = "Bearer {token}"\n'
        "init = function(args) math.randomseed(os.time() * 31 + tid) end\n"
        "request = function()\n"
        f"  local id = math.random({low}, {high})\n"
        '  return wrk.format("GET", "/api/v1/measures/" .. id)\n'
        "end\n" + DONE_LUA
    )


def lua_positions(token: str, ids: list[int]) -> str:
    listed = ", ".join(str(i) for i in ids)
    body = '{"position": "comment", "reason": "Please share the survey plan"}'
    return (
        SEED_LUA + f'wrk.headers["Authorization"] = "Bearer {token}"\n'
        'wrk.headers["Content-Type"] = "application/json"\n'
        f"local ids = {{{listed}}}\n"
        f"local body = '{body}'\n"
        "local i = 0\n"
        "init = function(args) i = math.floor((tid - 1) * #ids / 2) end\n"
        "request = function()\n"
        "  i = i % #ids + 1\n"
        '  return wrk.format("POST", "/api/v1/measures/" .. ids[i] .. "/positions", nil, body)\n'
        "end\n" + DONE_LUA
    )


def drive(
    base: str, path: str, script: str, seconds: int, connections: int, tmp: Path
) -> dict[str, Any]:
    lua = tmp / f"load-{time.monotonic_ns()}.lua"
    lua.write_text(script, encoding="utf-8")
    load = os.getloadavg()[0]
    done = subprocess.run(
        [
            "wrk",
            f"-t{WRK_THREADS}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(lua),
            base + path,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"api_load: wrk failed: {done.stderr.strip() or done.stdout.strip()}")
    line = next(x for x in reversed(done.stdout.splitlines()) if x.startswith("{"))
    out: dict[str, Any] = json.loads(line)
    seconds_run = out["duration_us"] / 1e6
    return {
        "per_second": round(out["requests"] / seconds_run),
        "p50_ms": round(out["p50_us"] / 1000, 1),
        "p90_ms": round(out["p90_us"] / 1000, 1),
        "p99_ms": round(out["p99_us"] / 1000, 1),
        "max_ms": round(out["max_us"] / 1000, 1),
        "requests": out["requests"],
        "errors": out["bad_status"] + out["socket_errors"],
        "load": round(load, 2),
    }


def check_once(
    base: str, path: str, token: str, method: str = "GET", body: bytes | None = None
) -> None:
    """One request by hand before the load: it must succeed, or the figures mean nothing."""
    request = urllib.request.Request(
        base + path,
        data=body,
        method=method,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        if answer.status >= 300:
            raise SystemExit(f"api_load: {method} {path} answered {answer.status}")


# The run ---------------------------------------------------------------------------------


def ms(value: float) -> str:
    return f"{value:g} ms"


def rows_for(
    name: str, tandem: dict[str, Any], baseline: dict[str, Any] | None, target_rate: int
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [
        {
            "workload": f"API {name}, requests/s",
            "figure": tandem["per_second"],
            "target": f"≥ {target_rate:,}",
            "baseline": baseline["per_second"] if baseline else "—",
            "detail": tandem,
        }
    ]
    if baseline is None:
        return rows
    rows.append(
        {
            "workload": f"API {name}, p99 latency ms",
            "figure": tandem["p99_ms"],
            "target": "< 100",
            "baseline": baseline["p99_ms"],
            "detail": {
                "p50_ms": tandem["p50_ms"],
                "p90_ms": tandem["p90_ms"],
                "load": tandem["load"],
                "baseline_load": baseline["load"],
            },
        }
    )
    rows.append(
        {
            "workload": f"API {name}, latency Tandem / bare baseline (p50)",
            "figure": round(tandem["p50_ms"] / max(baseline["p50_ms"], 0.01), 2),
            "target": "≤ 2",
            "baseline": ms(baseline["p50_ms"]),
            "detail": {
                "tandem_p50_ms": tandem["p50_ms"],
                "baseline_p50_ms": baseline["p50_ms"],
                "p99_ratio": round(tandem["p99_ms"] / max(baseline["p99_ms"], 0.01), 2),
                "baseline_errors": baseline["errors"],
            },
        }
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=30, help="per workload (default 30)")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument(
        "--workers", type=int, default=2, help="server processes, Tandem's and the baseline's"
    )
    parser.add_argument("--extra", type=int, default=10_000, help="measures beyond the demo")
    parser.add_argument("--notified", type=int, default=2_000, help="of them, notified")
    parser.add_argument("--json", action="store_true", help="(rows are always JSON)")
    parser.add_argument(
        "--serve-baseline", nargs=3, metavar=("URL", "PORT", "WORKERS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.serve_baseline:
        serve_baseline(
            args.serve_baseline[0], int(args.serve_baseline[1]), int(args.serve_baseline[2])
        )
        return
    if shutil.which("wrk") is None:
        raise SystemExit("api_load: wrk is not installed (Debian package `wrk`; make setup)")
    tandem = shutil.which("tandem", path=str(Path(sys.executable).parent)) or shutil.which("tandem")
    if tandem is None:
        raise SystemExit("api_load: the `tandem` command is not installed (pip install -e .)")

    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        url = f"sqlite:///{tmp / 'api-load.db'}"
        log(f"building the demo and {args.extra:,} extra measures …")
        data = build(url, args.extra, min(args.notified, args.extra))
        log(f"built in {data['seconds']} s; measures 1 to {data['ids'][1]}")
        reader, officer = data["tokens"]["jones"], data["tokens"]["smith"]
        low, high = data["ids"]
        env = {k: v for k, v in os.environ.items() if k != "TANDEM_DATABASE_URL"}
        page = "/api/v1/measures?limit=50"
        seconds, conns = args.seconds, args.connections

        bare_port, port = free_port(), free_port()
        while port == bare_port:
            port = free_port()
        bare_base, base = f"http://127.0.0.1:{bare_port}", f"http://127.0.0.1:{port}"
        bare: dict[str, dict[str, Any]] = {}
        served: dict[str, dict[str, Any]] = {}
        bare_command = [sys.executable, __file__, "--serve-baseline", url]
        bare_command += [str(bare_port), str(args.workers)]
        command = [tandem, "serve", "--db", url, "--port", str(port)]
        command += ["--write-limit", "off", "--workers", str(args.workers)]
        reads = {
            "list": (page, lua_reads_list(reader)),
            "show": (page, lua_reads_show(reader, low, high)),
        }
        with (
            server(bare_command, bare_base + page, reader, env, tmp / "baseline.log"),
            server(command, base + "/api/v1/clock", reader, env, tmp / "tandem.log"),
        ):
            check_once(base, page, reader)
            check_once(base, f"/api/v1/measures/{high}", reader)
            probe = b'{"position": "comment", "reason": "A first look"}'
            check_once(
                base, f"/api/v1/measures/{data['open'][0]}/positions", officer, "POST", probe
            )
            for name, (path, script) in reads.items():
                log(f"baseline: {name} …")
                bare[name] = drive(bare_base, path, script, seconds, conns, tmp)
                log(f"tandem: {name} …")
                served[name] = drive(base, path, script, seconds, conns, tmp)
            log("tandem: positions …")
            served["positions"] = drive(
                base, page, lua_positions(officer, data["open"]), seconds, conns, tmp
            )
        failed = {name: server_errors(tmp / f"{name}.log") for name in ("tandem", "baseline")}

    context = {
        "measures": high,
        "connections": conns,
        "seconds": seconds,
        "load_at_start": round(load[0], 2),
        "cpus": os.cpu_count(),
        "server_errors": failed["tandem"],
        "baseline_server_errors": failed["baseline"],
    }
    rows = rows_for("list measures (page of 50)", served["list"], bare["list"], 1_000)
    rows += rows_for("show measure", served["show"], bare["show"], 1_000)
    rows += rows_for("take a position", served["positions"], None, 200)
    rows[0]["detail"] = rows[0]["detail"] | context
    for name, figures in (*served.items(), *(("baseline " + k, v) for k, v in bare.items())):
        if figures["errors"]:
            log(f"{name}: {figures['errors']} requests failed (non-2xx or socket errors)")
    for name, count in failed.items():
        if count:
            log(f"the {name} server failed {count} requests with an exception (see its log)")
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
