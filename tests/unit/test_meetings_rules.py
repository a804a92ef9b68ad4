"""The pure rules of meetings: statement approval and follow-ups as state machines, the
agenda's candidates, and outcomes refused before anything is decided."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from tandem.domain.errors import (
    Conflict,
    InvalidInput,
    InvalidTransition,
    PermissionDenied,
    TandemError,
)
from tandem.domain.events import Event
from tandem.domain.measures import Measure, Position, Stance, Status
from tandem.domain.meetings import (
    FollowUp,
    FollowUpStatus,
    Item,
    ItemKind,
    Meeting,
    OutcomeKind,
    Statement,
    StatementKind,
    add_followup,
    apply_followup,
    apply_statement,
    approve_statement,
    draft_statement,
    measure_candidates,
    outcome_event,
    overdue_events,
    revise_statement,
    schedule,
    set_followup_status,
)
from tandem.domain.parties import Role, User

PARTIES = ["USA", "KOR", "JPN"]
T0 = datetime(2018, 12, 21, 1, tzinfo=UTC)
ENVOYS = {p: User(p.lower(), p, Role.ENVOY) for p in PARTIES}
OFFICERS = {p: User(f"officer-{p.lower()}", p, Role.OFFICER) for p in PARTIES}
ZONES = {
    "USA": ZoneInfo("America/New_York"),
    "KOR": ZoneInfo("Asia/Seoul"),
    "JPN": ZoneInfo("Asia/Tokyo"),
}


def meeting(*items: Item) -> Meeting:
    return Meeting(1, T0, "Asia/Seoul", "Seoul", {}, {}, items=list(items))


class StatementMachine(RuleBasedStateMachine):
    """Any order of drafts, revisions and approvals: a statement is final exactly when every
    party approved its current text, and a refused step changes nothing."""

    def __init__(self) -> None:
        super().__init__()
        event = draft_statement(meeting(), 1, OFFICERS["KOR"], StatementKind.JOINT, "Text 0")
        self.s = apply_statement(None, event, T0)
        self.approved: set[str] = set()
        self.final = False
        self.texts = 0
        self.now = T0

    def _apply(self, event: Event) -> None:
        self.now += timedelta(minutes=1)
        apply_statement(self.s, event, self.now)

    @rule(party=st.sampled_from(PARTIES))
    def approve(self, party: str) -> None:
        before = dict(self.s.approvals)
        if party in self.approved:
            with pytest.raises(Conflict):
                approve_statement(self.s, ENVOYS[party], PARTIES)
            assert self.s.approvals == before
            return
        event = approve_statement(self.s, ENVOYS[party], PARTIES)
        self.approved.add(party)
        assert event.payload["final"] == (self.approved == set(PARTIES))
        self._apply(event)
        self.final = event.payload["final"]

    @rule(party=st.sampled_from(PARTIES))
    def officer_may_not_approve(self, party: str) -> None:
        with pytest.raises(PermissionDenied):
            approve_statement(self.s, OFFICERS[party], PARTIES)

    @rule(party=st.sampled_from(PARTIES))
    def revise(self, party: str) -> None:
        if self.final:
            with pytest.raises(InvalidTransition):
                revise_statement(self.s, OFFICERS[party], PARTIES, "Late words")
            return
        self.texts += 1
        self._apply(revise_statement(self.s, OFFICERS[party], PARTIES, f"Text {self.texts}"))
        self.approved.clear()

    @invariant()
    def agrees(self) -> None:
        assert set(self.s.approvals) == self.approved
        assert self.s.final(PARTIES) == self.final
        assert self.s.text == f"Text {self.texts}"


TestStatementApproval = StatementMachine.TestCase


class FollowUpMachine(RuleBasedStateMachine):
    """Open → done or cancelled by the owner only; overdue raises one alert, never two."""

    def __init__(self) -> None:
        super().__init__()
        event = add_followup(
            7,
            meeting(Item(1, ItemKind.OTHER, "x")),
            OFFICERS["USA"],
            PARTIES,
            "KOR",
            "Share the data.",
            date(2019, 1, 4),
            1,
        )
        p = event.payload
        self.f = FollowUp(p["id"], p["meeting"], p["item"], p["owner"], p["text"], date(2019, 1, 4))
        self.now = datetime(2019, 1, 2, tzinfo=UTC)
        self.alerts = 0
        self.status = FollowUpStatus.OPEN

    @rule(hours=st.integers(min_value=1, max_value=72))
    def time_passes(self, hours: int) -> None:
        self.now += timedelta(hours=hours)

    @rule()
    def worker_tick(self) -> None:
        ids = iter(range(100, 1000))
        events = overdue_events([self.f], ZONES, PARTIES, self.now, lambda: next(ids))
        expected = (
            self.status is FollowUpStatus.OPEN
            and not self.f.alerted
            and (self.now >= datetime(2019, 1, 4, 15, tzinfo=UTC))
        )
        assert len(events) == (2 if expected else 0)
        for e in events:
            if e.kind == "alert.raised":
                self.alerts += 1
                assert e.payload["kind"] == "followup_overdue" and e.payload["actor"] == "KOR"
            else:
                apply_followup(self.f, e, self.now)

    @rule(party=st.sampled_from(PARTIES), status=st.sampled_from(list(FollowUpStatus)))
    def update(self, party: str, status: FollowUpStatus) -> None:
        try:
            event = set_followup_status(self.f, OFFICERS[party], status)
        except TandemError as exc:
            assert (
                party != "KOR"
                or self.status is not FollowUpStatus.OPEN
                or status is FollowUpStatus.OPEN
            ), exc.message
            return
        assert party == "KOR" and self.status is FollowUpStatus.OPEN
        apply_followup(self.f, event, self.now)
        self.status = status

    @invariant()
    def agrees(self) -> None:
        assert self.f.status is self.status
        assert self.alerts <= 1
        assert self.f.alerted == (self.alerts == 1)
        if self.status is FollowUpStatus.DONE:
            assert self.f.on_time(ZONES["KOR"]) == (
                self.f.done_at is not None and self.f.done_at < datetime(2019, 1, 4, 15, tzinfo=UTC)
            )


TestFollowUps = FollowUpMachine.TestCase


def objected_measure(mid: int = 3) -> Measure:
    m = Measure(mid, "KOR", "general", "Kumgang", "", None, T0, status=Status.OBJECTED)
    m.notified_at = T0 - timedelta(days=20)
    m.positions.append(Position("USA", Stance.OBJECTION, "No.", 1, T0, "smith"))
    return m


def test_candidates_are_objected_and_closing_measures() -> None:
    objected = objected_measure(1)
    closing = Measure(2, "USA", "general", "Aid", "", None, T0, status=Status.IN_CONSULTATION)
    closing.deadline = T0 - timedelta(hours=1)
    later = Measure(3, "USA", "general", "Later", "", None, T0, status=Status.IN_CONSULTATION)
    later.deadline = T0 + timedelta(days=3)
    found = measure_candidates([later, closing, objected], T0)
    assert [(c.kind, c.measure) for c in found] == [
        (ItemKind.OBJECTED, 1),
        (ItemKind.CLOSING, 2),
    ]
    assert "objected by USA" in found[0].title


def test_outcomes_refused_before_anything_is_decided() -> None:
    m = meeting(Item(1, ItemKind.OTHER, "Aid"), Item(2, ItemKind.OBJECTED, "K", measure=3))
    with pytest.raises(InvalidInput, match="no agenda item 5"):
        outcome_event(m, OFFICERS["KOR"], 5, OutcomeKind.DECISION, "x", None)
    with pytest.raises(InvalidInput, match="not about a measure"):
        outcome_event(m, OFFICERS["KOR"], 1, OutcomeKind.WITHDRAWN, "x", None)
    with pytest.raises(InvalidInput, match="empty"):
        outcome_event(m, OFFICERS["KOR"], 1, OutcomeKind.DECISION, " ", None)
    cleared = objected_measure()
    cleared.positions.append(Position("USA", Stance.SUPPORT, None, 1, T0, "smith"))
    with pytest.raises(InvalidTransition, match="no standing objection"):
        outcome_event(m, OFFICERS["KOR"], 2, OutcomeKind.DISAGREEMENT, "x", cleared)
    executed = objected_measure()
    executed.status = Status.EXECUTED
    for kind in (OutcomeKind.TO_BE_AMENDED, OutcomeKind.WITHDRAWN):
        with pytest.raises(InvalidTransition, match="already executed"):
            outcome_event(m, OFFICERS["KOR"], 2, kind, "x", executed)
    event = outcome_event(
        m, OFFICERS["USA"], 2, OutcomeKind.DISAGREEMENT, "Noted.", objected_measure()
    )
    assert event.payload == {
        "meeting": 1,
        "item": 2,
        "kind": "disagreement",
        "decision": "Noted.",
        "measure": 3,
    }


def test_scheduling_checks_the_clock_only_when_it_is_real() -> None:
    past = T0 - timedelta(days=1)
    with pytest.raises(InvalidInput, match="before now"):
        schedule(
            1, OFFICERS["KOR"], PARTIES, T0, past, "Asia/Seoul", "Seoul", {}, {}, real_clock=True
        )
    event = schedule(
        1, OFFICERS["KOR"], PARTIES, T0, past, "Asia/Seoul", "Seoul", {}, {}, real_clock=False
    )
    assert event.kind == "meeting.scheduled"
    with pytest.raises(PermissionDenied, match="viewer"):
        schedule(
            1,
            User("lee", "KOR", Role.VIEWER),
            PARTIES,
            T0,
            T0,
            "Asia/Seoul",
            "S",
            {},
            {},
            real_clock=False,
        )


def test_a_statement_is_not_final_until_all_parties_approve() -> None:
    s = Statement(1, 1, StatementKind.PRESS_LINE, "Text")
    for party in PARTIES[:-1]:
        apply_statement(s, approve_statement(s, ENVOYS[party], PARTIES), T0)
        assert not s.final(PARTIES)
    apply_statement(s, approve_statement(s, ENVOYS["JPN"], PARTIES), T0)
    assert s.final(PARTIES)
