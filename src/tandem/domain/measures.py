"""A measure and the facts that change it.

A measure's state is only ever changed by `apply`, one event at a time; the services and
a rebuild from the record go through the same function, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from tandem.domain.errors import InvalidInput
from tandem.domain.events import Event, day_iso, from_day_iso, from_iso

MAX_TITLE = 200
MAX_TEXT = 20_000


class Status(StrEnum):
    DRAFT = "draft"
    IN_CONSULTATION = "in_consultation"
    CLEARED = "cleared"
    OBJECTED = "objected"
    EXECUTED = "executed"
    WITHDRAWN = "withdrawn"


class Stance(StrEnum):
    """The position a party takes on a notified version."""

    SUPPORT = "support"
    NO_OBJECTION = "no-objection"
    COMMENT = "comment"
    OBJECTION = "objection"
    EXTENSION = "extension"

    @property
    def concurs(self) -> bool:
        return self in (Stance.SUPPORT, Stance.NO_OBJECTION)

    @property
    def needs_reason(self) -> bool:
        return self in (Stance.OBJECTION, Stance.EXTENSION)


class ClearedBy(StrEnum):
    CONSENSUS = "consensus"
    SILENCE = "silence"


def parse_stance(text: str) -> Stance:
    try:
        return Stance(text.strip().lower().replace("_", "-"))
    except ValueError:
        raise InvalidInput(
            f"'{text}' is not a position; use one of {', '.join(s.value for s in Stance)}"
        ) from None


def parse_status(text: str) -> Status:
    try:
        return Status(text.strip().lower().replace("-", "_"))
    except ValueError:
        raise InvalidInput(
            f"'{text}' is not a status; use one of {', '.join(s.value for s in Status)}"
        ) from None


@dataclass(frozen=True)
class Version:
    number: int
    title: str
    description: str
    planned: date | None
    at: datetime
    reason: str | None = None


@dataclass(frozen=True)
class MinorEdit:
    version: int
    changes: dict[str, str | None]
    reason: str
    at: datetime


@dataclass(frozen=True)
class Acknowledgement:
    party: str
    version: int
    at: datetime


@dataclass(frozen=True)
class Position:
    party: str
    stance: Stance
    reason: str | None
    version: int
    at: datetime
    user: str


@dataclass
class Measure:
    id: int
    proposer: str
    type: str
    title: str
    description: str
    planned: date | None
    created_at: datetime
    status: Status = Status.DRAFT
    version: int = 1
    notified_at: datetime | None = None
    deadline: datetime | None = None
    ack_due: datetime | None = None
    urgent: bool = False
    justification: str | None = None
    cleared_by: ClearedBy | None = None
    closed_at: datetime | None = None
    unilateral: bool = False
    executed_on: date | None = None
    updated_at: datetime | None = None
    versions: list[Version] = field(default_factory=list)
    minor_edits: list[MinorEdit] = field(default_factory=list)
    acknowledgements: list[Acknowledgement] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    extended_by: set[str] = field(default_factory=set)

    @property
    def subject(self) -> str:
        return f"measure:{self.id}"

    @property
    def is_open(self) -> bool:
        return self.status is Status.IN_CONSULTATION

    def acknowledged_by(self, version: int | None = None) -> dict[str, datetime]:
        v = self.version if version is None else version
        return {a.party: a.at for a in self.acknowledgements if a.version == v}

    def standing(self, version: int | None = None) -> dict[str, Position]:
        """The latest position of each party on a version: the one that counts."""
        v = self.version if version is None else version
        latest: dict[str, Position] = {}
        for p in self.positions:
            if p.version == v:
                latest[p.party] = p
        return latest

    def objectors(self) -> list[str]:
        return sorted(p for p, pos in self.standing().items() if pos.stance is Stance.OBJECTION)

    def copy(self) -> Measure:
        return replace(
            self,
            versions=list(self.versions),
            minor_edits=list(self.minor_edits),
            acknowledgements=list(self.acknowledgements),
            positions=list(self.positions),
            extended_by=set(self.extended_by),
        )


def check_title(title: str) -> str:
    title = title.strip()
    if not title:
        raise InvalidInput("a measure needs a title")
    if len(title) > MAX_TITLE:
        raise InvalidInput(f"a title has at most {MAX_TITLE} characters, this one {len(title)}")
    return check_text(title, "title")


def check_text(text: str, what: str = "description") -> str:
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"a {what} has at most {MAX_TEXT} characters, this one {len(text)}")
    if "\x00" in text:  # PostgreSQL stores no NUL character in text
        raise InvalidInput(f"a {what} cannot contain a NUL character (\\x00); remove it")
    return text


def proposed(
    measure_id: int,
    proposer: str,
    title: str,
    description: str,
    planned: date | None,
    measure_type: str,
) -> Event:
    return Event(
        "measure.proposed",
        f"measure:{measure_id}",
        {
            "id": measure_id,
            "proposer": proposer,
            "type": measure_type,
            "title": check_title(title),
            "description": check_text(description),
            "planned": day_iso(planned),
        },
        party=proposer,
    )


def apply(measure: Measure | None, event: Event, at: datetime, user: str = "") -> Measure:
    """Return the measure after one recorded event; `measure` is None only for a proposal."""
    p = event.payload
    if event.kind == "measure.proposed":
        planned = from_day_iso(p["planned"])
        m = Measure(
            id=p["id"],
            proposer=p["proposer"],
            type=p["type"],
            title=p["title"],
            description=p["description"],
            planned=planned,
            created_at=at,
            updated_at=at,
        )
        m.versions.append(Version(1, m.title, m.description, planned, at))
        return m
    if measure is None:
        raise ValueError(f"{event.kind} needs an existing measure")
    m = measure
    m.updated_at = at
    kind = event.kind
    if kind == "measure.notified":
        m.status = Status.IN_CONSULTATION
        m.notified_at = at
        m.deadline = from_iso(p["deadline"])
        m.ack_due = from_iso(p["ack_due"])
        m.urgent = p["urgent"]
        m.justification = p["justification"]
    elif kind == "measure.acknowledged":
        m.acknowledgements.append(Acknowledgement(p["party"], p["version"], at))
        if p.get("all_acknowledged"):
            m.ack_due = None
    elif kind == "measure.position":
        m.positions.append(
            Position(p["party"], Stance(p["position"]), p["reason"], p["version"], at, user)
        )
    elif kind == "measure.window_extended":
        m.deadline = from_iso(p["deadline"])
        m.extended_by.add(p["party"])
    elif kind == "measure.cleared":
        m.status = Status.CLEARED
        m.cleared_by = ClearedBy(p["by"])
        m.closed_at = from_iso(p["closed_at"])
        m.ack_due = None
    elif kind == "measure.objected":
        m.status = Status.OBJECTED
        m.closed_at = from_iso(p["closed_at"])
        m.ack_due = None
    elif kind == "measure.unacknowledged":
        m.ack_due = None
    elif kind == "measure.amended":
        m.version = p["version"]
        m.title, m.description = p["title"], p["description"]
        m.planned = from_day_iso(p["planned"])
        m.versions.append(
            Version(m.version, m.title, m.description, m.planned, at, p.get("reason"))
        )
        m.extended_by = set()
        m.cleared_by = None
        m.closed_at = None
        if p.get("deadline"):
            m.status = Status.IN_CONSULTATION
            m.notified_at = at
            m.deadline = from_iso(p["deadline"])
            m.ack_due = from_iso(p["ack_due"])
            m.urgent = False  # the new window is a full one (consultation.amend)
            m.justification = None
    elif kind == "measure.edited":
        changes = p["changes"]
        if "title" in changes:
            m.title = changes["title"]
        if "description" in changes:
            m.description = changes["description"]
        if "planned" in changes:
            m.planned = from_day_iso(changes["planned"])
        m.minor_edits.append(MinorEdit(m.version, dict(changes), p["reason"], at))
    elif kind == "measure.withdrawn":
        m.status = Status.WITHDRAWN
        m.ack_due = None
    elif kind == "measure.executed":
        m.status = Status.EXECUTED
        m.unilateral = p["unilateral"]
        m.executed_on = from_day_iso(p["on"])
        m.ack_due = None
    else:
        raise ValueError(f"unknown measure event {kind}")
    return m
