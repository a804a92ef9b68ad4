"""Who is calling: a bearer token on every API request."""

from __future__ import annotations

import time
from threading import Lock

from fastapi import Request

from tandem.domain.errors import Unauthenticated
from tandem.domain.parties import User
from tandem.services.accounts import authenticate
from tandem.services.context import App

CACHE_SECONDS = 5.0


class TokenCache:
    """Tokens seen in the last few seconds, so that a read does not cost a second query.

    A revoked token may therefore work for up to CACHE_SECONDS more (docs/api.md).
    """

    def __init__(self, seconds: float = CACHE_SECONDS) -> None:
        self.seconds = seconds
        self._items: dict[str, tuple[float, User]] = {}
        self._lock = Lock()

    def user(self, app: App, bearer: str) -> User:
        now = time.monotonic()
        with self._lock:
            found = self._items.get(bearer)
        if found is not None and now - found[0] < self.seconds:
            return found[1]
        user = authenticate(app, bearer)
        with self._lock:
            if len(self._items) > 10_000:
                self._items.clear()
            self._items[bearer] = (now, user)
        return user


def bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise Unauthenticated(
            "send an API token as `Authorization: Bearer …`; create one with `tandem token create`"
        )
    return value.strip()


def current_user(request: Request) -> User:
    state = request.app.state
    user: User = state.tokens.user(state.tandem, bearer(request))
    return user
