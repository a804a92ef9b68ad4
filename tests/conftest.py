"""Fixtures shared by the integration and end-to-end tests: databases and a working group.

Databases
    SQLite: a fresh file in the test's tmp_path.
    PostgreSQL: the server at 127.0.0.1:5432 (database `test`, user `postgres`) or the URL
    in TANDEM_TEST_POSTGRES_URL. Each test gets its own empty schema, `t_<random>`, and a
    URL whose `options=-csearch_path=t_<random>` makes Alembic's and Tandem's tables land
    in it; the URL also sets `application_name` to the schema name, so that teardown can
    end any connection a test left open before it drops the schema.

When no PostgreSQL answers, the tests marked `postgres` are skipped with a message saying
so (in the header, in each skip reason and in the summary) — except under CI=true, where
the fixture fails the run instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tandem.domain.parties import Party, Role
from tandem.services.context import App
from tandem.services.group import add_user, init_group

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
START = datetime(2018, 11, 19, tzinfo=UTC)
PARTIES = ("USA:America/New_York:US", "KOR:Asia/Seoul:KR")
USERS: tuple[tuple[str, str | None, Role], ...] = (
    ("kim", "KOR", Role.OFFICER),
    ("lee", "KOR", Role.VIEWER),
    ("smith", "USA", Role.OFFICER),
    ("admin", None, Role.ADMIN),
)


def postgres_url() -> str:
    """The server the tests use, as a psycopg 3 SQLAlchemy URL."""
    url = os.environ.get("TANDEM_TEST_POSTGRES_URL") or DEFAULT_POSTGRES_URL
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


@cache
def postgres_problem() -> str | None:
    """None when the server answers; otherwise why not (computed once per process)."""
    engine = create_engine(postgres_url(), connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"{type(exc).__name__}: {first}"
    finally:
        engine.dispose()
    return None


def _unreachable_message(problem: str) -> str:
    return (
        f"PostgreSQL not reachable at {_shown(postgres_url())} ({problem}); "
        "tests marked postgres skipped"
    )


def pytest_report_header(config: pytest.Config) -> str:
    problem = postgres_problem()
    if problem is None:
        return f"postgresql: {_shown(postgres_url())} answers; tests marked postgres run"
    if os.environ.get("CI") == "true":
        return f"postgresql: NOT reachable at {_shown(postgres_url())} ({problem}); CI=true: fail"
    return "postgresql: " + _unreachable_message(problem)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    problem = postgres_problem()
    if problem is not None and os.environ.get("CI") != "true":
        terminalreporter.write_line(_unreachable_message(problem), yellow=True, bold=True)


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The PostgreSQL base URL; skips (or, under CI=true, fails) when none answers."""
    problem = postgres_problem()
    if problem is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"PostgreSQL not reachable at {_shown(postgres_url())} ({problem}); "
                "CI=true requires it, so the tests marked postgres fail",
                pytrace=False,
            )
        pytest.skip(_unreachable_message(problem))
    return postgres_url()


@dataclass
class PostgresSchemas:
    """Creates one schema per call; drops them all (ending their connections) at teardown."""

    base: str
    created: list[str] = field(default_factory=list)

    def new_url(self) -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        self._admin(f"CREATE SCHEMA {name}")
        self.created.append(name)
        sep = "&" if "?" in self.base else "?"
        options = quote(f"-csearch_path={name}", safe="")
        return f"{self.base}{sep}options={options}&application_name={name}"

    def _admin(self, *statements: str) -> None:
        engine = create_engine(self.base, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                for s in statements:
                    conn.execute(text(s))
        finally:
            engine.dispose()

    def drop_all(self) -> None:
        if not self.created:
            return
        names = ", ".join(f"'{n}'" for n in self.created)
        self._admin(
            "SET lock_timeout = '10s'",
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE application_name IN ({names}) AND pid <> pg_backend_pid()",
            *(f"DROP SCHEMA IF EXISTS {n} CASCADE" for n in self.created),
        )
        self.created.clear()


@pytest.fixture
def pg_schemas(request: pytest.FixtureRequest) -> Iterator[PostgresSchemas]:
    base = request.getfixturevalue("postgres_server")
    schemas = PostgresSchemas(base)
    yield schemas
    schemas.drop_all()


@pytest.fixture
def pg_url(pg_schemas: PostgresSchemas) -> str:
    """A URL to a fresh, empty PostgreSQL schema of its own."""
    return pg_schemas.new_url()


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ]
)
def db_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


NewUrl = Callable[[], str]


@pytest.fixture
def new_url(db_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> NewUrl:
    """Makes URLs of fresh, empty databases of the test's kind (SQLite file or PG schema)."""
    counter = iter(range(1_000_000))
    if db_kind == "postgres":
        schemas: PostgresSchemas = request.getfixturevalue("pg_schemas")
        return schemas.new_url

    def sqlite() -> str:
        return f"sqlite:///{tmp_path / f'db{next(counter)}.sqlite'}"

    return sqlite


def parties() -> list[Party]:
    return [Party.parse(p) for p in PARTIES]


def make_group(url: str, *, clock: Callable[[], datetime] | None = None) -> App:
    """A working group of USA and KOR with kim, lee, smith and admin beside the envoys.

    Simulated clock at START unless `clock` is given: then a real-clock database on it.
    """
    app = App.open(url) if clock is None else App.open(url, clock=clock)
    init_group(app, parties(), simulated=clock is None, start=START if clock is None else None)
    for name, party, role in USERS:
        add_user(app, name, party, role)
    return app


MakeGroup = Callable[..., App]


@pytest.fixture(scope="session")
def group_builder() -> MakeGroup:
    """`make_group` for fixtures of a wider scope (they dispose of what they open)."""
    return make_group


@pytest.fixture(scope="module")
def module_pg_schemas(request: pytest.FixtureRequest) -> Iterator[PostgresSchemas]:
    """Schemas that live as long as a test module (for module-scoped fixtures)."""
    schemas = PostgresSchemas(request.getfixturevalue("postgres_server"))
    yield schemas
    schemas.drop_all()


@pytest.fixture
def make_app() -> Iterator[MakeGroup]:
    """`make_app(url, clock=None)`: a working group as `app` has, disposed at teardown."""
    opened: list[App] = []

    def make(url: str, *, clock: Callable[[], datetime] | None = None) -> App:
        a = make_group(url, clock=clock)
        opened.append(a)
        return a

    yield make
    for a in opened:
        a.db.dispose()


@pytest.fixture
def app(new_url: NewUrl, make_app: MakeGroup) -> App:
    """A simulated-clock working group (USA, KOR) at 2018-11-19T00:00Z, on each database."""
    return make_app(new_url())
