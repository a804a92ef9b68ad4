"""What every use case shares: the database, the clock, and how a change is recorded.

A write is one transaction: it moves a simulated clock if asked, records what time has
decided since the last write (windows that closed, acknowledgements overdue), then the
user's own change; state and record entries are written together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tandem.domain.alerts import alert_from_event
from tandem.domain.consultation import Group, WindowRules, due
from tandem.domain.errors import ClockError, NotFound, TandemError
from tandem.domain.events import Event, from_iso, iso
from tandem.domain.ledger import Entry
from tandem.domain.measures import Measure
from tandem.domain.measures import apply as apply_measure
from tandem.domain.observed import observed_from_event
from tandem.domain.parties import Party, User
from tandem.store.database import Database
from tandem.store.repositories import USERS_REVISION
from tandem.store.unit_of_work import UnitOfWork, unit_of_work

SYSTEM = "tandem"
MAX_ID = 2**31 - 1
"""The largest id an INTEGER column holds on PostgreSQL."""


def system_clock() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class NotInitialised(TandemError):
    status = 409
    title = "Not initialised"


@dataclass
class App:
    """The database and the real clock; everything a service needs from outside."""

    db: Database
    clock: Callable[[], datetime] = system_clock
    parties: tuple[Party, ...] = ()
    """The group's parties, read once: they never change after `tandem init`."""
    group: tuple[str, Group] = ("", Group(()))
    """The group with the rules text it was built from (its calendar is built once)."""
    users: tuple[str, dict[str, User]] = ("", {})
    """Users by name with the `users_rev` setting they were read at: refreshed when a
    transaction begins and the setting has moved, never from uncommitted changes."""

    @classmethod
    def open(cls, url: str, clock: Callable[[], datetime] = system_clock) -> App:
        return cls(Database(url), clock)


@dataclass
class Context:
    """A transaction seen by a use case: the time, the group, and the repositories."""

    uow: UnitOfWork
    now: datetime
    group: Group
    simulated: bool
    next_due: str | None = None
    """Stored lower bound of the next moment time decides something ("" when nothing is
    open; None when unknown): writes before it skip looking for due measures."""
    users: dict[str, User] = field(default_factory=dict)
    """Users as committed when the transaction began (see App.users)."""
    _measures: dict[int, Measure] = field(default_factory=dict)
    _dirty: set[int] = field(default_factory=set)
    _to_index: list[tuple[Measure, str, int]] = field(default_factory=list)

    def user(self, name: str) -> User:
        user = self.users.get(name) or self.uow.users.get(name)
        if user is None:
            known = ", ".join(u.name for u in self.uow.users.all())
            raise NotFound(f"there is no user '{name}'; the users are {known}")
        return user

    def measure(self, measure_id: int, *, for_update: bool = False) -> Measure:
        if measure_id in self._measures:
            return self._measures[measure_id]
        # An id beyond the INTEGER column is no measure (and must not reach the driver).
        m = (
            None
            if not 0 < measure_id <= MAX_ID
            else self.uow.measures.get(measure_id, for_update=for_update)
        )
        if m is None:
            raise NotFound(
                f"there is no measure {measure_id}; `tandem measure list` shows the measures"
            )
        self._measures[measure_id] = m
        return m

    def next_id(self, name: str) -> int:
        return self.uow.counters.next(name)

    def record(self, events: Sequence[Event], actor: str) -> list[Entry]:
        """Append each event to the record and apply it to the projections."""
        if not events:
            return []
        at = iso(self.now)
        first = self.uow.counters.next("record", len(events)) - len(events)
        entries = [
            Entry(first + i, at, actor, e.party, e.kind, e.subject, e.payload)
            for i, e in enumerate(events)
        ]
        for event in events:
            project(self, event, self.now, actor)
        self.flush()
        self.uow.record.append(*entries)
        opened = [
            from_iso(e.payload["ack_due"])
            for e in events
            if e.kind in ("measure.notified", "measure.amended") and e.payload.get("ack_due")
        ]
        if opened and self.next_due is not None:
            self._lower_next_due(min(opened))
        return entries

    def flush(self) -> None:
        """Save each measure changed by the events projected so far, once."""
        for measure_id in sorted(self._dirty):
            self.uow.measures.save(self._measures[measure_id])
        self._dirty.clear()
        for m, kind, positions in self._to_index:
            _index(self.uow, m, kind, positions)
        self._to_index.clear()

    def _lower_next_due(self, when: datetime) -> None:
        if self.next_due and from_iso(self.next_due) <= when:
            return
        self.next_due = iso(when)
        self.uow.settings.set("next_due", self.next_due)

    def settle(self) -> None:
        """Record what the clock has decided: overdue acknowledgements, closed windows."""
        if self.next_due == "" or (self.next_due and self.now < from_iso(self.next_due)):
            return
        pending: list[tuple[datetime, int, Event]] = []
        for m in self.uow.measures.due(self.now):
            self._measures.setdefault(m.id, m)
            for when, event in due(m, self.group, self.now, self.next_id):
                pending.append((when, m.id, event))
        pending.sort(key=lambda x: (x[0], x[1]))
        self.record([e for _, _, e in pending], SYSTEM)
        upcoming = self.uow.measures.next_due()
        self.next_due = iso(upcoming) if upcoming else ""
        self.uow.settings.set("next_due", self.next_due)

    def as_of_clock(self, m: Measure) -> Measure:
        """The measure as the clock sees it, before time's decisions are recorded."""
        decided = due(m, self.group, self.now, _unnumbered)
        if not decided:
            return m
        view = m.copy()
        for _, event in sorted(decided, key=lambda x: x[0]):
            if event.subject == view.subject:
                apply_measure(view, event, self.now, SYSTEM)
        return view


def _unnumbered(_: str) -> int:
    return 0


def project(ctx: Context, event: Event, at: datetime, actor: str) -> None:
    """Apply one event to the current-state tables; the record is appended beside it."""
    uow = ctx.uow
    kind = event.kind
    p = event.payload
    if kind.startswith("measure."):
        if kind == "measure.proposed":
            m = apply_measure(None, event, at, actor)
            ctx._measures[m.id] = m
        else:
            m = apply_measure(ctx.measure(int(event.subject.split(":")[1])), event, at, actor)
        ctx._dirty.add(m.id)
        if kind in _INDEXED:
            ctx._to_index.append((m, kind, len(m.positions)))
    elif kind == "alert.raised":
        uow.alerts.add(alert_from_event(event, at))
    elif kind == "observed.recorded":
        uow.observed.add(observed_from_event(event, at, actor))
    elif kind == "group.created":
        for i, party in enumerate(p["parties"]):
            uow.parties.add(
                Party(party["code"], party["time_zone"], party["country"], party["subdivision"]),
                i,
            )
        uow.settings.set("clock", "simulated" if p["simulated"] else "real")
        if p["simulated"]:
            uow.settings.set("clock_now", p["clock"])
        uow.settings.set("rules", json.dumps(p["rules"], sort_keys=True))
    elif kind == "group.configured":
        uow.settings.set("rules", json.dumps(p["rules"], sort_keys=True))
    elif kind == "user.added":
        uow.users.add(user_from_payload(p), at)
    elif kind == "clock.set":
        uow.settings.set("clock_now", p["to"])
    elif kind.startswith("pace."):
        from tandem.store.pacing import project_pacing

        project_pacing(uow.conn, event, at)
    elif kind.startswith("meeting."):
        from tandem.store.meetings import project_meetings

        project_meetings(uow.conn, event, at)
    elif kind.startswith("sanctions."):
        from tandem.store.sanctions import project_sanctions

        project_sanctions(uow.conn, event, at)
    elif kind.startswith("monitor."):
        from tandem.store.monitoring import project_monitoring

        project_monitoring(uow.conn, event, at)
    elif kind in ("user.password_set", "token.created", "token.revoked"):
        pass  # credentials live beside the record, never in it (services/accounts.py)
    else:
        raise ValueError(f"no projection for record entries of kind {kind}")


_INDEXED = frozenset({"measure.proposed", "measure.amended", "measure.edited", "measure.position"})


def _index(uow: UnitOfWork, m: Measure, kind: str, positions: int) -> None:
    """Keep the search documents of a measure: its text and every position's reason."""
    if kind == "measure.position":
        reason = m.positions[positions - 1].reason
        if reason:
            uow.search.put(m.id, f"position:{positions}", reason, new=True)
    else:
        new = kind == "measure.proposed"
        uow.search.put(m.id, "measure", f"{m.title}\n{m.description}", new=new)


def user_from_payload(p: dict[str, str | None]) -> User:
    from tandem.domain.parties import Role

    assert p["name"] is not None and p["role"] is not None
    return User(p["name"], p["party"], Role(p["role"]))


def rules_from_json(text: str | None) -> WindowRules:
    if not text:
        return WindowRules()
    data = json.loads(text)
    return WindowRules(
        window_days=data["window_days"],
        urgent_days=data["urgent_days"],
        extension_days=data["extension_days"],
        by_type=dict(data.get("by_type", {})),
    )


def rules_to_json(rules: WindowRules) -> dict[str, object]:
    return {
        "window_days": rules.window_days,
        "urgent_days": rules.urgent_days,
        "extension_days": rules.extension_days,
        "by_type": dict(sorted(rules.by_type.items())),
    }


def _load_group(
    app: App, uow: UnitOfWork, *, lock: bool = False
) -> tuple[Group, bool, datetime | None, str | None]:
    settings = uow.settings.all(lock=lock)
    if "clock" not in settings:
        raise NotInitialised(
            "this database has no working group yet; create one with `tandem init`"
        )
    if not app.parties:
        app.parties = tuple(uow.parties.all())
    users_rev = settings.get(USERS_REVISION, "0")
    if app.users[0] != users_rev:
        app.users = (users_rev, {u.name: u for u in uow.users.all()})
    rules = settings.get("rules", "")
    if app.group[0] != rules:
        app.group = (rules, Group(app.parties, rules_from_json(rules)))
    group = app.group[1]
    simulated = settings["clock"] == "simulated"
    clock_now = from_iso(settings["clock_now"]) if simulated else None
    return group, simulated, clock_now, settings.get("next_due")


def _check_ready(app: App) -> None:
    if app.parties:
        return
    if not app.db.is_initialised():
        raise NotInitialised(
            "this database has no working group yet; create one with `tandem init` "
            "(or point --db / TANDEM_DATABASE_URL at an existing one)"
        )


@contextmanager
def reading(app: App) -> Iterator[Context]:
    _check_ready(app)
    with unit_of_work(app.db, write=False) as uow:
        group, simulated, clock_now, next_due = _load_group(app, uow)
        now = clock_now if clock_now is not None else app.clock()
        yield Context(uow, now, group, simulated, next_due, app.users[1])


@contextmanager
def writing(app: App, at: datetime | None = None, *, settle: bool = True) -> Iterator[Context]:
    """A write: `at` moves a simulated clock forward first; time's decisions come next."""
    _check_ready(app)
    with unit_of_work(app.db, write=True) as uow:
        group, simulated, clock_now, next_due = _load_group(app, uow, lock=True)
        if clock_now is None:
            if at is not None:
                raise ClockError(
                    "this database runs on the real clock; --at is only for databases created "
                    "with `tandem init --simulated-clock`"
                )
            now = app.clock()
        else:
            now = clock_now
        ctx = Context(uow, now, group, simulated, next_due, app.users[1])
        if at is not None and clock_now is not None:
            move_clock(ctx, at)
        if settle:
            ctx.settle()
        yield ctx


def move_clock(ctx: Context, to: datetime) -> None:
    if to < ctx.now:
        raise ClockError(
            f"the clock is at {iso(ctx.now)} and only moves forward; {iso(to)} is earlier"
        )
    if to == ctx.now:
        return
    before = ctx.now
    ctx.now = to.astimezone(UTC).replace(microsecond=0)
    ctx.record([Event("clock.set", "clock", {"from": iso(before), "to": iso(ctx.now)})], SYSTEM)
