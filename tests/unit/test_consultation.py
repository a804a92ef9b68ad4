"""Prior consultation rules, exercised through the domain functions and `measures.apply`.

Dates used throughout (checked by hand against a 2018 calendar and the `holidays` package):
KOR notifies on Monday 15 Oct 2018 at 10:00 KST (01:00 UTC). No party has a holiday from
16 Oct to 9 Nov, so day 1 is Tue 16 Oct and day 10 Mon 29 Oct; windows close at 18:00 KST
(09:00 UTC). An extension of 5 working days from 29 Oct ends on Mon 5 Nov; a second one
from 5 Nov skips Mon 12 Nov (Veterans Day observed in the US) and ends Tue 13 Nov.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pytest

from tandem.domain import consultation as rules
from tandem.domain.alerts import Alert, AlertKind, alert_from_event
from tandem.domain.consultation import Group, WindowRules
from tandem.domain.errors import (
    InvalidInput,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    TandemError,
)
from tandem.domain.events import Event
from tandem.domain.measures import (
    ClearedBy,
    Measure,
    Stance,
    Status,
    apply,
    parse_stance,
    parse_status,
    proposed,
)
from tandem.domain.parties import ALLOWED, Action, Party, Role, User

USA = Party("USA", "America/New_York", "US")
KOR = Party("KOR", "Asia/Seoul", "KR")
JPN = Party("JPN", "Asia/Tokyo", "JP")

T0 = datetime(2018, 10, 15, 1, 0, tzinfo=UTC)  # Mon 15 Oct 10:00 KST
DAY1 = datetime(2018, 10, 16, 9, 0, tzinfo=UTC)  # Tue 16 Oct 18:00 KST
DEADLINE = datetime(2018, 10, 29, 9, 0, tzinfo=UTC)  # Mon 29 Oct 18:00 KST
EXTENDED = datetime(2018, 11, 5, 9, 0, tzinfo=UTC)  # Mon 5 Nov 18:00 KST
EXTENDED_TWICE = datetime(2018, 11, 13, 9, 0, tzinfo=UTC)  # Tue 13 Nov 18:00 KST


def user(party: str | None, role: Role) -> User:
    name = f"{(party or 'group').lower()}.{role.value}"
    return User(name, party, role)


class World:
    """The domain as a service layer drives it: decide, then apply every event in turn."""

    def __init__(self, *parties: Party, rules: WindowRules | None = None) -> None:
        self.group = Group(tuple(parties), rules or WindowRules())
        self.now = T0
        self.measures: dict[int, Measure] = {}
        self.alerts: list[Alert] = []
        self.counters: dict[str, int] = {}
        self.log: list[Event] = []

    def ids(self, name: str) -> int:
        self.counters[name] = self.counters.get(name, 0) + 1
        return self.counters[name]

    def record(self, events: Sequence[Event], by: str) -> list[Event]:
        for event in events:
            self.log.append(event)
            if event.kind == "alert.raised":
                self.alerts.append(alert_from_event(event, self.now))
            elif event.subject.startswith("measure:"):
                mid = int(event.subject.split(":")[1])
                before = self.measures.get(mid)
                self.measures[mid] = apply(before, event, self.now, by)
        return list(events)

    def propose(
        self,
        party: str = "KOR",
        title: str = "Joint field study of the railways",
        planned: date | None = date(2018, 12, 1),
        measure_type: str = "general",
    ) -> Measure:
        e = proposed(self.ids("measure"), party, title, "Survey the line.", planned, measure_type)
        self.record([e], f"{party.lower()}.officer")
        return self.measures[e.payload["id"]]

    def do(self, action: str, m: Measure, who: User, **kw: object) -> list[Event]:
        fn = getattr(rules, action)
        if action in ("execute",):
            events = fn(m, who, self.group, self.now, self.ids, **kw)
        else:
            events = fn(m, who, self.group, self.now, **kw)
        return self.record(events, who.name)

    def notified(self, party: str = "KOR", **kw: object) -> Measure:
        m = self.propose(party)
        self.do("notify", m, user(party, Role.ENVOY), **kw)
        return m

    def settle(self, to: datetime) -> list[Event]:
        """Move the clock and record what time decided, as the services do."""
        assert to >= self.now
        self.now = to
        pending: list[tuple[datetime, int, Event]] = []
        for m in list(self.measures.values()):
            for when, event in rules.due(m, self.group, self.now, self.ids):
                pending.append((when, m.id, event))
        pending.sort(key=lambda x: (x[0], x[1]))
        return self.record([e for _, _, e in pending], "tandem")

    def position(
        self, m: Measure, party: str, stance: Stance, reason: str | None = None
    ) -> list[Event]:
        return self.do("take_position", m, user(party, Role.OFFICER), stance=stance, reason=reason)


def status(m: Measure) -> Status:
    """Read afresh: `apply` changes the measure behind the type checker's back."""
    return m.status


def kinds(events: Sequence[Event]) -> list[str]:
    return [e.kind for e in events]


def refused(
    world: World,
    error: type[TandemError],
    match: str,
    action: str,
    m: Measure,
    who: User,
    **kw: object,
) -> TandemError:
    """Assert that an action is refused and changes nothing."""
    snapshot = m.copy()
    n_log, counters = len(world.log), dict(world.counters)
    with pytest.raises(error, match=match) as exc:
        world.do(action, m, who, **kw)
    assert m == snapshot
    assert len(world.log) == n_log and world.counters == counters
    return exc.value


# --- roles -----------------------------------------------------------------------------


def test_role_table() -> None:
    officer = {
        Action.PROPOSE,
        Action.AMEND,
        Action.ACKNOWLEDGE,
        Action.TAKE_POSITION,
        Action.OBSERVE,
    }
    assert ALLOWED[Role.VIEWER] == frozenset()
    assert ALLOWED[Role.ADMIN] == frozenset()
    assert ALLOWED[Role.OFFICER] == officer
    assert ALLOWED[Role.ENVOY] == officer | {Action.NOTIFY, Action.WITHDRAW, Action.EXECUTE}


@pytest.mark.parametrize("action", ["notify", "withdraw", "execute"])
def test_officer_may_not_notify_withdraw_or_execute(action: str) -> None:
    w = World(USA, KOR)
    m = w.propose("KOR")
    err = refused(w, PermissionDenied, "only an envoy may", action, m, user("KOR", Role.OFFICER))
    assert "kor.officer" in err.message and "officer of KOR" in err.message


@pytest.mark.parametrize("action", ["notify", "withdraw", "execute", "amend"])
def test_viewer_and_admin_may_do_nothing(action: str) -> None:
    w = World(USA, KOR)
    m = w.propose("KOR")
    kw: dict[str, object] = {"title": "Other"} if action == "amend" else {}
    refused(w, PermissionDenied, "viewer of KOR", action, m, user("KOR", Role.VIEWER), **kw)
    refused(w, PermissionDenied, "acts for no party", action, m, user(None, Role.ADMIN), **kw)


def test_viewer_may_not_acknowledge_or_take_positions() -> None:
    w = World(USA, KOR)
    m = w.notified()
    viewer = user("USA", Role.VIEWER)
    refused(w, PermissionDenied, "officer or envoy", "acknowledge", m, viewer)
    refused(
        w, PermissionDenied, "officer or envoy", "take_position", m, viewer, stance=Stance.SUPPORT
    )
    with pytest.raises(PermissionDenied, match="only an officer or envoy may"):
        viewer.require(Action.PROPOSE)


@pytest.mark.parametrize("action", ["notify", "withdraw", "execute", "amend"])
def test_other_partys_envoy_may_not_act_on_a_measure(action: str) -> None:
    w = World(USA, KOR)
    m = w.propose("KOR")
    kw: dict[str, object] = {"title": "Other"} if action == "amend" else {}
    err = refused(w, PermissionDenied, "acts for USA", action, m, user("USA", Role.ENVOY), **kw)
    assert "of KOR" in err.message


def test_officer_may_amend_acknowledge_and_take_positions() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.do("acknowledge", m, user("USA", Role.OFFICER))
    w.do("amend", m, user("KOR", Role.OFFICER), title="Field study, revised")
    w.position(m, "USA", Stance.SUPPORT)
    assert status(m) is Status.CLEARED


def test_a_user_of_a_party_outside_the_group_is_refused() -> None:
    w = World(USA, KOR)
    m = w.notified()
    with pytest.raises(NotFound, match=r"no party 'CHN'.*USA, KOR"):
        w.do("acknowledge", m, user("CHN", Role.OFFICER))


# --- notify ----------------------------------------------------------------------------


def test_notify_opens_a_window_of_ten_working_days() -> None:
    w = World(USA, KOR)
    m = w.propose("KOR")
    assert status(m) is Status.DRAFT and m.deadline is None
    [e] = w.do("notify", m, user("KOR", Role.ENVOY))
    assert e.kind == "measure.notified" and e.party == "KOR"
    assert e.payload["deadline"] == "2018-10-29T09:00:00Z"
    assert e.payload["window_days"] == 10 and e.payload["version"] == 1
    assert status(m) is Status.IN_CONSULTATION
    assert m.notified_at == T0
    assert m.deadline == DEADLINE
    assert m.ack_due == DAY1
    assert not m.urgent


def test_notify_only_from_draft() -> None:
    w = World(USA, KOR)
    m = w.notified()
    err = refused(w, InvalidTransition, "not a draft", "notify", m, user("KOR", Role.ENVOY))
    assert f"measure {m.id}" in err.message and "amended" in err.message
    w.do("withdraw", m, user("KOR", Role.ENVOY))
    refused(w, InvalidTransition, "is withdrawn", "notify", m, user("KOR", Role.ENVOY))


def test_window_length_per_measure_type() -> None:
    w = World(USA, KOR, rules=WindowRules(by_type={"statement": 3}))
    m = w.propose("KOR", measure_type="statement")
    [e] = w.do("notify", m, user("KOR", Role.ENVOY))
    assert e.payload["window_days"] == 3
    assert m.deadline == datetime(2018, 10, 18, 9, 0, tzinfo=UTC)  # Thu 18 Oct 18:00 KST
    other = w.propose("KOR", measure_type="general")
    w.do("notify", other, user("KOR", Role.ENVOY))
    assert other.deadline == DEADLINE


@pytest.mark.parametrize("justification", [None, "", "   "])
def test_urgent_needs_a_justification(justification: str | None) -> None:
    w = World(USA, KOR)
    m = w.propose("KOR")
    refused(
        w,
        InvalidInput,
        "urgent notification needs a written justification",
        "notify",
        m,
        user("KOR", Role.ENVOY),
        urgent=True,
        justification=justification,
    )


def test_justification_without_urgent_is_refused() -> None:
    w = World(USA, KOR)
    m = w.propose("KOR")
    refused(
        w,
        InvalidInput,
        "only with an urgent",
        "notify",
        m,
        user("KOR", Role.ENVOY),
        justification="because",
    )


def test_urgent_window_is_two_working_days() -> None:
    w = World(USA, KOR)
    m = w.propose("KOR")
    [e] = w.do("notify", m, user("KOR", Role.ENVOY), urgent=True, justification="  crisis ")
    assert e.payload["window_days"] == 2 and e.payload["justification"] == "crisis"
    assert m.urgent and m.justification == "crisis"
    assert m.deadline == datetime(2018, 10, 17, 9, 0, tzinfo=UTC)  # Wed 17 Oct 18:00 KST
    assert m.ack_due == DAY1


def test_urgent_window_is_never_under_24_hours() -> None:
    w = World(USA, KOR, rules=WindowRules(urgent_days=1))
    w.now = datetime(2018, 10, 15, 11, 0, tzinfo=UTC)  # Mon 20:00 KST; Tue 18:00 is 22 h away
    m = w.propose("KOR")
    w.do("notify", m, user("KOR", Role.ENVOY), urgent=True, justification="crisis")
    assert m.deadline == datetime(2018, 10, 17, 9, 0, tzinfo=UTC)  # Wed 17 Oct 18:00 KST
    assert m.deadline - w.now >= timedelta(hours=24)
    # the acknowledgement is still due on day 1
    assert m.ack_due == DAY1


# --- acknowledge -----------------------------------------------------------------------


def test_acknowledge_by_own_party_is_refused() -> None:
    w = World(USA, KOR, JPN)
    m = w.notified("KOR")
    err = refused(
        w, PermissionDenied, "KOR's own measure", "acknowledge", m, user("KOR", Role.ENVOY)
    )
    assert "(USA, JPN)" in err.message


def test_acknowledge_twice_is_refused() -> None:
    w = World(USA, KOR)
    m = w.notified()
    [e] = w.do("acknowledge", m, user("USA", Role.OFFICER))
    assert e.payload == {"version": 1, "party": "USA", "all_acknowledged": True}
    assert m.acknowledged_by() == {"USA": T0}
    err = refused(
        w,
        InvalidTransition,
        "already acknowledged version 1",
        "acknowledge",
        m,
        user("USA", Role.ENVOY),
    )
    # shown in the acknowledging party's zone: 01:00 UTC on 15 Oct is 21:00 EDT on 14 Oct
    assert "on 14 Oct 2018 21:00 EDT" in err.message and f"measure {m.id}" in err.message


def test_acknowledge_a_draft_is_refused() -> None:
    w = World(USA, KOR)
    m = w.propose("KOR")
    refused(
        w, InvalidTransition, "draft.*KOR must notify", "acknowledge", m, user("USA", Role.OFFICER)
    )


def test_all_acknowledged_clears_the_acknowledgement_due_time() -> None:
    w = World(USA, KOR, JPN)
    m = w.notified("KOR")
    [e] = w.do("acknowledge", m, user("USA", Role.OFFICER))
    assert e.payload["all_acknowledged"] is False
    assert m.ack_due == DAY1
    [e] = w.do("acknowledge", m, user("JPN", Role.OFFICER))
    assert e.payload["all_acknowledged"] is True
    assert m.ack_due is None


def test_a_position_counts_as_an_acknowledgement() -> None:
    w = World(USA, KOR)
    m = w.notified()
    events = w.position(m, "USA", Stance.COMMENT, "see our note")
    assert kinds(events) == ["measure.acknowledged", "measure.position"]
    assert "USA" in m.acknowledged_by()
    refused(
        w, InvalidTransition, "already acknowledged", "acknowledge", m, user("USA", Role.OFFICER)
    )
    # a second position is not a second acknowledgement
    assert kinds(w.position(m, "USA", Stance.COMMENT, "again")) == ["measure.position"]


# --- positions -------------------------------------------------------------------------


def test_position_on_own_measure_is_refused() -> None:
    w = World(USA, KOR)
    m = w.notified()
    refused(
        w,
        PermissionDenied,
        "own measure.*only the other parties \\(USA\\)",
        "take_position",
        m,
        user("KOR", Role.OFFICER),
        stance=Stance.SUPPORT,
    )


@pytest.mark.parametrize("stance", [Stance.OBJECTION, Stance.EXTENSION])
@pytest.mark.parametrize("reason", [None, "", "  "])
def test_objection_and_extension_need_reasons(stance: Stance, reason: str | None) -> None:
    w = World(USA, KOR)
    m = w.notified()
    refused(
        w,
        InvalidInput,
        f"'{stance.value}' needs --reason",
        "take_position",
        m,
        user("USA", Role.OFFICER),
        stance=stance,
        reason=reason,
    )


def test_comment_support_and_no_objection_need_no_reason() -> None:
    w = World(USA, KOR, JPN)
    m = w.notified()
    w.position(m, "USA", Stance.COMMENT)
    w.position(m, "JPN", Stance.NO_OBJECTION)
    assert m.standing()["USA"].reason is None
    assert status(m) is Status.IN_CONSULTATION


def test_a_revised_position_stands_and_history_is_kept() -> None:
    w = World(USA, KOR, JPN)
    m = w.notified()
    w.position(m, "USA", Stance.OBJECTION, "too early")
    w.now += timedelta(hours=1)
    w.position(m, "USA", Stance.COMMENT, "on reflection")
    assert [p.stance for p in m.positions] == [Stance.OBJECTION, Stance.COMMENT]
    assert m.positions[0].reason == "too early" and m.positions[0].user == "usa.officer"
    assert m.standing()["USA"].stance is Stance.COMMENT
    assert m.objectors() == []
    # with no standing objection, the window ends in a clearance by silence
    w.settle(DEADLINE)
    assert status(m) is Status.CLEARED and m.cleared_by is ClearedBy.SILENCE


def test_position_on_a_draft_is_refused() -> None:
    w = World(USA, KOR)
    m = w.propose()
    refused(
        w,
        InvalidTransition,
        "draft and has not been notified",
        "take_position",
        m,
        user("USA", Role.OFFICER),
        stance=Stance.SUPPORT,
    )


def test_parse_stance_and_status() -> None:
    assert parse_stance("no_objection") is Stance.NO_OBJECTION
    assert parse_stance(" Support ") is Stance.SUPPORT
    assert parse_status("in-consultation") is Status.IN_CONSULTATION
    with pytest.raises(InvalidInput, match="support, no-objection, comment"):
        parse_stance("veto")
    with pytest.raises(InvalidInput, match="draft, in_consultation"):
        parse_status("done")


# --- clearance by consensus ------------------------------------------------------------


def test_consensus_with_two_parties() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.now = T0 + timedelta(days=2)
    events = w.position(m, "USA", Stance.NO_OBJECTION)
    assert kinds(events) == ["measure.acknowledged", "measure.position", "measure.cleared"]
    assert events[-1].payload == {
        "version": 1,
        "by": "consensus",
        "closed_at": "2018-10-17T01:00:00Z",
    }
    assert status(m) is Status.CLEARED
    assert m.cleared_by is ClearedBy.CONSENSUS
    assert m.closed_at == w.now
    assert m.ack_due is None


def test_consensus_with_three_parties_needs_every_other_party() -> None:
    w = World(USA, KOR, JPN)
    m = w.notified()
    w.position(m, "USA", Stance.SUPPORT)
    assert status(m) is Status.IN_CONSULTATION  # JPN has not concurred yet
    w.position(m, "JPN", Stance.COMMENT, "a question")
    assert status(m) is Status.IN_CONSULTATION  # a comment is not a concurrence
    w.position(m, "JPN", Stance.NO_OBJECTION)
    assert status(m) is Status.CLEARED and m.cleared_by is ClearedBy.CONSENSUS


def test_consensus_with_four_parties() -> None:
    gbr = Party("GBR", "Europe/London", "GB")
    w = World(USA, KOR, JPN, gbr)
    m = w.notified("USA")
    w.position(m, "KOR", Stance.SUPPORT)
    w.position(m, "JPN", Stance.SUPPORT)
    assert status(m) is Status.IN_CONSULTATION
    w.position(m, "GBR", Stance.SUPPORT)
    assert status(m) is Status.CLEARED


def test_an_objection_revised_to_support_while_open_clears_by_consensus() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.position(m, "USA", Stance.OBJECTION, "not yet")
    assert status(m) is Status.IN_CONSULTATION
    w.position(m, "USA", Stance.SUPPORT)
    assert status(m) is Status.CLEARED and m.cleared_by is ClearedBy.CONSENSUS


def test_position_on_a_cleared_measure_is_refused_with_a_hint() -> None:
    w = World(USA, KOR, JPN)
    m = w.notified()
    w.settle(DEADLINE)
    assert status(m) is Status.CLEARED
    err = refused(
        w,
        InvalidTransition,
        "closed on 29 Oct 2018 18:00 KST",
        "take_position",
        m,
        user("USA", Role.OFFICER),
        stance=Stance.OBJECTION,
        reason="late",
    )
    assert "ask KOR to amend" in err.message and f"measure {m.id}" in err.message
    refused(w, InvalidTransition, "closed", "acknowledge", m, user("JPN", Role.OFFICER))


# --- time: silence, objection, acknowledgement -----------------------------------------


def test_clearance_by_silence_acknowledged_or_not() -> None:
    w = World(USA, KOR)
    m = w.notified()
    before = w.settle(DEADLINE - timedelta(seconds=1))
    assert kinds(before) == ["measure.unacknowledged", "alert.raised"]
    assert status(m) is Status.IN_CONSULTATION
    events = w.settle(DEADLINE)
    assert events[-1].kind == "measure.cleared"
    assert events[-1].payload["by"] == "silence"
    assert status(m) is Status.CLEARED
    assert m.cleared_by is ClearedBy.SILENCE
    assert m.closed_at == DEADLINE
    assert rules.due(m, w.group, DEADLINE + timedelta(days=30), w.ids) == []


def test_due_reports_the_moment_each_decision_fell_due() -> None:
    w = World(USA, KOR)
    m = w.notified()
    later = DEADLINE + timedelta(days=3)
    decided = rules.due(m, w.group, later, w.ids)
    assert [(when, e.kind) for when, e in decided] == [
        (DAY1, "measure.unacknowledged"),
        (DAY1, "alert.raised"),
        (DEADLINE, "measure.cleared"),
    ]
    assert decided[-1][1].payload["closed_at"] == "2018-10-29T09:00:00Z"


def test_standing_objection_at_the_deadline_objects() -> None:
    w = World(USA, KOR, JPN)
    m = w.notified()
    w.position(m, "USA", Stance.OBJECTION, "sanctions risk")
    w.position(m, "JPN", Stance.SUPPORT)
    events = w.settle(DEADLINE)
    assert events[-1].kind == "measure.objected"
    assert events[-1].payload == {
        "version": 1,
        "objectors": ["USA"],
        "closed_at": "2018-10-29T09:00:00Z",
    }
    assert status(m) is Status.OBJECTED and m.closed_at == DEADLINE and m.cleared_by is None


def test_unacknowledged_after_one_working_day() -> None:
    w = World(USA, KOR, JPN)
    m = w.notified()
    w.do("acknowledge", m, user("JPN", Role.OFFICER))
    assert w.settle(DAY1 - timedelta(seconds=1)) == []
    events = w.settle(DAY1)
    assert kinds(events) == ["measure.unacknowledged", "alert.raised"]
    assert events[0].payload["parties"] == ["USA"]
    [alert] = w.alerts
    assert alert.kind is AlertKind.UNACKNOWLEDGED
    assert alert.actor == "USA"
    assert alert.to == ("JPN", "KOR", "USA")
    assert alert.measure == m.id
    assert f"measure {m.id}" in alert.text and "16 Oct 2018 18:00 KST" in alert.text
    assert m.ack_due is None
    # raised once, not at every later write; the window still runs
    assert w.settle(DAY1 + timedelta(days=1)) == []
    assert status(m) is Status.IN_CONSULTATION


def test_no_unacknowledged_alert_when_everyone_acknowledged() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.do("acknowledge", m, user("USA", Role.OFFICER))
    assert w.settle(DAY1 + timedelta(hours=1)) == []
    assert w.alerts == []


def test_due_on_a_draft_decides_nothing() -> None:
    w = World(USA, KOR)
    m = w.propose()
    assert rules.due(m, w.group, T0 + timedelta(days=400), w.ids) == []


# --- extension -------------------------------------------------------------------------


def test_extension_adds_five_working_days_once_per_party_and_version() -> None:
    w = World(USA, KOR, JPN)
    m = w.notified()
    events = w.position(m, "USA", Stance.EXTENSION, "need to consult Treasury")
    assert kinds(events) == [
        "measure.acknowledged",
        "measure.position",
        "measure.window_extended",
    ]
    assert events[-1].payload["deadline"] == "2018-11-05T09:00:00Z"
    assert m.deadline == EXTENDED and m.extended_by == {"USA"}

    err = refused(
        w,
        InvalidTransition,
        "once per party and version",
        "take_position",
        m,
        user("USA", Role.ENVOY),
        stance=Stance.EXTENSION,
        reason="more",
    )
    assert "USA already extended" in err.message

    # another party has its own extension, counted from the current deadline
    w.position(m, "JPN", Stance.EXTENSION, "also")
    assert m.deadline == EXTENDED_TWICE  # skips Veterans Day observed (Mon 12 Nov)

    # the old deadline no longer closes the window
    w.settle(EXTENDED)
    assert status(m) is Status.IN_CONSULTATION
    w.settle(EXTENDED_TWICE)
    assert status(m) is Status.CLEARED and m.closed_at == EXTENDED_TWICE


def test_extension_again_after_revising_is_refused() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.position(m, "USA", Stance.EXTENSION, "need time")
    w.position(m, "USA", Stance.COMMENT, "a note")
    refused(
        w,
        InvalidTransition,
        "once per party",
        "take_position",
        m,
        user("USA", Role.OFFICER),
        stance=Stance.EXTENSION,
        reason="again",
    )
    assert m.deadline == EXTENDED


def test_a_new_version_allows_a_new_extension() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.position(m, "USA", Stance.EXTENSION, "need time")
    w.now = datetime(2018, 10, 22, 1, 0, tzinfo=UTC)  # Mon 22 Oct 10:00 KST
    w.do("amend", m, user("KOR", Role.OFFICER), title="Field study, phase 1 only")
    assert m.extended_by == set()
    # 10 working days from Mon 22 Oct: Mon 5 Nov
    assert m.deadline == datetime(2018, 11, 5, 9, 0, tzinfo=UTC)
    w.position(m, "USA", Stance.EXTENSION, "need time again")
    assert m.deadline == EXTENDED_TWICE


# --- after the window: withdrawing an objection ----------------------------------------


def test_withdrawing_the_objection_after_the_window_clears_by_consensus() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.position(m, "USA", Stance.OBJECTION, "too early")
    w.settle(DEADLINE)
    assert status(m) is Status.OBJECTED
    w.now = DEADLINE + timedelta(days=3)
    events = w.position(m, "USA", Stance.SUPPORT)
    assert kinds(events) == ["measure.position", "measure.cleared"]
    assert status(m) is Status.CLEARED
    assert m.cleared_by is ClearedBy.CONSENSUS
    assert m.closed_at == w.now


def test_withdrawing_the_objection_with_a_silent_party_clears_by_silence() -> None:
    w = World(USA, KOR, JPN)
    m = w.notified()
    w.position(m, "USA", Stance.OBJECTION, "too early")
    w.settle(DEADLINE)
    w.now = DEADLINE + timedelta(days=1)
    w.position(m, "USA", Stance.NO_OBJECTION)
    assert status(m) is Status.CLEARED
    assert m.cleared_by is ClearedBy.SILENCE


def test_every_objection_must_be_withdrawn() -> None:
    w = World(USA, KOR, JPN)
    m = w.notified()
    w.position(m, "USA", Stance.OBJECTION, "no")
    w.position(m, "JPN", Stance.OBJECTION, "no either")
    w.settle(DEADLINE)
    assert m.objectors() == ["JPN", "USA"]
    assert kinds(w.position(m, "USA", Stance.SUPPORT)) == ["measure.position"]
    assert status(m) is Status.OBJECTED and m.objectors() == ["JPN"]
    # USA now stands at support: it has no objection left to withdraw
    refused(
        w,
        InvalidTransition,
        r"standing objections: JPN",
        "take_position",
        m,
        user("USA", Role.OFFICER),
        stance=Stance.NO_OBJECTION,
    )
    w.position(m, "JPN", Stance.SUPPORT)
    assert status(m) is Status.CLEARED and m.cleared_by is ClearedBy.CONSENSUS


@pytest.mark.parametrize(
    ("party", "stance", "reason"),
    [
        ("USA", Stance.COMMENT, "still unhappy"),
        ("USA", Stance.OBJECTION, "again"),
        ("USA", Stance.EXTENSION, "more time"),
        ("JPN", Stance.SUPPORT, None),  # JPN did not object: nothing to withdraw
        ("JPN", Stance.OBJECTION, "late objection"),
    ],
)
def test_any_other_position_after_the_window_is_refused(
    party: str, stance: Stance, reason: str | None
) -> None:
    w = World(USA, KOR, JPN)
    m = w.notified()
    w.position(m, "USA", Stance.OBJECTION, "too early")
    w.settle(DEADLINE)
    err = refused(
        w,
        InvalidTransition,
        "closed with an objection",
        "take_position",
        m,
        user(party, Role.OFFICER),
        stance=stance,
        reason=reason,
    )
    assert f"measure {m.id}" in err.message and "support or no-objection" in err.message


# --- amend -----------------------------------------------------------------------------


def test_substantial_amendment_opens_a_new_version_and_window() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.position(m, "USA", Stance.OBJECTION, "too big")
    w.now = datetime(2018, 10, 22, 1, 0, tzinfo=UTC)  # Mon 22 Oct 10:00 KST
    [e] = w.do(
        "amend",
        m,
        user("KOR", Role.OFFICER),
        description="Survey half the line.",
        reason="answering USA",
    )
    assert e.kind == "measure.amended" and e.payload["version"] == 2
    assert m.version == 2 and m.description == "Survey half the line."
    assert [v.number for v in m.versions] == [1, 2]
    assert m.versions[0].description == "Survey the line."
    assert status(m) is Status.IN_CONSULTATION
    assert m.notified_at == w.now
    assert m.deadline == datetime(2018, 11, 5, 9, 0, tzinfo=UTC)
    assert m.ack_due == datetime(2018, 10, 23, 9, 0, tzinfo=UTC)
    # positions and acknowledgements refer to a version: none yet on version 2
    assert m.standing() == {} and m.acknowledged_by() == {}
    assert m.standing(1)["USA"].stance is Stance.OBJECTION
    assert m.objectors() == []
    w.settle(datetime(2018, 11, 5, 9, 0, tzinfo=UTC))
    assert status(m) is Status.CLEARED and m.cleared_by is ClearedBy.SILENCE


@pytest.mark.parametrize("close_with", [Stance.OBJECTION, Stance.SUPPORT])
def test_amending_a_closed_window_reopens_it(close_with: Stance) -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.position(m, "USA", close_with, "reason")
    w.settle(DEADLINE)
    assert status(m) in (Status.OBJECTED, Status.CLEARED)
    w.now = datetime(2018, 10, 30, 1, 0, tzinfo=UTC)  # Tue 30 Oct 10:00 KST
    w.do("amend", m, user("KOR", Role.OFFICER), title="Field study, amended")
    assert status(m) is Status.IN_CONSULTATION
    assert m.cleared_by is None and m.closed_at is None
    # 10 working days from Tue 30 Oct: 31, 1, 2, 5, 6, 7, 8, 9, (12 off in the US), 13, 14
    assert m.deadline == datetime(2018, 11, 14, 9, 0, tzinfo=UTC)


def test_amending_a_draft_makes_a_version_but_opens_no_window() -> None:
    w = World(USA, KOR)
    m = w.propose()
    [e] = w.do("amend", m, user("KOR", Role.OFFICER), planned=date(2018, 11, 1))
    assert e.payload["deadline"] is None
    assert status(m) is Status.DRAFT and m.version == 2 and m.deadline is None
    assert m.planned == date(2018, 11, 1)


def test_minor_edit_is_recorded_without_reopening() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.position(m, "USA", Stance.COMMENT, "fine")
    [e] = w.do(
        "amend",
        m,
        user("KOR", Role.OFFICER),
        planned=date(2018, 12, 15),
        minor=True,
        reason="logistics",
    )
    assert e.kind == "measure.edited"
    assert e.payload == {"version": 1, "changes": {"planned": "2018-12-15"}, "reason": "logistics"}
    assert m.version == 1 and m.planned == date(2018, 12, 15)
    assert m.deadline == DEADLINE and status(m) is Status.IN_CONSULTATION
    assert m.standing()["USA"].stance is Stance.COMMENT
    assert [(x.version, x.reason) for x in m.minor_edits] == [(1, "logistics")]


def test_minor_edit_may_change_the_title_when_marked_and_justified() -> None:
    """Current rule: the proposer decides what is minor; only an earlier date is refused."""
    w = World(USA, KOR)
    m = w.notified()
    [e] = w.do(
        "amend",
        m,
        user("KOR", Role.OFFICER),
        title="Joint field study of the railway",
        minor=True,
        reason="typo",
    )
    assert e.kind == "measure.edited"
    assert m.title == "Joint field study of the railway"
    assert m.version == 1 and m.versions[-1].title == "Joint field study of the railways"
    assert m.deadline == DEADLINE


def test_minor_edit_needs_a_reason() -> None:
    w = World(USA, KOR)
    m = w.notified()
    refused(
        w,
        InvalidInput,
        "minor edit needs --reason",
        "amend",
        m,
        user("KOR", Role.OFFICER),
        title="Typo fixed",
        minor=True,
        reason="  ",
    )


def test_minor_edit_may_not_move_the_planned_date_earlier() -> None:
    w = World(USA, KOR)
    m = w.notified()
    refused(
        w,
        InvalidInput,
        "earlier is a substantial change",
        "amend",
        m,
        user("KOR", Role.OFFICER),
        planned=date(2018, 11, 20),
        minor=True,
        reason="sooner",
    )


def test_amending_with_nothing_changed_is_refused() -> None:
    w = World(USA, KOR)
    m = w.notified()
    err = refused(
        w,
        InvalidInput,
        "nothing to amend",
        "amend",
        m,
        user("KOR", Role.OFFICER),
        title=m.title,
        planned=m.planned,
    )
    assert f"measure {m.id}" in err.message and "version 1" in err.message
    refused(w, InvalidInput, "nothing to amend", "amend", m, user("KOR", Role.OFFICER))


def test_new_track_effects_are_a_substantial_change() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.position(m, "USA", Stance.SUPPORT, "fine")
    w.now = datetime(2018, 10, 22, 1, 0, tzinfo=UTC)
    [e] = w.do("amend", m, user("KOR", Role.OFFICER), effects=True)
    assert e.kind == "measure.amended" and e.payload["version"] == 2
    assert e.payload["deadline"] is not None and status(m) is Status.IN_CONSULTATION
    assert m.standing() == {}
    # The effects the measure already has (False) are no change.
    refused(
        w, InvalidInput, "nothing to amend", "amend", m, user("KOR", Role.OFFICER), effects=False
    )


@pytest.mark.parametrize("same", [True, False])
def test_a_minor_edit_takes_no_track_effects(same: bool) -> None:
    w = World(USA, KOR)
    m = w.notified()
    refused(
        w,
        InvalidInput,
        "effects is a substantial change",
        "amend",
        m,
        user("KOR", Role.OFFICER),
        title="Typo fixed",
        minor=True,
        reason="typo",
        effects=not same,
    )


@pytest.mark.parametrize("notified", [False, True])
def test_only_a_drafts_effects_change_outside_an_amendment(notified: bool) -> None:
    w = World(USA, KOR)
    m = w.notified() if notified else w.propose()
    if not notified:
        rules.may_change_effects(m)
        return
    with pytest.raises(InvalidTransition) as info:
        rules.may_change_effects(m)
    assert f"tandem measure amend {m.id} --effect" in info.value.message


def test_amending_to_an_empty_title_is_refused() -> None:
    w = World(USA, KOR)
    m = w.propose()
    refused(w, InvalidInput, "needs a title", "amend", m, user("KOR", Role.OFFICER), title=" ")


@pytest.mark.parametrize("end", ["execute", "withdraw"])
def test_executed_or_withdrawn_measures_are_not_amended(end: str) -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.do(end, m, user("KOR", Role.ENVOY))
    err = refused(
        w,
        InvalidTransition,
        "can no longer be amended",
        "amend",
        m,
        user("KOR", Role.ENVOY),
        title="Another",
    )
    assert "propose a new measure" in err.message


def test_an_amended_window_is_not_urgent() -> None:
    w = World(USA, KOR)
    m = w.propose()
    w.do("notify", m, user("KOR", Role.ENVOY), urgent=True, justification="crisis")
    assert m.urgent and m.justification == "crisis"
    w.do("amend", m, user("KOR", Role.OFFICER), title="Field study, revised")
    assert m.deadline == DEADLINE  # a full ten-day window
    after = w.measures[m.id]  # read afresh: `apply` changed it behind the type checker
    assert after.urgent is False and after.justification is None


# --- execute ---------------------------------------------------------------------------


def test_executing_a_cleared_measure_is_not_unilateral() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.position(m, "USA", Stance.SUPPORT)
    w.now = datetime(2018, 10, 20, 3, 0, tzinfo=UTC)
    [e] = w.do("execute", m, user("KOR", Role.ENVOY))
    assert e.payload == {
        "version": 1,
        "on": "2018-10-20",
        "unilateral": False,
        "status_before": "cleared",
    }
    assert status(m) is Status.EXECUTED and not m.unilateral
    assert m.executed_on == date(2018, 10, 20)
    assert w.alerts == []


@pytest.mark.parametrize("state", ["draft", "in_consultation", "objected"])
def test_executing_without_clearance_is_unilateral_and_alerts_every_other_party(
    state: str,
) -> None:
    w = World(USA, KOR, JPN)
    m = w.propose("KOR")
    if state != "draft":
        w.do("notify", m, user("KOR", Role.ENVOY))
    if state == "objected":
        w.position(m, "USA", Stance.OBJECTION, "no")
        w.settle(DEADLINE)
    assert m.status.value == state
    events = w.do("execute", m, user("KOR", Role.ENVOY))
    assert kinds(events) == ["measure.executed", "alert.raised"]
    assert status(m) is Status.EXECUTED and m.unilateral
    [alert] = [a for a in w.alerts if a.kind is AlertKind.UNILATERAL]
    assert alert.actor == "KOR" and alert.to == ("JPN", "USA") and alert.measure == m.id
    assert f"measure {m.id}" in alert.text and "without clearance" in alert.text
    expected = {"draft": "never notified", "in_consultation": "in consultation"}
    assert expected.get(state, state) in alert.text


def test_execution_date_defaults_to_today_in_the_proposer_zone() -> None:
    w = World(USA, KOR)
    m = w.propose("KOR")
    w.now = datetime(2018, 10, 15, 20, 0, tzinfo=UTC)  # already 16 Oct in Seoul
    w.do("execute", m, user("KOR", Role.ENVOY))
    assert m.executed_on == date(2018, 10, 16)


def test_execution_in_the_future_is_refused_a_past_one_recorded() -> None:
    w = World(USA, KOR)
    m = w.propose("KOR")
    err = refused(
        w, InvalidInput, "after today", "execute", m, user("KOR", Role.ENVOY), on=date(2018, 10, 16)
    )
    assert "2018-10-15 in KOR" in err.message
    w.do("execute", m, user("KOR", Role.ENVOY), on=date(2018, 10, 1))
    assert m.executed_on == date(2018, 10, 1)


def test_executing_a_withdrawn_or_executed_measure_is_refused() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.do("withdraw", m, user("KOR", Role.ENVOY))
    err = refused(w, InvalidTransition, "was withdrawn", "execute", m, user("KOR", Role.ENVOY))
    assert f"measure {m.id}" in err.message and "propose and notify it again" in err.message
    m2 = w.notified()
    w.do("execute", m2, user("KOR", Role.ENVOY))
    refused(w, InvalidTransition, "already executed", "execute", m2, user("KOR", Role.ENVOY))


# --- withdraw --------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["draft", "in_consultation", "cleared", "objected"])
def test_withdraw_from_any_state_before_execution(state: str) -> None:
    w = World(USA, KOR)
    m = w.propose("KOR")
    if state != "draft":
        w.do("notify", m, user("KOR", Role.ENVOY))
    if state in ("cleared", "objected"):
        w.position(m, "USA", Stance.SUPPORT if state == "cleared" else Stance.OBJECTION, "r")
        w.settle(DEADLINE)
    assert m.status.value == state
    [e] = w.do("withdraw", m, user("KOR", Role.ENVOY))
    assert e.payload["status_before"] == state
    assert status(m) is Status.WITHDRAWN and m.ack_due is None
    # nothing falls due on a withdrawn measure
    assert rules.due(m, w.group, DEADLINE + timedelta(days=10), w.ids) == []
    refused(w, InvalidTransition, "already withdrawn", "withdraw", m, user("KOR", Role.ENVOY))
    refused(
        w,
        InvalidTransition,
        "withdrawn",
        "take_position",
        m,
        user("USA", Role.OFFICER),
        stance=Stance.SUPPORT,
    )


def test_an_executed_measure_cannot_be_withdrawn() -> None:
    w = World(USA, KOR)
    m = w.propose()
    w.do("execute", m, user("KOR", Role.ENVOY))
    refused(
        w,
        InvalidTransition,
        "only a measure not yet executed",
        "withdraw",
        m,
        user("KOR", Role.ENVOY),
    )


# --- observe ---------------------------------------------------------------------------


def observe(w: World, who: User, *, actor: str, action: str, on: date) -> list[Event]:
    events = rules.observe(who, w.group, w.now, w.ids, actor=actor, action=action, on=on)
    return w.record(events, who.name)


def test_observed_action_alerts_every_party_but_the_actor() -> None:
    w = World(USA, KOR, JPN)
    events = observe(
        w, user("KOR", Role.OFFICER), actor="usa", action=" Lifted a ban ", on=date(2018, 10, 14)
    )
    assert kinds(events) == ["observed.recorded", "alert.raised"]
    assert events[0].payload == {
        "id": 1,
        "actor": "USA",
        "action": "Lifted a ban",
        "on": "2018-10-14",
    }
    assert events[0].party == "KOR"
    [alert] = w.alerts
    assert alert.kind is AlertKind.UNNOTIFIED
    assert alert.actor == "USA" and alert.to == ("JPN", "KOR") and alert.measure is None
    assert "never notified" in alert.text and "seen by KOR" in alert.text


def test_observing_your_own_party_is_refused() -> None:
    w = World(USA, KOR)
    with pytest.raises(InvalidInput, match="your own party"):
        observe(w, user("KOR", Role.OFFICER), actor="KOR", action="x", on=date(2018, 10, 1))
    assert w.counters == {} and w.alerts == []


def test_observe_bad_input() -> None:
    w = World(USA, KOR)
    officer = user("KOR", Role.OFFICER)
    with pytest.raises(NotFound, match="no party 'CHN'"):
        observe(w, officer, actor="CHN", action="x", on=date(2018, 10, 1))
    with pytest.raises(InvalidInput, match="--action"):
        observe(w, officer, actor="USA", action="  ", on=date(2018, 10, 1))
    # 15 Oct 01:00 UTC is still 14 Oct in New York, the actor's zone
    with pytest.raises(InvalidInput, match=r"on or before today \(2018-10-14\)"):
        observe(w, officer, actor="USA", action="x", on=date(2018, 10, 15))
    with pytest.raises(PermissionDenied, match="viewer"):
        observe(w, user("KOR", Role.VIEWER), actor="USA", action="x", on=date(2018, 10, 1))
    with pytest.raises(PermissionDenied, match="no party"):
        observe(w, user(None, Role.ADMIN), actor="USA", action="x", on=date(2018, 10, 1))
    assert w.counters == {} and w.log == []


# --- messages of the role checks ------------------------------------------------------


def test_role_refusals_read_as_sentences() -> None:
    with pytest.raises(PermissionDenied) as exc:
        user("KOR", Role.OFFICER).require(Action.NOTIFY, "KOR")
    assert exc.value.message == (
        "kor.officer is an officer of KOR and may not notify a measure; only an envoy may"
    )
    with pytest.raises(PermissionDenied) as exc:
        user("KOR", Role.VIEWER).require(Action.OBSERVE)
    assert exc.value.message == (
        "kor.viewer is a viewer of KOR and may not record an observed action; "
        "only an officer or envoy may"
    )
    with pytest.raises(PermissionDenied) as exc:
        user(None, Role.ADMIN).require(Action.OBSERVE)
    assert exc.value.message == (
        "group.admin is an admin and acts for no party; "
        "ask an officer or envoy to record an observed action"
    )
    with pytest.raises(PermissionDenied) as exc:
        user(None, Role.ADMIN).require(Action.EXECUTE, "KOR")
    assert exc.value.message.endswith("ask an envoy to execute it")


# --- the clock closes a window even before it is recorded -------------------------------


def test_a_window_past_its_deadline_is_closed_before_it_is_recorded() -> None:
    w = World(USA, KOR)
    m = w.notified()
    w.now = DEADLINE  # the clock moved; nothing has settled the window yet
    assert status(m) is Status.IN_CONSULTATION
    err = refused(
        w,
        InvalidTransition,
        "closed on 29 Oct 2018 18:00 KST",
        "take_position",
        m,
        user("USA", Role.OFFICER),
        stance=Stance.SUPPORT,
    )
    assert "ask KOR to amend" in err.message
    refused(
        w,
        InvalidTransition,
        "closed on 29 Oct 2018 18:00 KST",
        "acknowledge",
        m,
        user("USA", Role.OFFICER),
    )
    # one second earlier, the same position clears the measure by consensus
    w.now = DEADLINE - timedelta(seconds=1)
    w.position(m, "USA", Stance.SUPPORT)
    assert status(m) is Status.CLEARED and m.cleared_by is ClearedBy.CONSENSUS
