"""The lifecycle of measures under random actions by random users, with a moving clock.

The machine drives the domain as the services do: every write first records what the
clock has decided (`due`), then the user's action; a decision's events are applied one by
one with `measures.apply`. Refusals (`TandemError`) must leave everything as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta

import holidays
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from tandem.domain import consultation as rules
from tandem.domain.alerts import Alert, AlertKind, alert_from_event
from tandem.domain.consultation import Group, WindowRules
from tandem.domain.errors import TandemError
from tandem.domain.events import Event
from tandem.domain.measures import ClearedBy, Measure, Stance, Status, apply, proposed
from tandem.domain.parties import Action, Party, Role, User

USA = Party("USA", "America/New_York", "US")
KOR = Party("KOR", "Asia/Seoul", "KR")
JPN = Party("JPN", "Asia/Tokyo", "JP")
PARTIES = (USA, KOR, JPN)
BY_CODE = {p.code: p for p in PARTIES}
# short windows, so that windows close, extend and reopen within a run
GROUP = Group(PARTIES, WindowRules(window_days=2, urgent_days=1, extension_days=2))
USERS = [
    User(f"{p.code.lower()}.{role.value}", p.code, role)
    for p in PARTIES
    for role in (Role.VIEWER, Role.OFFICER, Role.ENVOY)
] + [User("admin", None, Role.ADMIN)]
# mostly users who may act, so that most attempts get past the role checks
ACTING = st.one_of(
    st.sampled_from([u for u in USERS if u.role in (Role.OFFICER, Role.ENVOY)]),
    st.sampled_from(USERS),
)
# a few days before clusters of holidays of one party or another
STARTS = [
    datetime(2018, 9, 14, 1, 0, tzinfo=UTC),  # Chuseok (KR), 23-26 Sep 2018
    datetime(2018, 10, 2, 23, 0, tzinfo=UTC),  # Columbus Day (US) and Hangul Day (KR)
    datetime(2018, 11, 7, 14, 0, tzinfo=UTC),  # Veterans Day, Thanksgiving (US); 23 Nov (JP)
    datetime(2018, 12, 19, 5, 0, tzinfo=UTC),  # Christmas, New Year
    datetime(2019, 1, 31, 9, 0, tzinfo=UTC),  # Seollal (KR)
    datetime(2019, 4, 24, 20, 0, tzinfo=UTC),  # Golden Week (JP), 2019: ten days
]
MAX_MEASURES = 5

_HOLIDAYS = {c: holidays.country_holidays(c) for c in ("US", "KR", "JP")}


def common_working_day(day: date) -> bool:
    """Judged with the `holidays` package directly, not with the code under test."""
    return day.weekday() < 5 and all(day not in h for h in _HOLIDAYS.values())


# Which event kinds may move a measure from which status to which.
TRANSITIONS: dict[str, set[tuple[Status | None, Status]]] = {
    "measure.proposed": {(None, Status.DRAFT)},
    "measure.notified": {(Status.DRAFT, Status.IN_CONSULTATION)},
    "measure.cleared": {
        (Status.IN_CONSULTATION, Status.CLEARED),
        (Status.OBJECTED, Status.CLEARED),
    },
    "measure.objected": {(Status.IN_CONSULTATION, Status.OBJECTED)},
    "measure.amended": {
        (Status.DRAFT, Status.DRAFT),
        (Status.IN_CONSULTATION, Status.IN_CONSULTATION),
        (Status.CLEARED, Status.IN_CONSULTATION),
        (Status.OBJECTED, Status.IN_CONSULTATION),
    },
    "measure.withdrawn": {
        (s, Status.WITHDRAWN)
        for s in (Status.DRAFT, Status.IN_CONSULTATION, Status.CLEARED, Status.OBJECTED)
    },
    "measure.executed": {
        (s, Status.EXECUTED)
        for s in (Status.DRAFT, Status.IN_CONSULTATION, Status.CLEARED, Status.OBJECTED)
    },
}
UNCHANGING = {
    "measure.acknowledged",
    "measure.position",
    "measure.window_extended",
    "measure.unacknowledged",
    "measure.edited",
}


class Lifecycle(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = STARTS[0]
        self.measures: dict[int, Measure] = {}
        self.history: dict[int, list[tuple[Event, datetime, str]]] = {}
        self.log: list[tuple[int, str, Status | None, Status]] = []
        self.alerts: list[Alert] = []
        self.counters: dict[str, int] = {}
        self.executed_from: dict[int, Status] = {}
        self.refusals = 0

    # --- plumbing, as in the services ---------------------------------------------------

    def ids(self, name: str) -> int:
        self.counters[name] = self.counters.get(name, 0) + 1
        return self.counters[name]

    def record(self, events: Sequence[Event], by: str) -> None:
        for event in events:
            if event.kind == "alert.raised":
                self.alerts.append(alert_from_event(event, self.now))
                continue
            if not event.subject.startswith("measure:"):
                continue
            mid = int(event.subject.split(":")[1])
            before = self.measures.get(mid)
            prior = before.copy() if before is not None else None
            m = apply(before, event, self.now, by)
            self.measures[mid] = m
            self.history.setdefault(mid, []).append((event, self.now, by))
            old = prior.status if prior is not None else None
            self.log.append((mid, event.kind, old, m.status))
            self.check_transition(event, prior, m)

    def check_transition(self, event: Event, prior: Measure | None, m: Measure) -> None:
        old = prior.status if prior is not None else None
        if event.kind in UNCHANGING:
            assert old is m.status, (event.kind, old, m.status)
        else:
            assert (old, m.status) in TRANSITIONS[event.kind], (event.kind, old, m.status)
        if event.kind == "measure.executed":
            assert old is not None
            self.executed_from[m.id] = old
        if event.kind == "measure.cleared":
            self.check_clearance(event, prior, m)

    def check_clearance(self, event: Event, prior: Measure | None, m: Measure) -> None:
        """Cleared only if notified, and either all concur or the window has closed clean."""
        assert prior is not None and prior.notified_at is not None
        assert m.deadline is not None
        assert event.payload["version"] == m.version
        others = GROUP.others(m.proposer)
        standing = m.standing()
        concur = all(p in standing and standing[p].stance.concurs for p in others)
        closed_clean = self.now >= m.deadline and not m.objectors()
        assert concur or closed_clean, (standing, m.deadline, self.now)
        if m.cleared_by is ClearedBy.CONSENSUS:
            assert concur
        else:
            assert m.cleared_by is ClearedBy.SILENCE
            assert closed_clean and not concur
        # the window closed at the deadline (silence from the clock) or now (a decision)
        assert m.closed_at in (m.deadline, self.now)
        assert m.closed_at is not None and m.closed_at <= self.now

    def settle(self) -> None:
        pending: list[tuple[datetime, int, Event]] = []
        for m in list(self.measures.values()):
            for when, event in rules.due(m, GROUP, self.now, self.ids):
                assert when <= self.now
                pending.append((when, m.id, event))
        pending.sort(key=lambda x: (x[0], x[1]))
        self.record([e for _, _, e in pending], "tandem")

    def attempt(self, decide: Callable[[], list[Event]], by: str) -> None:
        """Decide, then record; a refusal must leave measures and counters untouched."""
        snapshot = {k: m.copy() for k, m in self.measures.items()}
        counters = dict(self.counters)
        try:
            events = decide()
        except TandemError as exc:
            assert exc.message
            assert self.measures == snapshot
            assert self.counters == counters
            self.refusals += 1
            return
        # a decision returns facts; it never changes the measure itself
        assert self.measures == snapshot
        assert events
        self.record(events, by)

    def pick(self, data: st.DataObject, *prefer: Status) -> Measure:
        """Mostly a measure in one of the `prefer`red states (default: still in play)."""
        ids = sorted(self.measures)
        wanted = prefer or (Status.DRAFT, Status.IN_CONSULTATION, Status.CLEARED, Status.OBJECTED)
        likely = [i for i in ids if self.measures[i].status in wanted]
        if likely and data.draw(st.sampled_from([True, True, True, False]), label="likely"):
            ids = likely
        return self.measures[data.draw(st.sampled_from(ids), label="measure")]

    def user_for(self, data: st.DataObject, m: Measure, *, own: bool, envoy: bool) -> User:
        """Mostly a user who may plausibly act on `m`, sometimes anyone at all."""
        if data.draw(st.sampled_from([False, False, False, True]), label="anyone"):
            return data.draw(st.sampled_from(USERS), label="user")
        roles = (Role.ENVOY,) if envoy else (Role.OFFICER, Role.ENVOY)
        likely = [
            u
            for u in USERS
            if u.role in roles and (u.party == m.proposer) == own and u.party is not None
        ]
        return data.draw(st.sampled_from(likely), label="user")

    # --- rules --------------------------------------------------------------------------

    @initialize(
        start=st.sampled_from(STARTS),
        offset=st.integers(0, 72),
        party=st.sampled_from(PARTIES),
        notifier=st.sampled_from(PARTIES),
    )
    def first_measures(self, start: datetime, offset: int, party: Party, notifier: Party) -> None:
        """Every run starts with a draft and a measure in consultation."""
        self.now = start + timedelta(hours=offset)
        self.propose(party.code)
        self.propose(notifier.code)
        m = self.measures[2]
        envoy = User(f"{notifier.code.lower()}.envoy", notifier.code, Role.ENVOY)
        self.attempt(lambda: rules.notify(m, envoy, GROUP, self.now), envoy.name)
        assert m.status is Status.IN_CONSULTATION

    def propose(self, code: str) -> None:
        event = proposed(self.ids("measure"), code, "A measure", "", date(2018, 12, 1), "general")
        self.record([event], f"{code.lower()}.officer")

    @precondition(lambda self: len(self.measures) < MAX_MEASURES)
    @rule(who=ACTING)
    def propose_measure(self, who: User) -> None:
        def decide() -> list[Event]:
            who.require(Action.PROPOSE)
            assert who.party is not None
            return [
                proposed(self.ids("measure"), who.party, "Another", "", None, "general"),
            ]

        self.attempt(decide, who.name)

    @rule(
        hours=st.sampled_from([0, 6, 24, 48, 72, 96, 120]),
        minutes=st.integers(0, 59),
    )
    def advance_clock(self, hours: int, minutes: int) -> None:
        self.now += timedelta(hours=hours, minutes=minutes)
        self.settle()

    @rule(
        data=st.data(),
        urgency=st.sampled_from(
            [(False, None)] * 3 + [(True, "a crisis")] * 2 + [(True, ""), (False, "a crisis")]
        ),
    )
    def notify(self, data: st.DataObject, urgency: tuple[bool, str | None]) -> None:
        m = self.pick(data, Status.DRAFT)
        who = self.user_for(data, m, own=True, envoy=True)
        urgent, justification = urgency
        self.attempt(
            lambda: rules.notify(
                m, who, GROUP, self.now, urgent=urgent, justification=justification
            ),
            who.name,
        )

    @rule(data=st.data())
    def acknowledge(self, data: st.DataObject) -> None:
        m = self.pick(data, Status.IN_CONSULTATION)
        who = self.user_for(data, m, own=False, envoy=False)
        self.attempt(lambda: rules.acknowledge(m, who, GROUP, self.now), who.name)

    @rule(
        data=st.data(),
        stance=st.sampled_from([*Stance, Stance.OBJECTION]),
        reason=st.sampled_from(["because", "because", None, ""]),
    )
    def take_position(self, data: st.DataObject, stance: Stance, reason: str | None) -> None:
        m = self.pick(data, Status.IN_CONSULTATION, Status.OBJECTED)
        who = self.user_for(data, m, own=False, envoy=False)
        self.attempt(lambda: rules.take_position(m, who, GROUP, self.now, stance, reason), who.name)

    @rule(
        data=st.data(),
        stance=st.sampled_from([Stance.SUPPORT, Stance.OBJECTION, Stance.EXTENSION]),
    )
    def well_formed_position(self, data: st.DataObject, stance: Stance) -> None:
        """Support, or an objection or extension request with reasons."""
        m = self.pick(data, Status.IN_CONSULTATION, Status.OBJECTED)
        who = self.user_for(data, m, own=False, envoy=False)
        self.attempt(
            lambda: rules.take_position(m, who, GROUP, self.now, stance, "reasons"), who.name
        )

    @rule(
        data=st.data(),
        title=st.sampled_from([None, "A measure", "Revised"]),
        planned=st.sampled_from([None, date(2018, 11, 1), date(2018, 12, 1), date(2019, 1, 1)]),
        minor=st.sampled_from([True, True, False]),
        reason=st.sampled_from(["a typo", "a typo", None]),
        skip=st.sampled_from([False, True, True]),
    )
    def amend(
        self,
        data: st.DataObject,
        title: str | None,
        planned: date | None,
        minor: bool,
        reason: str | None,
        skip: bool,
    ) -> None:
        if skip:  # now and then only: an amendment restarts the window
            return
        m = self.pick(data)
        who = self.user_for(data, m, own=True, envoy=False)
        self.attempt(
            lambda: rules.amend(
                m, who, GROUP, self.now, title=title, planned=planned, minor=minor, reason=reason
            ),
            who.name,
        )

    @rule(
        data=st.data(),
        days_ago=st.integers(-1, 3),
        how=st.sampled_from(["withdraw", "execute", "wait", "wait", "wait", "wait"]),
    )
    def end(self, data: st.DataObject, days_ago: int, how: str) -> None:
        """Withdraw or execute, now and then only, so that measures do not end too soon."""
        if how == "wait":
            return
        withdrawing = how == "withdraw"
        m = self.pick(data)
        who = self.user_for(data, m, own=True, envoy=True)
        if withdrawing:
            self.attempt(lambda: rules.withdraw(m, who, GROUP, self.now), who.name)
            return
        today = self.now.astimezone(BY_CODE[m.proposer].zone).date()
        on = today - timedelta(days=days_ago)
        self.attempt(lambda: rules.execute(m, who, GROUP, self.now, self.ids, on), who.name)

    @rule(
        who=ACTING,
        actor=st.sampled_from(["USA", "kor", "JPN", "CHN"]),
        action=st.sampled_from(["", "a statement"]),
        days_ago=st.integers(-1, 3),
    )
    def observe(self, who: User, actor: str, action: str, days_ago: int) -> None:
        on = self.now.date() - timedelta(days=days_ago)
        before = len(self.alerts)
        self.attempt(
            lambda: rules.observe(
                who, GROUP, self.now, self.ids, actor=actor, action=action, on=on
            ),
            who.name,
        )
        for alert in self.alerts[before:]:
            assert alert.kind is AlertKind.UNNOTIFIED
            assert alert.actor not in alert.to
            assert set(alert.to) == set(GROUP.others(alert.actor))
            assert who.party in alert.to

    # --- invariants ---------------------------------------------------------------------

    @invariant()
    def statuses_are_known_and_changed_only_by_events(self) -> None:
        """Per measure, the logged (before, after) statuses form one unbroken chain that
        ends at the current status: no status changed outside a recorded event."""
        chain: dict[int, Status] = {}
        for mid, _, before, after in self.log:
            assert before is chain.get(mid), (mid, before, chain.get(mid))
            chain[mid] = after
        assert chain.keys() == self.measures.keys()
        for mid, m in self.measures.items():
            assert m.status in set(Status)
            assert chain[mid] is m.status

    @invariant()
    def the_state_rebuilds_from_the_events(self) -> None:
        for mid, m in self.measures.items():
            rebuilt: Measure | None = None
            for event, at, by in self.history[mid]:
                rebuilt = apply(rebuilt, event, at, by)
            assert rebuilt == m

    @invariant()
    def deadlines_fall_at_18_on_common_working_days(self) -> None:
        for m in self.measures.values():
            if m.status in (Status.IN_CONSULTATION, Status.CLEARED, Status.OBJECTED):
                assert m.deadline is not None and m.notified_at is not None
            for instant in (m.deadline, m.ack_due):
                if instant is None:
                    continue
                local = instant.astimezone(BY_CODE[m.proposer].zone)
                assert local.time() == time(18, 0), (m.id, local)
                assert common_working_day(local.date()), (m.id, local)
            if m.deadline is not None and m.notified_at is not None:
                assert m.deadline > m.notified_at
                if m.urgent:
                    assert m.deadline - m.notified_at >= timedelta(hours=24)

    @invariant()
    def windows_do_not_outlive_their_deadline(self) -> None:
        for m in self.measures.values():
            if m.is_open:
                assert m.deadline is not None and self.now < m.deadline

    @invariant()
    def cleared_measures_say_how(self) -> None:
        for m in self.measures.values():
            if m.status is Status.CLEARED:
                assert m.cleared_by is not None and m.closed_at is not None
            if m.status in (Status.DRAFT, Status.IN_CONSULTATION):
                assert m.cleared_by is None and m.closed_at is None

    @invariant()
    def executed_without_clearance_is_unilateral_and_alerted(self) -> None:
        for m in self.measures.values():
            unilateral_alerts = [
                a for a in self.alerts if a.kind is AlertKind.UNILATERAL and a.measure == m.id
            ]
            if m.status is not Status.EXECUTED:
                assert not m.unilateral and unilateral_alerts == []
                continue
            if self.executed_from[m.id] is Status.CLEARED:
                assert not m.unilateral and unilateral_alerts == []
            else:
                assert m.unilateral
                [alert] = unilateral_alerts
                assert alert.actor == m.proposer
                assert set(alert.to) == set(GROUP.others(m.proposer))

    @invariant()
    def alerts_have_unique_ids_and_known_parties(self) -> None:
        assert len({a.id for a in self.alerts}) == len(self.alerts)
        for a in self.alerts:
            assert set(a.to) <= set(GROUP.codes) and a.to


TestLifecycle = Lifecycle.TestCase
TestLifecycle.settings = settings(
    max_examples=200,
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def test_the_machine_reaches_every_status() -> None:
    """Guard against a machine that only ever collects refusals."""
    reached: set[Status] = set()
    kinds: set[str] = set()

    class Probe(Lifecycle):
        def teardown(self) -> None:
            reached.update(after for _, _, _, after in self.log)
            kinds.update(k for _, k, _, _ in self.log)
            kinds.update(f"alert:{a.kind.value}" for a in self.alerts)

    Probe.TestCase.settings = settings(
        max_examples=150,
        derandomize=True,
        database=None,
        stateful_step_count=40,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    Probe.TestCase().runTest()
    assert reached == set(Status), reached
    for kind in (
        "measure.cleared",
        "measure.objected",
        "measure.window_extended",
        "measure.edited",
        "measure.amended",
        "alert:unilateral",
        "alert:unacknowledged",
        "alert:unnotified",
    ):
        assert kind in kinds, kind
