"""Who the browser is, and the checks every form goes through.

The session cookie is HttpOnly, SameSite=Lax (a link from an email still opens the page
signed in; a form posted from another site does not carry it) and Secure whenever the
page came over HTTPS or TANDEM_WEB_SECURE_COOKIES=1. Every form carries the session's
CSRF token; the sign-in form, before any session exists, a token that must match a
cookie of its own (double submit). A form whose Origin names another site is refused.
"""

from __future__ import annotations

import hmac
import os
import secrets
from urllib.parse import quote, urlsplit

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from tandem.domain.accounts import SESSION_HOURS
from tandem.domain.errors import TandemError, Unauthenticated
from tandem.services.context import App
from tandem.services.sessions import Signed, session_user

SESSION_COOKIE = "tandem_session"
LOGIN_CSRF_COOKIE = "tandem_login_csrf"


class SignInNeeded(Exception):
    """Raised by a page that needs a signed-in user; answered with a redirect to /login."""

    def __init__(self, next_url: str) -> None:
        self.next_url = next_url


def app_of(request: Request) -> App:
    tandem: App = request.app.state.tandem
    return tandem


def signed_in(request: Request) -> Signed | None:
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    try:
        return session_user(app_of(request), cookie)
    except Unauthenticated:
        return None


def require(request: Request) -> Signed:
    signed = signed_in(request)
    if signed is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInNeeded(target)
    return signed


def login_redirect(next_url: str) -> RedirectResponse:
    return RedirectResponse(f"/login?next={quote(safe_next(next_url))}", status_code=303)


def safe_next(target: str | None) -> str:
    """Only a path on this server: never an address elsewhere (no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return "/"
    return target


def secure_cookies(request: Request) -> bool:
    return request.url.scheme == "https" or os.environ.get("TANDEM_WEB_SECURE_COOKIES") == "1"


def set_session_cookie(request: Request, response: Response, session_id: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=SESSION_HOURS * 3600,
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
        path="/",
    )


def new_login_csrf(request: Request) -> str:
    return request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(24)


def set_login_csrf(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=3600,
        httponly=True,
        samesite="strict",
        secure=secure_cookies(request),
        path="/login",
    )


class FormRefused(TandemError):
    status = 403
    title = "Form refused"


def check_origin(request: Request) -> None:
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise FormRefused(
            "this form was sent from another site; open Tandem's own page and send it again"
        )


def check_csrf(request: Request, expected: str, sent: str | None) -> None:
    """Every state-changing form: the right token, from this site."""
    check_origin(request)
    if not sent or not expected or not hmac.compare_digest(sent, expected):
        raise FormRefused(
            "this form has expired or did not come from Tandem's own page; "
            "reload the page and send it again"
        )
