"""Pacing on both databases: weights, the pace, what-ifs, notes, outpacing alerts, refusals.

The working group is the one `tandem init` makes: tracks `denuclearization` and
`inter-korean`, and rule 1 "inter-korean may not lead denuclearization by more than 10".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from service_support import assert_rebuilds, at, entries, refused, snapshot

from tandem.domain.errors import (
    Conflict,
    InvalidInput,
    InvalidTransition,
    NotFound,
    PermissionDenied,
)
from tandem.domain.measures import Stance
from tandem.services import measures, observations, pacing
from tandem.services.context import App
from tandem.services.rebuild import projections
from tandem.services.scenario import load_scenario, read_scenario


def cleared(app: App, title: str, effect: str, when: str, planned: date | None = None) -> int:
    """A KOR project with one effect, notified and supported by USA: cleared by consensus."""
    mid = int(
        measures.propose_measure(
            app,
            "kim",
            title,
            measure_type="project",
            planned=planned,
            effects=[effect],
            at=at(f"{when}T01:00Z"),
        )["id"]
    )
    measures.notify_measure(app, mid, "kor", at=at(f"{when}T02:00Z"))
    measures.acknowledge_measure(app, mid, "smith", at=at(f"{when}T03:00Z"))
    measures.record_position(app, mid, "smith", Stance.SUPPORT, at=at(f"{when}T04:00Z"))
    return mid


def test_init_makes_the_demo_tracks_and_rule(app: App) -> None:
    p = pacing.pace(app)
    assert set(p) == {"at", "tracks", "rules"}
    assert [(t["id"], t["index"]) for t in p["tracks"]] == [
        ("denuclearization", 0.0),
        ("inter-korean", 0.0),
    ]
    assert p["rules"] == [
        {
            "id": 1,
            "ahead": "inter-korean",
            "behind": "denuclearization",
            "tolerance": 10.0,
            "gap": 0.0,
            "state": "in_step",
        }
    ]


def test_execution_moves_a_track_and_crossing_the_rule_alerts_every_party(
    app: App, new_url: Callable[[], str]
) -> None:
    first = cleared(app, "Railway survey", "inter-korean:+6", "2018-11-20")
    measures.execute_measure(app, first, "kor", on=date(2018, 11, 30), at=at("2018-11-30T03:00Z"))
    p = pacing.pace(app)
    assert {t["id"]: t["index"] for t in p["tracks"]} == {
        "denuclearization": 0.0,
        "inter-korean": 6.0,
    }
    assert p["rules"][0]["state"] == "in_step" and p["rules"][0]["gap"] == 6.0
    assert not observations.list_alerts(app, kind="outpacing")

    # A second project would take inter-korean 12 ahead: its what-if says so, and the
    # consultation gets a note that every party reads in the measure's history.
    second = cleared(app, "Groundbreaking ceremony", "inter-korean:+6", "2018-12-03")
    w = pacing.what_if(app, second)
    assert w["breach"] is True and w["rules"][0]["gap"] == 12.0
    assert w["rules"][0]["state"] == "outpacing" and w["counted"] == [second]
    assert len(w["notes"]) == 1 and "inter-korean" in w["notes"][0]["text"]
    kinds = [e["kind"] for e in measures.measure_history(app, second)]
    assert "pace.noted" in kinds

    measures.execute_measure(app, second, "kor", on=date(2018, 12, 26), at=at("2018-12-26T03:00Z"))
    alerts = observations.list_alerts(app, kind="outpacing")
    assert len(alerts) == 1
    a = alerts[0]
    assert a["actor"] == "KOR" and sorted(a["to"]) == ["KOR", "USA"]
    assert a["measure"] == second and f"measure {second}" in a["text"]
    assert "leads denuclearization by 12" in a["text"]
    assert pacing.pace(app)["rules"][0]["state"] == "outpacing"

    # A denuclearization step brings the tracks back in step; no new alert.
    observations.observe_action(
        app,
        "kim",
        actor="USA",
        action="Joint exercise suspended",
        on=date(2018, 12, 27),
        effects=["denuclearization:+4"],
        at=at("2018-12-27T15:00Z"),
    )
    assert pacing.pace(app)["rules"][0]["state"] == "in_step"
    assert len(observations.list_alerts(app, kind="outpacing")) == 1

    # The record replays into exactly these projections.
    assert_rebuilds(app, new_url())


def test_an_observed_action_weighs_its_cameo_code_and_can_alert(app: App) -> None:
    o = observations.observe_action(
        app,
        "smith",
        actor="KOR",
        action="Joint liaison office opened",
        on=date(2018, 11, 20),
        cameo="061",
        effects=["inter-korean"],
        at=at("2018-11-20T05:00Z"),
    )
    assert pacing.pace(app)["tracks"][1]["index"] == 6.4
    assert not observations.list_alerts(app, kind="outpacing")
    observations.observe_action(
        app,
        "smith",
        actor="KOR",
        action="Economic cooperation agreed",
        on=date(2018, 11, 21),
        cameo="061",
        effects=["inter-korean"],
        at=at("2018-11-21T05:00Z"),
    )
    alerts = observations.list_alerts(app, kind="outpacing")
    assert len(alerts) == 1 and alerts[0]["actor"] == "KOR" and alerts[0]["measure"] is None
    assert "observed" in alerts[0]["text"]
    counted = [e for e in entries(app) if e.kind == "pace.counted"]
    assert counted[0].subject == f"observed:{o['id']}"
    assert counted[0].payload["effects"][0]["source"] == "cameo 061"


def test_an_overridden_weight_keeps_its_reason(app: App) -> None:
    pacing.set_default(app, "project", "inter-korean:+3")
    refused(
        app,
        InvalidInput,
        lambda: measures.propose_measure(
            app, "kim", "Bigger project", measure_type="project", effects=["inter-korean:+5"]
        ),
        "default weight",
        "--effect-reason",
    )
    m = measures.propose_measure(
        app,
        "kim",
        "Bigger project",
        measure_type="project",
        effects=["inter-korean:+5"],
        effect_reason="Twice the size of an ordinary project",
    )
    plain = measures.propose_measure(app, "kim", "Plain project", measure_type="project")
    effects = {
        e.subject: e.payload["effects"] for e in entries(app) if e.kind == "pace.effects_set"
    }
    assert effects[f"measure:{m['id']}"] == [
        {
            "track": "inter-korean",
            "weight": "5",
            "source": "declared",
            "reason": "Twice the size of an ordinary project",
        }
    ]
    assert effects[f"measure:{plain['id']}"][0]["source"] == "default"


def test_a_drafts_weights_change_with_a_reason_and_a_notified_ones_by_amendment(
    app: App,
) -> None:
    mid = int(
        measures.propose_measure(
            app, "kim", "Railway survey", measure_type="project", effects=["inter-korean:+6"]
        )["id"]
    )
    refused(
        app,
        InvalidInput,
        lambda: pacing.change_effects(app, mid, "kim", ["inter-korean:+9"], None),
        "--effect-reason",
    )
    refused(
        app,
        PermissionDenied,
        lambda: pacing.change_effects(app, mid, "smith", ["inter-korean:+9"], "Bigger"),
        "smith",
    )
    pacing.change_effects(app, mid, "kim", ["inter-korean:+9"], "The survey covers both lines")
    assert pacing.what_if(app, mid)["rules"][0]["gap"] == 9.0
    last = [e for e in entries(app) if e.kind == "pace.effects_set"][-1]
    assert last.payload["effects"][0]["reason"] == "The survey covers both lines"
    # Once notified, the partners are consulted on these weights: a change is an amendment.
    measures.notify_measure(app, mid, "kor", at=at("2018-11-20T02:00Z"))
    measures.acknowledge_measure(app, mid, "smith", at=at("2018-11-20T03:00Z"))
    measures.record_position(app, mid, "smith", Stance.SUPPORT, at=at("2018-11-20T04:00Z"))
    refused(
        app,
        InvalidTransition,
        lambda: pacing.change_effects(app, mid, "kim", ["inter-korean:+8"], "Smaller"),
        "cleared",
        f"tandem measure amend {mid} --effect",
    )
    measures.execute_measure(app, mid, "kor", on=date(2018, 11, 30), at=at("2018-11-30T03:00Z"))
    refused(
        app,
        InvalidTransition,
        lambda: pacing.change_effects(app, mid, "kim", ["inter-korean:+1"], "Smaller"),
        "executed",
    )


def test_an_amendment_with_a_new_window_gets_the_note_too(app: App) -> None:
    cleared(app, "Railway survey", "inter-korean:+6", "2018-11-20")
    mid = int(measures.propose_measure(app, "kim", "Tourism", effects=["inter-korean:+3"])["id"])
    measures.notify_measure(app, mid, "kor")
    assert not pacing.what_if(app, mid)["notes"]
    measures.amend_measure(
        app,
        mid,
        "kim",
        title="Tourism, group and individual",
        effects=["inter-korean:+5"],
        effect_reason="Individual tourism too",
    )
    notes = pacing.what_if(app, mid)["notes"]
    assert len(notes) == 1 and "gap of 11" in notes[0]["text"]
    assert "Tourism, group and individual" in notes[0]["text"]


def test_a_what_if_changes_nothing(app: App) -> None:
    mid = cleared(app, "Railway survey", "inter-korean:+6", "2018-11-20")
    before = snapshot(app)
    pacing.what_if(app, mid)
    pacing.pace(app)
    pacing.history(app)
    after = snapshot(app)
    assert after.entries == before.entries and after.tables == before.tables


def test_half_life_makes_old_steps_fade(app: App) -> None:
    pacing.configure(app, half_life_days=10)
    mid = cleared(app, "Railway survey", "inter-korean:+8", "2018-11-20")
    measures.execute_measure(app, mid, "kor", on=date(2018, 11, 20), at=at("2018-11-30T03:00Z"))
    # Ten days after the step, half of it is left.
    assert pacing.pace(app)["tracks"][1]["index"] == 4.0


def test_bad_input_is_refused_and_writes_nothing(app: App) -> None:
    refused(
        app,
        NotFound,
        lambda: measures.propose_measure(app, "kim", "X", effects=["sanctions:+1"]),
        "no track 'sanctions'",
        "inter-korean",
    )
    refused(
        app,
        InvalidInput,
        lambda: measures.propose_measure(app, "kim", "X", effects=["inter-korean:+11"]),
        "between -10 and +10",
    )
    refused(
        app,
        InvalidInput,
        lambda: measures.propose_measure(app, "kim", "X", effects=["inter-korean:lots"]),
        "not a number",
    )
    refused(
        app,
        InvalidInput,
        lambda: pacing.add_rule(app, "inter-korean", "inter-korean", "5"),
        "against itself",
    )
    refused(
        app,
        Conflict,
        lambda: pacing.add_rule(app, "inter-korean", "denuclearization", "5"),
        "rule 1 already",
    )
    pacing.add_track(app, "sanctions", "Sanctions relief")
    pacing.add_rule(app, "denuclearization", "sanctions", "-3")
    refused(
        app,
        InvalidInput,
        lambda: pacing.add_rule(app, "sanctions", "inter-korean", "-8"),
        "contradicts",
    )
    refused(app, NotFound, lambda: pacing.what_if(app, 999), "no measure 999")
    mid = int(measures.propose_measure(app, "kim", "Dropped", effects=["inter-korean:+1"])["id"])
    measures.withdraw_measure(app, mid, "kor")
    refused(app, InvalidTransition, lambda: pacing.what_if(app, mid), "withdrawn")
    refused(
        app,
        InvalidInput,
        lambda: observations.observe_action(
            app, "smith", actor="KOR", action="x", on=date(2018, 11, 19), cameo="061"
        ),
        "--effect",
    )
    refused(
        app,
        NotFound,
        lambda: observations.observe_action(
            app,
            "smith",
            actor="KOR",
            action="x",
            on=date(2018, 11, 19),
            cameo="99",
            effects=["inter-korean"],
        ),
        "not a CAMEO event code",
    )


def test_the_2018_scenario_breaches_the_rule_once_and_rebuilds(
    new_url: Callable[[], str],
) -> None:
    url = new_url()
    loaded = load_scenario("2018", url)
    outpacing = [a for a in loaded["alerts"] if a["kind"] == "outpacing"]
    assert len(outpacing) == 1 and "2019-08-06" in outpacing[0]["text"]
    app = App.open(url)
    try:
        p = pacing.pace(app)
        assert p["at"] == "2019-12-31T12:00:00Z"
        assert {t["id"]: t["index"] for t in p["tracks"]} == {
            "denuclearization": -42.5,
            "inter-korean": 32.6,
        }
        # Every step, measure and observed action names a source.
        for step in read_scenario("2018")["steps"]:
            if step["do"] == "step":
                assert step["source"].count("http") == 1, step
            if step["do"] == "propose":
                assert "Source: " in step["description"], step
        # The day sums the indices are read from agree with the steps they sum.
        tables = projections(app.db)
        sums: dict[tuple[str, str], int] = {}
        for _, track, on, weight in tables["track_steps"]:
            sums[(track, on)] = sums.get((track, on), 0) + weight
        assert {(tr, on): w for tr, on, w in tables["track_days"]} == sums
        assert_rebuilds(app, new_url(), tables)
    finally:
        app.db.dispose()


def test_a_read_brought_up_to_date_agrees_with_a_fresh_one(app: App) -> None:
    """Reads reuse what they read while the record has not grown, and catch up with new
    steps after it has; a fresh reader (its own engine, nothing reused) must agree."""

    def fresh() -> object:
        other = App.open(app.db.url)
        try:
            return pacing.pace(other), pacing.history(other)
        finally:
            other.db.dispose()

    for n, (effect, when) in enumerate(
        [
            ("inter-korean:+4", "2018-11-19"),
            ("denuclearization:-2.5", "2018-11-21"),
            ("inter-korean:+3", "2018-11-20"),  # an earlier day than the last step
            ("sanctions:+1", "2018-11-22"),
        ]
    ):
        if effect.startswith("sanctions"):
            pacing.add_track(app, "sanctions", "Sanctions relief")  # a new track: read afresh
        pacing.record_step(
            app,
            "smith",
            actor="PRK",
            action=f"Step {n}",
            on=date.fromisoformat(when),
            effects=[effect],
            at=at(f"2018-11-2{n + 2}T23:00Z"),
        )
        assert (pacing.pace(app), pacing.history(app)) == fresh()
        assert (pacing.pace(app), pacing.history(app)) == fresh()
