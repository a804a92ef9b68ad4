"""Opening a database: SQLite (a file, WAL) by default, PostgreSQL by URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from tandem.domain.errors import InvalidInput, TandemError

DEFAULT_URL = "sqlite:///tandem.db"


class DatabaseUnavailable(TandemError):
    status = 503
    title = "Database unavailable"


def normalise_url(url: str) -> str:
    """Accept a bare path as SQLite and `postgresql://` as psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def sqlite_path(url: str) -> Path | None:
    u = make_url(normalise_url(url))
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


class Database:
    """One engine per URL; `transaction()` is the unit of work's connection."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        try:
            parsed = make_url(self.url)
        except ArgumentError as exc:
            raise InvalidInput(f"'{url}' is not a database URL: {exc}") from exc
        self.dialect = parsed.get_backend_name()
        # A server runs up to 40 transactions at once, one per thread: the pool must not cap
        # connections (pool_size=0), or the 16th (SQLite) or 11th waits and may time out.
        kwargs: dict[str, Any] = {"pool_size": 0} if sqlite_path(self.url) else {}
        if self.dialect == "postgresql":
            kwargs.update(pool_pre_ping=True, pool_size=0)
        try:
            self.engine: Engine = create_engine(self.url, **kwargs)
        except (NoSuchModuleError, ArgumentError) as exc:
            raise InvalidInput(f"cannot open '{url}': {exc}") from exc
        if self.dialect == "sqlite":
            _configure_sqlite(self.engine)
        from tandem.store.repositories import MeasureCache

        self.measure_cache = MeasureCache()

    def __repr__(self) -> str:
        return f"Database({make_url(self.url).render_as_string(hide_password=True)!r})"

    @contextmanager
    def transaction(self, *, write: bool) -> Iterator[Connection]:
        """A transaction on a pooled connection, given back to the pool at the end.

        (Keeping one connection per thread saved a little but tied up connections of
        server threads; a pool checkout costs some 40 µs.)
        """
        with self._connect() as conn:
            conn.execution_options(tandem_write=write)
            with conn.begin():
                yield conn

    def _connect(self) -> Connection:
        try:
            return self.engine.connect()
        except OperationalError as exc:
            raise DatabaseUnavailable(
                f"cannot reach the database {make_url(self.url).render_as_string()}: {exc.orig}"
            ) from exc

    def is_initialised(self) -> bool:
        try:
            return inspect(self.engine).has_table("settings")
        except OperationalError as exc:
            raise DatabaseUnavailable(f"cannot reach the database: {exc.orig}") from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys, and BEGIN IMMEDIATE for writes so two writers queue, not fail."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA wal_autocheckpoint=10000")
        cur.execute("PRAGMA cache_size=-65536")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("tandem_write", True)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
