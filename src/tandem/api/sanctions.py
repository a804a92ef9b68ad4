"""/api/v1/rules, /api/v1/screen, a measure's screening and the exemption requests.

Every party reads the rulebook, any measure's manifest and findings, and every exemption
request (docs/roles.md: everything in the record is shared). Screening a manifest sent in
the body writes nothing. Manifests are given and exemption requests handled on the command
line (docs/sanctions.md).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field

from tandem.api.auth import current_user
from tandem.api.writes import app_of
from tandem.domain.parties import User
from tandem.services import sanctions

router = APIRouter(prefix="/api/v1", tags=["sanctions"])
Caller = Annotated[User, Depends(current_user)]
MeasureId = Annotated[int, Path(ge=1, le=2**31 - 1)]


class RuleOut(BaseModel):
    id: str
    resolution: str
    paragraph: str
    applies_from: str
    until: str | None
    effect: str
    direction: str
    title: str
    verified: bool


class FindingOut(BaseModel):
    line: int
    rule: str
    resolution: str
    paragraph: str
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
