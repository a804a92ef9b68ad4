"""Helpers for the web tests: a browser-like client that signs in and sends forms.

Imported by the test modules beside it (pytest puts this folder on sys.path).
"""

from __future__ import annotations

import re
import socket
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from httpx import Response

from tandem.services.accounts import set_password
from tandem.services.context import App

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"
_CSRF = re.compile(r'name="csrf" value="([^"]*)"')
_REVISION = re.compile(r'name="revision" value="(\d+)"')


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def revision_of(html: str) -> str:
    found = _REVISION.search(html)
    assert found, "the page has no action form"
    return found.group(1)


def with_passwords(app: App, *names: str) -> App:
    for name in names:
        set_password(app, name, PASSWORD)
    return app


@dataclass
class Browser:
    """One signed-in (or not) browser: its own cookies, following no redirect by itself."""

    client: TestClient
    csrf: str = ""

    def sign_in(self, name: str, password: str = PASSWORD) -> Response:
        page = self.client.get("/login")
        done = self.client.post(
            "/login",
            data={"name": name, "password": password, "csrf": csrf_of(page.text), "next": "/"},
        )
        if done.status_code == 303:
            self.csrf = csrf_of(self.client.get("/").text)
        return done

    def get(self, path: str, **kw: Any) -> Response:
        return self.client.get(path, **kw)

    def form(self, path: str, data: dict[str, str], **kw: Any) -> Response:
        """A form as the page sends it: with this session's CSRF token."""
        return self.client.post(path, data={"csrf": self.csrf, **data}, **kw)

    def act(self, measure: int, action: str, **fields: str) -> Response:
        """An action form of a measure's page, filled on the page as it is now."""
        page = self.get(f"/measures/{measure}")
        return self.form(
            f"/measures/{measure}/{action}", {"revision": revision_of(page.text), **fields}
        )


MakeBrowser = Callable[[], Browser]
"""The `browser` fixture (conftest.py beside this module)."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port
