"""Helpers for the service tests: what a database holds; refusals that must write nothing.

Imported by the test modules beside it (pytest puts this folder on sys.path).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import pytest

from tandem.domain.errors import TandemError
from tandem.domain.ledger import Entry
from tandem.services.context import App
from tandem.services.rebuild import projections, rebuild
from tandem.store.database import Database
from tandem.store.repositories import dump
from tandem.store.unit_of_work import unit_of_work


def at(text: str) -> datetime:
    """`2018-11-20T01:00Z` as an aware datetime (tests write every time with an offset)."""
    value = datetime.fromisoformat(text)
    assert value.tzinfo is not None, text
    return value


@dataclass(frozen=True)
class Snapshot:
    """Everything a database holds: the record and every table, id counters included."""

    size: int
    entries: tuple[Entry, ...]
    tables: dict[str, list[tuple[Any, ...]]]


def snapshot(app: App) -> Snapshot:
    with unit_of_work(app.db, write=False) as uow:
        return Snapshot(uow.record.size(), tuple(uow.record.all()), dump(uow.conn))


def entries(app: App) -> list[Entry]:
    with unit_of_work(app.db, write=False) as uow:
        return list(uow.record.all())


def stored_hashes(app: App) -> list[tuple[int, str]]:
    with unit_of_work(app.db, write=False) as uow:
        return uow.record.hashes()


def check_message(message: str, needles: tuple[str, ...]) -> None:
    """A message written for a person: a sentence that names what is wrong."""
    assert len(message) >= 20, message
    assert " " in message and "\n" not in message, message
    assert "Traceback" not in message and "sqlalchemy" not in message.lower(), message
    assert message[0].isalnum() or message[0] in "'-`", message
    for needle in needles:
        assert needle.lower() in message.lower(), f"{needle!r} not in {message!r}"


E = TypeVar("E", bound=TandemError)


def refused(app: App, error: type[E], action: Callable[[], object], *needles: str) -> E:
    """Run `action`, expect `error` with a helpful message, and check nothing was written."""
    before = snapshot(app)
    with pytest.raises(TandemError) as info:
        action()
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value.message}"
    check_message(info.value.message, needles)
    after = snapshot(app)
    assert after.size == before.size, "a refused action added record entries"
    assert after.entries == before.entries
    assert after.tables == before.tables, "a refused action changed the projections"
    assert isinstance(info.value, error)
    return info.value


def assert_rebuilds(app: App, target_url: str, tables: dict[str, Any] | None = None) -> None:
    """The record replays, into a fresh database at `target_url`, into exactly the tables
    the use cases wrote (or `tables`, read before)."""
    target = Database(target_url)
    try:
        rebuild(app, target)
        live, rebuilt = tables if tables is not None else projections(app.db), projections(target)
        assert set(live) == set(rebuilt)
        for table in live:
            assert rebuilt[table] == live[table], f"table {table} differs after the rebuild"
    finally:
        target.dispose()
