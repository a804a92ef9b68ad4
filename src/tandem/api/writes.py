"""What every write goes through: rate limit, `If-Match`, `Idempotency-Key`, ETag."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from tandem.domain.errors import PreconditionFailed
from tandem.domain.parties import User
from tandem.services import idempotency
from tandem.services.context import App
from tandem.services.measures import measure_revision

_ETAG = re.compile(r'^\s*(?:W/)?"r(\d+)"\s*$')


def etag(revision: int) -> str:
    return f'"r{revision}"'


def if_match(request: Request) -> int | None:
    """The revision a client says it is changing, from `If-Match` (None when absent)."""
    header = request.headers.get("if-match")
    if header is None or header.strip() == "*":
        return None
    m = _ETAG.match(header)
    if not m:
        raise PreconditionFailed(
            f"If-Match {header!r} is not an ETag of this API; read the measure and send its ETag"
        )
    return int(m.group(1))


def app_of(request: Request) -> App:
    tandem: App = request.app.state.tandem
    return tandem


def act(
    request: Request,
    user: User,
    body: BaseModel | None,
    run: Callable[[int | None], dict[str, Any]],
    *,
    status: int = 200,
    measure_id: int | None = None,
) -> JSONResponse:
    """Run one write for `user`; `run` gets the If-Match revision and returns the view."""
    state = request.app.state
    state.limiter.take(user.name)
    expected = if_match(request)
    key = request.headers.get("idempotency-key")
    tandem = app_of(request)
    if key is not None:
        payload = body.model_dump(mode="json") if body is not None else None
        digest = hashlib.sha256(
            json.dumps([request.method, request.url.path, payload], sort_keys=True).encode()
        ).hexdigest()
        replay = idempotency.claim(tandem, user.name, key, digest)
        if replay is not None:
            stored_status, stored = replay
            data = json.loads(stored)
            return JSONResponse(
                data["body"],
                status_code=stored_status,
                headers=data["headers"] | {"Idempotent-Replayed": "true"},
            )
    try:
        view = run(expected)
    except Exception:
        # Whatever failed wrote nothing, so the key is freed for a retry.
        if key is not None:
            idempotency.release(tandem, user.name, key)
        raise
    target = measure_id if measure_id is not None else view.get("id")
    headers: dict[str, str] = {}
    if isinstance(target, int) and "proposer" in view:
        headers["ETag"] = etag(measure_revision(tandem, target))
        if status == 201:
            headers["Location"] = f"/api/v1/measures/{target}"
    if key is not None:
        idempotency.complete(
            tandem, user.name, key, status, json.dumps({"body": view, "headers": headers})
        )
    return JSONResponse(view, status_code=status, headers=headers)
