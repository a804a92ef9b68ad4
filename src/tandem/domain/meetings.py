"""Working-group meetings: the agenda, outcomes, follow-ups and agreed statements.

Pure rules: what may be put on an agenda, what an outcome does, when a follow-up is
overdue and when a statement is final. The services load, call these and record the
events they return; a rebuild applies the same events (docs/meetings.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from statistics import median
from typing import TypeVar
from zoneinfo import ZoneInfo

from tandem.domain.alerts import AlertKind, raise_alert
from tandem.domain.errors import Conflict, InvalidInput, InvalidTransition, PermissionDenied
from tandem.domain.events import Event, iso
from tandem.domain.measures import Measure, Stance, Status
from tandem.domain.parties import Role, User

MAX_PLACE = 200
MAX_TEXT = 20_000


class ItemKind(StrEnum):
    """Why an item is on the agenda."""

    OBJECTED = "objected"
    """A measure with a standing objection: objections go to the next meeting."""
    CLOSING = "closing"
    """A measure whose consultation window closes before the meeting."""
    ALERT = "alert"
    """A unilateral, unnotified, outpacing or exemption-expiring alert since the last one."""
    OTHER = "other"
    """Added by an officer."""


class OutcomeKind(StrEnum):
    DECISION = "decision"
    OBJECTION_WITHDRAWN = "objection-withdrawn"
    TO_BE_AMENDED = "to-be-amended"
    WITHDRAWN = "withdrawn"
    DISAGREEMENT = "disagreement"

    @property
    def on_measure(self) -> bool:
        """The outcomes that only make sense for an item about a measure."""
        return self is not OutcomeKind.DECISION


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class StatementKind(StrEnum):
    JOINT = "joint-statement"
    PRESS_LINE = "press-line"


AGENDA_ALERTS = ("unilateral", "unnotified", "outpacing", "exemption_expiring")
"""Alert kinds that the proposed agenda takes up (docs/meetings.md)."""


E = TypeVar("E", bound=StrEnum)


def parse_choice(enum: type[E], text: str, what: str) -> E:
    try:
        return enum(text.strip().lower().replace("_", "-"))
    except ValueError:
        raise InvalidInput(
            f"'{text}' is not {what}; use one of {', '.join(e.value for e in enum)}"
        ) from None


def parse_outcome(text: str) -> OutcomeKind:
    return parse_choice(OutcomeKind, text, "an outcome")


def parse_statement_kind(text: str) -> StatementKind:
    return parse_choice(StatementKind, text, "a kind of statement")


def parse_followup_status(text: str) -> FollowUpStatus:
    return parse_choice(FollowUpStatus, text, "a follow-up status")


def require_member(user: User, doing: str) -> str:
    """Officers and envoys act on meetings for their party; viewers and admins do not."""
    if user.role is Role.ADMIN or user.party is None:
        raise PermissionDenied(
            f"{user.name} is an admin and acts for no party; ask an officer or envoy to {doing}"
        )
    if user.role is Role.VIEWER:
        raise PermissionDenied(
            f"{user.name} is a viewer of {user.party} and may not {doing}; "
            "only an officer or envoy may"
        )
    return user.party


def require_envoy(user: User, doing: str) -> str:
    party = require_member(user, doing)
    if user.role is not Role.ENVOY:
        raise PermissionDenied(
            f"{user.name} is an officer of {party} and may not {doing}; only an envoy may"
        )
    return party


def text(value: str | None, what: str, *, limit: int = MAX_TEXT) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise InvalidInput(f"{what} is empty; write it out")
    if len(cleaned) > limit:
        raise InvalidInput(f"{what} is {len(cleaned)} characters long; keep it under {limit}")
    return cleaned


# Meetings and their agenda ------------------------------------------------------------------


@dataclass
class Item:
    number: int
    kind: ItemKind
    title: str
    measure: int | None = None
    alert: int | None = None
    outcome: OutcomeKind | None = None
    decision: str | None = None
    outcome_by: str | None = None


@dataclass
class Meeting:
    id: int
    starts_at: datetime
    zone: str
    place: str
    chairs: dict[str, str]
    attendees: dict[str, list[str]]
    status: str = "scheduled"
    items: list[Item] = field(default_factory=list)
    """In agenda order."""

    @property
    def subject(self) -> str:
        return f"meeting:{self.id}"

    def item(self, number: int) -> Item:
        for i in self.items:
            if i.number == number:
                return i
        on = ", ".join(str(i.number) for i in self.items) or "none yet"
        raise InvalidInput(
            f"meeting {self.id} has no agenda item {number} (items: {on}); "
            f"see `tandem meeting show {self.id}`"
        )

    def next_number(self) -> int:
        return max((i.number for i in self.items), default=0) + 1


def schedule(
    meeting_id: int,
    user: User,
    parties: Sequence[str],
    now: datetime,
    starts_at: datetime,
    zone: str,
    place: str,
    chairs: dict[str, str],
    attendees: dict[str, list[str]],
    *,
    real_clock: bool,
) -> Event:
    require_member(user, "schedule a meeting")
    if real_clock and starts_at < now:
        raise InvalidInput(
            f"the meeting would start at {iso(starts_at)}, before now ({iso(now)}); "
            "give a time in the future"
        )
    place = text(place, "the place of the meeting", limit=MAX_PLACE)
    for party in [*chairs, *attendees]:
        if party not in parties:
            raise InvalidInput(
                f"there is no party '{party}' in this working group; "
                f"the parties are {', '.join(parties)}"
            )
    return Event(
        "meeting.scheduled",
        f"meeting:{meeting_id}",
        {
            "id": meeting_id,
            "starts_at": iso(starts_at),
            "zone": zone,
            "place": place,
            "chairs": dict(sorted(chairs.items())),
            "attendees": {p: list(names) for p, names in sorted(attendees.items())},
        },
        party=user.party,
    )


@dataclass(frozen=True)
class Candidate:
    """An item the proposed agenda would hold."""

    kind: ItemKind
    title: str
    measure: int | None = None
    alert: int | None = None


def measure_candidates(measures: Iterable[Measure], starts_at: datetime) -> list[Candidate]:
    """Objected measures, and consultations that close before the meeting starts."""
    out: list[Candidate] = []
    for m in sorted(measures, key=lambda m: m.id):
        objectors = m.objectors()
        if m.status is Status.OBJECTED or (m.is_open and objectors):
            who = ", ".join(objectors) or "a partner"
            out.append(
                Candidate(
                    ItemKind.OBJECTED,
                    f"Measure {m.id} ({m.proposer}): {m.title} — objected by {who}",
                    measure=m.id,
                )
            )
        elif m.is_open and m.deadline is not None and m.deadline <= starts_at:
            out.append(
                Candidate(
                    ItemKind.CLOSING,
                    f"Measure {m.id} ({m.proposer}): {m.title} — consultation closes "
                    f"{iso(m.deadline)}",
                    measure=m.id,
                )
            )
    return out


def propose_agenda(meeting: Meeting, user: User, candidates: Sequence[Candidate]) -> list[Event]:
    """Add what needs discussion and is not on the agenda yet; running it again adds nothing
    twice."""
    require_member(user, "propose an agenda")
    _check_open(meeting, "propose its agenda")
    have_measures = {i.measure for i in meeting.items if i.measure is not None}
    have_alerts = {i.alert for i in meeting.items if i.alert is not None}
    events: list[Event] = []
    number = meeting.next_number()
    for c in candidates:
        if c.measure is not None and c.alert is None and c.measure in have_measures:
            continue
        if c.alert is not None and c.alert in have_alerts:
            continue
        events.append(_item_event(meeting, number, c, user))
        number += 1
        if c.alert is not None:
            have_alerts.add(c.alert)
        elif c.measure is not None:
            have_measures.add(c.measure)
    return events


def add_item(meeting: Meeting, user: User, candidate: Candidate) -> Event:
    require_member(user, "add to an agenda")
    _check_open(meeting, "add to its agenda")
    text(candidate.title, "the agenda item's title", limit=MAX_PLACE)
    return _item_event(meeting, meeting.next_number(), candidate, user)


def _item_event(meeting: Meeting, number: int, c: Candidate, user: User) -> Event:
    return Event(
        "meeting.item_added",
        meeting.subject,
        {
            "meeting": meeting.id,
            "number": number,
            "kind": c.kind.value,
            "title": c.title.strip(),
            "measure": c.measure,
            "alert": c.alert,
        },
        party=user.party,
    )


def move_item(meeting: Meeting, user: User, number: int, to: int) -> Event:
    """Put item `number` at position `to` (1 is first); the others keep their order."""
    require_member(user, "reorder an agenda")
    _check_open(meeting, "reorder its agenda")
    meeting.item(number)
    if not 1 <= to <= len(meeting.items):
        raise InvalidInput(
            f"position {to} is not on the agenda of meeting {meeting.id}; "
            f"give 1 to {len(meeting.items)}"
        )
    order = [i.number for i in meeting.items if i.number != number]
    order.insert(to - 1, number)
    return Event(
        "meeting.agenda_ordered",
        meeting.subject,
        {"meeting": meeting.id, "order": order},
        party=user.party,
    )


def _check_open(meeting: Meeting, doing: str) -> None:
    if meeting.status == "cancelled":
        raise InvalidTransition(f"meeting {meeting.id} was cancelled; nobody can {doing}")


def outcome_event(
    meeting: Meeting,
    user: User,
    number: int,
    kind: OutcomeKind,
    decision: str,
    measure: Measure | None,
) -> Event:
    """The outcome of one item; what it does to a measure the services decide beside it
    through the measure's own rules (see `measure_change`)."""
    party = require_member(user, "record an outcome")
    item = meeting.item(number)
    if item.outcome is not None:
        raise Conflict(
            f"item {number} of meeting {meeting.id} already has an outcome "
            f"({item.outcome.value}); record a new item to revisit it"
        )
    if kind.on_measure and item.measure is None:
        raise InvalidInput(
            f"item {number} of meeting {meeting.id} is not about a measure, so its outcome "
            f"can only be a decision, not {kind.value}"
        )
    needs_objection = kind in (OutcomeKind.OBJECTION_WITHDRAWN, OutcomeKind.DISAGREEMENT)
    if needs_objection and measure is not None and not measure.objectors():
        raise InvalidTransition(
            f"measure {measure.id} has no standing objection, so the outcome cannot be "
            f"{kind.value}; record a decision instead"
        )
    if (
        kind in (OutcomeKind.TO_BE_AMENDED, OutcomeKind.WITHDRAWN)
        and measure is not None
        and measure.status in (Status.EXECUTED, Status.WITHDRAWN)
    ):
        raise InvalidTransition(
            f"measure {measure.id} is already {measure.status.value}, so it can no longer be "
            f"{'amended' if kind is OutcomeKind.TO_BE_AMENDED else 'withdrawn'}; "
            "record a decision instead"
        )
    return Event(
        "meeting.outcome",
        meeting.subject,
        {
            "meeting": meeting.id,
            "item": number,
            "kind": kind.value,
            "decision": text(decision, "the decision"),
            "measure": item.measure,
        },
        party=party,
    )


# Follow-ups ---------------------------------------------------------------------------------


@dataclass
class FollowUp:
    id: int
    meeting: int
    item: int | None
    owner: str
    text: str
    due: date
    status: FollowUpStatus = FollowUpStatus.OPEN
    done_at: datetime | None = None
    alerted: bool = False

    @property
    def subject(self) -> str:
        return f"followup:{self.id}"

    def due_end(self, zone: ZoneInfo) -> datetime:
        """The end of the due date in the owner's zone: overdue from then on."""
        return datetime.combine(self.due + timedelta(days=1), time(0), zone)

    def overdue(self, now: datetime, zone: ZoneInfo) -> bool:
        return self.status is FollowUpStatus.OPEN and now >= self.due_end(zone)

    def on_time(self, zone: ZoneInfo) -> bool | None:
        """Done by its due date (None while it is still open and not yet due, or cancelled)."""
        if self.status is FollowUpStatus.DONE:
            assert self.done_at is not None
            return self.done_at < self.due_end(zone)
        return None


def add_followup(
    followup_id: int,
    meeting: Meeting,
    user: User,
    parties: Sequence[str],
    owner: str | None,
    what: str,
    due: date | None,
    item: int | None,
) -> Event:
    party = require_member(user, "add a follow-up")
    if not owner:
        raise InvalidInput(
            "a follow-up needs an owner party (--owner CODE): the party that will do it"
        )
    owner = owner.strip().upper()
    if owner not in parties:
        raise InvalidInput(
            f"there is no party '{owner}' in this working group; "
            f"the parties are {', '.join(parties)}"
        )
    if due is None:
        raise InvalidInput("a follow-up needs a due date (--due YYYY-MM-DD)")
    if not 1900 <= due.year <= 2999:
        raise InvalidInput(f"a follow-up due on {due.isoformat()}? give a year from 1900 to 2999")
    if item is not None:
        meeting.item(item)
    return Event(
        "meeting.followup_added",
        f"followup:{followup_id}",
        {
            "id": followup_id,
            "meeting": meeting.id,
            "item": item,
            "owner": owner,
            "text": text(what, "the follow-up"),
            "due": due.isoformat(),
        },
        party=party,
    )


def set_followup_status(f: FollowUp, user: User, status: FollowUpStatus) -> Event:
    """Open → done or cancelled, by the owner party; a closed follow-up stays closed."""
    party = require_member(user, "update a follow-up")
    if party != f.owner:
        raise PermissionDenied(
            f"follow-up {f.id} belongs to {f.owner}; {user.name} acts for {party}, so ask "
            f"an officer of {f.owner} to update it"
        )
    if f.status is not FollowUpStatus.OPEN:
        raise InvalidTransition(
            f"follow-up {f.id} is already {f.status.value}; add a new follow-up instead"
        )
    if status is FollowUpStatus.OPEN:
        raise InvalidInput(f"follow-up {f.id} is already open; mark it done or cancelled")
    return Event(
        "meeting.followup_updated",
        f.subject,
        {"id": f.id, "status": status.value},
        party=party,
    )


def apply_followup(f: FollowUp, event: Event, at: datetime) -> FollowUp:
    """What an event does to a follow-up: the projection and the state machine agree."""
    if event.kind == "meeting.followup_updated":
        f.status = FollowUpStatus(event.payload["status"])
        f.done_at = at if f.status is FollowUpStatus.DONE else None
    elif event.kind == "meeting.followup_overdue":
        f.alerted = True
    return f


def overdue_events(
    followups: Iterable[FollowUp],
    zones: dict[str, ZoneInfo],
    parties: Sequence[str],
    now: datetime,
    new_id: Callable[[], int],
) -> list[Event]:
    """An alert for each open follow-up past its due date that has none yet: once each."""
    events: list[Event] = []
    for f in sorted(followups, key=lambda f: f.id):
        if f.alerted or not f.overdue(now, zones[f.owner]):
            continue
        alert_id = new_id()
        events.append(
            raise_alert(
                alert_id,
                AlertKind.FOLLOWUP_OVERDUE,
                f.owner,
                parties,
                f"Follow-up {f.id} of meeting {f.meeting} was due from {f.owner} on "
                f"{f.due.isoformat()} and is still open: {f.text}",
            )
        )
        events.append(
            Event(
                "meeting.followup_overdue",
                f.subject,
                {"id": f.id, "alert": alert_id},
                party=None,
            )
        )
    return events


# Statements ---------------------------------------------------------------------------------


@dataclass
class Statement:
    meeting: int
    number: int
    kind: StatementKind
    text: str
    approvals: dict[str, datetime] = field(default_factory=dict)

    def final(self, parties: Sequence[str]) -> bool:
        """Final once every party has approved this text."""
        return all(p in self.approvals for p in parties)


def draft_statement(
    meeting: Meeting, number: int, user: User, kind: StatementKind, body: str
) -> Event:
    party = require_member(user, "draft a statement")
    return Event(
        "meeting.statement_drafted",
        meeting.subject,
        {
            "meeting": meeting.id,
            "number": number,
            "kind": kind.value,
            "text": text(body, "the statement"),
        },
        party=party,
    )


def revise_statement(s: Statement, user: User, parties: Sequence[str], body: str) -> Event:
    """A new text: every approval given so far was for the old one and no longer counts."""
    party = require_member(user, "revise a statement")
    if s.final(parties):
        raise InvalidTransition(
            f"statement {s.number} of meeting {s.meeting} was approved by every party and is "
            "final; draft a new statement instead"
        )
    return Event(
        "meeting.statement_revised",
        f"meeting:{s.meeting}",
        {"meeting": s.meeting, "number": s.number, "text": text(body, "the statement")},
        party=party,
    )


def approve_statement(s: Statement, user: User, parties: Sequence[str]) -> Event:
    party = require_envoy(user, "approve a statement")
    if party in s.approvals:
        raise Conflict(
            f"{party} already approved statement {s.number} of meeting {s.meeting}; "
            "each party approves a text once"
        )
    approvals = {*s.approvals, party}
    return Event(
        "meeting.statement_approved",
        f"meeting:{s.meeting}",
        {
            "meeting": s.meeting,
            "number": s.number,
            "party": party,
            "final": all(p in approvals for p in parties),
        },
        party=party,
    )


def apply_statement(s: Statement | None, event: Event, at: datetime) -> Statement:
    p = event.payload
    if event.kind == "meeting.statement_drafted":
        return Statement(p["meeting"], p["number"], StatementKind(p["kind"]), p["text"])
    assert s is not None
    if event.kind == "meeting.statement_revised":
        s.text = p["text"]
        s.approvals = {}
    elif event.kind == "meeting.statement_approved":
        s.approvals[p["party"]] = at
    return s


# Responsiveness -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Responsiveness:
    """How one party answered its partners' notifications, and kept its follow-ups."""

    party: str
    notifications: int
    """Notified versions of other parties' measures this party was asked about."""
    hours_to_acknowledge: float | None
    hours_to_first_position: float | None
    windows_closed: int
    closed_by_silence: int
    extensions: int
    objections: int
    followups_due: int
    followups_on_time: int

    @property
    def silence_share(self) -> float | None:
        return self.closed_by_silence / self.windows_closed if self.windows_closed else None

    @property
    def on_time_share(self) -> float | None:
        return self.followups_on_time / self.followups_due if self.followups_due else None


def _hours(delta: timedelta) -> float:
    return round(delta.total_seconds() / 3600, 1)


def responsiveness(
    party: str,
    measures: Iterable[Measure],
    followups: Iterable[FollowUp],
    zone: ZoneInfo,
    now: datetime,
) -> Responsiveness:
    """Each notified measure counts once, for its current window (opened at notification or
    at the amendment that reopened it)."""
    to_ack: list[float] = []
    to_position: list[float] = []
    asked = closed = silent = extensions = objections = 0
    for m in measures:
        if m.proposer == party:
            continue
        for p in m.positions:
            if p.party == party and p.stance is Stance.EXTENSION:
                extensions += 1
            if p.party == party and p.stance is Stance.OBJECTION:
                objections += 1
        if m.notified_at is None:
            continue
        asked += 1
        version, opened = m.version, m.notified_at
        acks = [a.at for a in m.acknowledgements if a.party == party and a.version == version]
        mine = [p.at for p in m.positions if p.party == party and p.version == version]
        first_ack = min([*acks, *mine], default=None)
        if first_ack is not None:
            to_ack.append(_hours(first_ack - opened))
        if mine:
            to_position.append(_hours(min(mine) - opened))
        if m.closed_at is not None:
            closed += 1
            silent += not mine
    due = on_time = 0
    for f in followups:
        if f.owner != party or f.status is FollowUpStatus.CANCELLED:
            continue
        if f.status is FollowUpStatus.DONE or f.overdue(now, zone):
            due += 1
            on_time += bool(f.on_time(zone))
    return Responsiveness(
        party,
        asked,
        median(to_ack) if to_ack else None,
        median(to_position) if to_position else None,
        closed,
        silent,
        extensions,
        objections,
        due,
        on_time,
    )
