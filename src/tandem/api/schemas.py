"""Request and response bodies; field names are the CLI's `--json` names."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

StatusName = Literal["draft", "in_consultation", "cleared", "objected", "executed", "withdrawn"]
PositionName = Literal["support", "no-objection", "comment", "objection", "extension"]
RoleName = Literal["viewer", "officer", "envoy", "admin"]


MAX_MANIFEST_TEXT = 20_000_000
"""Characters of a manifest sent as text (as POST /api/v1/screen takes)."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProposeIn(Strict):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=20_000)
    type: str = Field(default="general", max_length=64)
    planned: date | None = None
    effects: list[Annotated[str, Field(max_length=80)]] = Field(
        default_factory=list,
        max_length=50,
        description="TRACK:WEIGHT, a weight from -10 to +10 (docs/pacing.md)",
    )
    effect_reason: str | None = Field(default=None, max_length=20_000)


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
    manifest: str | None = Field(
        default=None,
        max_length=MAX_MANIFEST_TEXT,
        description="A new manifest as CSV or JSON text (format 1, as for POST /api/v1/screen): "
        "a substantial change, never with `minor`.",
    )
    effects: list[Annotated[str, Field(max_length=80)]] | None = Field(
        default=None,
        max_length=50,
        description="New expected effects, TRACK:WEIGHT (TRACK alone: the type's default; "
        "tracks not given keep theirs; docs/pacing.md): a substantial change, never with "
        "`minor`.",
    )
    effect_reason: str | None = Field(
        default=None,
        max_length=20_000,
        description="Why a weight differs from its type's default (kept in the record).",
    )


class ExecuteIn(Strict):
    on: date | None = None


class NoteIn(Strict):
    text: str = Field(min_length=1, max_length=20_000)


class ObserveIn(Strict):
    actor: str = Field(min_length=2, max_length=10)
    action: str = Field(min_length=1, max_length=20_000)
    on: date
    effects: list[Annotated[str, Field(max_length=80)]] = Field(
        default_factory=list,
        max_length=50,
        description="TRACK:WEIGHT, or TRACK with `cameo` (docs/pacing.md)",
    )
    cameo: str | None = Field(default=None, max_length=8)
    effect_reason: str | None = Field(default=None, max_length=20_000)


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


class ManifestInForce(BaseModel):
    version: int
    lines: int


class AmendedScreening(BaseModel):
    id: int
    version: int
    on: str
    rulebook: str
    verdict: str


class AmendmentOut(BaseModel):
    """What an amendment changed (docs/consultation-windows.md)."""

    version: int
    minor: bool
    changed: list[str]
    window_reopened: bool
    manifest: ManifestInForce | None = Field(
        description="The manifest the measure's version carries: the version it was given "
        "for and its lines."
    )
    new_manifest: bool
    screening: AmendedScreening | None = Field(
        description="The screening of the new version, when the amendment reopened a window "
        "and a manifest is in force."
    )


class AmendedOut(MeasureOut):
    """The measure after an amendment, and what the amendment changed."""

    amendment: AmendmentOut


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


# Notifications -----------------------------------------------------------------------

EmailModeName = Literal["off", "now", "digest"]
MAX_INT = 2**31 - 1


class InboxItemOut(BaseModel):
    """One in-app notification: what happened, traced to its record entry (`entry`)."""

    id: int
    event: str | None
    text: str | None
    measure: int | None
    deadline: str | None
    entry: int | None
    at: str | None
    delivered_at: str
    read: bool
    key: str


class MarkReadIn(Strict):
    """Either `ids` (items of the caller's inbox) or `all: true`."""

    ids: list[Annotated[int, Field(ge=1, le=MAX_INT)]] | None = Field(
        default=None, min_length=1, max_length=1000
    )
    all: bool = False

    @model_validator(mode="after")
    def _one_of(self) -> MarkReadIn:
        if (self.ids is None) == (not self.all):
            raise PydanticCustomError(
                "invalid_input", "send either `ids` (a list of item ids) or `all: true`"
            )
        return self


class MarkedReadOut(BaseModel):
    user: str
    marked_read: int


class PreferencesOut(BaseModel):
    user: str
    email: str | None
    inapp: Literal["always"]
    email_by_event: dict[str, EmailModeName]
    email_default: str = Field(description="off, now or digest; `off (no address)` without one")


class PreferencesIn(Strict):
    """What to change: `email` (null forgets the address), and/or `event` with `mode`."""

    email: str | None = Field(default=None, max_length=254)
    event: str | None = Field(
        default=None, max_length=64, description="An event type (docs/notifications.md) or *"
    )
    mode: EmailModeName | None = None

    @model_validator(mode="after")
    def _something(self) -> PreferencesIn:
        if (self.event is None) != (self.mode is None):
            raise PydanticCustomError(
                "invalid_input", "an email choice needs both `event` (a type, or *) and `mode`"
            )
        if "email" not in self.model_fields_set and self.event is None:
            raise PydanticCustomError(
                "invalid_input", "nothing to set: send `email`, or `event` with `mode`"
            )
        return self


class WebhookIn(Strict):
    url: str = Field(min_length=1, max_length=2000, description="http(s)://…")
    events: str = Field(
        default="*", min_length=1, max_length=1000, description="* or event types, comma-separated"
    )
    party: str | None = Field(
        default=None, max_length=10, description="An envoy's own party by default; admins name it"
    )
    secret: str | None = Field(
        default=None,
        min_length=16,
        max_length=128,
        description="The signing secret; a random one when left out",
    )


class WebhookOut(BaseModel):
    id: int
    party: str
    url: str
    events: str
    created_at: str
    active: bool


class WebhookCreatedOut(WebhookOut):
    secret: str = Field(description="The signing secret: shown in this answer only")


class WebhookTestOut(BaseModel):
    webhook: int
    url: str
    ok: bool
    status: int | None = None
    error: str | None = None
    key: str


class DeliveryOut(BaseModel):
    """A queued delivery (a job): a dead letter when `dead_at` is set."""

    id: int
    kind: str
    key: str
    party: str | None
    user: str | None
    webhook: int | None
    entry: int | None
    attempts: int
    created_at: str
    next_attempt_at: str
    done_at: str | None
    dead_at: str | None
    last_error: str | None


class QueueStatusOut(BaseModel):
    jobs: dict[str, int]
    record_read_up_to: int
    record_size: int
    next_due: str | None
