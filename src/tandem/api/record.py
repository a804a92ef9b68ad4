"""/api/v1/record: signed heads, proofs and entries, for partners that verify the record."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel

from tandem.api.auth import current_user
from tandem.api.schemas import EntryOut
from tandem.api.writes import app_of
from tandem.domain.parties import User
from tandem.services import ledger

router = APIRouter(prefix="/api/v1/record", tags=["record"])
Caller = Annotated[User, Depends(current_user)]


class HeadOut(BaseModel):
    size: int
    root: str
    timestamp: str
    signature: str
    public_key: str


class InclusionOut(BaseModel):
    leaf_index: int
    tree_size: int
    leaf_hash: str
    root: str
    audit_path: list[str]


class ConsistencyOut(BaseModel):
    first: int
    second: int
    first_root: str
    second_root: str
    path: list[str]


@router.get("/head", response_model=HeadOut)
def head(request: Request, user: Caller) -> dict[str, Any]:
    """The latest signed head, covering every entry (signed anew when the record grew)."""
    return ledger.head(app_of(request))


@router.get("/proofs/inclusion", response_model=InclusionOut)
def inclusion(
    request: Request,
    user: Caller,
    entry: Annotated[int, Query(ge=0)],
    size: Annotated[int | None, Query(ge=1)] = None,
) -> dict[str, Any]:
    """The RFC 6962 audit path of an entry in the tree of `size` entries."""
    return ledger.inclusion_proof(app_of(request), entry, size)


@router.get("/proofs/consistency", response_model=ConsistencyOut)
def consistency(
    request: Request,
    user: Caller,
    first: Annotated[int, Query(ge=1)],
    second: Annotated[int, Query(ge=1)],
) -> dict[str, Any]:
    """The RFC 6962 proof that the tree of `first` entries is a prefix of `second`."""
    return ledger.consistency_proof(app_of(request), first, second)


@router.get("/entries", response_model=list[EntryOut])
def entries(
    request: Request,
    user: Caller,
    start: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
) -> list[dict[str, Any]]:
    """Entries from `start` in order: what a partner's mirror pulls between heads."""
    return ledger.record_entries(app_of(request), start, limit)
