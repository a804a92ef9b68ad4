"""Signing in and out, and the reader's language and time zone."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from tandem.domain.accounts import LOCALES
from tandem.domain.errors import TandemError
from tandem.services.sessions import end_session, set_preferences, start_session
from tandem.web.render import LANG_COOKIE, render
from tandem.web.session import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    app_of,
    check_csrf,
    new_login_csrf,
    require,
    safe_next,
    set_login_csrf,
    set_session_cookie,
    signed_in,
)

router = APIRouter(include_in_schema=False)
Field = Annotated[str, Form()]


def _login_page(request: Request, next_url: str, error: str | None, status: int) -> Response:
    token = new_login_csrf(request)
    response = render(
        request, "login.html", None, status, login_csrf=token, next=next_url, error=error
    )
    set_login_csrf(request, response, token)
    return response


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    if signed_in(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_page(request, safe_next(next), None, 200)


@router.post("/login")
def login(
    request: Request, name: Field = "", password: Field = "", csrf: Field = "", next: Field = "/"
) -> Response:
    target = safe_next(next)
    try:
        check_csrf(request, request.cookies.get(LOGIN_CSRF_COOKIE, ""), csrf)
        session_id = start_session(app_of(request), name.strip(), password)
    except TandemError as exc:
        return _login_page(request, target, str(exc), exc.status)
    response = RedirectResponse(target, status_code=303)
    set_session_cookie(request, response, session_id)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, csrf: Field = "") -> Response:
    signed = require(request)
    check_csrf(request, signed.csrf, csrf)
    end_session(app_of(request), request.cookies.get(SESSION_COOKIE, ""))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/preferences")
def preferences_page(request: Request) -> Response:
    return render(request, "preferences.html", require(request), error=None)


@router.post("/preferences")
def preferences(
    request: Request,
    csrf: Field = "",
    lang: Field = "",
    time_zone: Field = "",
    set_zone: Field = "",
    back: Field = "/",
) -> Response:
    """Remember the language (and, from the zone form, the zone: empty for the party's)
    for this user, and the language in a cookie for the sign-in page too."""
    signed = require(request)
    check_csrf(request, signed.csrf, csrf)
    try:
        set_preferences(
            app_of(request),
            signed.user.name,
            locale=lang or None,
            time_zone=time_zone.strip() if set_zone else None,
        )
    except TandemError as exc:
        if not set_zone:
            raise
        return render(request, "preferences.html", signed, exc.status, error=exc.message)
    response = RedirectResponse(safe_next(back), status_code=303)
    _remember_language(response, lang)
    return response


@router.get("/language")
def language(request: Request, lang: str = "en", back: str = "/") -> Response:
    """Before signing in, the language lives in a cookie only (no account to save it on)."""
    response = RedirectResponse(safe_next(back), status_code=303)
    _remember_language(response, lang)
    return response


def _remember_language(response: Response, lang: str) -> None:
    """The language in a cookie too, for pages read before signing in."""
    if lang in LOCALES:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax", path="/")
