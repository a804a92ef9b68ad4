"""Forms that change a measure: each calls the same service as the CLI and the API.

A form that succeeds redirects to the measure's page (so a reload does not send it twice);
one that is refused shows the measure again with the reason beside that form and what the
user typed still in it. Each form carries the revision of the page it was filled on: a
measure changed since then is refused (412) rather than acted on blindly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from tandem.domain.errors import InvalidInput, TandemError
from tandem.domain.measures import parse_stance
from tandem.services import measures as svc
from tandem.services.notes import add_note
from tandem.services.sessions import Signed
from tandem.web.measure_pages import measure_page
from tandem.web.render import render
from tandem.web.session import app_of, check_csrf, require

router = APIRouter(include_in_schema=False)
Field = Annotated[str, Form()]


def _day(text: str, what: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{what} '{text}' is not a date such as 2018-12-26") from None


def _revision(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


MAX_MANIFEST = 1_000_000
"""Bytes of an uploaded manifest: thousands of lines, far beyond any real one."""


def _manifest(upload: UploadFile | None) -> str | None:
    """The uploaded manifest's text (CSV or JSON, docs/sanctions.md), or None if none."""
    if upload is None or not upload.filename:
        return None
    data = upload.file.read(MAX_MANIFEST + 1)
    if len(data) > MAX_MANIFEST:
        raise InvalidInput(f"a manifest has at most {MAX_MANIFEST:,} bytes; this one has more")
    if not data.strip():
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"the manifest {upload.filename} is not UTF-8 text; save it as CSV (UTF-8) or JSON"
        ) from None


@router.post("/measures/new")
def propose(
    request: Request,
    csrf: Field = "",
    title: Field = "",
    description: Field = "",
    planned: Field = "",
    type: Field = "general",
    manifest: Annotated[UploadFile | None, File()] = None,
) -> Response:
    signed = require(request)
    values = {"title": title, "description": description, "planned": planned, "type": type}
    try:
        check_csrf(request, signed.csrf, csrf)
        done = svc.propose_measure(
            app_of(request),
            signed.user.name,
            title,
            description=description,
            planned=_day(planned, "the planned date"),
            measure_type=type or "general",
            manifest=_manifest(manifest),
        )
    except TandemError as exc:
        return render(
            request, "new_measure.html", signed, exc.status, values=values, error=exc.message
        )
    return RedirectResponse(f"/measures/{done['id']}?done=propose", status_code=303)


def _act(
    request: Request,
    signed: Signed,
    measure_id: int,
    action: str,
    csrf: str,
    values: dict[str, str],
    change: Callable[[], Any],
) -> Response:
    try:
        check_csrf(request, signed.csrf, csrf)
        change()
    except TandemError as exc:
        return measure_page(
            request,
            signed,
            measure_id,
            status=exc.status,
            errors={action: exc.message},
            values=values,
        )
    return RedirectResponse(f"/measures/{measure_id}?done={action}", status_code=303)


@router.post("/measures/{measure_id}/notify")
def notify(
    request: Request,
    measure_id: int,
    csrf: Field = "",
    revision: Field = "",
    urgent: Field = "",
    justification: Field = "",
) -> Response:
    signed = require(request)
    return _act(
        request,
        signed,
        measure_id,
        "notify",
        csrf,
        {"justification": justification, "urgent": urgent},
        lambda: svc.notify_measure(
            app_of(request),
            measure_id,
            signed.user.name,
            urgent=bool(urgent),
            justification=justification or None,
            if_revision=_revision(revision),
        ),
    )


@router.post("/measures/{measure_id}/acknowledge")
def acknowledge(
    request: Request, measure_id: int, csrf: Field = "", revision: Field = ""
) -> Response:
    signed = require(request)
    return _act(
        request,
        signed,
        measure_id,
        "acknowledge",
        csrf,
        {},
        lambda: svc.acknowledge_measure(
            app_of(request), measure_id, signed.user.name, if_revision=_revision(revision)
        ),
    )


@router.post("/measures/{measure_id}/position")
def position(
    request: Request,
    measure_id: int,
    csrf: Field = "",
    revision: Field = "",
    stance: Field = "",
    reason: Field = "",
) -> Response:
    signed = require(request)
    return _act(
        request,
        signed,
        measure_id,
        "position",
        csrf,
        {"stance": stance, "reason": reason},
        lambda: svc.record_position(
            app_of(request),
            measure_id,
            signed.user.name,
            parse_stance(stance),
            reason=reason or None,
            if_revision=_revision(revision),
        ),
    )


@router.post("/measures/{measure_id}/amend")
def amend(
    request: Request,
    measure_id: int,
    csrf: Field = "",
    revision: Field = "",
    title: Field = "",
    description: Field = "",
    planned: Field = "",
    minor: Field = "",
    reason: Field = "",
    manifest: Annotated[UploadFile | None, File()] = None,
) -> Response:
    """Fields left as they were are not changes; an amendment must change something. An
    uploaded manifest is a new one: a new version, screened when its window opens."""
    signed = require(request)
    values = {
        "title": title,
        "description": description,
        "planned": planned,
        "minor": minor,
        "reason": reason,
    }

    def change() -> Any:
        app = app_of(request)
        current = svc.show_measure(app, measure_id)
        new_planned = _day(planned, "the planned date")
        return svc.amend_measure(
            app,
            measure_id,
            signed.user.name,
            title=title if title and title != current["title"] else None,
            description=description if description != current["description"] else None,
            planned=new_planned if str(new_planned or "") != (current["planned"] or "") else None,
            minor=bool(minor),
            reason=reason or None,
            manifest=_manifest(manifest),
            if_revision=_revision(revision),
        )

    return _act(request, signed, measure_id, "amend", csrf, values, change)


@router.post("/measures/{measure_id}/withdraw")
def withdraw(request: Request, measure_id: int, csrf: Field = "", revision: Field = "") -> Response:
    signed = require(request)
    return _act(
        request,
        signed,
        measure_id,
        "withdraw",
        csrf,
        {},
        lambda: svc.withdraw_measure(
            app_of(request), measure_id, signed.user.name, if_revision=_revision(revision)
        ),
    )


@router.post("/measures/{measure_id}/execute")
def execute(
    request: Request, measure_id: int, csrf: Field = "", revision: Field = "", on: Field = ""
) -> Response:
    signed = require(request)
    return _act(
        request,
        signed,
        measure_id,
        "execute",
        csrf,
        {"on": on},
        lambda: svc.execute_measure(
            app_of(request),
            measure_id,
            signed.user.name,
            on=_day(on, "the execution date"),
            if_revision=_revision(revision),
        ),
    )


@router.post("/measures/{measure_id}/notes")
def note(request: Request, measure_id: int, csrf: Field = "", text: Field = "") -> Response:
    signed = require(request)
    return _act(
        request,
        signed,
        measure_id,
        "note",
        csrf,
        {"text": text},
        lambda: add_note(app_of(request), measure_id, signed.user.name, text),
    )
