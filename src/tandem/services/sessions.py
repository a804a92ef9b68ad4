"""Web sign-in: sessions kept server-side so that signing out or expiry ends them at once.

The browser holds a random session id; the database keeps only its SHA-256, with the
session's CSRF token and its end. Session times follow the real clock even on a
simulated-clock database: a demo's clock may jump days ahead, a browser's sign-in may not.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from tandem.domain.accounts import SESSION_HOURS, check_locale
from tandem.domain.errors import Unauthenticated
from tandem.domain.parties import User, check_time_zone
from tandem.services.accounts import sign_in
from tandem.services.context import App, reading, writing
from tandem.store.accounts import WebSession


@dataclass(frozen=True)
class Signed:
    """Who a browser is: the user, their session's CSRF token and their preferences."""

    user: User
    csrf: str
    locale: str | None
    time_zone: str | None


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def start_session(app: App, name: str, password: str, hours: int = SESSION_HOURS) -> str:
    """Check the password and open a session; the answer is the cookie's value."""
    user = sign_in(app, name, password)
    session_id = secrets.token_urlsafe(32)
    now = app.clock()
    with writing(app, settle=False) as ctx:
        ctx.uow.web_sessions.remove_expired(now)
        ctx.uow.web_sessions.add(
            _hash(session_id),
            WebSession(user.name, secrets.token_urlsafe(32), now, now + timedelta(hours=hours)),
        )
    return session_id


def session_user(app: App, session_id: str) -> Signed:
    """The signed-in user behind a cookie, if the session exists and has not ended."""
    ended = Unauthenticated("your session has ended; please sign in again")
    if not session_id or len(session_id) > 128:
        raise ended
    with reading(app) as ctx:
        found = ctx.uow.web_sessions.get(_hash(session_id))
        if found is None or found.expires_at <= app.clock():
            raise ended
        user = ctx.users.get(found.user) or ctx.uow.users.get(found.user)
        if user is None:
            raise ended
        locale, zone = ctx.uow.preferences.get(user.name)
    return Signed(user, found.csrf, locale, zone)


def end_session(app: App, session_id: str) -> None:
    with writing(app, settle=False) as ctx:
        ctx.uow.web_sessions.remove(_hash(session_id))


def set_preferences(
    app: App, name: str, *, locale: str | None = None, time_zone: str | None = None
) -> tuple[str | None, str | None]:
    """Remember a user's language and/or time zone; unspecified ones keep their value."""
    if locale is not None:
        check_locale(locale)
    if time_zone:
        check_time_zone(time_zone)
    with writing(app, settle=False) as ctx:
        user = ctx.user(name)
        old_locale, old_zone = ctx.uow.preferences.get(user.name)
        new = (locale or old_locale, (time_zone or None) if time_zone is not None else old_zone)
        ctx.uow.preferences.set(user.name, *new)
        return new
