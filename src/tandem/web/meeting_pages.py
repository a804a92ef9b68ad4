"""Meetings in the browser: the list, one meeting's agenda, outcomes, follow-ups and
statements, its briefing pack, and a party's approval of a statement."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from tandem.domain.errors import TandemError
from tandem.services import briefing
from tandem.services.meetings import approve_statement, list_meetings, show_meeting
from tandem.web.render import render
from tandem.web.session import app_of, check_csrf, require

router = APIRouter(include_in_schema=False)
_TYPES = {"md": "text/markdown; charset=utf-8", "pdf": "application/pdf"}


@router.get("/meetings")
def meetings(request: Request) -> Response:
    signed = require(request)
    return render(request, "meetings.html", signed, meetings=list_meetings(app_of(request)))


def _meeting_page(
    request: Request, meeting_id: int, status: int = 200, error: str | None = None
) -> Response:
    signed = require(request)
    found = show_meeting(app_of(request), meeting_id)
    return render(
        request,
        "meeting.html",
        signed,
        status,
        meeting=found,
        error=error,
        done=request.query_params.get("done"),
    )


@router.get("/meetings/{meeting_id}")
def meeting(request: Request, meeting_id: int) -> Response:
    return _meeting_page(request, meeting_id)


@router.get("/meetings/{meeting_id}/brief.{fmt}")
def brief(request: Request, meeting_id: int, fmt: str) -> Response:
    """The briefing pack to download (the chart embedded, Korean text where there is any)."""
    require(request)
    body = briefing.render_brief(app_of(request), meeting_id, fmt)
    return Response(
        body,
        media_type=_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="meeting-{meeting_id}.{fmt}"'},
    )


@router.post("/meetings/{meeting_id}/statements/{number}/approve")
def approve(
    request: Request, meeting_id: int, number: int, csrf: Annotated[str, Form()] = ""
) -> Response:
    signed = require(request)
    try:
        check_csrf(request, signed.csrf, csrf)
        approve_statement(app_of(request), meeting_id, number, signed.user.name)
    except TandemError as exc:
        return _meeting_page(request, meeting_id, exc.status, exc.message)
    return RedirectResponse(f"/meetings/{meeting_id}?done=approve", status_code=303)
