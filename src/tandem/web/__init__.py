"""The web UI: server-rendered pages on the same FastAPI app as the API.

Pages call the same services as the CLI and the API; they hold no rules of their own.
Every asset is served from this package: no CDN, no font or script from elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"


def install(api: FastAPI) -> None:
    from tandem.web import (
        auth_pages,
        errors,
        inbox_page,
        measure_forms,
        measure_pages,
        meeting_pages,
        reports_page,
    )

    api.mount("/static/web", StaticFiles(directory=STATIC), name="web-static")
    api.include_router(auth_pages.router)
    api.include_router(measure_forms.router)
    api.include_router(measure_pages.router)
    api.include_router(inbox_page.router)
    api.include_router(meeting_pages.router)
    api.include_router(reports_page.router)
    errors.install(api)
