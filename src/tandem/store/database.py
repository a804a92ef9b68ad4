"""Opening a database: SQLite (a file, WAL) by default, PostgreSQL by URL."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Dialect, Engine, Executable, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPICursor, DBAPIModule
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.sql.elements import ClauseElement

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
        self._keep = self.dialect == "sqlite"
        self._idle: list[Connection] = []
        """Connections between transactions, kept out of the pool (see `transaction`)."""
        from tandem.store.repositories import MeasureCache, SummaryCache

        self.measure_cache = MeasureCache()
        self.summary_cache = SummaryCache()

    def __repr__(self) -> str:
        return f"Database({make_url(self.url).render_as_string(hide_password=True)!r})"

    @contextmanager
    def transaction(self, *, write: bool) -> Iterator[Connection]:
        """A transaction on a pooled connection, given back at the end.

        On SQLite, the transaction is begun and ended on the driver's connection (BEGIN
        IMMEDIATE for a write, so that writers queue), and a connection whose transaction
        ended normally is kept for the next one (up to `_IDLE` of them, whichever thread
        asks): SQLAlchemy's transaction and a pool checkout and check-in cost some 60 µs,
        more than a small write. (Keeping one connection per thread saved as much but tied
        up a connection per server thread.) Any other ending goes back to the pool, and so
        does every PostgreSQL connection (the pool pings those before handing them out).
        """
        if not self._keep:
            with self._connect() as conn, conn.begin():
                yield conn
            return
        try:
            conn = self._idle.pop()
        except IndexError:
            conn = self._connect()
        try:
            dbapi = _driver(conn)
            _on_driver(conn, dbapi.execute, "BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield conn
            except BaseException:
                if not conn.invalidated:
                    if conn.in_transaction():  # SQLAlchemy began one too (see _begin)
                        conn.rollback()
                    else:
                        dbapi.rollback()
                raise
            if conn.in_transaction():
                conn.commit()
            else:
                _on_driver(conn, dbapi.commit, None)
        except BaseException:
            conn.close()
            raise
        if len(self._idle) < _IDLE and not conn.invalidated:
            self._idle.append(conn)
        else:
            conn.close()

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
        while self._idle:
            self._idle.pop().close()
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
        """SQLAlchemy begins a transaction: on a connection of `Database.transaction`, one
        is already begun on the driver, which SQLAlchemy's then ends; on any other (an
        Alembic migration, an inspection), BEGIN IMMEDIATE unless `tandem_write=False`."""
        dbapi = _driver(conn)
        if dbapi.in_transaction:
            return
        write = conn.get_execution_options().get("tandem_write", True)
        dbapi.execute("BEGIN IMMEDIATE" if write else "BEGIN")


_IDLE = 8
"""Connections kept between transactions: what a few threads writing in turn need."""


def _on_driver(conn: Connection, call: Callable[..., Any], sql: str | None) -> None:
    """BEGIN (`sql`) or COMMIT on the driver's connection, its errors raised as SQLAlchemy
    raises them."""
    try:
        if sql is None:
            call()
        else:
            call(sql)
    except conn.dialect.loaded_dbapi.Error as exc:
        raise _wrapped(conn, sql or "COMMIT", (), exc, None) from exc


def _driver(conn: Connection) -> Any:
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    return dbapi


_REQUIRED = object()


@dataclass(frozen=True)
class _Form:
    """A statement compiled for one dialect and one set of parameter names."""

    sql: str
    positional: bool
    names: tuple[str, ...]
    """The parameters' names in the SQL, in order."""
    keys: tuple[str, ...]
    """Where each one's value is in the parameters given."""
    constants: tuple[Any, ...] | None
    """Each one's value when not given (_REQUIRED when it must be); None when all must."""
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]
    """The bind processors of the parameters that have one, by position."""

    def values(self, params: Mapping[str, Any]) -> Any:
        if self.constants is None:
            out = [params[k] for k in self.keys]
        else:
            out = [
                params[k] if c is _REQUIRED else params.get(k, c)
                for k, c in zip(self.keys, self.constants, strict=True)
            ]
        for i, process in self.processors:
            if out[i] is not None:
                out[i] = process(out[i])
        return out if self.positional else dict(zip(self.names, out, strict=True))


class Prepared:
    """A Core statement run on the driver's cursor, compiled once per dialect and set of
    parameter names.

    SQLAlchemy's execution path costs some 100 µs a statement, several times what SQLite
    takes to run the small statements of a write. Values still go through the column
    types' bind processors; results come back as the driver gives them, so only
    statements whose result columns need no processing are accepted (checked when
    compiled). Driver errors are raised as SQLAlchemy's, as `Connection.execute` would.
    """

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._forms: dict[tuple[str, str, tuple[str, ...]], _Form] = {}

    def run(self, conn: Connection, params: Mapping[str, Any] | None = None) -> DBAPICursor:
        params = params or {}
        form = self._form(conn.dialect, tuple(params))
        values = form.values(params)
        cursor: DBAPICursor = _driver(conn).cursor()
        try:
            cursor.execute(form.sql, values)
        except conn.dialect.loaded_dbapi.Error as exc:
            raise _wrapped(conn, form.sql, values, exc, cursor) from exc
        return cursor

    def run_many(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        form = self._form(conn.dialect, tuple(rows[0]))
        values = [form.values(r) for r in rows]
        cursor = _driver(conn).cursor()
        try:
            if len(values) == 1:
                cursor.execute(form.sql, values[0])
            else:
                cursor.executemany(form.sql, values)
        except conn.dialect.loaded_dbapi.Error as exc:
            raise _wrapped(conn, form.sql, values, exc, cursor) from exc
        finally:
            cursor.close()

    def _form(self, dialect: Dialect, keys: tuple[str, ...]) -> _Form:
        cache_key = (dialect.name, dialect.driver, keys)
        form = self._forms.get(cache_key)
        if form is None:
            form = self._forms[cache_key] = self._compile(dialect, keys)
        return form

    def _compile(self, dialect: Dialect, keys: tuple[str, ...]) -> _Form:
        assert isinstance(self.statement, ClauseElement)
        compiled: Any = self.statement.compile(dialect=dialect, column_keys=list(keys))
        for column in getattr(self.statement, "exported_columns", ()):
            if column.type.dialect_impl(dialect).result_processor(dialect, None) is not None:
                raise TypeError(f"{column} needs result processing: run it with execute()")
        if compiled.escaped_bind_names:
            raise TypeError(f"escaped bind names in {compiled.string}")
        by_name = {name: bind for bind, name in compiled.bind_names.items()}
        names = compiled.positiontup if compiled.positiontup is not None else list(by_name)
        constants: list[Any] = []
        processors = []
        for i, name in enumerate(names):
            bind = by_name[name]
            if bind.expanding or bind.callable is not None:
                raise TypeError(f"{bind} is not a plain parameter")
            constants.append(_REQUIRED if bind.required or bind.key in keys else bind.value)
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors.append((i, process))
        return _Form(
            compiled.string,
            compiled.positiontup is not None,
            tuple(names),
            tuple(by_name[name].key for name in names),
            None if all(c is _REQUIRED for c in constants) else tuple(constants),
            tuple(processors),
        )


def _wrapped(
    conn: Connection, sql: str, values: Any, exc: DBAPIModule.Error, cursor: DBAPICursor | None
) -> Exception:
    """The driver's error as SQLAlchemy raises it, and a lost connection invalidated."""
    lost = conn.dialect.is_disconnect(exc, _driver(conn), cursor)
    if lost:
        conn.invalidate(exc)
    return DBAPIError.instance(
        sql,
        values,
        exc,
        conn.dialect.loaded_dbapi.Error,
        connection_invalidated=lost,
        dialect=conn.dialect,
    )
