"""The record: one entry per change, in sequence, hashed, never rewritten; and the rebuild."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from service_support import at, entries, snapshot, stored_hashes

from tandem.domain.errors import TandemError
from tandem.domain.measures import Stance
from tandem.domain.parties import Role
from tandem.services import clock, group, measures, observations
from tandem.services.context import App
from tandem.services.rebuild import projections, rebuild
from tandem.services.scenario import load_scenario, read_scenario
from tandem.store.database import Database

Step = tuple[str, Callable[[App], object], dict[int, list[str]]]


def rich_history() -> list[Step]:
    """Every kind of change, each with the entries it appends about each measure."""
    return [
        ("windows", lambda a: group.configure_windows(a, window_days=8), {}),
        ("user", lambda a: group.add_user(a, "jones", "USA", Role.ENVOY), {}),
        (
            "propose 1",
            lambda a: measures.propose_measure(
                a, "kim", "Railway study", planned=date(2018, 11, 30), at=at("2018-11-19T02:00Z")
            ),
            {1: ["measure.proposed"]},
        ),
        (
            "propose 2",
            lambda a: measures.propose_measure(a, "smith", "Aid workers' travel"),
            {2: ["measure.proposed"]},
        ),
        (
            "propose 3",
            lambda a: measures.propose_measure(a, "kim", "Tourism", description="Line one"),
            {3: ["measure.proposed"]},
        ),
        (
            "propose 4",
            lambda a: measures.propose_measure(a, "kim", "Tangerines"),
            {4: ["measure.proposed"]},
        ),
        (
            "notify 1",
            lambda a: measures.notify_measure(a, 1, "kor", at=at("2018-11-20T01:00Z")),
            {1: ["measure.notified"]},
        ),
        (
            "notify 2",
            lambda a: measures.notify_measure(a, 2, "jones"),
            {2: ["measure.notified"]},
        ),
        ("notify 3", lambda a: measures.notify_measure(a, 3, "kor"), {3: ["measure.notified"]}),
        (
            "ack 1",
            lambda a: measures.acknowledge_measure(a, 1, "smith"),
            {1: ["measure.acknowledged"]},
        ),
        (
            "support 1",
            lambda a: measures.record_position(a, 1, "usa", Stance.SUPPORT, reason="Yes"),
            {1: ["measure.position", "measure.cleared"]},
        ),
        (
            "comment 2",
            lambda a: measures.record_position(a, 2, "kim", Stance.COMMENT, reason="Timing?"),
            {2: ["measure.acknowledged", "measure.position"]},
        ),
        (
            "extension 3",
            lambda a: measures.record_position(a, 3, "smith", Stance.EXTENSION, reason="Wait"),
            {3: ["measure.acknowledged", "measure.position", "measure.window_extended"]},
        ),
        (
            "objection 3",
            lambda a: measures.record_position(a, 3, "smith", Stance.OBJECTION, reason="Cash"),
            {3: ["measure.position"]},
        ),
        (
            "minor edit 2",
            lambda a: measures.amend_measure(
                a, 2, "smith", title="Aid travel", minor=True, reason="Short"
            ),
            {2: ["measure.edited"]},
        ),
        (
            "unilateral 4",
            lambda a: measures.execute_measure(a, 4, "kor", at=at("2018-11-21T02:00Z")),
            {4: ["measure.executed"]},
        ),
        (
            "observe",
            lambda a: observations.observe_action(
                a, "kim", actor="USA", action="A designation", on=date(2018, 11, 20)
            ),
            {},
        ),
        (
            "execute 1",
            lambda a: measures.execute_measure(a, 1, "kor", at=at("2018-11-22T02:00Z")),
            {1: ["measure.executed"]},
        ),
        (
            # Past both deadlines (8 days): 2 clears by silence, 3 is objected.
            "clock past the windows",
            lambda a: clock.set_clock(a, at("2018-12-11T00:00Z")),
            {2: ["measure.cleared"], 3: ["measure.objected"]},
        ),
        (
            "amend 3",
            lambda a: measures.amend_measure(
                a, 3, "kim", description="Line one\nLine two", reason="Fees dropped"
            ),
            {3: ["measure.amended"]},
        ),
        (
            # Nobody acknowledged version 2 of measure 3 within a working day.
            "unacknowledged 3",
            lambda a: clock.set_clock(a, at("2018-12-13T00:00Z")),
            {3: ["measure.unacknowledged"]},
        ),
        (
            "withdraw 3",
            lambda a: measures.withdraw_measure(a, 3, "kor"),
            {3: ["measure.withdrawn"]},
        ),
        ("execute 2", lambda a: measures.execute_measure(a, 2, "usa"), {2: ["measure.executed"]}),
    ]


def run_history(app: App) -> None:
    for _, action, _ in rich_history():
        action(app)


def _assert_rebuilds(app: App, target_url: str) -> int:
    target = Database(target_url)
    try:
        count = rebuild(app, target)
        live, rebuilt = projections(app.db), projections(target)
        assert set(live) == set(rebuilt)
        for table in live:
            assert rebuilt[table] == live[table], f"table {table} differs after the rebuild"
        assert count == snapshot(app).size
        with_target = App(target)
        assert entries(with_target) == entries(app)
        assert stored_hashes(with_target) == stored_hashes(app)
    finally:
        target.dispose()
    return count


def test_every_change_appends_its_entries_and_nothing_is_rewritten(app: App) -> None:
    before = snapshot(app)
    history: dict[int, list[str]] = {}
    for name, action, appended in rich_history():
        action(app)
        after = snapshot(app)
        assert after.size > before.size, f"{name} recorded nothing"
        assert after.entries[: before.size] == before.entries, f"{name} rewrote the record"
        for mid, kinds in appended.items():
            history.setdefault(mid, []).extend(kinds)
        for mid, kinds in history.items():
            got = [e["kind"] for e in measures.measure_history(app, mid)]
            assert got == kinds, f"after {name}, measure {mid}"
        before = after
    kinds = [e.kind for e in before.entries]
    assert kinds.count("alert.raised") == 3  # unilateral, unnotified, unacknowledged
    assert kinds.count("clock.set") == 6
    assert before.entries[0].kind == "group.created"


def test_sequence_and_leaf_hashes(app: App) -> None:
    run_history(app)
    all_entries = entries(app)
    assert [e.seq for e in all_entries] == list(range(len(all_entries)))
    assert stored_hashes(app) == [(e.seq, e.leaf_hash()) for e in all_entries]
    assert len({e.leaf_hash() for e in all_entries}) == len(all_entries)
    by_seq = dict(stored_hashes(app))
    for mid in (1, 2, 3, 4):
        history = measures.measure_history(app, mid)
        seqs = [e["seq"] for e in history]
        assert seqs == sorted(set(seqs)), f"measure {mid}: {seqs}"
        assert all(e["subject"] == f"measure:{mid}" for e in history)
        assert [e["leaf_hash"] for e in history] == [by_seq[s] for s in seqs]
    # Times in the record never go back.
    assert [e.at for e in all_entries] == sorted(e.at for e in all_entries)


def test_refusals_leave_the_sequence_without_gaps(app: App) -> None:
    measures.propose_measure(app, "kim", "One")
    bad_actions: list[Callable[[], object]] = [
        lambda: measures.notify_measure(app, 1, "kim"),
        lambda: measures.propose_measure(app, "lee", "Two"),
        lambda: measures.execute_measure(app, 1, "kor", on=date(2030, 1, 1)),
    ]
    for bad in bad_actions:
        try:
            bad()
        except TandemError:
            pass
        else:
            raise AssertionError("expected a refusal")
    measures.propose_measure(app, "kim", "Three")
    seqs = [e.seq for e in entries(app)]
    assert seqs == list(range(len(seqs)))
    assert [m["id"] for m in measures.list_measures(app)] == [1, 2]


def test_rebuild_after_a_rich_history(app: App, new_url: Callable[[], str]) -> None:
    run_history(app)
    count = _assert_rebuilds(app, new_url())
    assert count > 40
    tables = projections(app.db)
    assert len(tables["measures"]) == 4 and len(tables["alerts"]) == 3
    assert len(tables["positions"]) == 4 and len(tables["minor_edits"]) == 1


def test_rebuild_of_the_demo_scenario(new_url: Callable[[], str]) -> None:
    url = new_url()
    loaded = load_scenario("wg2018", url)
    scenario = read_scenario("wg2018")
    assert loaded["steps"] == len(scenario["steps"])
    by_title = {m["title"]: m for m in loaded["measures"]}
    outcomes = sorted(
        (m["status"], m["cleared_by"] or "", m["unilateral"]) for m in by_title.values()
    )
    # One cleared by consensus, one by silence, one objected, one executed unilaterally.
    assert ("cleared", "silence", False) in outcomes
    assert ("objected", "", False) in outcomes
    assert ("executed", "", True) in outcomes
    assert any(m["cleared_by"] == "consensus" for m in by_title.values())
    assert {a["kind"] for a in loaded["alerts"]} >= {"unilateral", "unnotified"}

    app = App.open(url)
    try:
        assert clock.show_clock(app)["now"] == "2018-12-22T00:00:00Z"
        assert measures.list_measures(app) == loaded["measures"]
        _assert_rebuilds(app, new_url())
        # More history on top of the demo, then rebuild again.
        railway = next(m["id"] for m in loaded["measures"] if m["status"] == "objected")
        measures.amend_measure(app, railway, "kim", title="Tourism, without fees")
        measures.record_position(app, railway, "smith", Stance.NO_OBJECTION)
        _assert_rebuilds(app, new_url())
    finally:
        app.db.dispose()
