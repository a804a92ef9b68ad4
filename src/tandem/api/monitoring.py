"""/api/v1/reports: actions reported in the news, and their review (docs/monitoring.md).

Every party reads every report (the record is shared); `party` gives a party's inbox: the
reports of that party's actions. Officers and envoys confirm, dismiss and link; a report
of one's own party's action is not confirmed (propose and notify it instead).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from tandem.api.auth import current_user
from tandem.api.writes import act, app_of
from tandem.domain.parties import User
from tandem.services import monitoring

router = APIRouter(prefix="/api/v1/reports", tags=["monitoring"])
Caller = Annotated[User, Depends(current_user)]
ReportId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The report's id.")]


class ReportOut(BaseModel):
    id: int
    article: str
    actor: str
    action: str
    action_name: str
    goldstein: float
    target: str | None
    date: str
    tracks: list[str]
    modality: str
    evidence: str
    confidence: float


class ReportDetailOut(ReportOut):
    quote: str | None
    actor_role: str | None
    title: str
    outlet: str | None
    published: str | None
    status: str
    measure: int | None
    observed: int | None
    alert: int | None
    why: str | None


class DismissIn(BaseModel):
    why: str = Field(min_length=1, max_length=2000, description="Why it is set aside.")


class LinkIn(BaseModel):
    measure: int = Field(ge=1, le=2**31 - 1, description="The measure it is press on.")


@router.get("", response_model=list[ReportOut])
def list_reports(
    request: Request,
    user: Caller,
    party: Annotated[str | None, Query(max_length=10, description="A party's inbox.")] = None,
    status: Annotated[
        str | None, Query(max_length=12, description="new, confirmed, dismissed")
    ] = None,
    measure: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> list[dict[str, Any]]:
    """Every report (no paging), oldest first."""
    return monitoring.list_reports(app_of(request), party=party, status=status, measure=measure)


@router.get("/{report_id}", response_model=ReportDetailOut)
def show_report(request: Request, user: Caller, report_id: ReportId) -> dict[str, Any]:
    """One report with its article, quote, status and links."""
    return monitoring.show_report(app_of(request), report_id)


@router.post("/{report_id}/confirm", response_model=ReportDetailOut)
def confirm(request: Request, user: Caller, report_id: ReportId) -> JSONResponse:
    """Confirm it: it becomes an observed action that moves the pacing tracks."""
    return act(
        request,
        user,
        None,
        lambda _: monitoring.confirm_report(app_of(request), user.name, report_id),
    )


@router.post("/{report_id}/dismiss", response_model=ReportDetailOut)
def dismiss(request: Request, user: Caller, report_id: ReportId, body: DismissIn) -> JSONResponse:
    """Dismiss it, with why; it is kept."""
    return act(
        request,
        user,
        body,
        lambda _: monitoring.dismiss_report(app_of(request), user.name, report_id, body.why),
    )


@router.post("/{report_id}/link", response_model=ReportDetailOut)
def link(request: Request, user: Caller, report_id: ReportId, body: LinkIn) -> JSONResponse:
    """Link its article to a measure as press coverage."""
    return act(
        request,
        user,
        body,
        lambda _: monitoring.link_report(app_of(request), user.name, report_id, body.measure),
    )
