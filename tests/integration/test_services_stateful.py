"""Random sequences of use cases and clock moves on SQLite, checking the record after each.

After every step: a refused action wrote nothing at all; an accepted one appended exactly a
clock move (if it moved the clock), then what time had decided (as the domain's `due` says),
then its own entries, by its user; the sequence has no gaps; and reads as of the clock agree
with what the next write records. At the end, a rebuild from the record equals the live
projections.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from service_support import Snapshot, snapshot

from tandem.domain.consultation import due
from tandem.domain.errors import ClockError, TandemError
from tandem.domain.measures import Stance, Status
from tandem.domain.parties import Party, Role
from tandem.services import clock, group, measures, observations
from tandem.services.context import SYSTEM, App, reading
from tandem.services.rebuild import projections, rebuild
from tandem.store.database import Database

START = datetime(2018, 11, 19, tzinfo=UTC)
USERS = ["kim", "lee", "smith", "admin", "kor", "usa", "ghost"]
# Mostly the user who may do it (so that measures get far), now and then anyone.
WHO = st.sampled_from(["right", "right", "right", "right", *USERS])
ENVOY = {"KOR": "kor", "USA": "usa"}
OFFICER = {"KOR": "kim", "USA": "smith"}
PARTNER = {"KOR": "smith", "USA": "kim"}
STANCES = list(Stance)
REASONS = [None, "Because it matters."]
PRIMARY = {
    "propose": r"measure\.proposed",
    "notify": r"measure\.notified",
    "ack": r"measure\.acknowledged",
    "position": r"(measure\.acknowledged )?measure\.position( measure\.window_extended)?"
    r"( measure\.cleared)?",
    "amend": r"measure\.(amended|edited)",
    "withdraw": r"measure\.withdrawn",
    "execute": r"measure\.executed( alert\.raised)?",
    "observe": r"observed\.recorded alert\.raised",
    "clock": r"",
}


@cache
def template() -> Path:
    """A working group built once; each example starts from a copy of its file."""
    folder = Path(tempfile.mkdtemp(prefix="tandem-stateful-template-"))
    path = folder / "template.sqlite"
    app = App.open(f"sqlite:///{path}")
    group.init_group(
        app,
        [Party.parse("USA:America/New_York:US"), Party.parse("KOR:Asia/Seoul:KR")],
        simulated=True,
        start=START,
    )
    for name, party, role in (
        ("kim", "KOR", Role.OFFICER),
        ("lee", "KOR", Role.VIEWER),
        ("smith", "USA", Role.OFFICER),
        ("admin", None, Role.ADMIN),
    ):
        group.add_user(app, name, party, role)
    app.db.dispose()
    return path


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy (WAL included) through SQLite's backup API."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


hours = st.integers(min_value=-6, max_value=72)
maybe_at = st.none() | hours


class ServiceMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="tandem-stateful-"))
        path = self.folder / "db.sqlite"
        copy_database(template(), path)
        self.app = App.open(f"sqlite:///{path}")
        self.now = START
        self.proposers: list[str] = []
        self.last = snapshot(self.app)

    # --- running one use case and checking what it recorded -------------------------------

    def _pending_time_decisions(self, when: datetime) -> int:
        with reading(self.app) as ctx:
            found = ctx.uow.measures.find(status=[Status.IN_CONSULTATION])
            return sum(len(due(m, ctx.group, when, lambda _: 0)) for m in found)

    def _run(
        self,
        what: str,
        user: str | None,
        delta: int | None,
        call: Callable[[datetime | None], object],
    ) -> object | None:
        when = None if delta is None else self.now + timedelta(hours=delta)
        target = when or self.now
        expected_system = (
            (1 if when is not None and when > self.now else 0)
            + self._pending_time_decisions(target)
            if target >= self.now
            else 0
        )
        before = self.last
        try:
            result = call(when)
        except TandemError as exc:
            if when is not None and when < self.now:
                assert isinstance(exc, ClockError), exc.message
            after = snapshot(self.app)
            assert after == before, f"refused {what} wrote something: {exc.message}"
            return None
        assert when is None or when >= self.now, "the clock went backwards"
        after = snapshot(self.app)
        self._check_appended(what, user, before, after, expected_system, when)
        self.now = max(self.now, target)
        self.last = after
        return result

    def _check_appended(
        self,
        what: str,
        user: str | None,
        before: Snapshot,
        after: Snapshot,
        expected_system: int,
        when: datetime | None,
    ) -> None:
        assert after.entries[: before.size] == before.entries, "the record was rewritten"
        new = after.entries[before.size :]
        assert after.size == len(after.entries) == before.size + len(new)
        assert [e.seq for e in after.entries] == list(range(after.size))
        system, own = new[:expected_system], new[expected_system:]
        assert all(e.actor == SYSTEM for e in system), [e.kind for e in system]
        if when is not None and when > self.now:
            assert system[0].kind == "clock.set"
        assert all(e.actor == user for e in own), [(e.actor, e.kind) for e in own]
        kinds = " ".join(e.kind for e in own)
        assert re.fullmatch(PRIMARY[what], kinds), f"{what} recorded {kinds!r}"

    def _measure(self, n: int) -> int:
        return n % (len(self.proposers) + 2) or 1  # now and then one that does not exist

    def _who(self, who: str, mid: int, by: dict[str, str]) -> str:
        if who != "right":
            return who
        if mid > len(self.proposers):
            return "kor"
        return by[self.proposers[mid - 1]]

    # --- rules ----------------------------------------------------------------------------

    @initialize(hours_later=st.integers(min_value=0, max_value=30))
    def two_measures(self, hours_later: int) -> None:
        """Each run starts with a notified KOR measure and a draft of USA."""
        self.propose("right", "KOR", "Railway study", 1)
        self.notify(1, "right", False, hours_later)
        self.propose("right", "USA", "Aid travel", None)
        assert self.proposers == ["KOR", "USA"]

    @rule(
        who=WHO,
        party=st.sampled_from(["KOR", "USA"]),
        title=st.sampled_from(["Railway study", "Aid travel", "Statement", ""]),
        delta=maybe_at,
    )
    def propose(self, who: str, party: str, title: str, delta: int | None) -> None:
        user = OFFICER[party] if who == "right" else who
        done = self._run(
            "propose",
            user,
            delta,
            lambda at: measures.propose_measure(self.app, user, title, at=at),
        )
        if isinstance(done, dict):
            assert done["id"] == len(self.proposers) + 1
            self.proposers.append(done["proposer"])

    @rule(n=st.integers(0, 20), who=WHO, urgent=st.booleans(), delta=maybe_at)
    def notify(self, n: int, who: str, urgent: bool, delta: int | None) -> None:
        mid = self._measure(n)
        user = self._who(who, mid, ENVOY)
        self._run(
            "notify",
            user,
            delta,
            lambda at: measures.notify_measure(
                self.app,
                mid,
                user,
                urgent=urgent,
                justification="The meeting is close." if urgent else None,
                at=at,
            ),
        )

    @rule(n=st.integers(0, 20), who=WHO, delta=maybe_at)
    def ack(self, n: int, who: str, delta: int | None) -> None:
        mid = self._measure(n)
        user = self._who(who, mid, PARTNER)
        self._run(
            "ack", user, delta, lambda at: measures.acknowledge_measure(self.app, mid, user, at=at)
        )

    @rule(
        n=st.integers(0, 20),
        who=WHO,
        stance=st.sampled_from(STANCES),
        reason=st.sampled_from(REASONS),
        delta=maybe_at,
    )
    def position(
        self, n: int, who: str, stance: Stance, reason: str | None, delta: int | None
    ) -> None:
        mid = self._measure(n)
        user = self._who(who, mid, PARTNER)
        self._run(
            "position",
            user,
            delta,
            lambda at: measures.record_position(self.app, mid, user, stance, reason=reason, at=at),
        )

    @rule(
        n=st.integers(0, 20),
        who=WHO,
        minor=st.booleans(),
        planned=st.sampled_from([None, date(2019, 1, 10), date(2018, 12, 1)]),
        delta=maybe_at,
    )
    def amend(self, n: int, who: str, minor: bool, planned: date | None, delta: int | None) -> None:
        mid = self._measure(n)
        user = self._who(who, mid, OFFICER)
        self._run(
            "amend",
            user,
            delta,
            lambda at: measures.amend_measure(
                self.app,
                mid,
                user,
                title=None if planned else f"Amended at step {self.last.size}",
                planned=planned,
                minor=minor,
                reason="A small fix." if minor else None,
                at=at,
            ),
        )

    @rule(n=st.integers(0, 20), who=WHO, delta=maybe_at)
    def withdraw(self, n: int, who: str, delta: int | None) -> None:
        mid = self._measure(n)
        user = self._who(who, mid, ENVOY)
        self._run(
            "withdraw",
            user,
            delta,
            lambda at: measures.withdraw_measure(self.app, mid, user, at=at),
        )

    @rule(n=st.integers(0, 20), who=WHO, delta=maybe_at)
    def execute(self, n: int, who: str, delta: int | None) -> None:
        mid = self._measure(n)
        user = self._who(who, mid, ENVOY)
        self._run(
            "execute", user, delta, lambda at: measures.execute_measure(self.app, mid, user, at=at)
        )

    @rule(user=st.sampled_from(USERS), actor=st.sampled_from(["USA", "KOR", "JPN"]), delta=maybe_at)
    def observe(self, user: str, actor: str, delta: int | None) -> None:
        self._run(
            "observe",
            user,
            delta,
            lambda at: observations.observe_action(
                self.app, user, actor=actor, action="A visit", on=date(2018, 11, 19), at=at
            ),
        )

    @rule(delta=st.integers(min_value=-12, max_value=240))
    def move_clock(self, delta: int) -> None:
        self._run("clock", None, delta, lambda at: clock.set_clock(self.app, at or self.now))

    @rule()
    def reads_agree_with_what_a_write_records(self) -> None:
        """`clock set` to the same time records time's decisions; reads already showed them."""
        shown = measures.list_measures(self.app)
        alerts = observations.list_alerts(self.app)
        self._run("clock", None, 0, lambda at: clock.set_clock(self.app, self.now))
        assert measures.list_measures(self.app) == shown
        assert observations.list_alerts(self.app) == alerts

    @invariant()
    def record_matches_what_was_seen(self) -> None:
        assert snapshot(self.app) == self.last

    def teardown(self) -> None:
        try:
            target = Database(f"sqlite:///{self.folder / 'rebuilt.sqlite'}")
            assert rebuild(self.app, target) == self.last.size
            assert projections(target) == projections(self.app.db)
            target.dispose()
        finally:
            self.app.db.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)


ServiceMachine.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_service_machine = ServiceMachine.TestCase
