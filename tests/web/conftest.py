"""Fixtures of the web tests: browsers on a FastAPI app over the `app` fixture's database.

The `app` fixture (tests/conftest.py) gives each test a fresh working group (USA, KOR;
simulated clock at 2018-11-19T00:00Z; envoys kor and usa, officers kim and smith, viewer
lee, admin) on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_support import Browser, MakeBrowser, TestClient, with_passwords

from tandem.api.app import create_app
from tandem.services.context import App
from tandem.services.keys import KEY_FILE_ENV


@pytest.fixture
def web_app(app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> App:
    """`app` with web passwords for everyone (and a key file for the record page)."""
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "group.key"))
    return with_passwords(app, "kor", "usa", "kim", "lee", "smith", "admin")


@pytest.fixture
def browser(web_app: App) -> Iterator[MakeBrowser]:
    """`browser()`: a new browser (its own cookie jar) on one app over `web_app`."""
    asgi = create_app(web_app, write_limit="off")
    made: list[TestClient] = []

    def make() -> Browser:
        client = TestClient(asgi, follow_redirects=False)
        made.append(client)
        return Browser(client)

    yield make
    for client in made:
        client.close()
