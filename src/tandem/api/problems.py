"""Errors as RFC 9457 problem details (`application/problem+json`)."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from tandem.domain.errors import TandemError, TooManyRequests, Unauthenticated

PROBLEM = "application/problem+json"


def _slug(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def problem(
    status: int,
    title: str,
    detail: str,
    *,
    kind: str = "about:blank",
    instance: str | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {"type": kind, "title": title, "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    body.update(extra or {})
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def tandem_problem(exc: TandemError, instance: str | None = None) -> JSONResponse:
    headers: dict[str, str] = {}
    if isinstance(exc, Unauthenticated):
        headers["WWW-Authenticate"] = 'Bearer realm="tandem"'
    if isinstance(exc, TooManyRequests):
        headers["Retry-After"] = str(exc.retry_after)
    return problem(
        exc.status,
        exc.title,
        exc.message,
        kind=f"urn:tandem:problem:{_slug(type(exc).__name__)}",
        instance=instance,
        headers=headers or None,
    )


def document(app: FastAPI) -> None:
    """Describe errors in /openapi.json as they are sent: problem+json for every 4xx, in
    place of FastAPI's default 422 body (`{"detail": [...]}`), which this API never sends."""
    from tandem.api.schemas import Problem

    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        schemas["Problem"] = Problem.model_json_schema()
        problem = {"$ref": "#/components/schemas/Problem"}
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                responses.pop("422", None)
                responses["4XX"] = {
                    "description": "RFC 9457 problem details: what is wrong, what to do",
                    "content": {PROBLEM: {"schema": problem}},
                }
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def install(app: FastAPI) -> None:
    document(app)

    @app.exception_handler(TandemError)
    async def _tandem(request: Request, exc: TandemError) -> JSONResponse:
        return tandem_problem(exc, request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "where": ".".join(str(p) for p in e.get("loc", ()) if p != "body"),
                "what": e.get("msg", ""),
            }
            for e in exc.errors()
        ]
        detail = "; ".join(f"{e['where']}: {e['what']}" for e in errors) or "invalid request"
        return problem(
            422,
            "Invalid input",
            detail,
            kind="urn:tandem:problem:invalid-input",
            instance=request.url.path,
            extra={"errors": errors},
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else "request refused"
        return problem(
            exc.status_code,
            detail,
            detail,
            instance=request.url.path,
            headers=dict(exc.headers) if exc.headers else None,
        )
