"""Running the installed `tandem` console script, as a user would.

Imported by the test modules beside it (pytest puts this folder on sys.path).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tandem.services.context import App
from tandem.store.repositories import dump
from tandem.store.unit_of_work import unit_of_work

START = "2018-11-19T00:00Z"
PARTY_ARGS = ("--party", "USA:America/New_York:US", "--party", "KOR:Asia/Seoul:KR")


@cache
def tandem_script() -> str:
    """The `tandem` entry point installed beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / "tandem"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("tandem")
    assert found, "the `tandem` console script is not installed (pip install -e .)"
    return found


@dataclass(frozen=True)
class Result:
    args: tuple[str, ...]
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        assert self.code == 0, f"tandem {' '.join(self.args)} exited {self.code}: {self.stderr}"
        return json.loads(self.stdout)

    @property
    def message(self) -> str:
        """stderr with Rich's line wrapping undone."""
        return " ".join(self.stderr.split())


def base_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TANDEM_DATABASE_URL"}
    env.update(TANDEM_TZ="UTC", COLUMNS="200", NO_COLOR="1", PYTHONDONTWRITEBYTECODE="1")
    return env


def run(*args: str, cwd: Path, db: str | None = None, env: dict[str, str] | None = None) -> Result:
    """`tandem ARGS [--db DB]` in `cwd`; never raises on a non-zero exit."""
    full = [*args, "--db", db] if db is not None else list(args)
    done = subprocess.run(
        [tandem_script(), *full],
        cwd=cwd,
        env=env if env is not None else base_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return Result(tuple(full), done.returncode, done.stdout, done.stderr)


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (WAL included)."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def database_state(url: str) -> tuple[int, dict[str, list[tuple[Any, ...]]]]:
    """The record's size and every table: what a refused command must leave as it was."""
    app = App.open(url)
    try:
        with unit_of_work(app.db, write=False) as uow:
            return uow.record.size(), dump(uow.conn)
    finally:
        app.db.dispose()
