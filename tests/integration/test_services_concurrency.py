"""Writers at the same time, through one App (a connection per thread), on both databases."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from service_support import assert_rebuilds, at, entries
from test_services_three_parties import trio  # noqa: F401 - the fixture, shared

from tandem.domain.measures import Stance
from tandem.services import measures
from tandem.services.context import App


def _together(actions: list[Callable[[], object]]) -> list[object]:
    barrier = threading.Barrier(len(actions))

    def run(action: Callable[[], object]) -> object:
        barrier.wait(timeout=30)
        return action()

    with ThreadPoolExecutor(len(actions)) as pool:
        return list(pool.map(run, actions))


def test_concurrent_proposals_get_distinct_ids_and_a_gapless_record(
    app: App, new_url: Callable[[], str]
) -> None:
    def proposer(user: str, n: int) -> Callable[[], object]:
        return lambda: [measures.propose_measure(app, user, f"{user} {i}") for i in range(n)]

    _together([proposer("kim", 5), proposer("smith", 5), proposer("kor", 5), proposer("usa", 5)])
    ids = sorted(m["id"] for m in measures.list_measures(app))
    assert ids == list(range(1, 21))
    seqs = [e.seq for e in entries(app)]
    assert seqs == list(range(len(seqs)))
    assert_rebuilds(app, new_url())


def test_concurrent_positions_on_one_measure_are_both_kept(trio: App) -> None:  # noqa: F811
    mid = int(measures.propose_measure(trio, "kim", "Railway study")["id"])
    measures.notify_measure(trio, mid, "kor", at=at("2018-11-20T01:00Z"))
    _together(
        [
            lambda: measures.record_position(trio, mid, "smith", Stance.SUPPORT),
            lambda: measures.record_position(trio, mid, "sato", Stance.NO_OBJECTION),
        ]
    )
    m = measures.show_measure(trio, mid)
    assert sorted(p["party"] for p in m["positions"]) == ["JPN", "USA"]
    assert sorted(a["party"] for a in m["acknowledgements"]) == ["JPN", "USA"]
    assert m["status"] == "cleared" and m["cleared_by"] == "consensus"
    kinds = [e["kind"] for e in measures.measure_history(trio, mid)]
    assert kinds.count("measure.cleared") == 1
    assert kinds.count("measure.position") == 2
