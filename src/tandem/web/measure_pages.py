"""Pages to read: the dashboard, the register of measures, one measure, the record."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from tandem.domain.errors import InvalidInput, NotFound, TandemError
from tandem.domain.measures import Status, parse_status
from tandem.services import pacing, sanctions
from tandem.services.attest import record_status
from tandem.services.dashboard import dashboard
from tandem.services.dossier import dossier
from tandem.services.measures import page_measures
from tandem.services.monitoring import press_coverage
from tandem.services.search import search_measures
from tandem.services.sessions import Signed
from tandem.web.render import render
from tandem.web.session import app_of, require

router = APIRouter(include_in_schema=False)
PAGE = 50


@router.get("/")
def home(request: Request) -> Response:
    signed = require(request)
    board = dashboard(app_of(request), signed.user.name)
    return render(request, "dashboard.html", signed, board=board, pace=pacing.pace(app_of(request)))


@router.get("/pace/chart.svg")
def pace_chart(request: Request) -> Response:
    """The tandem chart as an image of its own, so the dashboard does not wait for it."""
    require(request)
    svg = pacing.chart_svg(app_of(request))
    return Response(
        svg, media_type="image/svg+xml", headers={"Cache-Control": "private, max-age=60"}
    )


@router.get("/measures")
def register(
    request: Request, status: str = "", party: str = "", q: str = "", page: int = 1
) -> Response:
    signed = require(request)
    app = app_of(request)
    error = None
    hits: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    total = 0
    page = max(1, min(page, 100_000))
    try:
        if q.strip():
            hits = search_measures(app, q, viewer=signed.user.name)
        else:
            chosen: Status | None = parse_status(status) if status else None
            total, rows = page_measures(
                app,
                status=chosen,
                proposer=party or None,
                limit=PAGE,
                offset=(page - 1) * PAGE,
                summary=True,
            )
    except (InvalidInput, NotFound) as exc:
        error = exc.message
    return render(
        request,
        "measures.html",
        signed,
        400 if error else 200,
        rows=rows,
        hits=hits,
        total=total,
        page=page,
        pages=max(1, -(-total // PAGE)),
        filters={"status": status, "party": party, "q": q},
        statuses=[s.value for s in Status],
        error=error,
    )


@router.get("/measures/new")
def new_measure(request: Request) -> Response:
    signed = require(request)
    return render(request, "new_measure.html", signed, values={}, error=None)


def measure_page(
    request: Request,
    signed: Signed,
    measure_id: int,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
) -> Response:
    """The page of one measure; after a refused form, with its error beside that form."""
    found = dossier(app_of(request), measure_id, signed.user.name)
    try:
        what_if: dict[str, Any] | None = pacing.what_if(app_of(request), measure_id)
    except TandemError:
        what_if = None  # a withdrawn measure has none
    screening = sanctions.measure_screening(app_of(request), measure_id)
    coverage = press_coverage(app_of(request), measure_id)
    return render(
        request,
        "measure.html",
        signed,
        status,
        m=found,
        what_if=what_if,
        screening=screening,
        coverage=coverage,
        errors=errors or {},
        values=values or {},
        done=request.query_params.get("done"),
    )


@router.get("/measures/{measure_id}")
def show(request: Request, measure_id: int) -> Response:
    return measure_page(request, require(request), measure_id)


@router.get("/record")
def record(request: Request, measure: str = "") -> Response:
    signed = require(request)
    error = None
    measure_id: int | None = None
    if measure.strip():
        if not measure.strip().isdigit():
            error = f"'{measure}' is not a measure number"
        else:
            measure_id = int(measure)
    found: dict[str, Any] | None = None
    try:
        found = record_status(app_of(request), None if error else measure_id)
    except TandemError as exc:
        error = exc.message
    return render(
        request,
        "record.html",
        signed,
        400 if error else 200,
        found=found,
        error=error,
        measure=measure,
    )
