"""/api/v1/measures: the register and every step of prior consultation."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from tandem.api.auth import current_user
from tandem.api.schemas import (
    AmendedOut,
    AmendIn,
    DiffOut,
    EntryOut,
    ExecuteIn,
    MeasureOut,
    MeasureSummaryOut,
    NoteIn,
    NoteOut,
    NotifyIn,
    PositionIn,
    ProposeIn,
    SearchHit,
    StatusName,
)
from tandem.api.writes import act, app_of, etag
from tandem.domain.measures import parse_stance, parse_status
from tandem.domain.parties import User
from tandem.services import export, notes, search
from tandem.services import measures as svc
from tandem.services.dossier import measure_json

router = APIRouter(prefix="/api/v1", tags=["measures"])


def _on_loop(request: Request) -> bool:
    """Whether a read runs on the event loop rather than in a worker thread.

    On SQLite a read never waits for a writer (WAL) and a cached page or measure takes
    some 0.2 ms: less than the two hops to a thread and back (for the caller, then the
    route) that made up most of a list or show request, and threads queued for the
    interpreter made the slowest reads wait longest. Elsewhere the database is a network
    away.
    """
    return app_of(request).db.dialect == "sqlite"


async def _caller(request: Request) -> User:
    """`current_user`, on the loop where reads run there (see `_on_loop`).

    A remembered token costs a dictionary look-up, and a token seen afresh one small read:
    for writes too, less than a hop to a thread and back.
    """
    if _on_loop(request):
        return current_user(request)
    return await run_in_threadpool(current_user, request)


Caller = Annotated[User, Depends(_caller)]

ETAG_HEADER = {
    "ETag": {
        "description": "The measure's revision; send it back as If-Match.",
        "schema": {"type": "string"},
    }
}


@router.get("/measures", response_model=list[MeasureSummaryOut])
async def list_measures(
    request: Request,
    user: Caller,
    status: StatusName | None = None,
    party: Annotated[str | None, Query(max_length=10, description="Proposing party")] = None,
    deadline_before: datetime | None = None,
    deadline_after: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
) -> Response:
    """Measures (summaries), newest first, as of the clock; `X-Total-Count` says how many.

    (Read routes answer with the services' JSON as it is; `response_model` documents it and
    the schema tests check that they agree.)
    """
    read = partial(
        svc.page_summaries_json,
        app_of(request),
        status=parse_status(status) if status else None,
        proposer=party,
        deadline_before=deadline_before,
        deadline_after=deadline_after,
        limit=limit,
        offset=offset,
    )
    total, body = read() if _on_loop(request) else await run_in_threadpool(read)
    return Response(body, media_type="application/json", headers={"X-Total-Count": str(total)})


@router.post(
    "/measures",
    status_code=201,
    response_model=MeasureOut,
    responses={201: {"headers": ETAG_HEADER}},
)
def propose(request: Request, body: ProposeIn, user: Caller) -> JSONResponse:
    """Draft a measure for the caller's party."""
    return act(
        request,
        user,
        body,
        lambda _: svc.propose_measure(
            app_of(request),
            user.name,
            body.title,
            description=body.description,
            planned=body.planned,
            measure_type=body.type,
            effects=body.effects,
            effect_reason=body.effect_reason,
        ),
        status=201,
    )


@router.get(
    "/measures.csv",
    response_class=PlainTextResponse,
    tags=["export"],
    responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
def export_csv(request: Request, user: Caller) -> PlainTextResponse:
    """Every measure as CSV (the shared register; internal notes are never exported)."""
    text = export.export(app_of(request), "measures", "csv")
    return PlainTextResponse(text, media_type="text/csv; charset=utf-8")


@router.get("/measures.json", response_model=list[dict[str, Any]], tags=["export"])
def export_json(request: Request, user: Caller) -> list[dict[str, Any]]:
    """Every measure as JSON rows, the same columns as the CSV export."""
    return export.measure_rows(svc.list_measures(app_of(request)))


@router.get(
    "/measures/{measure_id}", response_model=MeasureOut, responses={200: {"headers": ETAG_HEADER}}
)
async def show(request: Request, measure_id: int, user: Caller) -> Response:
    """One measure as of the clock, with the caller's own party's internal notes."""
    read = partial(measure_json, app_of(request), measure_id, user.name)
    revision, body = read() if _on_loop(request) else await run_in_threadpool(read)
    return Response(body, media_type="application/json", headers={"ETag": etag(revision)})


@router.get("/measures/{measure_id}/history", response_model=list[EntryOut])
def history(request: Request, measure_id: int, user: Caller) -> list[dict[str, Any]]:
    """The record entries of a measure, in order."""
    return svc.measure_history(app_of(request), measure_id)


@router.get("/measures/{measure_id}/diff", response_model=DiffOut)
def diff(
    request: Request,
    measure_id: int,
    user: Caller,
    first: Annotated[int | None, Query(alias="from", ge=1)] = None,
    second: Annotated[int | None, Query(alias="to", ge=1)] = None,
) -> dict[str, Any]:
    """A redline between two versions (by default the last two)."""
    return svc.diff_measure(app_of(request), measure_id, first, second)


def _measure_write(
    request: Request, user: User, measure_id: int, body: Any, run: Any
) -> JSONResponse:
    return act(request, user, body, run, measure_id=measure_id)


@router.post("/measures/{measure_id}/notify", response_model=MeasureOut)
def notify(
    request: Request, measure_id: int, user: Caller, body: NotifyIn | None = None
) -> JSONResponse:
    """Notify the other parties: opens the consultation window (envoys)."""
    body = body or NotifyIn()
    return _measure_write(
        request,
        user,
        measure_id,
        body,
        lambda rev: svc.notify_measure(
            app_of(request),
            measure_id,
            user.name,
            urgent=body.urgent,
            justification=body.justification,
            if_revision=rev,
        ),
    )


@router.post("/measures/{measure_id}/ack", response_model=MeasureOut)
def acknowledge(request: Request, measure_id: int, user: Caller) -> JSONResponse:
    """Acknowledge receipt for the caller's party."""
    return _measure_write(
        request,
        user,
        measure_id,
        None,
        lambda rev: svc.acknowledge_measure(
            app_of(request), measure_id, user.name, if_revision=rev
        ),
    )


@router.post("/measures/{measure_id}/positions", response_model=MeasureOut)
def position(request: Request, measure_id: int, body: PositionIn, user: Caller) -> JSONResponse:
    """Take or revise the caller's party's position on the notified version."""
    return _measure_write(
        request,
        user,
        measure_id,
        body,
        lambda rev: svc.record_position(
            app_of(request),
            measure_id,
            user.name,
            parse_stance(body.position),
            reason=body.reason,
            if_revision=rev,
        ),
    )


@router.post("/measures/{measure_id}/amend", response_model=AmendedOut)
def amend(request: Request, measure_id: int, body: AmendIn, user: Caller) -> JSONResponse:
    """A new version and window, or a justified minor edit; a new `manifest` is a new version,
    screened when its window opens (docs/sanctions.md), and so are new track `effects`
    (docs/pacing.md)."""
    return _measure_write(
        request,
        user,
        measure_id,
        body,
        lambda rev: svc.amend_measure(
            app_of(request),
            measure_id,
            user.name,
            title=body.title,
            description=body.description,
            planned=body.planned,
            minor=body.minor,
            reason=body.reason,
            manifest=body.manifest,
            effects=body.effects,
            effect_reason=body.effect_reason,
            if_revision=rev,
        ),
    )


@router.post("/measures/{measure_id}/withdraw", response_model=MeasureOut)
def withdraw(request: Request, measure_id: int, user: Caller) -> JSONResponse:
    """Withdraw a measure not yet executed (envoys)."""
    return _measure_write(
        request,
        user,
        measure_id,
        None,
        lambda rev: svc.withdraw_measure(app_of(request), measure_id, user.name, if_revision=rev),
    )


@router.post("/measures/{measure_id}/execute", response_model=MeasureOut)
def execute(
    request: Request, measure_id: int, user: Caller, body: ExecuteIn | None = None
) -> JSONResponse:
    """Record an execution; without clearance it is recorded as unilateral (envoys)."""
    body = body or ExecuteIn()
    return _measure_write(
        request,
        user,
        measure_id,
        body,
        lambda rev: svc.execute_measure(
            app_of(request), measure_id, user.name, on=body.on, if_revision=rev
        ),
    )


@router.get("/measures/{measure_id}/notes", response_model=list[NoteOut], tags=["notes"])
def list_notes(request: Request, measure_id: int, user: Caller) -> list[dict[str, Any]]:
    """The caller's own party's internal notes on a measure."""
    return notes.list_notes(app_of(request), measure_id, user.name)


@router.post(
    "/measures/{measure_id}/notes", status_code=201, response_model=NoteOut, tags=["notes"]
)
def add_note(request: Request, measure_id: int, body: NoteIn, user: Caller) -> JSONResponse:
    """An internal note, visible to the caller's party only."""
    return act(
        request,
        user,
        body,
        lambda _: notes.add_note(app_of(request), measure_id, user.name, body.text),
        status=201,
    )


@router.get("/search", response_model=list[SearchHit], tags=["search"])
def search_route(
    request: Request, user: Caller, q: Annotated[str, Query(min_length=1, max_length=200)]
) -> list[dict[str, Any]]:
    """Full-text search over measures, position reasons and the caller's party's notes."""
    return search.search_measures(app_of(request), q, viewer=user.name)
