"""Rendering a page: the template, the reader's language and formats, and safe headers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from tandem import __version__
from tandem.services.sessions import Signed
from tandem.web.i18n import Formats, negotiate, translations

TEMPLATES = Path(__file__).parent / "templates"
LANG_COOKIE = "tandem_lang"

_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html"]),
    extensions=["jinja2.ext.i18n"],
    trim_blocks=True,
    lstrip_blocks=True,
)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def locale_of(request: Request, signed: Signed | None) -> str:
    return negotiate(
        signed.locale if signed else None,
        request.cookies.get(LANG_COOKIE),
        request.headers.get("accept-language"),
    )


def zone_of(request: Request, signed: Signed | None) -> str:
    """The reader's zone: their choice, else their party's, else UTC (an admin has none)."""
    if signed is None:
        return "UTC"
    if signed.time_zone:
        return signed.time_zone
    if signed.user.party:
        for party in request.app.state.tandem.parties:
            if party.code == signed.user.party:
                return str(party.time_zone)
    return "UTC"


def render(
    request: Request,
    template: str,
    signed: Signed | None,
    status: int = 200,
    **values: Any,
) -> HTMLResponse:
    locale = locale_of(request, signed)
    t = translations(locale)
    context = {
        "request": request,
        "signed": signed,
        "user": signed.user if signed else None,
        "csrf": signed.csrf if signed else values.pop("login_csrf", ""),
        "lang": locale,
        "fmt": Formats(locale, zone_of(request, signed)),
        "parties": request.app.state.tandem.parties,
        "version": __version__,
        "_": t.gettext,
        "gettext": t.gettext,
        "ngettext": t.ngettext,
        **values,
    }
    html = _env.get_template(template).render(context)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)
