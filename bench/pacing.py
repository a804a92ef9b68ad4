"""Pacing on a long history: a what-if by incremental state, and a full recomputation.

A history of 1,000,000 steps over 4 tracks and ten years (seeded, so every run is the same).
(a) A what-if (three measures counted on the last day) from the state kept step by step
(`PaceState`): target < 50 ms, with and without a half-life; and the same through the
services on SQLite, which read the per-day sums that every step keeps up to date
(`track_days`). (b) A full recomputation of
each track's running index after every step, as pacing does it (`Series.of`, plain Python),
against a plain NumPy cumulative sum over the same arrays in the same run: the ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from tandem.domain.pacing import Effect, PaceState, Series, index

TRACKS = ("denuclearization", "inter-korean", "sanctions", "humanitarian")
START = date(2016, 1, 1)
DAYS = 3650


def history(count: int, seed: int = 2018) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Track numbers, day numbers (sorted) and weights in tenths, -100 to +100."""
    rng = np.random.default_rng(seed)
    tracks = rng.integers(0, len(TRACKS), count)
    days = np.sort(rng.integers(0, DAYS, count))
    weights = rng.integers(-100, 101, count)
    return tracks, days, weights


def timed(fn: Any, repeat: int) -> tuple[float, Any]:
    """The median time of `repeat` calls, in milliseconds, and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def run(count: int) -> list[dict[str, Any]]:
    tracks, days, weights = history(count)
    day_of = [START + timedelta(days=int(d)) for d in range(DAYS)]
    steps = list(zip(tracks.tolist(), days.tolist(), weights.tolist(), strict=True))
    last = day_of[int(days[-1])]
    effects = [Effect("inter-korean", 60), Effect("denuclearization", -25), Effect("sanctions", 0)]
    rows = []
    for half_life in (None, 180):
        state = PaceState(half_life)
        t0 = time.perf_counter()
        for t, d, w in steps:
            state.add(TRACKS[t], day_of[d], w)
        build = (time.perf_counter() - t0) * 1000
        ms, after = timed(lambda s=state: s.what_if(TRACKS, last, effects), 200)
        # The same what-if from the formula, to show the state is right (not timed).
        check = index(
            [(day_of[d], w) for t, d, w in steps if TRACKS[t] == "inter-korean"], last, half_life
        )
        assert abs(after["inter-korean"] - (check + 6.0)) < 1e-6 * max(1.0, abs(check))
        rows.append(
            {
                "workload": f"pacing what-if, {count:,} steps, "
                + ("no half-life" if half_life is None else f"half-life {half_life} days"),
                "figure": f"{ms:.4f} ms",
                "target": "< 50 ms",
                "detail": {
                    "what_if_ms": round(ms, 4),
                    "state_built_once_ms": round(build, 1),
                    "tracks": len(TRACKS),
                },
            }
        )

    # (b) Every track's running index after every step.
    def pacing_full() -> list[list[int]]:
        by_track: list[list[tuple[date, int]]] = [[] for _ in TRACKS]
        for t, d, w in steps:
            by_track[t].append((day_of[d], w))
        return [Series.of(s).running for s in by_track]

    def numpy_full() -> list[np.ndarray]:
        return [np.cumsum(weights[tracks == t]) for t in range(len(TRACKS))]

    ours, series = timed(pacing_full, 3)
    base, sums = timed(numpy_full, 3)
    for s, n in zip(series, sums, strict=True):
        assert s[-1] == int(n[-1])
    rows.append(
        {
            "workload": f"pacing full recomputation, {count:,} steps",
            "figure": f"{ours:.0f} ms",
            "target": "—",
            "baseline": f"NumPy cumsum {base:.1f} ms",
            "detail": {
                "pacing_ms": round(ours, 1),
                "numpy_cumsum_ms": round(base, 2),
                "ratio": round(ours / base, 1),
                "note": "pacing merges steps by day (Series.of, plain Python); NumPy sums per step",
            },
        }
    )
    return rows


def service(tracks: np.ndarray, days: np.ndarray, weights: np.ndarray) -> dict[str, Any]:
    """`tandem pace --what-if` through the services on a SQLite database holding the history.

    The steps are written straight into the pacing tables (appending a million entries to
    the record is bench/lifecycle.py's and bench/ledger.py's business). The first what-if
    reads one row per track and day (`track_days`), never the steps; later ones reuse it,
    adding only the steps recorded since (a new step, then a what-if: timed ten times).
    """
    from sqlalchemy import insert

    from tandem.domain.parties import Party, Role
    from tandem.services import group, measures, pacing
    from tandem.services.context import App
    from tandem.store import schema as t

    with tempfile.TemporaryDirectory() as tmp:
        app = App.open(str(Path(tmp) / "pacing.db"))
        parties = [Party.parse("USA:America/New_York:US"), Party.parse("KOR:Asia/Seoul:KR")]
        group.init_group(app, parties, simulated=True, start=datetime(2026, 1, 1, tzinfo=UTC))
        for name in TRACKS[2:]:
            pacing.add_track(app, name, name.title())
        group.add_user(app, "kim", "KOR", Role.OFFICER)
        mid = int(
            measures.propose_measure(
                app, "kim", "Bench", effects=["inter-korean:+6", "sanctions:-2"]
            )["id"]
        )
        day_of = [START + timedelta(days=d) for d in range(DAYS)]
        sums = np.bincount(tracks * DAYS + days, weights=weights, minlength=len(TRACKS) * DAYS)
        seen = np.bincount(tracks * DAYS + days, minlength=len(TRACKS) * DAYS)
        t0 = time.perf_counter()
        with app.db.transaction(write=True) as conn:
            batch = 50_000
            for lo in range(0, len(tracks), batch):
                conn.execute(
                    insert(t.track_steps),
                    [
                        {
                            "subject": f"bench:{i}",
                            "track": TRACKS[tr],
                            "on_date": day_of[d],
                            "weight": w,
                        }
                        for i, (tr, d, w) in enumerate(
                            zip(
                                tracks[lo : lo + batch].tolist(),
                                days[lo : lo + batch].tolist(),
                                weights[lo : lo + batch].tolist(),
                                strict=True,
                            ),
                            start=lo + 1,
                        )
                    ],
                )
            conn.execute(
                insert(t.track_days),
                [
                    {"track": TRACKS[k // DAYS], "on_date": day_of[k % DAYS], "weight": int(v)}
                    for k, v in enumerate(sums.tolist())
                    if seen[k]
                ],
            )
        loaded = (time.perf_counter() - t0) * 1000
        cold, _ = timed(lambda: pacing.what_if(app, mid), 1)  # reads the day sums
        ms, w = timed(lambda: pacing.what_if(app, mid), 20)  # the record has not grown

        def after_a_step() -> float:
            pacing.record_step(
                app,
                "kim",
                actor="PRK",
                action="A step",
                on=date(2025, 12, 31),
                effects=["denuclearization:+1"],
            )
            return timed(lambda: pacing.what_if(app, mid), 1)[0]

        caught_up = statistics.median(after_a_step() for _ in range(10))
        pace_ms, _ = timed(lambda: pacing.pace(app), 20)
        app.db.dispose()
    return {
        "what_if_ms": round(ms, 1),
        "what_if_after_a_new_step_ms": round(caught_up, 1),
        "first_what_if_reading_every_day_ms": round(cold, 1),
        "pace_ms": round(pace_ms, 1),
        "history_loaded_ms": round(loaded),
        "day_rows": int(np.count_nonzero(seen)),
        "breach": w["breach"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=1_000_000)
    parser.add_argument("--json", action="store_true", help="(rows are always JSON)")
    args, _ = parser.parse_known_args()  # bench/run.py passes every script the same options
    rows = run(args.steps)
    tracks, days, weights = history(args.steps)
    result = service(tracks, days, weights)
    rows.insert(
        2,
        {
            "workload": f"pacing what-if through the services, SQLite, {args.steps:,} steps",
            "figure": f"{result['what_if_after_a_new_step_ms']} ms",
            "target": "< 50 ms",
            "detail": result,
        },
    )
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
