"""What every write goes through: rate limit, `If-Match`, `Idempotency-Key`, ETag."""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from weakref import WeakKeyDictionary

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from tandem.domain.errors import PreconditionFailed
from tandem.domain.parties import User
from tandem.services import idempotency
from tandem.services.context import App
from tandem.services.measures import measure_revision
from tandem.store.database import Database

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


_WRITES: WeakKeyDictionary[Database, threading.Lock] = WeakKeyDictionary()
_WRITES_LOCK = threading.Lock()
WRITE_WAIT_SECONDS = 10.0
"""How long a write waits for this process's turn before asking SQLite anyway (its
busy timeout, store/database.py, is as long)."""


@contextmanager
def _turn(tandem: App) -> Iterator[None]:
    """On SQLite, this process's writes take turns here rather than at the database's lock.

    SQLite lets one writer in at a time. A thread it refuses waits in the driver's busy
    handler, which sleeps in steps of up to 100 ms whether or not the lock was freed
    meanwhile; with a few threads writing at once, most of a write's time was that sleep.
    Threads waiting on a lock are woken as soon as it is free.
    """
    if tandem.db.dialect != "sqlite":
        yield
        return
    with _WRITES_LOCK:
        lock = _WRITES.setdefault(tandem.db, threading.Lock())
    mine = lock.acquire(timeout=WRITE_WAIT_SECONDS)
    try:
        yield
    finally:
        if mine:
            lock.release()


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
    tandem = app_of(request)
    with _turn(tandem):
        return _act(request, user, body, run, status, measure_id, expected, tandem)


def _act(
    request: Request,
    user: User,
    body: BaseModel | None,
    run: Callable[[int | None], dict[str, Any]],
    status: int,
    measure_id: int | None,
    expected: int | None,
    tandem: App,
) -> JSONResponse:
    key = request.headers.get("idempotency-key")
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
