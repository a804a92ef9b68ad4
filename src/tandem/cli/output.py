"""Printing for people (Rich, on stdout) or programs (`--json`, one document on stdout).

Messages and errors go to stderr, so that `--json` output can always be piped.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, tzinfo
from functools import cache
from typing import TYPE_CHECKING, Any, NoReturn

import typer

if TYPE_CHECKING:
    from rich.console import Console

EXIT_USER_ERROR = 2


@cache
def out() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


@cache
def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def emit(data: Any, as_json: bool, render: Callable[[Any], None] | None = None) -> None:
    if as_json or render is None:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    render(data)


def say(message: str) -> None:
    err().print(message, markup=False)


def fail(message: str, code: int = EXIT_USER_ERROR) -> NoReturn:
    err().print(f"error: {message}", markup=False, style="bold red")
    raise typer.Exit(code)


@cache
def user_zone() -> tzinfo:
    """Where the person at the terminal is: TANDEM_TZ, else the system's zone."""
    name = os.environ.get("TANDEM_TZ")
    if name:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            fail(f"TANDEM_TZ='{name}' is not an IANA time zone, e.g. Asia/Seoul")
    local = datetime.now().astimezone().tzinfo
    return local or UTC


def when(text: str | None) -> str:
    """An ISO instant from a view, shown in the user's zone."""
    if not text:
        return "—"
    t = datetime.fromisoformat(text).astimezone(user_zone())
    return f"{t:%Y-%m-%d %H:%M %Z}"


def table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from rich.table import Table

    t = Table(title=title, title_justify="left", header_style="bold")
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*("—" if v is None or v == "" else str(v) for v in r))
    out().print(t)


def parse_time(text: str, option: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        fail(
            f"{option} '{text}' is not an ISO-8601 time; write e.g. 2018-11-20T09:00+09:00 "
            "or 2018-11-20T00:00Z"
        )
    if value.tzinfo is None:
        fail(f"{option} '{text}' has no offset; add one, e.g. {text}Z or {text}+09:00")
    return value.astimezone(UTC)


def parse_date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        fail(f"{option} '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2018-12-26")
