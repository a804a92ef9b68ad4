"""Track effects given with an amendment, on both databases: a substantial change that makes
a new version (reopening the window of a notified measure, whose pacing note weighs the new
effects); identical effects change nothing; a minor edit takes none; `pace effects` on a
notified measure is refused and points to the amendment (docs/pacing.md, "Amendments" in
docs/consultation-windows.md).

The working group is the one `tandem init` makes: tracks `denuclearization` and
`inter-korean`, and rule 1 "inter-korean may not lead denuclearization by more than 10".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from service_support import assert_rebuilds, at, entries, refused, snapshot

from tandem.domain.errors import InvalidInput, InvalidTransition, PermissionDenied
from tandem.domain.measures import Stance
from tandem.services import ledger, measures, pacing
from tandem.services.context import App


def notified(app: App, title: str, effect: str, when: str, *, support: bool = True) -> int:
    """A KOR measure with one effect, notified (and with `support`, cleared by consensus)."""
    mid = int(
        measures.propose_measure(
            app,
            "kim",
            title,
            planned=date(2018, 12, 26),
            effects=[effect],
            at=at(f"{when}T01:00Z"),
        )["id"]
    )
    measures.notify_measure(app, mid, "kor", at=at(f"{when}T02:00Z"))
    if support:
        measures.acknowledge_measure(app, mid, "smith", at=at(f"{when}T03:00Z"))
        measures.record_position(app, mid, "smith", Stance.SUPPORT, at=at(f"{when}T04:00Z"))
    return mid


def kinds(app: App, mid: int) -> list[str]:
    return [e.kind for e in entries(app) if e.subject == f"measure:{mid}"]


def effects_set(app: App, mid: int) -> list[list[dict[str, object]]]:
    return [
        e.payload["effects"]
        for e in entries(app)
        if e.kind == "pace.effects_set" and e.subject == f"measure:{mid}"
    ]


def test_new_effects_make_a_version_whose_window_and_note_weigh_them(
    app: App, new_url: Callable[[], str]
) -> None:
    notified(app, "Railway survey", "inter-korean:+6", "2018-11-20")
    mid = notified(app, "Tourism", "inter-korean:+3", "2018-11-21")
    first = measures.show_measure(app, mid)
    assert first["status"] == "cleared" and first["version"] == 1
    assert not pacing.what_if(app, mid)["notes"]  # 6 + 3: in step

    out = measures.amend_measure(
        app,
        mid,
        "kim",
        effects=["inter-korean:+5"],
        effect_reason="Individual tourism too",
        at=at("2018-11-26T01:00Z"),
    )
    assert out["version"] == 2 and out["status"] == "in_consultation"
    assert out["deadline"] > first["deadline"] and out["cleared_by"] is None
    a = out["amendment"]
    assert a["changed"] == ["effects"] and a["minor"] is False and a["window_reopened"]
    # The support given to version 1 no longer counts.
    assert [p["version"] for p in out["positions"]] == [1]
    assert kinds(app, mid)[-3:] == ["measure.amended", "pace.effects_set", "pace.noted"]
    assert effects_set(app, mid)[-1] == [
        {
            "track": "inter-korean",
            "weight": "5",
            "source": "declared",
            "reason": "Individual tourism too",
        }
    ]
    # The note of the reopened window weighs the new effects: 6 + 5 leads by 11.
    w = pacing.what_if(app, mid)
    assert w["rules"][0]["gap"] == 11.0
    assert len(w["notes"]) == 1 and "gap of 11" in w["notes"][0]["text"]

    # Version 2 is consulted on afresh and clears on its own positions.
    measures.acknowledge_measure(app, mid, "smith", at=at("2018-11-26T02:00Z"))
    again = measures.record_position(app, mid, "smith", Stance.SUPPORT, at=at("2018-11-26T03:00Z"))
    assert again["status"] == "cleared"

    assert_rebuilds(app, new_url())
    assert ledger.verify(app, workers=1)["ok"]


def test_identical_effects_change_nothing(app: App) -> None:
    mid = notified(app, "Tourism", "inter-korean:+3", "2018-11-21")
    refused(
        app,
        InvalidInput,
        lambda: measures.amend_measure(app, mid, "kim", effects=["inter-korean:+3"]),
        "nothing to amend",
    )
    before = len(effects_set(app, mid))
    out = measures.amend_measure(
        app, mid, "kim", title="Group tourism", effects=["inter-korean:3.0"]
    )
    assert out["version"] == 2 and out["amendment"]["changed"] == ["title"]
    assert len(effects_set(app, mid)) == before  # not recorded again


def test_a_minor_edit_takes_no_effects(app: App) -> None:
    mid = notified(app, "Tourism", "inter-korean:+3", "2018-11-21")
    for effect in ("inter-korean:+5", "inter-korean:+3"):
        refused(
            app,
            InvalidInput,
            lambda effect=effect: measures.amend_measure(  # type: ignore[misc]
                app,
                mid,
                "kim",
                description="Group tours only",
                minor=True,
                reason="Wording",
                effects=[effect],
                effect_reason="Bigger",
            ),
            "substantial change",
            "without --minor",
        )
    refused(
        app,
        InvalidInput,
        lambda: measures.amend_measure(app, mid, "kim", title="X", effect_reason="Bigger"),
        "--effect-reason",
        "--effect",
    )
    refused(
        app,
        PermissionDenied,
        lambda: measures.amend_measure(app, mid, "smith", effects=["inter-korean:+5"]),
        "smith",
    )
    refused(
        app,
        InvalidInput,
        lambda: measures.amend_measure(app, mid, "kim", effects=["inter-korean:+12"]),
        "between -10 and +10",
    )


def test_the_reason_rules_of_pacing_hold_in_an_amendment(app: App) -> None:
    pacing.set_default(app, "project", "inter-korean:+3")
    mid = int(measures.propose_measure(app, "kim", "Survey", measure_type="project")["id"])
    measures.notify_measure(app, mid, "kor", at=at("2018-11-20T02:00Z"))
    refused(
        app,
        InvalidInput,
        lambda: measures.amend_measure(app, mid, "kim", effects=["inter-korean:+5"]),
        "default weight",
        "--effect-reason",
    )
    measures.amend_measure(
        app,
        mid,
        "kim",
        effects=["inter-korean:+5", "denuclearization:+1"],
        effect_reason="Both lines",
        at=at("2018-11-21T02:00Z"),
    )
    assert [(e["track"], e["weight"]) for e in effects_set(app, mid)[-1]] == [
        ("denuclearization", "1"),
        ("inter-korean", "5"),
    ]
    # A track named alone takes the type's default again; the other track keeps its weight.
    out = measures.amend_measure(
        app, mid, "kim", effects=["inter-korean"], at=at("2018-11-22T02:00Z")
    )
    assert out["version"] == 3 and out["amendment"]["changed"] == ["effects"]
    assert effects_set(app, mid)[-1] == [
        {"track": "denuclearization", "weight": "1", "source": "declared", "reason": "Both lines"},
        {"track": "inter-korean", "weight": "3", "source": "default", "reason": None},
    ]


def test_pace_effects_on_a_notified_measure_points_to_the_amendment(app: App) -> None:
    open_ = notified(app, "Tourism", "inter-korean:+3", "2018-11-21", support=False)
    done = notified(app, "Survey", "inter-korean:+2", "2018-11-22")
    for mid, state in ((open_, "in consultation"), (done, "cleared")):
        refused(
            app,
            InvalidTransition,
            lambda mid=mid: pacing.change_effects(  # type: ignore[misc]
                app, mid, "kim", ["inter-korean:+5"], "Bigger"
            ),
            state,
            f"amend it instead: tandem measure amend {mid} --effect",
        )


def test_a_drafts_effects_by_amendment_make_a_version_without_a_window(app: App) -> None:
    mid = int(measures.propose_measure(app, "kim", "Tourism", effects=["inter-korean:+3"])["id"])
    out = measures.amend_measure(app, mid, "kim", effects=["inter-korean:+4"])
    assert out["version"] == 2 and out["status"] == "draft"
    assert out["amendment"]["changed"] == ["effects"] and not out["amendment"]["window_reopened"]
    assert kinds(app, mid)[-2:] == ["measure.amended", "pace.effects_set"]
    # `pace effects` still changes a draft's weights (nobody is consulted on them yet).
    before = snapshot(app).size
    pacing.change_effects(app, mid, "kim", ["inter-korean:+2"], "Smaller")
    assert snapshot(app).size == before + 1
    assert pacing.what_if(app, mid)["rules"][0]["gap"] == 2.0
