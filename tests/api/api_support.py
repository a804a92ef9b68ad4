"""Helpers for the API tests: a client that acts as a user, and what a database holds.

Imported by the test modules beside it (pytest puts this folder on sys.path).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from httpx import Response
from sqlalchemy import select

from tandem.services.accounts import create_token
from tandem.services.context import App
from tandem.services.keys import KEY_FILE_ENV
from tandem.services.rebuild import projections
from tandem.services.worker import Worker
from tandem.store import schema as t
from tandem.store.jobs import NOTIFICATION_TABLES, Jobs, NewJob
from tandem.store.unit_of_work import unit_of_work

with warnings.catch_warnings():
    # Starlette suggests httpx2; httpx is what the project installs (pyproject `dev`).
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

USERS = ("kor", "usa", "kim", "lee", "smith", "admin")
"""The users of the `app` fixture: envoys kor, usa; officers kim (KOR), smith (USA);
viewer lee (KOR); admin (no party)."""

MakeGroup = Callable[..., App]
"""The `group_builder` fixture of tests/conftest.py."""

PROBLEM = "application/problem+json"
API = "/api/v1"

# Tables beside the record: none is a projection, all must stay as they were when a call
# is refused (a refused note must not be stored, nor a key, nor a search document, nor a
# webhook, a redelivery, a read mark or an email choice).
SIDE_TABLES = (
    t.internal_notes,
    t.search_documents,
    t.idempotency_keys,
    t.api_tokens,
    *NOTIFICATION_TABLES,
)


@dataclass(frozen=True)
class State:
    """The record's size, every projection and the tables beside the record."""

    size: int
    projections: dict[str, list[tuple[Any, ...]]]
    side: dict[str, list[tuple[Any, ...]]]


def state(app: App) -> State:
    with unit_of_work(app.db, write=False) as uow:
        size = uow.record.size()
        side = {
            table.name: sorted(
                (tuple(r) for r in uow.conn.execute(select(table))),
                key=repr,
            )
            for table in SIDE_TABLES
        }
    return State(size, projections(app.db), side)


DATABASES = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]
"""The params of a module-scoped fixture that runs a module on both databases."""


@contextmanager
def module_url(
    request: pytest.FixtureRequest, factory: pytest.TempPathFactory, name: str
) -> Iterator[str]:
    """A fresh database for a module-scoped fixture with DATABASES as params.

    On PostgreSQL nothing sits beside the database, so TANDEM_KEY_FILE names the file of
    the record's signing key (docs/record.md) while the fixture lives.
    """
    folder = Path(factory.mktemp(name))
    if request.param != "postgres":
        yield f"sqlite:///{folder / f'{name}.db'}"
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(KEY_FILE_ENV, str(folder / "group.key"))
        yield request.getfixturevalue("module_pg_schemas").new_url()


def tokens_for(app: App, names: tuple[str, ...] = USERS) -> dict[str, str]:
    """A fresh API token for each user named."""
    return {name: create_token(app, name)["token"] for name in names}


def record_size(app: App) -> int:
    with unit_of_work(app.db, write=False) as uow:
        return uow.record.size()


def assert_unchanged(before: State, after: State, what: str) -> None:
    assert after.size == before.size, f"{what}: the record grew by {after.size - before.size}"
    for name, rows in before.projections.items():
        assert after.projections[name] == rows, f"{what}: projection {name} changed"
    for name, rows in before.side.items():
        assert after.side[name] == rows, f"{what}: table {name} changed"


class Api:
    """A TestClient on one FastAPI app that sends each user's bearer token."""

    def __init__(self, client: TestClient, tokens: Mapping[str, str]) -> None:
        self.client = client
        self.tokens = dict(tokens)

    def headers(self, user: str | None, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        out = {} if user is None else {"Authorization": f"Bearer {self.tokens[user]}"}
        out.update(extra or {})
        return out

    def get(
        self,
        user: str | None,
        path: str,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        return self.client.get(API + path, params=params, headers=self.headers(user, headers))

    def post(
        self,
        user: str | None,
        path: str,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        if body is None:
            return self.client.post(API + path, headers=self.headers(user, headers))
        return self.client.post(API + path, json=body, headers=self.headers(user, headers))

    def put(
        self,
        user: str | None,
        path: str,
        body: Any,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        return self.client.put(API + path, json=body, headers=self.headers(user, headers))

    def ok(self, response: Response, status: int = 200) -> Any:
        assert response.status_code == status, f"{response.status_code}: {response.text}"
        return response.json()


MakeApi = Callable[..., Api]
"""The `make_api` fixture: `make_api(write_limit="off")` builds a new application."""


def check_problem(response: Response, status: int, *needles: str) -> dict[str, Any]:
    """An RFC 9457 body with the status, and a detail a person can read."""
    assert response.status_code == status, f"{response.status_code}: {response.text}"
    assert response.headers["content-type"].startswith(PROBLEM), response.headers
    body: dict[str, Any] = response.json()
    for field in ("type", "title", "detail"):
        assert isinstance(body.get(field), str) and body[field].strip(), (field, body)
    assert body["status"] == status, body
    detail = body["detail"]
    assert len(detail) >= 8 and "Traceback" not in detail, detail
    assert "sqlalchemy" not in detail.lower() and "psycopg" not in detail.lower(), detail
    for needle in needles:
        assert needle.lower() in detail.lower(), f"{needle!r} not in {detail!r}"
    return body


def ids(rows: Iterable[Mapping[str, Any]]) -> list[int]:
    return [int(r["id"]) for r in rows]


def deliver(app: App) -> None:
    """One pass of the worker: what the record holds reaches the inboxes (and webhooks)."""
    worker = Worker(app)
    try:
        worker.tick()
    finally:
        worker.close()


def dead_letter(app: App, party: str, webhook_id: int, key: str) -> int:
    """A webhook delivery of `party` that failed for 24 hours, made directly in the queue
    (tests/integration walk the real 24 hours of retries); returns its id."""
    now = datetime.now(UTC).replace(microsecond=0)
    payload = {"event": "measure.notified", "to_party": party, "text": "A measure"}
    with app.db.transaction(write=True) as conn:
        jobs = Jobs(conn)
        jobs.enqueue([NewJob("webhook", key, payload, now, party, None, webhook_id)], now)
        found = conn.execute(select(t.jobs.c.id).where(t.jobs.c.dedup_key == key))
        job_id = int(found.scalar_one())
        jobs.failed(job_id, "HTTP 500: the partner system is down", None, now)
    return job_id
