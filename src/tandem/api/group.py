"""/api/v1: the working group, its users, alerts, observed actions, calendar and clock."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from tandem.api.auth import current_user
from tandem.api.schemas import (
    AlertOut,
    ClockOut,
    DeadlineOut,
    GroupOut,
    ObservedOut,
    ObserveIn,
    UserIn,
    UserOut,
)
from tandem.api.writes import act, app_of
from tandem.domain.parties import User, parse_role
from tandem.services import calendar, clock, group, observations

router = APIRouter(prefix="/api/v1", tags=["working group"])
Caller = Annotated[User, Depends(current_user)]


@router.get("/group", response_model=GroupOut)
def show_group(request: Request, user: Caller) -> dict[str, Any]:
    """Parties, time zones, holiday calendars and window lengths."""
    return group.show_group(app_of(request))


@router.get("/users", response_model=list[UserOut])
def list_users(request: Request, user: Caller) -> list[dict[str, Any]]:
    """Every user of the working group, with party and role."""
    return group.list_users(app_of(request))


@router.post("/users", status_code=201, response_model=UserOut)
def add_user(request: Request, body: UserIn, user: Caller) -> JSONResponse:
    """Add a user (admins only)."""
    return act(
        request,
        user,
        body,
        lambda _: group.add_user(
            app_of(request), body.name, body.party, parse_role(body.role), by=user.name
        ),
        status=201,
    )


@router.get("/alerts", response_model=list[AlertOut], tags=["alerts"])
def list_alerts(
    request: Request,
    user: Caller,
    party: Annotated[str | None, Query(max_length=10)] = None,
    kind: Annotated[str | None, Query(max_length=32)] = None,
) -> list[dict[str, Any]]:
    """Alerts, optionally only those addressed to `party`."""
    return observations.list_alerts(app_of(request), party=party, kind=kind)


@router.get("/observed", response_model=list[ObservedOut], tags=["alerts"])
def list_observed(request: Request, user: Caller) -> list[dict[str, Any]]:
    """Actions of parties seen elsewhere that were never notified."""
    return observations.list_observed(app_of(request))


@router.post("/observed", status_code=201, response_model=ObservedOut, tags=["alerts"])
def observe(request: Request, body: ObserveIn, user: Caller) -> JSONResponse:
    """Record an unnotified action of another party (raises an alert)."""
    return act(
        request,
        user,
        body,
        lambda _: observations.observe_action(
            app_of(request),
            user.name,
            actor=body.actor,
            action=body.action,
            on=body.on,
            effects=body.effects,
            cameo=body.cameo,
            effect_reason=body.effect_reason,
        ),
        status=201,
    )


@router.get("/calendar/deadline", response_model=DeadlineOut, tags=["calendar"])
def deadline(
    request: Request,
    user: Caller,
    start: Annotated[datetime, Query(alias="from", description="ISO-8601 with offset")],
    days: Annotated[int, Query(ge=1, le=365)],
    parties: Annotated[str, Query(max_length=200, description="Comma-separated codes")],
    notifier: Annotated[str | None, Query(max_length=10)] = None,
) -> dict[str, Any]:
    """The deadline of a window of `days` working days, and every date skipped."""
    from tandem.domain.errors import InvalidInput

    if start.tzinfo is None:
        raise InvalidInput("`from` needs an offset, e.g. 2018-11-20T09:00+09:00")
    found = calendar.resolve_parties(parties.split(","), app_of(request))
    return calendar.compute_deadline(found, start, days, notifier)


@router.get("/clock", response_model=ClockOut, tags=["calendar"])
def show_clock(request: Request, user: Caller) -> dict[str, Any]:
    """The database's time now, and whether its clock is simulated."""
    return clock.show_clock(app_of(request))
