"""/api/v1/rules, /api/v1/screen, a measure's screening and the exemption requests.

Every party reads the rulebook, any measure's manifest and findings, and every exemption
request (docs/roles.md: everything in the record is shared). Screening a manifest sent in
the body writes nothing. Manifests are given on the command line (docs/sanctions.md).

Exemption requests are written here as on the command line: an officer or envoy of the
measure's party drafts one from the measure's last screening; an envoy of that party
submits or withdraws it and records the Committee's grant or denial. Each write goes
through the rate limit and `Idempotency-Key` of every write (`If-Match` is for measures and
is not read here); a refused one writes nothing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field

from tandem.api.auth import current_user
from tandem.api.writes import act, app_of
from tandem.domain.exemptions import MAX_SHIPMENTS, Step
from tandem.domain.parties import User
from tandem.services import sanctions

router = APIRouter(prefix="/api/v1", tags=["sanctions"])
Caller = Annotated[User, Depends(current_user)]
MeasureId = Annotated[int, Path(ge=1, le=2**31 - 1)]
ExemptionId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The request's id.")]


class RuleOut(BaseModel):
    id: str
    resolution: str
    paragraph: str | None = Field(
        description="The paragraph as printed; null while its number is not checked."
    )
    applies_from: str
    until: str | None
    effect: str
    direction: str
    title: str
    paragraph_checked: bool
    hs_checked: bool
    verified: bool


class FindingOut(BaseModel):
    line: int
    rule: str
    resolution: str
    paragraph: str | None = Field(
        description="Null when the rule's paragraph number is not checked (never cited)."
    )
    effect: str
    exemption: str | None
    why: str


class NameOut(BaseModel):
    line: int
    name: str
    matched: str
    alias: str | None
    reference: str
    score: float
    why: str


class ScreeningOut(BaseModel):
    verdict: str
    on: str
    rulebook: str
    findings: list[FindingOut]
    names: list[NameOut]


class ScreenIn(BaseModel):
    manifest: str = Field(
        max_length=20_000_000, description="The manifest as CSV or JSON text (format 1)."
    )
    on: date | None = Field(
        default=None, description="Apply the rules in force on this date; default today (UTC)."
    )
    threshold: float | None = Field(
        default=None, description="Name-matching score from 50 to 100; default 88."
    )


class StoredScreeningOut(ScreeningOut):
    id: int
    measure: int
    version: int
    at: str


class ManifestOut(BaseModel):
    version: int
    lines: list[dict[str, Any]]


class ExemptionOut(BaseModel):
    id: int
    measure: int
    party: str
    status: str
    at: str
    request: dict[str, Any]
    valid_from: str | None
    valid_until: str | None
    shipments: int | None
    decision: str | None


class MeasureScreeningOut(BaseModel):
    measure: int
    version: int
    manifest: ManifestOut | None
    verdict: str | None
    screenings: list[StoredScreeningOut]
    exemptions: list[ExemptionOut]


@router.get("/rules", response_model=list[RuleOut])
def rules(user: Caller) -> list[dict[str, Any]]:
    """The rulebook: one rule per measure of the UN sanctions regime on the DPRK."""
    return sanctions.list_rules()


@router.get("/rules/{rule_id}")
def rule(user: Caller, rule_id: Annotated[str, Path(max_length=40)]) -> dict[str, Any]:
    """One rule: what it matches, its effect, cap, exemption path, source, verification."""
    return sanctions.show_rule(rule_id)


@router.post("/screen", response_model=ScreeningOut)
def screen(user: Caller, body: ScreenIn) -> dict[str, Any]:
    """Screen a manifest against the rules in force on a date; nothing is written."""
    on = body.on or datetime.now(UTC).date()
    return sanctions.screen_text(body.manifest, on, body.threshold)


@router.get("/measures/{measure_id}/screening", response_model=MeasureScreeningOut)
def measure_screening(request: Request, user: Caller, measure_id: MeasureId) -> dict[str, Any]:
    """A measure's manifest, its screenings (the last one counts) and exemption requests."""
    return sanctions.measure_screening(app_of(request), measure_id)


@router.get("/exemptions", response_model=list[ExemptionOut])
def exemptions(
    request: Request,
    user: Caller,
    measure: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> list[dict[str, Any]]:
    """Every exemption request, or one measure's."""
    return sanctions.list_exemptions(app_of(request), measure)


@router.get(
    "/exemptions/{exemption_id}/document",
    response_class=PlainTextResponse,
    responses={200: {"content": {"text/markdown": {}}}},
)
def exemption_document(
    request: Request, user: Caller, exemption_id: ExemptionId
) -> PlainTextResponse:
    """The request as a Markdown document for the Committee (to be put on letterhead)."""
    text = sanctions.exemption_document(app_of(request), exemption_id)
    return PlainTextResponse(text, media_type="text/markdown; charset=utf-8")


class DraftIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    nature: str = Field(
        min_length=1, max_length=10_000, description="What the assistance or project is."
    )
    recipients: str = Field(min_length=1, max_length=10_000, description="The DPRK recipients.")
    beneficiaries: str = Field(
        default="", max_length=10_000, description="How beneficiaries are chosen."
    )


class GrantIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    valid_from: date = Field(description="First day of validity.")
    valid_until: date = Field(description="Last day of validity.")
    shipments: int | None = Field(
        default=None, ge=1, le=MAX_SHIPMENTS, description="Shipments allowed."
    )
    decision: str | None = Field(
        default=None, max_length=2000, description="The Committee's reference or note."
    )


class DenyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: str = Field(min_length=1, max_length=2000, description="What the Committee answered.")


@router.post("/measures/{measure_id}/exemptions", status_code=201, response_model=ExemptionOut)
def draft_exemption(
    request: Request, user: Caller, measure_id: MeasureId, body: DraftIn
) -> JSONResponse:
    """Draft a request from the measure's last screening (an officer or envoy of its party)."""
    return act(
        request,
        user,
        body,
        lambda _: sanctions.draft_exemption(
            app_of(request),
            measure_id,
            user.name,
            nature=body.nature,
            recipients=body.recipients,
            beneficiaries=body.beneficiaries,
        ),
        status=201,
    )


def _step(
    request: Request, user: User, request_id: int, step: Step, body: BaseModel | None, **kw: Any
) -> JSONResponse:
    return act(
        request,
        user,
        body,
        lambda _: sanctions.change_exemption(app_of(request), request_id, user.name, step, **kw),
    )


@router.post("/exemptions/{exemption_id}/submit", response_model=ExemptionOut)
def submit_exemption(request: Request, user: Caller, exemption_id: ExemptionId) -> JSONResponse:
    """Record that the request went to the 1718 Committee (an envoy of its party)."""
    return _step(request, user, exemption_id, Step.SUBMIT, None)


@router.post("/exemptions/{exemption_id}/grant", response_model=ExemptionOut)
def grant_exemption(
    request: Request, user: Caller, exemption_id: ExemptionId, body: GrantIn
) -> JSONResponse:
    """Record the Committee's grant, its validity and shipments (an envoy of its party)."""
    return _step(
        request,
        user,
        exemption_id,
        Step.GRANT,
        body,
        valid_from=body.valid_from,
        valid_until=body.valid_until,
        shipments=body.shipments,
        decision=body.decision,
    )


@router.post("/exemptions/{exemption_id}/deny", response_model=ExemptionOut)
def deny_exemption(
    request: Request, user: Caller, exemption_id: ExemptionId, body: DenyIn
) -> JSONResponse:
    """Record the Committee's denial and what it answered (an envoy of its party)."""
    return _step(request, user, exemption_id, Step.DENY, body, decision=body.decision)


@router.post("/exemptions/{exemption_id}/withdraw", response_model=ExemptionOut)
def withdraw_exemption(request: Request, user: Caller, exemption_id: ExemptionId) -> JSONResponse:
    """Withdraw a drafted or submitted request (an envoy of its party)."""
    return _step(request, user, exemption_id, Step.WITHDRAW, None)
