"""/api/v1/reports and /api/v1/articles: news read, the actions reported in it, and their
review (docs/monitoring.md).

Every party reads every article and report (the record is shared); `party` gives a party's
inbox: the reports of that party's actions. Officers and envoys send articles, confirm,
dismiss and link; a report of one's own party's action is not confirmed (propose and
notify it instead).
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, RootModel, TypeAdapter, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from tandem.api.auth import current_user
from tandem.api.writes import act, app_of
from tandem.domain.parties import User
from tandem.services import monitoring

router = APIRouter(prefix="/api/v1", tags=["monitoring"])
Caller = Annotated[User, Depends(current_user)]
ReportId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The report's id.")]
ArticleId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The article's id.")]
MAX_BODY = 5_000_000
"""Bytes of one request's articles: the size `tandem ingest` reads of one file."""
MAX_ARTICLES = 100


class ReportOut(BaseModel):
    id: int
    article: str
    actor: str
    action: str
    action_name: str
    plover: str | None = Field(
        description="The PLOVER event category of the action (AGREE, CONSULT, MOBILIZE …); "
        "null for CAMEO 01 and 02, which PLOVER does not code."
    )
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
    article_id: int = Field(description="The article's id (GET /api/v1/articles/{id}).")
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


class ArticleIn(BaseModel):
    """One article, as in the JSON files `tandem ingest` reads."""

    model_config = ConfigDict(extra="forbid")
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=200)
    published: str | None = Field(
        default=None, max_length=64, description="Its date: YYYY-MM-DD (or ISO 8601, RFC 2822)."
    )
    text: str = Field(max_length=MAX_BODY, description="The article's text, in English.")


class ArticlesIn(RootModel[list[ArticleIn]]):
    """The articles of one request (for the `Idempotency-Key` digest)."""


_ONE = TypeAdapter(ArticleIn)
_MANY = TypeAdapter(list[ArticleIn])
_ARTICLE_SCHEMA = ArticleIn.model_json_schema()
_BODY_SCHEMA = {
    "oneOf": [
        _ARTICLE_SCHEMA,
        {
            "type": "array",
            "items": _ARTICLE_SCHEMA,
            "minItems": 1,
            "maxItems": MAX_ARTICLES,
        },
    ]
}


class SkippedOut(BaseModel):
    input: str
    why: str


class IngestOut(BaseModel):
    read: int
    skipped: list[SkippedOut]
    duplicates: int
    reports: int


class ArticleOut(BaseModel):
    id: int
    name: str
    url: str | None
    title: str
    outlet: str | None
    published: str | None
    read_at: str
    text: str
    reports: list[ReportOut]


def _invalid(where: tuple[str | int, ...], what: str) -> RequestValidationError:
    return RequestValidationError([{"loc": ("body", *where), "msg": what, "type": "value_error"}])


async def _articles(request: Request) -> tuple[list[ArticleIn], bool]:
    """The body's articles, and whether they came as a list; nothing over MAX_BODY bytes is
    read (413), and a body that is not one article or a list of 1 to MAX_ARTICLES is 422."""
    too_large = HTTPException(
        413,
        f"The body is larger than {MAX_BODY // 1_000_000} MB; send fewer articles at once",
    )
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY:
        raise too_large
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            raise too_large
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise _invalid((), f"the body is not JSON ({exc})") from None
    except RecursionError:
        raise _invalid((), "the body is nested too deeply to be articles") from None
    try:
        if isinstance(data, dict):
            return [_ONE.validate_python(data)], False
        if isinstance(data, list) and 1 <= len(data) <= MAX_ARTICLES:
            return _MANY.validate_python(data), True
    except ValidationError as exc:
        raise RequestValidationError(
            [e | {"loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
        ) from None
    raise _invalid(
        (),
        "the body is an article (a JSON object with url, title, outlet, published and "
        f"text) or a list of 1 to {MAX_ARTICLES} of them",
    )


@router.post(
    "/articles",
    response_model=IngestOut,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": _BODY_SCHEMA}},
        }
    },
)
async def ingest(request: Request, user: Caller) -> JSONResponse:
    """Read news articles (one, or a list of up to 100; 5 MB at most): each new one is
    recorded with the actions it reports, matched to the measures and alerted like `tandem
    ingest`. An article that cannot be read (no text, no date, not English) is skipped with
    why; a duplicate (same URL, same text, a near-copy) is counted, not read again."""
    articles, listed = await _articles(request)
    body = ArticlesIn(articles)
    objects = [a.model_dump() for a in articles]
    return await run_in_threadpool(
        act,
        request,
        user,
        body,
        lambda _: monitoring.ingest_articles(app_of(request), user.name, objects, listed=listed),
    )


@router.get("/articles/{article_id}", response_model=ArticleOut)
def show_article(request: Request, user: Caller, article_id: ArticleId) -> dict[str, Any]:
    """One article as read, with the reports extracted from it."""
    return monitoring.show_article(app_of(request), article_id)


@router.get("/reports", response_model=list[ReportOut])
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


@router.get("/reports/{report_id}", response_model=ReportDetailOut)
def show_report(request: Request, user: Caller, report_id: ReportId) -> dict[str, Any]:
    """One report with its article, quote, status and links."""
    return monitoring.show_report(app_of(request), report_id)


@router.post("/reports/{report_id}/confirm", response_model=ReportDetailOut)
def confirm(request: Request, user: Caller, report_id: ReportId) -> JSONResponse:
    """Confirm it: it becomes an observed action that moves the pacing tracks."""
    return act(
        request,
        user,
        None,
        lambda _: monitoring.confirm_report(app_of(request), user.name, report_id),
    )


@router.post("/reports/{report_id}/dismiss", response_model=ReportDetailOut)
def dismiss(request: Request, user: Caller, report_id: ReportId, body: DismissIn) -> JSONResponse:
    """Dismiss it, with why; it is kept."""
    return act(
        request,
        user,
        body,
        lambda _: monitoring.dismiss_report(app_of(request), user.name, report_id, body.why),
    )


@router.post("/reports/{report_id}/link", response_model=ReportDetailOut)
def link(request: Request, user: Caller, report_id: ReportId, body: LinkIn) -> JSONResponse:
    """Link its article to a measure as press coverage."""
    return act(
        request,
        user,
        body,
        lambda _: monitoring.link_report(app_of(request), user.name, report_id, body.measure),
    )
