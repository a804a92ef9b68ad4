"""One transaction and the repositories that work inside it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property

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
    of fifteen, and making them all cost ~15 µs a transaction)."""

    def __init__(self, conn: Connection, cache: MeasureCache | None = None) -> None:
        self.conn = conn
        self._cache = cache

    @cached_property
    def settings(self) -> Settings:
        return Settings(self.conn)

    @cached_property
    def counters(self) -> Counters:
        return Counters(self.conn)

    @cached_property
    def parties(self) -> Parties:
        return Parties(self.conn)

    @cached_property
    def users(self) -> Users:
        return Users(self.conn)

    @cached_property
    def record(self) -> Record:
        return Record(self.conn)

    @cached_property
    def measures(self) -> Measures:
        return Measures(self.conn, self._cache)

    @cached_property
    def alerts(self) -> Alerts:
        return Alerts(self.conn)

    @cached_property
    def observed(self) -> Observed:
        return Observed(self.conn)

    @cached_property
    def credentials(self) -> Credentials:
        return Credentials(self.conn)

    @cached_property
    def notes(self) -> Notes:
        return Notes(self.conn)

    @cached_property
    def search(self) -> Search:
        return Search(self.conn)

    @cached_property
    def idempotency(self) -> IdempotencyKeys:
        return IdempotencyKeys(self.conn)

    @cached_property
    def web_sessions(self) -> WebSessions:
        return WebSessions(self.conn)

    @cached_property
    def preferences(self) -> Preferences:
        return Preferences(self.conn)


@contextmanager
def unit_of_work(db: Database, *, write: bool) -> Iterator[UnitOfWork]:
    """Commits when the block ends normally; any exception rolls everything back."""
    with db.transaction(write=write) as conn:
        uow = UnitOfWork(conn, db.measure_cache)
        yield uow
    uow.measures.publish()
