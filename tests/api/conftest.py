"""Fixtures of the API tests: tokens, an API client, and the CLI helper of tests/e2e.

The `app` fixture (tests/conftest.py) gives each test a fresh working group (USA, KOR;
simulated clock at 2018-11-19T00:00Z) on SQLite and on PostgreSQL; these build on it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_support import Api, MakeApi, TestClient, tokens_for

from tandem.api.app import create_app
from tandem.services.context import App

# `cli_support` (running the installed `tandem`) lives beside the end-to-end tests, and
# `notification_support` (a loopback webhook receiver) beside the integration tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))


@pytest.fixture
def tokens(app: App) -> dict[str, str]:
    """A token for every user of `app`."""
    return tokens_for(app)


@pytest.fixture
def make_api(app: App, tokens: dict[str, str]) -> Iterator[MakeApi]:
    """`make_api(write_limit="off")`: a client on a new FastAPI app over `app`'s database.

    Each call builds a new application, hence a new token cache and rate limiter.
    """
    clients: list[TestClient] = []

    def make(write_limit: str = "off") -> Api:
        client = TestClient(create_app(app, write_limit=write_limit))
        clients.append(client)
        return Api(client, tokens)

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def api(make_api: MakeApi) -> Api:
    """A client with no rate limit, acting as any user of `app` by name."""
    return make_api()
