"""The FastAPI application: the JSON API and the web UI, one process."""

from __future__ import annotations

import gc
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from tandem import __version__
from tandem.api import (
    group,
    measures,
    meetings,
    monitoring,
    notifications,
    pacing,
    problems,
    record,
    sanctions,
)
from tandem.api.auth import TokenCache
from tandem.api.limits import RateLimiter, parse_limit
from tandem.services.context import App

DEFAULT_WRITE_LIMIT = "120/minute"

DESCRIPTION = """\
Prior consultation between the parties of a working group: measures, notifications,
acknowledgements, positions, clearance, execution, alerts and the record.

Authenticate with `Authorization: Bearer <token>` (`tandem token create USER`). Errors are
RFC 9457 `application/problem+json`. Writes accept `Idempotency-Key` (a retry does not act
twice) and `If-Match` with a measure's `ETag` (a stale copy gets 412). Field names are the
command line's `--json` names.
"""


DEFAULT_THREADS = 8


def create_app(
    tandem: App, *, write_limit: str | None = None, threads: int | None = None
) -> FastAPI:
    """The application for one database; `write_limit` like `120/minute`, or `off`.

    `threads` caps the requests handled at once by this process (default 8): on two
    cores, forty threads mostly wait for each other's turn at the interpreter.
    """

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = threads or int(os.environ.get("TANDEM_API_THREADS", DEFAULT_THREADS))
        # What lives from start to end (modules, routes, schemas) is set aside from the
        # garbage collector: each full collection walked it all while every request waited
        # (the one full collection in 8,000 shows took 113 ms; 66 ms without that walk).
        gc.collect()
        gc.freeze()
        yield

    api = FastAPI(
        lifespan=lifespan,
        title="Tandem",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    api.state.tandem = tandem
    api.state.tokens = TokenCache()
    limit = write_limit or os.environ.get("TANDEM_API_WRITE_LIMIT", DEFAULT_WRITE_LIMIT)
    api.state.limiter = RateLimiter(parse_limit(limit))
    problems.install(api)
    api.include_router(measures.router)
    api.include_router(group.router)
    api.include_router(record.router)
    api.include_router(notifications.router)
    api.include_router(pacing.router)
    api.include_router(meetings.router)
    api.include_router(monitoring.router)
    api.include_router(sanctions.router)
    _docs(api)
    from tandem import web

    web.install(api)
    return api


def from_environment() -> FastAPI:
    """The application for TANDEM_DATABASE_URL: what each `tandem serve --workers N` runs."""
    from tandem.store.database import DEFAULT_URL

    return create_app(App.open(os.environ.get("TANDEM_DATABASE_URL", DEFAULT_URL)))


def _docs(api: FastAPI) -> None:
    """Interactive docs served from the installed swagger-ui-bundle package: no CDN."""
    import swagger_ui_bundle

    api.mount(
        "/static/swagger-ui",
        StaticFiles(directory=swagger_ui_bundle.swagger_ui_path),
        name="swagger-ui",
    )

    @api.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Tandem API",
            swagger_js_url="/static/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/swagger-ui/favicon-32x32.png",
        )
