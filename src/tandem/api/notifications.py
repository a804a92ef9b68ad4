"""/api/v1: the caller's inbox and email choices, a party's webhooks and dead letters.

Who may do what is the services' rule (docs/roles.md): the inbox and preferences are the
caller's own; webhooks and dead letters are managed by the party's envoys and by admins,
and another party's are answered 404, as if they did not exist.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from tandem.api.auth import current_user
from tandem.api.schemas import (
    DeliveryOut,
    InboxItemOut,
    MarkedReadOut,
    MarkReadIn,
    PreferencesIn,
    PreferencesOut,
    QueueStatusOut,
    WebhookCreatedOut,
    WebhookIn,
    WebhookOut,
    WebhookTestOut,
)
from tandem.api.writes import act, app_of
from tandem.domain.parties import User
from tandem.services import notify, webhooks

router = APIRouter(prefix="/api/v1", tags=["notifications"])
Caller = Annotated[User, Depends(current_user)]
PartyCode = Annotated[
    str | None, Query(max_length=10, description="Only this party's (admins: any party)")
]


@router.get("/inbox", response_model=list[InboxItemOut])
def inbox(
    request: Request,
    user: Caller,
    unread: bool = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> list[dict[str, Any]]:
    """The caller's in-app notifications, newest first (delivered by `tandem worker`)."""
    return notify.read_inbox(app_of(request), user.name, unread=unread, limit=limit)


@router.post("/inbox/read", response_model=MarkedReadOut)
def mark_read(request: Request, body: MarkReadIn, user: Caller) -> JSONResponse:
    """Mark items of the caller's inbox read (`ids`), or every one (`all: true`)."""
    return act(
        request,
        user,
        body,
        lambda _: notify.mark_read(app_of(request), user.name, None if body.all else body.ids),
    )


@router.get("/notifications/preferences", response_model=PreferencesOut)
def preferences(request: Request, user: Caller) -> dict[str, Any]:
    """The caller's email address and how each event type reaches them by email."""
    return notify.show_preferences(app_of(request), user.name)


@router.put("/notifications/preferences", response_model=PreferencesOut)
def set_preferences(request: Request, body: PreferencesIn, user: Caller) -> JSONResponse:
    """Set the caller's email address (null forgets it) and/or one event type's mode."""
    given = body.model_fields_set
    return act(
        request,
        user,
        body,
        lambda _: notify.set_preferences(
            app_of(request),
            user.name,
            email=body.email,
            clear_email="email" in given and body.email is None,
            event=body.event,
            mode=body.mode,
        ),
    )


@router.get("/notifications/status", response_model=QueueStatusOut)
def queue_status(request: Request, user: Caller) -> dict[str, Any]:
    """Jobs by state and how far the worker has read the record (admins only)."""
    return notify.queue_status(app_of(request), by=user.name)


@router.get("/webhooks", response_model=list[WebhookOut], tags=["webhooks"])
def list_webhooks(request: Request, user: Caller, party: PartyCode = None) -> list[dict[str, Any]]:
    """The webhooks of the caller's party (admins: of every party), without their secrets."""
    return webhooks.list_webhooks(app_of(request), party, by=user.name)


@router.post("/webhooks", status_code=201, response_model=WebhookCreatedOut, tags=["webhooks"])
def add_webhook(request: Request, body: WebhookIn, user: Caller) -> JSONResponse:
    """Register a partner system; the answer holds the signing secret, shown this once."""
    return act(
        request,
        user,
        body,
        lambda _: webhooks.add_webhook(
            app_of(request),
            body.party,
            body.url,
            events=body.events,
            secret=body.secret,
            by=user.name,
        ),
        status=201,
    )


@router.get("/webhooks/dead-letters", response_model=list[DeliveryOut], tags=["webhooks"])
def dead_letters(request: Request, user: Caller, party: PartyCode = None) -> list[dict[str, Any]]:
    """Webhook deliveries that failed for 24 hours, of the caller's party (admins: all)."""
    return webhooks.dead_letters(app_of(request), party, by=user.name, kind="webhook")


@router.post(
    "/webhooks/dead-letters/{job_id}/redeliver", response_model=DeliveryOut, tags=["webhooks"]
)
def redeliver(request: Request, job_id: int, user: Caller) -> JSONResponse:
    """Queue a dead letter again, with 24 fresh hours of retries."""

    def run(_: int | None) -> dict[str, Any]:
        (job,) = webhooks.redeliver(app_of(request), job_id, by=user.name)
        return job

    return act(request, user, None, run)


@router.post("/webhooks/{webhook_id}/test", response_model=WebhookTestOut, tags=["webhooks"])
def test_webhook(request: Request, webhook_id: int, user: Caller) -> JSONResponse:
    """Send a signed `ping` now and say what the receiver answered (`ok: false` if not 2xx)."""
    return act(
        request,
        user,
        None,
        lambda _: webhooks.test_webhook(app_of(request), webhook_id, by=user.name),
    )
