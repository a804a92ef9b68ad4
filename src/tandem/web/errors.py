"""Errors on web pages are pages: the API keeps its problem+json, the browser gets HTML."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from tandem.domain.errors import TandemError
from tandem.web.render import render
from tandem.web.session import SignInNeeded, login_redirect, signed_in

Handler = Callable[[Request, Exception], Awaitable[Response]]
_API_PREFIXES = ("/api/", "/openapi.json", "/docs", "/static/swagger-ui")


def is_api(request: Request) -> bool:
    return request.url.path.startswith(_API_PREFIXES)


def error_page(request: Request, status: int, message: str) -> Response:
    return render(
        request, "error.html", signed_in(request), status, status_code=status, message=message
    )


def install(app: FastAPI) -> None:
    """Wrap the API's handlers: keep them for /api/…, answer web paths with a page."""
    for cls in (TandemError, StarletteHTTPException, RequestValidationError):
        api_handler = cast(Handler, app.exception_handlers[cls])

        async def handler(request: Request, exc: Exception, api: Handler = api_handler) -> Response:
            if is_api(request):
                return await api(request, exc)
            if isinstance(exc, TandemError):
                return error_page(request, exc.status, exc.message)
            if isinstance(exc, StarletteHTTPException):
                detail = exc.detail if isinstance(exc.detail, str) else ""
                return error_page(request, exc.status_code, detail)
            return error_page(request, 400, "the request was not understood")

        app.add_exception_handler(cls, handler)

    async def sign_in_needed(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, SignInNeeded)
        return login_redirect(exc.next_url)

    app.add_exception_handler(SignInNeeded, sign_in_needed)
