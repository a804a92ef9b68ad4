"""Prior consultation: who may do what to a measure, when, and what follows from it.

Each function decides and returns the events to record; none changes a measure itself.
Ids for new alerts come from `ids`, so that the events carry them and a rebuild from the
record gives the same ids.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property

from tandem.domain.alerts import AlertKind, raise_alert
from tandem.domain.calendar import WorkingCalendar
from tandem.domain.errors import InvalidInput, InvalidTransition, NotFound, PermissionDenied
from tandem.domain.events import Event, day_iso, iso
from tandem.domain.measures import (
    ClearedBy,
    Measure,
    Stance,
    Status,
    check_text,
    check_title,
)
from tandem.domain.parties import Action, Party, User

NextId = Callable[[str], int]
URGENT_MINIMUM = timedelta(hours=24)


@dataclass(frozen=True)
class WindowRules:
    """How long windows last, in common working days; the group may change each."""

    window_days: int = 10
    urgent_days: int = 2
    extension_days: int = 5
    by_type: Mapping[str, int] = field(default_factory=dict)

    def days_for(self, measure_type: str) -> int:
        return self.by_type.get(measure_type, self.window_days)


@dataclass(frozen=True)
class Group:
    """What the rules need to know about the working group."""

    parties: tuple[Party, ...]
    rules: WindowRules = WindowRules()

    @cached_property
    def calendar(self) -> WorkingCalendar:
        return WorkingCalendar(self.parties)

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.parties]

    def party(self, code: str) -> Party:
        for p in self.parties:
            if p.code == code:
                return p
        raise NotFound(
            f"there is no party '{code}' in this working group; "
            f"the parties are {', '.join(self.codes)}"
        )

    def others(self, code: str) -> list[str]:
        return [p.code for p in self.parties if p.code != code]


def local(at: datetime, party: Party) -> str:
    """An instant as a person of `party` reads it, e.g. `2 Oct 2018 18:00 KST`."""
    t = at.astimezone(party.zone)
    return f"{t.day} {t:%b %Y %H:%M} {t:%Z}"


def _measure_label(m: Measure) -> str:
    return f"measure {m.id} ({m.title})"


def _not_open(m: Measure, group: Group, doing: str) -> InvalidTransition:
    """Explain why nothing can be done on the window of `m` any more, and what can."""
    label = _measure_label(m)
    if m.status is Status.DRAFT:
        return InvalidTransition(
            f"{label} is a draft and has not been notified; "
            f"{m.proposer} must notify it before others can {doing}"
        )
    if m.status in (Status.CLEARED, Status.OBJECTED) and m.closed_at is not None:
        when = local(m.closed_at, group.party(m.proposer))
        return InvalidTransition(
            f"the consultation window on {label} closed on {when} ({m.status.value}); "
            f"ask {m.proposer} to amend the measure to reopen it"
        )
    return InvalidTransition(
        f"{label} is {m.status.value}; there is no open consultation window to {doing}"
    )


def _check_open(m: Measure, group: Group, now: datetime, doing: str) -> None:
    """Refuse unless the window is open by status *and* by the clock.

    Services record closed windows before any change, so the clock check is a second
    line: a window past its deadline is closed even if nobody has recorded it yet.
    """
    if not m.is_open:
        raise _not_open(m, group, doing)
    if m.deadline is not None and now >= m.deadline:
        when = local(m.deadline, group.party(m.proposer))
        raise InvalidTransition(
            f"the consultation window on {_measure_label(m)} closed on {when}; "
            f"ask {m.proposer} to amend the measure to reopen it"
        )


def _check_member(user: User, group: Group) -> None:
    if user.party is not None:
        group.party(user.party)


def notify(
    m: Measure,
    user: User,
    group: Group,
    now: datetime,
    *,
    urgent: bool = False,
    justification: str | None = None,
) -> list[Event]:
    user.require(Action.NOTIFY, m.proposer)
    if m.status is not Status.DRAFT:
        raise InvalidTransition(
            f"{_measure_label(m)} is {m.status.value}, not a draft; only a draft is notified "
            "(a notified measure is amended to open a new window)"
        )
    justification = check_text((justification or "").strip(), "justification") or None
    if urgent and not justification:
        raise InvalidInput("an urgent notification needs a written justification")
    if justification and not urgent:
        raise InvalidInput("a justification is given only with an urgent notification")
    days = group.rules.urgent_days if urgent else group.rules.days_for(m.type)
    deadline, ack_due = _window(group, m.proposer, now, days, urgent)
    return [
        Event(
            "measure.notified",
            m.subject,
            {
                "version": m.version,
                "urgent": urgent,
                "justification": justification,
                "window_days": days,
                "deadline": iso(deadline),
                "ack_due": iso(ack_due),
            },
            party=m.proposer,
        )
    ]


def _window(
    group: Group, proposer: str, now: datetime, days: int, urgent: bool
) -> tuple[datetime, datetime]:
    notifier = group.party(proposer)
    cal = group.calendar
    minimum = URGENT_MINIMUM if urgent else timedelta(0)
    deadline = cal.deadline(now, days, notifier, at_least=minimum).at
    ack_due = min(cal.deadline(now, 1, notifier).at, deadline)
    return deadline, ack_due


def _require_partner(m: Measure, user: User, action: Action, group: Group) -> str:
    user.require(action)
    _check_member(user, group)
    assert user.party is not None
    if user.party == m.proposer:
        raise PermissionDenied(
            f"{_measure_label(m)} is {m.proposer}'s own measure; only the other parties "
            f"({', '.join(group.others(m.proposer))}) {action.value} it"
        )
    return user.party


def _ack_event(m: Measure, party: str, group: Group) -> Event:
    acked = set(m.acknowledged_by()) | {party}
    return Event(
        "measure.acknowledged",
        m.subject,
        {
            "version": m.version,
            "party": party,
            "all_acknowledged": acked >= set(group.others(m.proposer)),
        },
        party=party,
    )


def acknowledge(m: Measure, user: User, group: Group, now: datetime) -> list[Event]:
    party = _require_partner(m, user, Action.ACKNOWLEDGE, group)
    _check_open(m, group, now, "acknowledge it")
    if party in m.acknowledged_by():
        when = local(m.acknowledged_by()[party], group.party(party))
        raise InvalidTransition(
            f"{party} already acknowledged version {m.version} of {_measure_label(m)} on {when}"
        )
    return [_ack_event(m, party, group)]


def take_position(
    m: Measure,
    user: User,
    group: Group,
    now: datetime,
    stance: Stance,
    reason: str | None = None,
) -> list[Event]:
    party = _require_partner(m, user, Action.TAKE_POSITION, group)
    if m.status is not Status.OBJECTED:
        _check_open(m, group, now, "take a position")
    reason = (reason or "").strip() or None
    if stance.needs_reason and not reason:
        raise InvalidInput(f"a position of '{stance.value}' needs --reason: say why")
    if reason:
        check_text(reason, "reason")
    if m.status is Status.OBJECTED:
        return _withdraw_objection(m, party, group, now, stance, reason)
    events: list[Event] = []
    if party not in m.acknowledged_by():
        events.append(_ack_event(m, party, group))
    events.append(_position_event(m, party, stance, reason))
    if stance is Stance.EXTENSION:
        events.append(_extension(m, party, group))
    standing = m.standing()
    standing_stances = {p: pos.stance for p, pos in standing.items()}
    standing_stances[party] = stance
    others = group.others(m.proposer)
    if all(standing_stances.get(p) in (Stance.SUPPORT, Stance.NO_OBJECTION) for p in others):
        events.append(_cleared(m, ClearedBy.CONSENSUS, now))
    return events


def _position_event(m: Measure, party: str, stance: Stance, reason: str | None) -> Event:
    return Event(
        "measure.position",
        m.subject,
        {"version": m.version, "party": party, "position": stance.value, "reason": reason},
        party=party,
    )


def _extension(m: Measure, party: str, group: Group) -> Event:
    if party in m.extended_by:
        raise InvalidTransition(
            f"{party} already extended the window on version {m.version} of "
            f"{_measure_label(m)}; an extension is granted once per party and version"
        )
    assert m.deadline is not None
    notifier = group.party(m.proposer)
    new = group.calendar.deadline(m.deadline, group.rules.extension_days, notifier).at
    return Event(
        "measure.window_extended",
        m.subject,
        {
            "version": m.version,
            "party": party,
            "days": group.rules.extension_days,
            "deadline": iso(new),
        },
        party=party,
    )


def _cleared(m: Measure, by: ClearedBy, closed_at: datetime) -> Event:
    return Event(
        "measure.cleared",
        m.subject,
        {"version": m.version, "by": by.value, "closed_at": iso(closed_at)},
        party=None,
    )


def _withdraw_objection(
    m: Measure, party: str, group: Group, now: datetime, stance: Stance, reason: str | None
) -> list[Event]:
    """After the window, an objecting party may only lift its objection."""
    standing = m.standing()
    mine = standing.get(party)
    if mine is None or mine.stance is not Stance.OBJECTION or not stance.concurs:
        raise InvalidTransition(
            f"the consultation window on {_measure_label(m)} closed with an objection; "
            "the one position still possible is an objecting party moving to support or "
            f"no-objection (standing objections: {', '.join(m.objectors())})"
        )
    events = [_position_event(m, party, stance, reason)]
    remaining = [p for p in m.objectors() if p != party]
    if not remaining:
        standing_stances = {p: pos.stance for p, pos in standing.items()}
        standing_stances[party] = stance
        everyone = all(
            standing_stances.get(p) in (Stance.SUPPORT, Stance.NO_OBJECTION)
            for p in group.others(m.proposer)
        )
        by = ClearedBy.CONSENSUS if everyone else ClearedBy.SILENCE
        events.append(_cleared(m, by, now))
    return events


_AMENDABLE = (Status.DRAFT, Status.IN_CONSULTATION, Status.CLEARED, Status.OBJECTED)


MINOR_MANIFEST = (
    "a new manifest is a substantial change: it makes a new version (and reopens the window "
    "of a notified measure); amend without --minor"
)
MINOR_EFFECTS = (
    "a change of the track effects is a substantial change: it makes a new version (and "
    "reopens the window of a notified measure); amend without --minor"
)


def may_amend(
    m: Measure, user: User, *, minor: bool = False, manifest: bool = False, effects: bool = False
) -> None:
    """Whether `user` may amend `m` at all, and neither a manifest nor track effects ever come
    with a minor edit: checked before a manifest or effects given with an amendment are read."""
    user.require(Action.AMEND, m.proposer)
    if m.status not in _AMENDABLE:
        raise InvalidTransition(
            f"{_measure_label(m)} is {m.status.value} and can no longer be amended; "
            "propose a new measure instead"
        )
    if manifest and minor:
        raise InvalidInput(MINOR_MANIFEST)
    if effects and minor:
        raise InvalidInput(MINOR_EFFECTS)


_CONSULTED = (Status.IN_CONSULTATION, Status.CLEARED, Status.OBJECTED)


def may_change_effects(m: Measure) -> None:
    """Outside an amendment only a draft's track effects change: once notified, they are part
    of what the partners are consulted on, so a change is a new version (`amend`)."""
    if m.status in _CONSULTED:
        raise InvalidTransition(
            f"{_measure_label(m)} is {m.status.value.replace('_', ' ')}: its partners are "
            "consulted on these weights, and changing them is a substantial change; amend it "
            f"instead: tandem measure amend {m.id} --effect TRACK:WEIGHT (a new version and a "
            "new window)"
        )


def amend(
    m: Measure,
    user: User,
    group: Group,
    now: datetime,
    *,
    title: str | None = None,
    description: str | None = None,
    planned: date | None = None,
    minor: bool = False,
    reason: str | None = None,
    manifest: bool | None = None,
    effects: bool | None = None,
) -> list[Event]:
    """A new version (reopening a full window once notified), or a minor edit.

    `manifest` says whether a manifest came with the amendment: None, none did; True, a new
    one (a substantial change: it is recorded for the new version beside this event);
    False, the one already in force (no change). `effects` says the same of track effects:
    None, none were given; True, they differ from the measure's (a substantial change,
    recorded beside this event); False, they are the ones it has."""
    may_amend(m, user, minor=minor, manifest=manifest is not None, effects=effects is not None)
    changes: dict[str, str | None] = {}
    if title is not None and check_title(title) != m.title:
        changes["title"] = check_title(title)
    if description is not None and description != m.description:
        changes["description"] = check_text(description)
    if planned is not None and planned != m.planned:
        changes["planned"] = day_iso(planned)
    if not changes and not manifest and not effects:
        raise InvalidInput(
            f"nothing to amend: the changes given are already in version {m.version} of "
            f"{_measure_label(m)}"
        )
    reason = check_text((reason or "").strip(), "reason") or None
    if minor:
        if not reason:
            raise InvalidInput("a minor edit needs --reason: say why it does not reopen the window")
        if planned is not None and m.planned is not None and planned < m.planned:
            raise InvalidInput(
                "moving the planned date earlier is a substantial change; amend without --minor "
                "to reopen the consultation window"
            )
        return [
            Event(
                "measure.edited",
                m.subject,
                {"version": m.version, "changes": changes, "reason": reason},
                party=m.proposer,
            )
        ]
    payload: dict[str, object] = {
        "version": m.version + 1,
        "title": changes.get("title", m.title),
        "description": changes.get("description", m.description),
        "planned": changes["planned"] if "planned" in changes else day_iso(m.planned),
        "reason": reason,
        "deadline": None,
        "ack_due": None,
    }
    if m.status is not Status.DRAFT:
        days = group.rules.days_for(m.type)
        deadline, ack_due = _window(group, m.proposer, now, days, False)
        payload.update(deadline=iso(deadline), ack_due=iso(ack_due), window_days=days)
    return [Event("measure.amended", m.subject, payload, party=m.proposer)]


def withdraw(m: Measure, user: User, group: Group, now: datetime) -> list[Event]:
    user.require(Action.WITHDRAW, m.proposer)
    if m.status in (Status.EXECUTED, Status.WITHDRAWN):
        raise InvalidTransition(
            f"{_measure_label(m)} is already {m.status.value}; only a measure not yet executed "
            "can be withdrawn"
        )
    return [
        Event(
            "measure.withdrawn",
            m.subject,
            {"version": m.version, "status_before": m.status.value},
            party=m.proposer,
        )
    ]


def execute(
    m: Measure,
    user: User,
    group: Group,
    now: datetime,
    ids: NextId,
    on: date | None = None,
) -> list[Event]:
    """Record an execution. Never refused for lack of clearance: that is recorded instead."""
    user.require(Action.EXECUTE, m.proposer)
    if m.status is Status.WITHDRAWN:
        raise InvalidTransition(
            f"{_measure_label(m)} was withdrawn and cannot be executed; propose and notify it again"
        )
    if m.status is Status.EXECUTED:
        raise InvalidTransition(
            f"{_measure_label(m)} was already executed on {m.executed_on}; it is executed once"
        )
    proposer = group.party(m.proposer)
    today = now.astimezone(proposer.zone).date()
    on = on or today
    if on > today:
        raise InvalidInput(
            f"the execution date {on} is after today ({today} in {proposer.code}); "
            "record an execution once it has happened"
        )
    unilateral = m.status is not Status.CLEARED
    events = [
        Event(
            "measure.executed",
            m.subject,
            {
                "version": m.version,
                "on": on.isoformat(),
                "unilateral": unilateral,
                "status_before": m.status.value,
            },
            party=m.proposer,
        )
    ]
    if unilateral:
        state = "never notified" if m.status is Status.DRAFT else f"{m.status.value}"
        events.append(
            raise_alert(
                ids("alert"),
                AlertKind.UNILATERAL,
                m.proposer,
                group.others(m.proposer),
                f"{m.proposer} executed {_measure_label(m)} on {on} without clearance "
                f"(it was {state.replace('_', ' ')})",
                measure=m.id,
            )
        )
    return events


def due(m: Measure, group: Group, now: datetime, ids: NextId) -> list[tuple[datetime, Event]]:
    """What the passing of time has decided on `m` by `now`, each with the moment it fell due.

    A read applies these to a copy to show the state as of the clock; a write records them.
    """
    out: list[tuple[datetime, Event]] = []
    if m.ack_due is not None and now >= m.ack_due and m.is_open:
        silent = [p for p in group.others(m.proposer) if p not in m.acknowledged_by()]
        if silent:
            out.append(
                (
                    m.ack_due,
                    Event(
                        "measure.unacknowledged",
                        m.subject,
                        {"version": m.version, "parties": silent, "due": iso(m.ack_due)},
                    ),
                )
            )
            when = local(m.ack_due, group.party(m.proposer))
            for party in silent:
                out.append(
                    (
                        m.ack_due,
                        raise_alert(
                            ids("alert"),
                            AlertKind.UNACKNOWLEDGED,
                            party,
                            group.codes,
                            f"{party} has not acknowledged the notification of "
                            f"{_measure_label(m)}, due by {when}",
                            measure=m.id,
                        ),
                    )
                )
    if m.is_open and m.deadline is not None and now >= m.deadline:
        objectors = m.objectors()
        if objectors:
            event = Event(
                "measure.objected",
                m.subject,
                {"version": m.version, "objectors": objectors, "closed_at": iso(m.deadline)},
            )
        else:
            event = _cleared(m, ClearedBy.SILENCE, m.deadline)
        out.append((m.deadline, event))
    return out


def observe(
    user: User,
    group: Group,
    now: datetime,
    ids: NextId,
    *,
    actor: str,
    action: str,
    on: date,
) -> list[Event]:
    """An action of another party that was never notified, seen in the news or elsewhere."""
    user.require(Action.OBSERVE)
    _check_member(user, group)
    actor = actor.upper()
    group.party(actor)
    if actor == user.party:
        raise InvalidInput(
            f"{actor} is your own party; propose and notify its actions as measures instead"
        )
    action = action.strip()
    if not action:
        raise InvalidInput("say what was observed with --action")
    check_text(action, "action")
    today = now.astimezone(group.party(actor).zone).date()
    if on > today:
        raise InvalidInput(f"an observed action happened on or before today ({today}), not {on}")
    observed_id = ids("observed")
    return [
        Event(
            "observed.recorded",
            f"observed:{observed_id}",
            {"id": observed_id, "actor": actor, "action": action, "on": on.isoformat()},
            party=user.party,
        ),
        raise_alert(
            ids("alert"),
            AlertKind.UNNOTIFIED,
            actor,
            group.others(actor),
            f"{actor} took an action that was never notified, seen by {user.party}: "
            f"{action} (on {on})",
        ),
    ]
