"""Retried requests that must not act twice (the API's `Idempotency-Key`).

The first request with a key claims it, acts, then stores its answer; a retry with the
same key and the same request gets that answer again; the same key with a different
request is refused. A request that fails releases the key, so that it can be retried.
"""

from __future__ import annotations

from tandem.domain.errors import Conflict, InvalidInput
from tandem.services.context import App, writing

MAX_KEY = 255


def claim(app: App, user: str, key: str, request_hash: str) -> tuple[int, str] | None:
    """None when the request should go ahead; (status, body) when it is a retry."""
    if not key or len(key) > MAX_KEY:
        raise InvalidInput(f"an Idempotency-Key has 1 to {MAX_KEY} characters")
    with writing(app, settle=False) as ctx:
        found = ctx.uow.idempotency.get(user, key)
        if found is None and ctx.uow.idempotency.claim(user, key, request_hash, ctx.now):
            return None
        found = found or ctx.uow.idempotency.get(user, key)
        assert found is not None
        stored_hash, status, body = found
        if stored_hash != request_hash:
            raise InvalidInput(
                "this Idempotency-Key was used for a different request; use a new key"
            )
        if status is None or body is None:
            raise Conflict("a request with this Idempotency-Key is still being processed")
        return status, body


def complete(app: App, user: str, key: str, status: int, body: str) -> None:
    with writing(app, settle=False) as ctx:
        ctx.uow.idempotency.complete(user, key, status, body)


def release(app: App, user: str, key: str) -> None:
    with writing(app, settle=False) as ctx:
        ctx.uow.idempotency.release(user, key)
