"""One transaction and the repositories that work inside it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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
    def __init__(self, conn: Connection, cache: MeasureCache | None = None) -> None:
        self.conn = conn
        self.settings = Settings(conn)
        self.counters = Counters(conn)
        self.parties = Parties(conn)
        self.users = Users(conn)
        self.record = Record(conn)
        self.measures = Measures(conn, cache)
        self.alerts = Alerts(conn)
        self.observed = Observed(conn)
        self.credentials = Credentials(conn)
        self.notes = Notes(conn)
        self.search = Search(conn)
        self.idempotency = IdempotencyKeys(conn)
        self.web_sessions = WebSessions(conn)
        self.preferences = Preferences(conn)


@contextmanager
def unit_of_work(db: Database, *, write: bool) -> Iterator[UnitOfWork]:
    """Commits when the block ends normally; any exception rolls everything back."""
    with db.transaction(write=write) as conn:
        uow = UnitOfWork(conn, db.measure_cache)
        yield uow
    uow.measures.publish()
