"""A working group made once through the CLI; each test gets a copy of its SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import PARTY_ARGS, START, copy_sqlite, run

USERS = (
    ("kim", "--party", "KOR", "--role", "officer"),
    ("lee", "--party", "KOR", "--role", "viewer"),
    ("smith", "--party", "USA", "--role", "officer"),
    ("admin", "--role", "admin"),
)


@pytest.fixture(scope="session")
def group_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`tandem init --simulated-clock` (USA, KOR) and four users, made once per worker."""
    folder = tmp_path_factory.mktemp("cli-template")
    db = str(folder / "group.db")
    done = run("init", "--simulated-clock", "--start", START, *PARTY_ARGS, cwd=folder, db=db)
    assert done.code == 0, done.stderr
    for user in USERS:
        added = run("user", "add", *user, cwd=folder, db=db)
        assert added.code == 0, added.stderr
    return folder / "group.db"


@pytest.fixture
def cli_db(tmp_path: Path, group_template: Path) -> str:
    """The path of a fresh copy of the template working group, in the test's tmp_path."""
    path = tmp_path / "tandem.db"
    copy_sqlite(group_template, path)
    return str(path)
