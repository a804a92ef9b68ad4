"""/api/v1/meetings, /api/v1/followups and /api/v1/stats: working-group meetings.

Every party reads meetings and the figures (they are in the record); officers and envoys
schedule, work on the agenda, record outcomes and follow-ups and draft statements; an
envoy approves a statement for their party; a follow-up is updated by its owner party.
The services enforce it all (docs/meetings.md), as for the command line.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from tandem.api.auth import current_user
from tandem.api.schemas import MAX_INT, Strict
from tandem.api.writes import act, app_of
from tandem.domain.errors import InvalidInput
from tandem.domain.meetings import (
    parse_followup_status,
    parse_outcome,
    parse_statement_kind,
)
from tandem.domain.parties import User
from tandem.services import meetings as svc

router = APIRouter(prefix="/api/v1", tags=["meetings"])
Caller = Annotated[User, Depends(current_user)]
MeetingId = Annotated[int, Path(ge=1, le=MAX_INT)]
Number = Annotated[int, Field(ge=1, le=MAX_INT)]
OutcomeName = Literal[
    "decision", "objection-withdrawn", "to-be-amended", "withdrawn", "disagreement"
]
StatementKindName = Literal["joint-statement", "press-line"]


class ScheduleIn(Strict):
    starts: str = Field(
        min_length=1, max_length=40, description="e.g. 2018-12-21T10:00 (in `zone`) or offset."
    )
    zone: str = Field(min_length=1, max_length=64)
    place: str = Field(min_length=1, max_length=200)
    chairs: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list, max_length=20, description="PARTY:Name, one per party."
    )
    attendees: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list, max_length=200, description="PARTY:Name."
    )


class AgendaIn(Strict):
    """Empty: propose the agenda. `title`, `measure` or `alert`: add one item. `move` and
    `to`: move item `move` to position `to`."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    measure: Number | None = None
    alert: Number | None = None
    move: Number | None = None
    to: Number | None = None


class OutcomeIn(Strict):
    item: Number
    outcome: OutcomeName
    decision: str = Field(min_length=1, max_length=20_000)
    due: date | None = Field(default=None, description="to-be-amended: the amendment's date.")


class FollowUpIn(Strict):
    owner: str | None = Field(default=None, max_length=10)
    text: str = Field(min_length=1, max_length=20_000)
    due: date | None = None
    item: Number | None = None


class FollowUpStatusIn(Strict):
    status: Literal["done", "cancelled"]


class StatementIn(Strict):
    text: str = Field(min_length=1, max_length=20_000)
    kind: StatementKindName = "joint-statement"


class ReviseIn(Strict):
    text: str = Field(min_length=1, max_length=20_000)


class MeetingRowOut(BaseModel):
    id: int
    starts_at: str
    place: str
    status: str


class ItemOut(BaseModel):
    number: int
    kind: str
    title: str
    measure: int | None
    alert: int | None
    outcome: str | None
    decision: str | None
    outcome_by: str | None


class FollowUpOut(BaseModel):
    id: int
    meeting: int
    item: int | None
    owner: str
    text: str
    due: str
    status: str
    overdue: bool
    done_at: str | None
    on_time: bool | None


class StatementOut(BaseModel):
    number: int
    kind: str
    text: str
    approved_by: list[str]
    waiting_for: list[str]
    final: bool
    meeting: int | None = None


class MeetingOut(MeetingRowOut):
    zone: str
    starts_local: str
    chairs: dict[str, str]
    attendees: dict[str, list[str]]
    agenda: list[ItemOut]
    followups: list[FollowUpOut]
    statements: list[StatementOut]
    added: list[int] | None = None
    measure: dict[str, Any] | None = None


class ResponsivenessOut(BaseModel):
    party: str
    notifications: int
    hours_to_acknowledge: float | None
    hours_to_first_position: float | None
    windows_closed: int
    closed_by_silence: int
    silence_share: float | None
    extensions: int
    objections: int
    followups_due: int
    followups_on_time: int
    on_time_share: float | None


@router.get("/meetings", response_model=list[MeetingRowOut])
def list_meetings(request: Request, user: Caller) -> list[dict[str, Any]]:
    """The meetings, by start time."""
    return svc.list_meetings(app_of(request))


@router.post("/meetings", response_model=MeetingOut, status_code=201)
def schedule(request: Request, body: ScheduleIn, user: Caller) -> JSONResponse:
    """Schedule a meeting (officers and envoys)."""
    return act(
        request,
        user,
        body,
        lambda _: svc.schedule_meeting(
            app_of(request),
            user.name,
            starts=body.starts,
            zone=body.zone,
            place=body.place,
            chairs=body.chairs,
            attendees=body.attendees,
        ),
        status=201,
    )


@router.get("/meetings/{meeting_id}", response_model=MeetingOut)
def show(request: Request, meeting_id: MeetingId, user: Caller) -> dict[str, Any]:
    """A meeting: its agenda with outcomes, follow-ups and statements."""
    return svc.show_meeting(app_of(request), meeting_id)


@router.post("/meetings/{meeting_id}/agenda", response_model=MeetingOut)
def agenda(
    request: Request, meeting_id: MeetingId, user: Caller, body: AgendaIn | None = None
) -> JSONResponse:
    """Propose the agenda from what needs discussion, or add or move one item."""
    body = body or AgendaIn()
    app = app_of(request)
    adding = any(x is not None for x in (body.title, body.measure, body.alert))
    if (body.move is None) != (body.to is None):
        raise InvalidInput("`move` and `to` go together: the item, and its new position")
    if body.move is not None and adding:
        raise InvalidInput("move an item or add one, not both in one request")

    def run(_: int | None) -> dict[str, Any]:
        if body.move is not None and body.to is not None:
            return svc.move_agenda_item(app, meeting_id, user.name, body.move, body.to)
        if adding:
            return svc.add_agenda_item(
                app,
                meeting_id,
                user.name,
                title=body.title,
                measure=body.measure,
                alert=body.alert,
            )
        return svc.propose_agenda(app, meeting_id, user.name)

    return act(request, user, body, run)


@router.post("/meetings/{meeting_id}/outcomes", response_model=MeetingOut)
def outcome(request: Request, meeting_id: MeetingId, body: OutcomeIn, user: Caller) -> JSONResponse:
    """Record an item's outcome; it changes the measure as the outcome says."""
    return act(
        request,
        user,
        body,
        lambda _: svc.record_outcome(
            app_of(request),
            meeting_id,
            user.name,
            body.item,
            parse_outcome(body.outcome),
            body.decision,
            due=body.due,
        ),
    )


@router.post("/meetings/{meeting_id}/followups", response_model=FollowUpOut, status_code=201)
def add_followup(
    request: Request, meeting_id: MeetingId, body: FollowUpIn, user: Caller
) -> JSONResponse:
    """A follow-up with an owner party and a due date."""
    return act(
        request,
        user,
        body,
        lambda _: svc.add_followup(
            app_of(request),
            meeting_id,
            user.name,
            owner=body.owner,
            text=body.text,
            due=body.due,
            item=body.item,
        ),
        status=201,
    )


@router.post("/followups/{followup_id}/status", response_model=FollowUpOut)
def followup_status(
    request: Request,
    followup_id: Annotated[int, Path(ge=1, le=MAX_INT)],
    body: FollowUpStatusIn,
    user: Caller,
) -> JSONResponse:
    """Mark a follow-up done or cancelled (its owner party's officers and envoys)."""
    return act(
        request,
        user,
        body,
        lambda _: svc.update_followup(
            app_of(request), followup_id, user.name, parse_followup_status(body.status)
        ),
    )


@router.post("/meetings/{meeting_id}/statements", response_model=StatementOut, status_code=201)
def draft_statement(
    request: Request, meeting_id: MeetingId, body: StatementIn, user: Caller
) -> JSONResponse:
    """Draft a joint statement or press line."""
    return act(
        request,
        user,
        body,
        lambda _: svc.draft_statement(
            app_of(request),
            meeting_id,
            user.name,
            body.text,
            kind=parse_statement_kind(body.kind),
        ),
        status=201,
    )


StatementNumber = Annotated[int, Path(ge=1, le=MAX_INT)]


@router.post("/meetings/{meeting_id}/statements/{number}/revise", response_model=StatementOut)
def revise_statement(
    request: Request, meeting_id: MeetingId, number: StatementNumber, body: ReviseIn, user: Caller
) -> JSONResponse:
    """A new text; every approval given so far no longer counts."""
    return act(
        request,
        user,
        body,
        lambda _: svc.revise_statement(app_of(request), meeting_id, number, user.name, body.text),
    )


@router.post("/meetings/{meeting_id}/statements/{number}/approve", response_model=StatementOut)
def approve_statement(
    request: Request, meeting_id: MeetingId, number: StatementNumber, user: Caller
) -> JSONResponse:
    """Approve a statement for the caller's party (envoys, once per party)."""
    return act(
        request,
        user,
        None,
        lambda _: svc.approve_statement(app_of(request), meeting_id, number, user.name),
    )


@router.get(
    "/meetings/{meeting_id}/brief",
    response_class=Response,
    responses={
        200: {
            "content": {"text/markdown": {}, "application/pdf": {}},
            "description": "The briefing pack.",
        }
    },
)
def brief(
    request: Request,
    meeting_id: MeetingId,
    user: Caller,
    format: Annotated[Literal["md", "pdf"], Query(description="md or pdf.")] = "md",
) -> Response:
    """The briefing pack (docs/meetings.md); a Markdown pack embeds the chart as data."""
    from tandem.services.briefing import render_brief

    body = render_brief(app_of(request), meeting_id, format)
    media = "application/pdf" if format == "pdf" else "text/markdown; charset=utf-8"
    return Response(body, media_type=media)


@router.get("/stats", response_model=list[ResponsivenessOut])
def stats(request: Request, user: Caller) -> list[dict[str, Any]]:
    """Responsiveness per party (docs/meetings.md defines each figure)."""
    return svc.stats(app_of(request))
