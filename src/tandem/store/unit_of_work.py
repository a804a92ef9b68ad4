"""One transaction and the repositories that work inside it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

from tandem.store.accounts import (
    Credentials,
    IdempotencyKeys,
    Notes,
    Preferences,
    Search,
    WebSessions,
)
from tandem.store.database import Database
from tandem.store.repositories import (
    Alerts,
    Counters,
    MeasureCache,
    Measures,
    Observed,
    Parties,
    Record,
    Settings,
    Users,
)


class UnitOfWork:
    """The repositories of one transaction, each made when first used (a write uses five
    of fifteen, and making them all cost ~15 µs a transaction).

    A repository is made by `__getattr__` on first use and kept as an attribute, so later
    uses are plain attribute reads (a `cached_property` takes a lock on every first use).
    """

    settings: Settings
    counters: Counters
    parties: Parties
    users: Users
    record: Record
    measures: Measures
    alerts: Alerts
    observed: Observed
    credentials: Credentials
    notes: Notes
    search: Search
    idempotency: IdempotencyKeys
    web_sessions: WebSessions
    preferences: Preferences

    def __init__(self, conn: Connection, cache: MeasureCache | None = None) -> None:
        self.conn = conn
        self._cache = cache

    def __getattr__(self, name: str) -> Any:
        make = _REPOSITORIES.get(name)
        if make is None:
            raise AttributeError(f"a unit of work has no repository '{name}'")
        made = self.__dict__[name] = make(self)
        return made


_REPOSITORIES: dict[str, Callable[[UnitOfWork], Any]] = {
    "settings": lambda uow: Settings(uow.conn),
    "counters": lambda uow: Counters(uow.conn),
    "parties": lambda uow: Parties(uow.conn),
    "users": lambda uow: Users(uow.conn),
    "record": lambda uow: Record(uow.conn),
    "measures": lambda uow: Measures(uow.conn, uow._cache),
    "alerts": lambda uow: Alerts(uow.conn),
    "observed": lambda uow: Observed(uow.conn),
    "credentials": lambda uow: Credentials(uow.conn),
    "notes": lambda uow: Notes(uow.conn),
    "search": lambda uow: Search(uow.conn),
    "idempotency": lambda uow: IdempotencyKeys(uow.conn),
    "web_sessions": lambda uow: WebSessions(uow.conn),
    "preferences": lambda uow: Preferences(uow.conn),
}


@contextmanager
def unit_of_work(db: Database, *, write: bool) -> Iterator[UnitOfWork]:
    """Commits when the block ends normally; any exception rolls everything back."""
    with db.transaction(write=write) as conn:
        uow = UnitOfWork(conn, db.measure_cache)
        yield uow
    uow.measures.publish()
