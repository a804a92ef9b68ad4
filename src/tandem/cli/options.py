"""Options every command shares, and opening the application they name."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import typer

from tandem.cli.output import parse_time

if TYPE_CHECKING:
    from tandem.services.context import App

Db = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="TANDEM_DATABASE_URL",
        help="Database URL (SQLAlchemy form) or SQLite file path. [default: tandem.db]",
        show_default=False,
    ),
]
Json = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]
At = Annotated[
    str | None,
    typer.Option(
        "--at",
        help="Simulated-clock databases only: move the clock to this time (ISO-8601 with "
        "offset) before the change.",
        show_default=False,
    ),
]
As = Annotated[str, typer.Option("--as", help="The user acting (see `tandem user list`).")]


def open_app(db: str | None) -> App:
    from tandem.services.context import App
    from tandem.store.database import DEFAULT_URL

    return App.open(db or DEFAULT_URL)


def at_time(at: str | None) -> datetime | None:
    return parse_time(at, "--at") if at else None
