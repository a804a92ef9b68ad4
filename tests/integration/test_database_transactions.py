"""`Database.transaction` on SQLite: begun and ended on the driver, connections kept.

Statements run through SQLAlchemy and through `Prepared` inside one transaction commit or
roll back together; a connection is kept for the next transaction only after a normal
end; a read does not take the write lock.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Column, Connection, Integer, MetaData, Table, insert, select, text
from sqlalchemy.exc import IntegrityError

from tandem.store.database import _IDLE, Database, Prepared

metadata = MetaData()
things = Table("things", metadata, Column("id", Integer, primary_key=True))
_ADD = Prepared(insert(things))


@pytest.fixture
def db(tmp_path: Path) -> Database:
    db = Database(str(tmp_path / "t.db"))
    metadata.create_all(db.engine)
    return db


def _ids(db: Database) -> list[int]:
    with db.transaction(write=False) as conn:
        return [r.id for r in conn.execute(select(things.c.id).order_by(things.c.id))]


def test_both_kinds_of_statement_commit_together(db: Database) -> None:
    with db.transaction(write=True) as conn:
        _ADD.run_many(conn, [{"id": 1}])
        conn.execute(insert(things).values(id=2))
        _ADD.run_many(conn, [{"id": 3}])
    assert _ids(db) == [1, 2, 3]
    with db.transaction(write=True) as conn:  # a kept connection, Prepared only
        _ADD.run_many(conn, [{"id": 4}])
    assert _ids(db) == [1, 2, 3, 4]


def test_an_error_rolls_back_both_and_the_connection_is_not_kept(db: Database) -> None:
    with db.transaction(write=True) as conn:
        _ADD.run_many(conn, [{"id": 1}])
    for through_sqlalchemy in (False, True):
        kept = list(db._idle)
        with pytest.raises(IntegrityError), db.transaction(write=True) as conn:
            assert conn in kept
            if through_sqlalchemy:
                conn.execute(insert(things).values(id=5))
            _ADD.run_many(conn, [{"id": 6}])
            _ADD.run_many(conn, [{"id": 1}])  # already there
        assert conn not in db._idle
        assert _ids(db) == [1]  # and a connection is kept again
    with pytest.raises(RuntimeError), db.transaction(write=True) as conn:
        _ADD.run_many(conn, [{"id": 7}])
        raise RuntimeError("changed my mind")
    assert _ids(db) == [1]


def test_a_read_does_not_hold_the_write_lock(db: Database, tmp_path: Path) -> None:
    other = Database(str(tmp_path / "t.db"))
    with db.transaction(write=False) as reading:
        assert _count(reading) == 0
        with other.transaction(write=True) as conn:
            _ADD.run_many(conn, [{"id": 1}])
        assert _count(reading) == 0  # its snapshot
    assert _ids(db) == [1]


def _count(conn: Connection) -> int:
    return int(conn.execute(text("SELECT count(*) FROM things")).scalar_one())


def test_writers_take_turns_and_few_connections_are_kept(db: Database) -> None:
    errors: list[BaseException] = []

    def write(first: int) -> None:
        try:
            for i in range(first, first + 20):
                with db.transaction(write=True) as conn:
                    (n,) = conn.execute(text("SELECT count(*) FROM things")).one()
                    _ADD.run_many(conn, [{"id": i}])
                    assert conn.execute(text("SELECT count(*) FROM things")).scalar() == n + 1
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(1000 * k,)) for k in range(1, 13)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(_ids(db)) == 12 * 20
    assert len(db._idle) <= _IDLE
    db.dispose()
    assert db._idle == []
