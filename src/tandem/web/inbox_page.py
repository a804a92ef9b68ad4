"""The in-app inbox: every notification addressed to the reader (docs/notifications.md)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from tandem.services.notify import mark_read, read_inbox
from tandem.web.render import render
from tandem.web.session import app_of, check_csrf, require

router = APIRouter(include_in_schema=False)


@router.get("/inbox")
def inbox(request: Request, unread: str = "") -> Response:
    signed = require(request)
    items: list[dict[str, Any]] = []
    if signed.user.party is not None:
        items = read_inbox(app_of(request), signed.user.name, unread=bool(unread), limit=200)
    return render(request, "inbox.html", signed, items=items, unread=bool(unread))


@router.post("/inbox/read")
def read_all(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
    signed = require(request)
    check_csrf(request, signed.csrf, csrf)
    mark_read(app_of(request), signed.user.name, None)
    return RedirectResponse("/inbox", status_code=303)
