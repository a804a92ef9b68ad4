"""News reports: each party's inbox of actions read in the news (docs/monitoring.md)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from tandem.domain.errors import InvalidInput, TandemError
from tandem.services.monitoring import confirm_report, dismiss_report, list_reports
from tandem.web.render import render
from tandem.web.session import app_of, check_csrf, require

router = APIRouter(include_in_schema=False)


def _page(
    request: Request,
    party: str,
    status: str,
    code: int = 200,
    error: str | None = None,
    measure: str = "",
) -> Response:
    signed = require(request)
    app = app_of(request)
    measure = measure.strip()
    try:
        if measure and not (measure.isdigit() and 0 < int(measure) < 2**31):
            raise InvalidInput(f"'{measure[:20]}' is not a measure number")
        reports = list_reports(
            app,
            party=party or None,
            status=status or None,
            measure=int(measure) if measure else None,
        )
    except TandemError as exc:
        reports, code, error = [], exc.status, exc.message
    return render(
        request,
        "reports.html",
        signed,
        code,
        reports=reports,
        party=party,
        shown=status,
        measure=measure,
        error=error,
    )


@router.get("/reports")
def reports(request: Request, party: str = "", status: str = "new", measure: str = "") -> Response:
    """A party's inbox: the new reports of its actions, to confirm or dismiss; `measure`
    keeps the reports linked to that measure (its press coverage)."""
    return _page(request, party, status, measure=measure)


@router.post("/reports/{report_id}/confirm")
def confirm(request: Request, report_id: int, csrf: Annotated[str, Form()] = "") -> Response:
    signed = require(request)
    try:
        check_csrf(request, signed.csrf, csrf)
        confirm_report(app_of(request), signed.user.name, report_id)
    except TandemError as exc:
        return _page(request, "", "new", exc.status, exc.message)
    return RedirectResponse("/reports?status=confirmed", status_code=303)


@router.post("/reports/{report_id}/dismiss")
def dismiss(
    request: Request,
    report_id: int,
    csrf: Annotated[str, Form()] = "",
    why: Annotated[str, Form()] = "",
) -> Response:
    signed = require(request)
    try:
        check_csrf(request, signed.csrf, csrf)
        dismiss_report(app_of(request), signed.user.name, report_id, why)
    except TandemError as exc:
        return _page(request, "", "new", exc.status, exc.message)
    return RedirectResponse("/reports?status=dismissed", status_code=303)
