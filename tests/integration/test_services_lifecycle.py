"""Prior consultation through the services, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from service_support import at, entries, refused, snapshot

from tandem.domain.errors import (
    ClockError,
    Conflict,
    InvalidInput,
    InvalidTransition,
    NotFound,
)
from tandem.domain.measures import Stance, Status
from tandem.domain.parties import Role
from tandem.services import clock, group, measures, observations
from tandem.services.context import App
from tandem.store.unit_of_work import unit_of_work

# A KOR notification on Tue 20 Nov 2018 10:00 KST: day 1 is 21 Nov, US Thanksgiving (22 Nov)
# is skipped, day 10 is Wed 5 Dec; the window closes at 18:00 KST that day.
NOTIFIED = "2018-11-20T01:00Z"
DEADLINE = "2018-12-05T09:00:00Z"
ACK_DUE = "2018-11-21T09:00:00Z"


def _proposed_and_notified(app: App, title: str = "Joint railway field study") -> int:
    m = measures.propose_measure(
        app,
        "kim",
        title,
        description="A survey train runs the lines.",
        planned=date(2018, 11, 30),
        measure_type="project",
        at=at("2018-11-19T02:00Z"),
    )
    measures.notify_measure(app, m["id"], "kor", at=at(NOTIFIED))
    return int(m["id"])


def _stored_status(app: App, measure_id: int) -> str:
    with unit_of_work(app.db, write=False) as uow:
        m = uow.measures.get(measure_id)
        assert m is not None
        return m.status.value


def _kinds(app: App, measure_id: int) -> list[str]:
    return [e["kind"] for e in measures.measure_history(app, measure_id)]


def test_full_lifecycle_cleared_by_consensus_then_executed(app: App) -> None:
    m = measures.propose_measure(
        app,
        "kim",
        "Joint railway field study",
        description="A survey train runs the lines.",
        planned=date(2018, 11, 30),
        measure_type="project",
        at=at("2018-11-19T02:00Z"),
    )
    assert m["status"] == "draft" and m["proposer"] == "KOR" and m["version"] == 1
    assert m["deadline"] is None and m["type"] == "project" and m["planned"] == "2018-11-30"
    mid = m["id"]
    assert isinstance(mid, int)

    m = measures.notify_measure(app, mid, "kor", at=at(NOTIFIED))
    assert m["status"] == "in_consultation"
    assert m["deadline"] == DEADLINE
    assert m["notified_at"] == "2018-11-20T01:00:00Z"
    assert m["deadline_local"]["KOR"] == "5 Dec 2018 18:00 KST"
    assert m["deadline_local"]["USA"] == "5 Dec 2018 04:00 EST"

    m = measures.acknowledge_measure(app, mid, "smith", at=at("2018-11-20T15:00Z"))
    assert m["acknowledgements"] == [{"party": "USA", "at": "2018-11-20T15:00:00Z", "version": 1}]
    assert m["status"] == "in_consultation"

    m = measures.record_position(
        app, mid, "smith", Stance.SUPPORT, reason="Agreed.", at=at("2018-11-21T16:00Z")
    )
    assert m["status"] == "cleared" and m["cleared_by"] == "consensus"
    assert m["closed_at"] == "2018-11-21T16:00:00Z"
    assert m["positions"] == [
        {
            "party": "USA",
            "position": "support",
            "reason": "Agreed.",
            "at": "2018-11-21T16:00:00Z",
            "version": 1,
            "user": "smith",
        }
    ]

    m = measures.execute_measure(app, mid, "kor", on=date(2018, 11, 30), at=at("2018-11-30T03:00Z"))
    assert m["status"] == "executed" and m["unilateral"] is False
    assert m["executed_on"] == "2018-11-30"
    assert observations.list_alerts(app) == []

    assert _kinds(app, mid) == [
        "measure.proposed",
        "measure.notified",
        "measure.acknowledged",
        "measure.position",
        "measure.cleared",
        "measure.executed",
    ]
    assert measures.show_measure(app, mid) == m
    assert [x["id"] for x in measures.list_measures(app, status=Status.EXECUTED)] == [mid]
    assert measures.list_measures(app, status=Status.CLEARED) == []


def test_cleared_by_silence_is_shown_before_a_write_records_it(app: App) -> None:
    mid = _proposed_and_notified(app)
    clock.set_clock(app, at("2018-12-05T08:59Z"))
    assert measures.show_measure(app, mid)["status"] == "in_consultation"

    # Past the deadline the reads show the outcome, though nothing has recorded it yet.
    before = snapshot(app)
    clock_view = clock.show_clock(app)
    assert clock_view == {"now": "2018-12-05T08:59:00Z", "simulated": True}
    with unit_of_work(app.db, write=True) as uow:  # move only the clock, as a worker might
        uow.settings.set("clock_now", "2018-12-05T10:00:00Z")
    shown = measures.show_measure(app, mid)
    assert shown["status"] == "cleared" and shown["cleared_by"] == "silence"
    assert shown["closed_at"] == DEADLINE
    assert [m["id"] for m in measures.list_measures(app, status=Status.CLEARED)] == [mid]
    assert measures.list_measures(app, status=Status.IN_CONSULTATION) == []
    assert _stored_status(app, mid) == "in_consultation"
    assert snapshot(app).size == before.size

    # The next write, whatever it is, records the closing first (by the system).
    measures.propose_measure(app, "smith", "A statement")
    history = measures.measure_history(app, mid)
    assert history[-1]["kind"] == "measure.cleared"
    assert history[-1]["actor"] == "tandem"
    assert history[-1]["payload"]["by"] == "silence"
    assert history[-1]["payload"]["closed_at"] == DEADLINE
    assert _stored_status(app, mid) == "cleared"
    assert measures.show_measure(app, mid) == shown


def test_objected_is_recorded_by_clock_set(app: App) -> None:
    mid = _proposed_and_notified(app)
    m = measures.record_position(
        app,
        mid,
        "smith",
        Stance.OBJECTION,
        reason="Fees paid to the operator breach the joint-venture ban.",
        at=at("2018-11-22T15:00Z"),
    )
    assert m["status"] == "in_consultation"
    # The position also acknowledged the notification.
    assert [a["party"] for a in m["acknowledgements"]] == ["USA"]
    assert _kinds(app, mid)[-2:] == ["measure.acknowledged", "measure.position"]

    size = snapshot(app).size
    with unit_of_work(app.db, write=True) as uow:
        uow.settings.set("clock_now", "2018-12-06T00:00:00Z")
    assert measures.show_measure(app, mid)["status"] == "objected"
    assert [x["id"] for x in measures.list_measures(app, status=Status.OBJECTED)] == [mid]
    assert _stored_status(app, mid) == "in_consultation"

    assert clock.set_clock(app, at("2018-12-06T00:00Z")) == {
        "now": "2018-12-06T00:00:00Z",
        "simulated": True,
    }
    assert snapshot(app).size == size + 1  # the objection; the clock did not move
    last = measures.measure_history(app, mid)[-1]
    assert last["kind"] == "measure.objected"
    assert last["payload"]["objectors"] == ["USA"]
    assert last["payload"]["closed_at"] == DEADLINE
    assert _stored_status(app, mid) == "objected"

    clock.set_clock(app, at("2018-12-07T00:00Z"))
    kinds = [e.kind for e in entries(app)]
    assert kinds[-1] == "clock.set" and kinds.count("measure.objected") == 1


def test_withdrawing_an_objection_clears_the_measure(app: App) -> None:
    mid = _proposed_and_notified(app)
    measures.record_position(
        app, mid, "smith", Stance.OBJECTION, reason="Not yet.", at=at("2018-11-22T15:00Z")
    )
    clock.set_clock(app, at("2018-12-06T00:00Z"))
    # After the window only the objection's withdrawal is possible.
    refused(
        app,
        InvalidTransition,
        lambda: measures.record_position(app, mid, "smith", Stance.COMMENT, reason="Still no"),
        "closed with an objection",
        "support",
    )
    m = measures.record_position(app, mid, "smith", Stance.NO_OBJECTION, at=at("2018-12-07T00:00Z"))
    assert m["status"] == "cleared"
    assert m["cleared_by"] == "consensus"
    assert m["closed_at"] == "2018-12-07T00:00:00Z"
    assert [p["position"] for p in m["positions"]] == ["objection", "no-objection"]
    assert _kinds(app, mid)[-2:] == ["measure.position", "measure.cleared"]
    m = measures.execute_measure(app, mid, "kor", at=at("2018-12-08T00:00Z"))
    assert m["unilateral"] is False


def test_extension_moves_the_deadline_once_per_party_and_version(app: App) -> None:
    mid = _proposed_and_notified(app)
    m = measures.record_position(
        app,
        mid,
        "smith",
        Stance.EXTENSION,
        reason="We need to ask the 1718 Committee.",
        at=at("2018-11-26T15:00Z"),
    )
    # +5 working days after 5 Dec: 6, 7, 10, 11, 12 Dec, 18:00 KST.
    assert m["deadline"] == "2018-12-12T09:00:00Z"
    assert m["extended_by"] == ["USA"]
    assert m["status"] == "in_consultation"
    assert _kinds(app, mid)[-3:] == [
        "measure.acknowledged",
        "measure.position",
        "measure.window_extended",
    ]
    refused(
        app,
        InvalidTransition,
        lambda: measures.record_position(
            app, mid, "smith", Stance.EXTENSION, reason="Once more, please."
        ),
        "already extended",
        "once per party",
    )
    refused(
        app,
        InvalidInput,
        lambda: measures.record_position(app, mid, "smith", Stance.EXTENSION),
        "reason",
    )
    # At the old deadline the window is still open, at the new one it clears by silence.
    clock.set_clock(app, at("2018-12-06T00:00Z"))
    assert measures.show_measure(app, mid)["status"] == "in_consultation"
    clock.set_clock(app, at("2018-12-12T09:00Z"))
    shown = measures.show_measure(app, mid)
    assert shown["status"] == "cleared" and shown["cleared_by"] == "silence"
    assert shown["closed_at"] == "2018-12-12T09:00:00Z"


def test_revised_positions_stay_in_the_history(app: App) -> None:
    mid = _proposed_and_notified(app)
    measures.record_position(
        app, mid, "smith", Stance.COMMENT, reason="A thought.", at=at("2018-11-21T00:00Z")
    )
    m = measures.record_position(
        app, mid, "smith", Stance.OBJECTION, reason="On reflection, no.", at=at("2018-11-23T00:00Z")
    )
    assert [p["position"] for p in m["positions"]] == ["comment", "objection"]
    assert m["status"] == "in_consultation"
    assert _kinds(app, mid).count("measure.position") == 2
    assert _kinds(app, mid).count("measure.acknowledged") == 1


def test_amend_reopens_the_window_and_diff_shows_the_redline(app: App) -> None:
    mid = _proposed_and_notified(app)
    measures.record_position(
        app, mid, "smith", Stance.OBJECTION, reason="Too early.", at=at("2018-11-21T00:00Z")
    )
    m = measures.amend_measure(
        app,
        mid,
        "kim",
        title="Joint railway field study (phase 1)",
        description="A survey train runs the western line only.",
        reason="Narrowed after the US objection.",
        at=at("2018-11-27T01:00Z"),
    )
    assert m["version"] == 2
    assert m["status"] == "in_consultation"
    assert m["notified_at"] == "2018-11-27T01:00:00Z"
    assert m["deadline"] != DEADLINE and m["deadline"] > DEADLINE
    assert m["acknowledgements"] == []  # acknowledgements are per version
    assert [(p["position"], p["version"]) for p in m["positions"]] == [("objection", 1)]
    assert [v["number"] for v in m["versions"]] == [1, 2]
    assert m["versions"][1]["reason"] == "Narrowed after the US objection."

    d = measures.diff_measure(app, mid)
    assert (d["measure"], d["from"], d["to"]) == (mid, 1, 2)
    changed = {c["field"]: c for c in d["changes"]}
    assert set(changed) == {"title", "description"}
    assert changed["title"]["before"] == "Joint railway field study"
    assert changed["title"]["after"] == "Joint railway field study (phase 1)"
    assert "+A survey train runs the western line only." in changed["description"]["diff"]
    assert "-A survey train runs the lines." in changed["description"]["diff"]
    assert measures.diff_measure(app, mid, 1, 1)["changes"] == []

    # The objection on version 1 no longer stands: support on version 2 clears it.
    m = measures.record_position(app, mid, "smith", Stance.SUPPORT, at=at("2018-11-28T00:00Z"))
    assert m["status"] == "cleared" and m["cleared_by"] == "consensus"
    assert m["positions"][-1]["version"] == 2


def test_minor_edit_is_recorded_without_reopening(app: App) -> None:
    mid = _proposed_and_notified(app)
    m = measures.amend_measure(
        app,
        mid,
        "kim",
        planned=date(2018, 12, 3),
        minor=True,
        reason="The train leaves on Monday instead of Friday.",
        at=at("2018-11-22T00:00Z"),
    )
    assert m["version"] == 1
    assert m["deadline"] == DEADLINE
    assert m["notified_at"] == "2018-11-20T01:00:00Z"
    assert m["planned"] == "2018-12-03"
    assert m["minor_edits"] == [
        {
            "version": 1,
            "changes": {"planned": "2018-12-03"},
            "reason": "The train leaves on Monday instead of Friday.",
            "at": "2018-11-22T00:00:00Z",
        }
    ]
    assert _kinds(app, mid)[-1] == "measure.edited"
    refused(
        app,
        InvalidInput,
        lambda: measures.amend_measure(
            app, mid, "kim", planned=date(2018, 11, 25), minor=True, reason="Sooner."
        ),
        "earlier",
        "without --minor",
    )
    refused(
        app,
        InvalidInput,
        lambda: measures.amend_measure(app, mid, "kim", title="Another title", minor=True),
        "minor edit needs --reason",
    )


def test_withdraw_then_execute_is_refused(app: App) -> None:
    mid = _proposed_and_notified(app)
    m = measures.withdraw_measure(app, mid, "kor", at=at("2018-11-22T00:00Z"))
    assert m["status"] == "withdrawn"
    assert measures.measure_history(app, mid)[-1]["payload"]["status_before"] == "in_consultation"
    refused(
        app,
        InvalidTransition,
        lambda: measures.execute_measure(app, mid, "kor"),
        f"measure {mid}",
        "withdrawn",
    )
    refused(
        app,
        InvalidTransition,
        lambda: measures.withdraw_measure(app, mid, "kor"),
        "already withdrawn",
    )
    # A withdrawn window does not close later.
    clock.set_clock(app, at("2018-12-10T00:00Z"))
    assert measures.show_measure(app, mid)["status"] == "withdrawn"
    assert _kinds(app, mid)[-1] == "measure.withdrawn"


def test_unilateral_execution_alerts_every_other_party(app: App) -> None:
    mid = _proposed_and_notified(app, "Shipment of tangerines")
    m = measures.execute_measure(app, mid, "kor", on=date(2018, 11, 21), at=at("2018-11-21T02:00Z"))
    assert m["status"] == "executed" and m["unilateral"] is True
    alerts = observations.list_alerts(app)
    assert len(alerts) == 1
    alert = alerts[0]
    assert alert["kind"] == "unilateral"
    assert alert["actor"] == "KOR" and alert["to"] == ["USA"] and alert["measure"] == mid
    assert alert["at"] == "2018-11-21T02:00:00Z"
    assert "without clearance" in alert["text"] and "in consultation" in alert["text"]
    # An executed measure's window never closes afterwards.
    clock.set_clock(app, at("2018-12-10T00:00Z"))
    assert measures.show_measure(app, mid)["status"] == "executed"

    draft = measures.propose_measure(app, "kim", "Never notified")
    done = measures.execute_measure(app, draft["id"], "kor")
    assert done["unilateral"] is True
    texts = [a["text"] for a in observations.list_alerts(app, kind="unilateral")]
    assert len(texts) == 2 and "never notified" in texts[1]


def test_observed_action_raises_an_unnotified_alert(app: App) -> None:
    o = observations.observe_action(
        app,
        "kim",
        actor="usa",
        action="Treasury designated three officials",
        on=date(2018, 11, 19),
        at=at("2018-11-19T12:00Z"),
    )
    assert o["actor"] == "USA" and o["recorded_by"] == "KOR" and o["user"] == "kim"
    assert o["on"] == "2018-11-19"
    alerts = observations.list_alerts(app)
    assert [(a["id"], a["kind"], a["actor"], a["to"], a["measure"]) for a in alerts] == [
        (o["alert"], "unnotified", "USA", ["KOR"], None)
    ]
    assert "Treasury designated three officials" in alerts[0]["text"]
    assert observations.list_observed(app) == [{k: v for k, v in o.items() if k != "alert"}]


def test_unacknowledged_alert_after_one_working_day(app: App) -> None:
    mid = _proposed_and_notified(app)
    m = measures.show_measure(app, mid)
    assert m["acknowledgements"] == []
    clock.set_clock(app, at("2018-11-21T08:59Z"))
    assert observations.list_alerts(app) == []
    clock.set_clock(app, at("2018-11-21T10:00Z"))
    alerts = observations.list_alerts(app)
    assert [(a["kind"], a["actor"], a["to"], a["measure"]) for a in alerts] == [
        ("unacknowledged", "USA", ["KOR", "USA"], mid)
    ]
    assert "21 Nov 2018 18:00 KST" in alerts[0]["text"]
    last = measures.measure_history(app, mid)[-1]
    assert last["kind"] == "measure.unacknowledged"
    assert last["payload"] == {"version": 1, "parties": ["USA"], "due": ACK_DUE}
    # Raised once: a later write does not raise it again; the window still runs.
    clock.set_clock(app, at("2018-11-22T10:00Z"))
    assert len(observations.list_alerts(app)) == 1
    assert measures.show_measure(app, mid)["status"] == "in_consultation"


def test_an_acknowledged_notification_raises_no_alert(app: App) -> None:
    mid = _proposed_and_notified(app)
    measures.acknowledge_measure(app, mid, "smith", at=at("2018-11-21T00:00Z"))
    clock.set_clock(app, at("2018-11-23T00:00Z"))
    assert observations.list_alerts(app) == []
    assert "measure.unacknowledged" not in _kinds(app, mid)


def test_alerts_filtered_by_party_and_kind(app: App) -> None:
    mid = _proposed_and_notified(app)
    measures.execute_measure(app, mid, "kor", at=at("2018-11-20T02:00Z"))
    observations.observe_action(
        app, "smith", actor="KOR", action="A ministerial visit", on=date(2018, 11, 20)
    )
    observations.observe_action(
        app, "kim", actor="USA", action="A designation", on=date(2018, 11, 19)
    )
    all_ = observations.list_alerts(app)
    assert [a["kind"] for a in all_] == ["unilateral", "unnotified", "unnotified"]
    assert [a["id"] for a in all_] == sorted(a["id"] for a in all_)
    to_usa = observations.list_alerts(app, party="usa")
    assert [a["actor"] for a in to_usa] == ["KOR", "KOR"]
    assert all("USA" in a["to"] for a in to_usa)
    to_kor = observations.list_alerts(app, party="KOR")
    assert [(a["kind"], a["actor"]) for a in to_kor] == [("unnotified", "USA")]
    assert [a["kind"] for a in observations.list_alerts(app, kind="unnotified")] == [
        "unnotified",
        "unnotified",
    ]
    assert observations.list_alerts(app, party="USA", kind="unilateral") == all_[:1]
    assert observations.list_alerts(app, kind="outpacing") == []
    refused(app, InvalidInput, lambda: observations.list_alerts(app, kind="panic"), "'panic'")
    refused(app, NotFound, lambda: observations.list_alerts(app, party="JPN"), "JPN", "USA")


def test_users_are_added_and_listed(app: App) -> None:
    users = group.list_users(app)
    assert {(u["name"], u["party"], u["role"]) for u in users} == {
        ("usa", "USA", "envoy"),
        ("kor", "KOR", "envoy"),
        ("kim", "KOR", "officer"),
        ("lee", "KOR", "viewer"),
        ("smith", "USA", "officer"),
        ("admin", None, "admin"),
    }
    added = group.add_user(app, "jones", "usa", Role.VIEWER, at=at("2018-11-19T03:00Z"))
    assert added == {"name": "jones", "party": "USA", "role": "viewer"}
    assert added in group.list_users(app)
    last = entries(app)[-1]
    assert (last.kind, last.subject, last.party) == ("user.added", "user:jones", "USA")
    refused(app, Conflict, lambda: group.add_user(app, "jones", "USA", Role.OFFICER), "jones")
    refused(
        app,
        InvalidInput,
        lambda: group.add_user(app, "ghost", None, Role.OFFICER),
        "belongs to a party",
        "--party",
    )
    refused(
        app,
        NotFound,
        lambda: group.add_user(app, "tanaka", "JPN", Role.OFFICER),
        "JPN",
        "USA, KOR",
    )
    refused(
        app, InvalidInput, lambda: group.add_user(app, "Bad Name", "USA", Role.OFFICER), "Bad Name"
    )


def test_configure_windows_changes_later_notifications(app: App) -> None:
    rules = group.configure_windows(app, window_days=5, at=at("2018-11-19T01:00Z"))
    assert rules == {"window_days": 5, "urgent_days": 2, "extension_days": 5, "by_type": {}}
    rules = group.configure_windows(app, measure_type="statement", window_days=3)
    assert rules["by_type"] == {"statement": 3} and rules["window_days"] == 5
    assert group.show_group(app)["rules"] == rules

    general = measures.propose_measure(app, "kim", "General measure")
    statement = measures.propose_measure(app, "kim", "A statement", measure_type="statement")
    g = measures.notify_measure(app, general["id"], "kor", at=at(NOTIFIED))
    s = measures.notify_measure(app, statement["id"], "kor")
    # 5 days: 21, 23, 26, 27, 28 Nov; 3 days: 21, 23, 26 Nov (18:00 KST).
    assert g["deadline"] == "2018-11-28T09:00:00Z"
    assert s["deadline"] == "2018-11-26T09:00:00Z"
    assert [e.kind for e in entries(app)[-3:]] == ["clock.set", *["measure.notified"] * 2]
    assert [e.kind for e in entries(app)].count("group.configured") == 2

    refused(
        app,
        InvalidInput,
        lambda: group.configure_windows(app, window_days=0),
        "--window-days",
        "1 to 60",
    )
    refused(
        app, InvalidInput, lambda: group.configure_windows(app, window_days=5), "nothing to change"
    )
    refused(
        app,
        InvalidInput,
        lambda: group.configure_windows(app, measure_type="statement", urgent_days=1),
        "--window-days",
    )


def test_urgent_notification_shortens_the_window(app: App) -> None:
    m = measures.propose_measure(app, "smith", "Joint press line", measure_type="statement")
    refused(
        app,
        InvalidInput,
        lambda: measures.notify_measure(app, m["id"], "usa", urgent=True),
        "justification",
    )
    n = measures.notify_measure(
        app,
        m["id"],
        "usa",
        urgent=True,
        justification="The meeting ends on Thursday.",
        at=at("2018-12-18T14:00Z"),
    )
    assert n["urgent"] is True and n["justification"] == "The meeting ends on Thursday."
    # Two working days after Tue 18 Dec 09:00 EST: 19 and 20 Dec, 18:00 EST.
    assert n["deadline"] == "2018-12-20T23:00:00Z"


def test_real_clock_database_refuses_at_and_clock_set(
    new_url: Callable[[], str], make_app: Callable[..., App]
) -> None:
    now = datetime(2024, 3, 4, 5, 6, 7, tzinfo=UTC)
    app = make_app(new_url(), clock=lambda: now)
    assert clock.show_clock(app) == {"now": "2024-03-04T05:06:07Z", "simulated": False}
    assert group.show_group(app)["simulated_clock"] is False
    m = measures.propose_measure(app, "kim", "Real time")
    assert m["created_at"] == "2024-03-04T05:06:07Z"
    refused(
        app,
        ClockError,
        lambda: measures.notify_measure(app, m["id"], "kor", at=at("2024-03-05T00:00Z")),
        "real clock",
        "--simulated-clock",
    )
    refused(
        app,
        ClockError,
        lambda: clock.set_clock(app, at("2024-03-05T00:00Z")),
        "real clock",
        "cannot be set",
    )
    n = measures.notify_measure(app, m["id"], "kor")
    assert n["notified_at"] == "2024-03-04T05:06:07Z"
    assert "clock.set" not in [e.kind for e in entries(app)]


def test_at_moves_the_clock_forward_only(app: App) -> None:
    measures.propose_measure(app, "kim", "First", at=at("2018-11-20T09:00+09:00"))
    assert clock.show_clock(app)["now"] == "2018-11-20T00:00:00Z"
    moved = [e for e in entries(app) if e.kind == "clock.set"]
    assert moved[-1].payload == {"from": "2018-11-19T00:00:00Z", "to": "2018-11-20T00:00:00Z"}
    refused(
        app,
        ClockError,
        lambda: measures.propose_measure(app, "kim", "Second", at=at("2018-11-19T23:59Z")),
        "2018-11-20T00:00:00Z",
        "only moves forward",
    )
    refused(
        app,
        ClockError,
        lambda: clock.set_clock(app, at("2018-11-19T12:00Z")),
        "only moves forward",
    )
    # The same time is not a move: no clock.set entry.
    size = snapshot(app).size
    measures.propose_measure(app, "kim", "Third", at=at("2018-11-20T00:00Z"))
    assert snapshot(app).size == size + 1
    assert clock.show_clock(app)["now"] == "2018-11-20T00:00:00Z"


def test_alerts_show_what_the_clock_decided_before_it_is_recorded(app: App) -> None:
    mid = _proposed_and_notified(app)
    size = snapshot(app).size
    with unit_of_work(app.db, write=True) as uow:  # move only the clock, as a worker might
        uow.settings.set("clock_now", "2018-11-22T00:00:00Z")
    shown = observations.list_alerts(app)
    assert [(a["kind"], a["actor"], a["to"], a["measure"]) for a in shown] == [
        ("unacknowledged", "USA", ["KOR", "USA"], mid)
    ]
    assert observations.list_alerts(app, party="KOR", kind="unacknowledged") == shown
    assert observations.list_alerts(app, kind="unilateral") == []
    assert snapshot(app).size == size
    # Recording it gives the very alert the read showed, id included.
    clock.set_clock(app, at("2018-11-22T00:00Z"))
    assert observations.list_alerts(app) == shown


def test_real_clock_time_passing_closes_windows(
    new_url: Callable[[], str], make_app: Callable[..., App]
) -> None:
    now = [datetime(2018, 11, 20, 1, 0, tzinfo=UTC)]
    app = make_app(new_url(), clock=lambda: now[0])
    mid = measures.propose_measure(app, "kim", "On real time")["id"]
    n = measures.notify_measure(app, mid, "kor")
    assert n["deadline"] == DEADLINE
    size = snapshot(app).size

    now[0] = datetime(2018, 11, 22, tzinfo=UTC)  # past the acknowledgement's due time
    late = observations.list_alerts(app)
    assert [(a["kind"], a["actor"]) for a in late] == [("unacknowledged", "USA")]
    now[0] = datetime(2018, 12, 6, tzinfo=UTC)  # past the deadline
    shown = measures.show_measure(app, mid)
    assert shown["status"] == "cleared" and shown["cleared_by"] == "silence"
    assert snapshot(app).size == size  # reads record nothing
    assert _stored_status(app, mid) == "in_consultation"

    measures.propose_measure(app, "smith", "Any write")
    kinds = [e.kind for e in entries(app)[size:]]
    assert kinds == [
        "measure.unacknowledged",
        "alert.raised",
        "measure.cleared",
        "measure.proposed",
    ]
    assert _stored_status(app, mid) == "cleared"
    assert measures.show_measure(app, mid) == shown
    assert observations.list_alerts(app)[0]["id"] == late[0]["id"]
