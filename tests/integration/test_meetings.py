"""Meetings on both databases: the agenda from a prepared state, outcomes that change
measures, statements approved by every party, follow-ups that fall overdue, the figures of
responsiveness, refusals that write nothing, and a rebuild from the record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from service_support import assert_rebuilds, at, entries, refused

from tandem.domain.errors import (
    Conflict,
    InvalidInput,
    InvalidTransition,
    NotFound,
    PermissionDenied,
)
from tandem.domain.measures import Stance
from tandem.domain.meetings import FollowUpStatus, OutcomeKind, StatementKind
from tandem.services import measures, meetings, observations
from tandem.services.context import App
from tandem.services.scenario import load_scenario

MakeApp = Callable[..., App]


def objected(app: App, title: str, day: str) -> int:
    """A KOR measure that USA objects to; its window closes with the objection standing."""
    mid = int(measures.propose_measure(app, "kim", title, at=at(f"{day}T01:00Z"))["id"])
    measures.notify_measure(app, mid, "kor", at=at(f"{day}T02:00Z"))
    measures.record_position(
        app, mid, "smith", Stance.OBJECTION, reason="Not yet.", at=at(f"{day}T03:00Z")
    )
    return mid


def prepared(app: App) -> dict[str, int]:
    """An old unilateral alert discussed at meeting 1, then what meeting 2 must take up."""
    old = int(measures.propose_measure(app, "kim", "Old gift", at=at("2018-11-19T01:00Z"))["id"])
    measures.execute_measure(app, old, "kor", at=at("2018-11-19T02:00Z"))
    first = meetings.schedule_meeting(
        app, "smith", starts="2018-11-20T10:00", zone="America/New_York", place="Washington"
    )
    kumgang = objected(app, "Tourism to Mount Kumgang", "2018-11-21")
    aid = objected(app, "Aid package", "2018-11-26")
    dropped = objected(app, "Dropped plan", "2018-11-27")
    amend = objected(app, "To amend", "2018-11-28")
    cleared = int(measures.propose_measure(app, "kim", "Railway study")["id"])
    measures.notify_measure(app, cleared, "kor")
    measures.record_position(app, cleared, "smith", Stance.SUPPORT)
    closing = int(
        measures.propose_measure(app, "smith", "Aid travel", at=at("2018-12-06T01:00Z"))["id"]
    )
    measures.notify_measure(app, closing, "usa", at=at("2018-12-06T02:00Z"))
    measures.acknowledge_measure(app, closing, "kim", at=at("2018-12-06T03:00Z"))
    late = int(measures.propose_measure(app, "smith", "Later step")["id"])
    measures.notify_measure(app, late, "usa", at=at("2018-12-17T02:00Z"))
    gift = int(measures.propose_measure(app, "kim", "Tangerines")["id"])
    measures.execute_measure(app, gift, "kor", at=at("2018-12-18T02:00Z"))
    second = meetings.schedule_meeting(
        app,
        "kim",
        starts="2018-12-21T10:00",
        zone="Asia/Seoul",
        place="Seoul",
        chairs=["KOR:Lee Do-hoon", "USA:Stephen Biegun"],
        attendees=["KOR:Kim", "USA:Smith", "USA:Jones"],
    )
    return {
        "first": int(first["id"]),
        "second": int(second["id"]),
        "kumgang": kumgang,
        "aid": aid,
        "dropped": dropped,
        "amend": amend,
        "cleared": cleared,
        "closing": closing,
        "late": late,
        "gift": gift,
    }


def test_the_agenda_is_proposed_from_what_needs_discussion(app: App) -> None:
    ids = prepared(app)
    shown = meetings.propose_agenda(app, ids["second"], "kim")
    agenda = [(i["kind"], i["measure"], i["alert"]) for i in shown["agenda"]]
    unilateral = observations.list_alerts(app, kind="unilateral")
    assert len(unilateral) == 2
    assert agenda == [
        ("objected", ids["kumgang"], None),
        ("objected", ids["aid"], None),
        ("objected", ids["dropped"], None),
        ("objected", ids["amend"], None),
        ("closing", ids["closing"], None),
        ("alert", ids["gift"], unilateral[1]["id"]),
    ], "not the cleared measure, a window closing after the meeting, or an alert from before"
    assert "objected by USA" in shown["agenda"][0]["title"]
    assert shown["added"] == [1, 2, 3, 4, 5, 6]
    # Proposing again adds nothing twice.
    again = meetings.propose_agenda(app, ids["second"], "smith")
    assert again["added"] == [] and len(again["agenda"]) == 6
    # Officers add and reorder; an item links to its measure or alert.
    added = meetings.add_agenda_item(app, ids["second"], "smith", title="Next steps on aid")
    assert added["agenda"][-1]["kind"] == "other" and added["agenda"][-1]["number"] == 7
    meetings.add_agenda_item(app, ids["second"], "smith", measure=ids["late"])
    moved = meetings.move_agenda_item(app, ids["second"], "kim", 7, 1)
    assert [i["number"] for i in moved["agenda"]] == [7, 1, 2, 3, 4, 5, 6, 8]
    assert moved["agenda"][-1]["measure"] == ids["late"]
    refused(
        app,
        InvalidInput,
        lambda: meetings.move_agenda_item(app, ids["second"], "kim", 7, 9),
        "give 1 to 8",
    )
    # The first meeting, whose time has passed, would have taken up the old alert.
    first = meetings.propose_agenda(app, ids["first"], "kim")
    assert unilateral[0]["id"] in [i["alert"] for i in first["agenda"]]
    assert [m["id"] for m in meetings.list_meetings(app)] == [ids["first"], ids["second"]]
    assert set(meetings.list_meetings(app)[0]) == {"id", "starts_at", "place", "status"}


def test_outcomes_change_measures_through_their_own_rules(
    app: App, new_url: Callable[[], str]
) -> None:
    ids = prepared(app)
    aid, dropped, amend = ids["aid"], ids["dropped"], ids["amend"]
    m = ids["second"]
    meetings.propose_agenda(app, m, "kim", at=at("2018-12-20T00:00Z"))
    items = {i["measure"]: i["number"] for i in meetings.show_meeting(app, m)["agenda"]}

    # USA lifts its objection: the measure is cleared, by the same position any user takes.
    out = meetings.record_outcome(
        app,
        m,
        "smith",
        items[ids["kumgang"]],
        OutcomeKind.OBJECTION_WITHDRAWN,
        "USA lifts its objection once fees go to an escrow account.",
        at=at("2018-12-21T03:00Z"),
    )
    assert out["measure"]["status"] == "cleared" and out["status"] == "held"
    history = measures.measure_history(app, ids["kumgang"])
    assert [e["kind"] for e in history][-2:] == ["measure.position", "measure.cleared"]

    # Only an envoy of the proposer withdraws, at a meeting as anywhere.
    refused(
        app,
        PermissionDenied,
        lambda: meetings.record_outcome(app, m, "kim", items[dropped], OutcomeKind.WITHDRAWN, "x"),
        "may not withdraw",
    )
    # KOR's envoy withdraws its measure.
    out = meetings.record_outcome(
        app, m, "kor", items[dropped], OutcomeKind.WITHDRAWN, "KOR withdraws the plan."
    )
    assert measures.show_measure(app, dropped)["status"] == "withdrawn"

    # To be amended: the proposer gets a follow-up.
    out = meetings.record_outcome(
        app,
        m,
        "smith",
        items[amend],
        OutcomeKind.TO_BE_AMENDED,
        "KOR narrows the scope.",
        due=date(2019, 1, 10),
    )
    (followup,) = out["followups"]
    assert followup["owner"] == "KOR" and followup["due"] == "2019-01-10"
    assert measures.show_measure(app, amend)["status"] == "objected"

    # Disagreement is recorded; the measure stays objected.
    meetings.record_outcome(
        app, m, "kim", items[aid], OutcomeKind.DISAGREEMENT, "No agreement; to be revisited."
    )
    assert measures.show_measure(app, aid)["status"] == "objected"

    # Refusals write nothing.
    refused(
        app,
        InvalidInput,
        lambda: meetings.record_outcome(app, m, "kim", 99, OutcomeKind.DECISION, "x"),
        "no agenda item 99",
    )
    refused(
        app,
        Conflict,
        lambda: meetings.record_outcome(app, m, "kim", items[aid], OutcomeKind.DECISION, "Again."),
        "already has an outcome",
    )
    gift_item = items[ids["gift"]]
    refused(
        app,
        InvalidTransition,
        lambda: meetings.record_outcome(app, m, "kim", gift_item, OutcomeKind.DISAGREEMENT, "x"),
        "no standing objection",
    )
    refused(
        app,
        InvalidTransition,
        lambda: meetings.record_outcome(app, m, "kor", gift_item, OutcomeKind.WITHDRAWN, "x"),
        "already executed",
    )
    refused(
        app,
        PermissionDenied,
        lambda: meetings.record_outcome(app, m, "lee", gift_item, OutcomeKind.DECISION, "x"),
        "viewer",
    )
    refused(
        app,
        InvalidInput,
        lambda: meetings.record_outcome(app, m, "smith", gift_item, OutcomeKind.TO_BE_AMENDED, "x"),
        "--due",
    )
    refused(
        app,
        NotFound,
        lambda: meetings.record_outcome(app, 77, "kim", 1, OutcomeKind.DECISION, "x"),
        "no meeting 77",
    )
    meetings.record_outcome(
        app, m, "smith", gift_item, OutcomeKind.DECISION, "KOR will notify such gifts."
    )

    # The record replays into exactly these projections.
    assert_rebuilds(app, new_url())


def test_a_statement_is_final_when_every_party_approved_it(app: App) -> None:
    m = int(
        meetings.schedule_meeting(
            app, "kim", starts="2018-12-21T10:00", zone="Asia/Seoul", place="Seoul"
        )["id"]
    )
    s = meetings.draft_statement(
        app, m, "smith", "Both sides reaffirm close coordination.", kind=StatementKind.PRESS_LINE
    )
    assert s["number"] == 1 and s["waiting_for"] == ["USA", "KOR"] and not s["final"]
    s = meetings.approve_statement(app, m, 1, "kor")
    assert s["approved_by"] == ["KOR"] and not s["final"]
    refused(app, Conflict, lambda: meetings.approve_statement(app, m, 1, "kor"), "already")
    refused(app, PermissionDenied, lambda: meetings.approve_statement(app, m, 1, "smith"), "envoy")
    # A new text asks every party again.
    s = meetings.revise_statement(app, m, 1, "smith", "Both sides reaffirm close coordination.")
    assert s["approved_by"] == []
    meetings.approve_statement(app, m, 1, "kor")
    s = meetings.approve_statement(app, m, 1, "usa")
    assert s["final"] and s["approved_by"] == ["KOR", "USA"]
    refused(
        app,
        InvalidTransition,
        lambda: meetings.revise_statement(app, m, 1, "kim", "Other words."),
        "final",
    )
    refused(app, Conflict, lambda: meetings.approve_statement(app, m, 1, "usa"), "already")
    refused(app, NotFound, lambda: meetings.approve_statement(app, m, 2, "usa"), "statement 2")
    refused(app, InvalidInput, lambda: meetings.draft_statement(app, m, "kim", "   "), "empty")
    kinds = [e.kind for e in entries(app) if e.kind.startswith("meeting.statement")]
    assert kinds.count("meeting.statement_approved") == 3


def test_followups_fall_overdue_once_and_count_in_responsiveness(app: App) -> None:
    m = int(
        meetings.schedule_meeting(
            app, "kim", starts="2018-12-21T10:00", zone="Asia/Seoul", place="Seoul"
        )["id"]
    )
    refused(
        app,
        InvalidInput,
        lambda: meetings.add_followup(app, m, "kim", owner=None, text="x", due=date(2019, 1, 4)),
        "owner",
    )
    refused(
        app,
        InvalidInput,
        lambda: meetings.add_followup(app, m, "kim", owner="JPN", text="x", due=date(2019, 1, 4)),
        "no party 'JPN'",
    )
    refused(
        app,
        InvalidInput,
        lambda: meetings.add_followup(app, m, "kim", owner="KOR", text="x", due=None),
        "due date",
    )
    late = meetings.add_followup(
        app, m, "smith", owner="KOR", text="Share the survey data.", due=date(2019, 1, 4)
    )
    kept = meetings.add_followup(
        app, m, "kim", owner="USA", text="Ask the 1718 Committee.", due=date(2019, 1, 4)
    )
    meetings.update_followup(
        app, kept["id"], "smith", FollowUpStatus.DONE, at=at("2019-01-03T15:00Z")
    )
    refused(
        app,
        PermissionDenied,
        lambda: meetings.update_followup(app, late["id"], "smith", FollowUpStatus.DONE),
        "belongs to KOR",
    )
    refused(
        app,
        InvalidTransition,
        lambda: meetings.update_followup(app, kept["id"], "smith", FollowUpStatus.CANCELLED),
        "already done",
    )
    # 4 Jan ends at midnight in Seoul: 3 Jan 15:00 UTC is not yet overdue, 4 Jan 15:00 is.
    measures.propose_measure(app, "kim", "Tick", at=at("2019-01-04T14:59Z"))
    assert meetings.raise_overdue_followups(app) == 0
    measures.propose_measure(app, "kim", "Tock", at=at("2019-01-04T15:00Z"))
    assert meetings.raise_overdue_followups(app) == 1
    assert meetings.raise_overdue_followups(app) == 0, "once each"
    (alert,) = observations.list_alerts(app, kind="followup_overdue")
    assert alert["actor"] == "KOR" and set(alert["to"]) == {"KOR", "USA"}
    assert "Share the survey data" in alert["text"]
    stats = {r["party"]: r for r in meetings.stats(app)}
    assert (stats["USA"]["followups_due"], stats["USA"]["followups_on_time"]) == (1, 1)
    assert (stats["KOR"]["followups_due"], stats["KOR"]["followups_on_time"]) == (1, 0)
    # Done late still counts as due, not on time; the alert is not raised again.
    meetings.update_followup(app, late["id"], "kim", FollowUpStatus.DONE)
    assert meetings.raise_overdue_followups(app) == 0
    assert {r["party"]: r for r in meetings.stats(app)}["KOR"]["on_time_share"] == 0.0


def test_responsiveness_figures(app: App) -> None:
    a = int(measures.propose_measure(app, "kim", "A", at=at("2018-11-20T00:00Z"))["id"])
    measures.notify_measure(app, a, "kor", at=at("2018-11-20T01:00Z"))
    measures.acknowledge_measure(app, a, "smith", at=at("2018-11-20T05:00Z"))
    measures.record_position(
        app, a, "smith", Stance.EXTENSION, reason="Need time.", at=at("2018-11-21T01:00Z")
    )
    b = int(measures.propose_measure(app, "kim", "B")["id"])
    measures.notify_measure(app, b, "kor", at=at("2018-11-22T01:00Z"))
    # USA never answers B; both windows close (A by silence after the extension).
    measures.propose_measure(app, "kim", "Later", at=at("2019-01-31T00:00Z"))
    usa = {r["party"]: r for r in meetings.stats(app)}["USA"]
    assert usa["notifications"] == 2
    assert usa["hours_to_acknowledge"] == 4.0
    assert usa["hours_to_first_position"] == 24.0
    assert (usa["windows_closed"], usa["closed_by_silence"]) == (2, 1)
    assert usa["silence_share"] == 0.5
    assert (usa["extensions"], usa["objections"]) == (1, 0)
    kor = {r["party"]: r for r in meetings.stats(app)}["KOR"]
    assert kor["notifications"] == 0 and kor["hours_to_acknowledge"] is None


def test_a_real_clock_refuses_meetings_in_the_past(
    make_app: MakeApp, new_url: Callable[[], str]
) -> None:
    now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    app = make_app(new_url(), clock=lambda: now)
    refused(
        app,
        InvalidInput,
        lambda: meetings.schedule_meeting(
            app, "kim", starts="2026-11-27T10:00", zone="Asia/Seoul", place="Seoul"
        ),
        "before now",
    )
    refused(
        app,
        InvalidInput,
        lambda: meetings.schedule_meeting(
            app, "kim", starts="soon", zone="Asia/Seoul", place="Seoul"
        ),
        "not a date and time",
    )
    refused(
        app,
        InvalidInput,
        lambda: meetings.schedule_meeting(
            app, "kim", starts="2026-12-01T10:00", zone="Mars/Olympus", place="Seoul"
        ),
        "IANA",
    )
    refused(
        app,
        PermissionDenied,
        lambda: meetings.schedule_meeting(
            app, "admin", starts="2026-12-01T10:00", zone="Asia/Seoul", place="Seoul"
        ),
        "admin",
    )
    shown = meetings.schedule_meeting(
        app,
        "kim",
        starts="2026-12-01T10:00",
        zone="Asia/Seoul",
        place="Seoul",
        chairs=["KOR:이도훈"],
    )
    assert shown["starts_at"] == "2026-12-01T01:00:00Z" and shown["chairs"] == {"KOR": "이도훈"}


def test_the_demo_has_a_meeting_with_an_agenda_and_outcomes(
    new_url: Callable[[], str],
) -> None:
    url = new_url()
    load_scenario("wg2018", url)
    app = App.open(url)
    try:
        (row,) = meetings.list_meetings(app)
        shown = meetings.show_meeting(app, row["id"])
        assert row["status"] == "held" and len(shown["agenda"]) >= 3
        assert sum(1 for i in shown["agenda"] if i["outcome"]) >= 3
        assert {f["owner"] for f in shown["followups"]} == {"KOR", "USA"}
        assert shown["statements"][0]["final"]
        assert_rebuilds(app, new_url())
    finally:
        app.db.dispose()
