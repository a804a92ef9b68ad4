"""Request and response bodies; field names are the CLI's `--json` names."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

StatusName = Literal["draft", "in_consultation", "cleared", "objected", "executed", "withdrawn"]
PositionName = Literal["support", "no-objection", "comment", "objection", "extension"]
RoleName = Literal["viewer", "officer", "envoy", "admin"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProposeIn(Strict):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=20_000)
    type: str = Field(default="general", max_length=64)
    planned: date | None = None


class NotifyIn(Strict):
    urgent: bool = False
    justification: str | None = Field(default=None, max_length=20_000)


class PositionIn(Strict):
    position: PositionName
    reason: str | None = Field(default=None, max_length=20_000)


class AmendIn(Strict):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=20_000)
    planned: date | None = None
    minor: bool = False
    reason: str | None = Field(default=None, max_length=20_000)


class ExecuteIn(Strict):
    on: date | None = None


class NoteIn(Strict):
    text: str = Field(min_length=1, max_length=20_000)


class ObserveIn(Strict):
    actor: str = Field(min_length=2, max_length=10)
    action: str = Field(min_length=1, max_length=20_000)
    on: date


class UserIn(Strict):
    name: str = Field(min_length=1, max_length=64)
    party: str | None = Field(default=None, max_length=10)
    role: RoleName


class Acknowledgement(BaseModel):
    party: str
    at: str
    version: int


class PositionOut(BaseModel):
    party: str
    position: PositionName
    reason: str | None
    at: str
    version: int
    user: str


class VersionOut(BaseModel):
    number: int
    title: str
    planned: str | None
    at: str
    reason: str | None


class MinorEditOut(BaseModel):
    version: int
    changes: dict[str, str | None]
    reason: str
    at: str


class NoteOut(BaseModel):
    id: int
    measure: int
    party: str
    author: str
    text: str
    at: str


class MeasureSummaryOut(BaseModel):
    """A measure as a list shows it; `GET /measures/{id}` gives the whole of it."""

    id: int
    title: str
    proposer: str
    type: str
    description: str
    planned: str | None
    status: StatusName
    version: int
    notified_at: str | None
    deadline: str | None
    urgent: bool
    cleared_by: Literal["consensus", "silence"] | None
    closed_at: str | None
    unilateral: bool
    executed_on: str | None
    created_at: str
    deadline_local: dict[str, str] | None = None


class MeasureOut(MeasureSummaryOut):
    """The whole measure: its summary, the justification, and every history."""

    justification: str | None
    extended_by: list[str]
    acknowledgements: list[Acknowledgement]
    positions: list[PositionOut]
    versions: list[VersionOut]
    minor_edits: list[MinorEditOut]
    notes: list[NoteOut] | None = None


class EntryOut(BaseModel):
    seq: int
    at: str
    actor: str
    party: str | None
    kind: str
    subject: str
    payload: dict[str, Any]
    leaf_hash: str


class Change(BaseModel):
    field: str
    before: str
    after: str
    diff: list[str]


class DiffOut(BaseModel):
    measure: int
    from_: int = Field(alias="from")
    to: int
    changes: list[Change]


class AlertOut(BaseModel):
    id: int
    kind: str
    actor: str
    to: list[str]
    measure: int | None
    at: str
    text: str


class ObservedOut(BaseModel):
    id: int
    actor: str
    action: str
    on: str
    recorded_by: str | None
    at: str
    user: str
    alert: int | None = None


class UserOut(BaseModel):
    name: str
    party: str | None
    role: RoleName


class PartyOut(BaseModel):
    code: str
    time_zone: str
    country: str
    subdivision: str | None


class Rules(BaseModel):
    window_days: int
    urgent_days: int
    extension_days: int
    by_type: dict[str, int]


class GroupOut(BaseModel):
    parties: list[PartyOut]
    rules: Rules
    simulated_clock: bool
    now: str


class Skipped(BaseModel):
    date: str
    party: str
    reason: str


class DeadlineOut(BaseModel):
    from_: str = Field(alias="from")
    days: int
    notifier: str
    deadline: str
    deadline_local: dict[str, str]
    working_days: list[str]
    skipped: list[Skipped]


class ClockOut(BaseModel):
    now: str
    simulated: bool


class SearchHit(BaseModel):
    measure: int
    title: str
    status: StatusName
    source: str
    text: str


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
