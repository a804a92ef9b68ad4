"""/api/v1/pace: each track's index, each tandem rule's state, what-ifs and the chart.

Every party reads pacing (docs/roles.md: everything in the record is shared); tracks and
rules are set by the working group's operator on the command line.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from tandem.api.auth import current_user
from tandem.api.writes import app_of
from tandem.domain.errors import InvalidInput
from tandem.domain.parties import User
from tandem.services import pacing

router = APIRouter(prefix="/api/v1/pace", tags=["pacing"])
Caller = Annotated[User, Depends(current_user)]


class TrackIndexOut(BaseModel):
    id: str
    name: str
    index: float


class RuleStateOut(BaseModel):
    id: int
    ahead: str
    behind: str
    tolerance: float
    gap: float
    state: str


class PaceOut(BaseModel):
    at: str
    tracks: list[TrackIndexOut]
    rules: list[RuleStateOut]


class NoteOut(BaseModel):
    id: int
    at: str
    text: str


class WhatIfOut(PaceOut):
    breach: bool
    measure: int
    counted: list[int]
    notes: list[NoteOut]


def _as_of(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            f"as_of '{text}' is not an ISO-8601 time; write e.g. 2018-11-20T00:00Z"
        ) from None
    if value.tzinfo is None or not 1900 <= value.year <= 2999:
        raise InvalidInput(f"as_of '{text}' needs an offset and a year from 1900 to 2999")
    return value


AsOf = Annotated[
    str | None, Query(description="The pace at this time (ISO-8601 with offset); default now.")
]


@router.get("", response_model=PaceOut)
def pace(request: Request, user: Caller, as_of: AsOf = None) -> dict[str, Any]:
    """Each track's index and each rule's gap and state (in_step, outpacing, lagging)."""
    return pacing.pace(app_of(request), as_of=_as_of(as_of))


@router.get("/what-if/{measure_id}", response_model=WhatIfOut)
def what_if(
    request: Request, user: Caller, measure_id: Annotated[int, Path(ge=1, le=2**31 - 1)]
) -> dict[str, Any]:
    """The rules on the measure's planned date if it and every cleared measure were executed."""
    return pacing.what_if(app_of(request), measure_id)


@router.get(
    "/chart.svg",
    response_class=Response,
    responses={200: {"content": {"image/svg+xml": {}}, "description": "The chart as SVG."}},
)
def chart(request: Request, user: Caller, as_of: AsOf = None) -> Response:
    """Both tracks over time with each rule's tolerance band and the steps marked."""
    svg = pacing.chart(app_of(request), "svg", as_of=_as_of(as_of))
    return Response(svg, media_type="image/svg+xml")
