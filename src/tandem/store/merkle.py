"""The stored Merkle tree and the signed heads: the only code that knows their tables.

`merkle_nodes` holds the hash of every complete subtree of the tree over `record_entries`
up to the size it was last brought to (`covered`). Proofs read the O(log n) nodes they
need in one query. Hashes are stored as 32 raw bytes; everything shown is lower-case hex.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, select, text

from tandem.domain.merkle import Node, Range, hash_ranges, nodes_for
from tandem.store import schema as t

_N = t.merkle_nodes
_H = t.signed_heads
_E = t.record_entries

_COVERED = select(func.max(_N.c.number)).where(_N.c.level == 0)
_RECORD_END = select(func.max(_E.c.seq))
_ADD_HEAD = insert(_H)
_LATEST = select(_H).order_by(_H.c.size.desc()).limit(1)
_HEADS = select(_H).order_by(_H.c.size)
_HEAD = select(_H).where(_H.c.size == bindparam("size"))
_LOCK_KEY = 0x74616E64656D  # "tandem": serialises tree updates on PostgreSQL

ENTRY_COLUMNS = "seq, at, actor, party, kind, subject, payload, leaf_hash"


@dataclass(frozen=True)
class HeadRow:
    size: int
    root: str
    timestamp: str
    signature: str
    public_key: str


def _head(r: Any) -> HeadRow:
    return HeadRow(r.size, r.root, r.timestamp, r.signature, r.public_key)


class StoredTree:
    """Subtree hashes from `merkle_nodes` (implements `tandem.domain.merkle.Subtrees`)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def lock(self) -> None:
        """Serialise tree updates (SQLite's write transactions already are)."""
        if self.conn.dialect.name == "postgresql":
            self.conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})

    def covered(self) -> int:
        """How many leaves the stored tree covers."""
        last = self.conn.execute(_COVERED).scalar_one_or_none()
        return 0 if last is None else int(last) + 1

    def record_size(self) -> int:
        """Entries in the record, counted as the last entry's number + 1."""
        last = self.conn.execute(_RECORD_END).scalar_one_or_none()
        return 0 if last is None else int(last) + 1

    def nodes(self, wanted: Iterable[Node]) -> dict[Node, bytes]:
        """The stored hashes of these complete subtrees (absent ones are left out).

        One statement per 400 nodes, written for the driver: a proof's 40 or so nodes
        are found through the primary key in a fraction of a millisecond.
        """
        keys = sorted(set(wanted))
        mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        found: dict[Node, bytes] = {}
        for i in range(0, len(keys), 400):
            chunk = keys[i : i + 400]
            where = " OR ".join([f"(level = {mark} AND number = {mark})"] * len(chunk))
            rows = self.conn.exec_driver_sql(
                f"SELECT level, number, hash FROM merkle_nodes WHERE {where}",
                tuple(x for key in chunk for x in key),
            )
            for level, number, value in rows:
                found[(level, number)] = bytes(value)
        return found

    def hashes(self, ranges: Sequence[Range]) -> list[bytes]:
        wanted = nodes_for(ranges)
        found = self.nodes(wanted)
        missing = wanted - found.keys()
        if missing:
            level, number = min(missing)
            raise LookupError(f"the stored tree has no node ({level}, {number})")
        return hash_ranges(ranges, found)

    def add(self, nodes: Sequence[tuple[int, int, bytes]]) -> None:
        """Insert (level, number, hash) rows, through the driver (thousands at a time)."""
        if nodes:
            mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
            self.conn.exec_driver_sql(
                f"INSERT INTO merkle_nodes (level, number, hash) VALUES ({mark}, {mark}, {mark})",
                list(nodes),
            )

    def level(self, level: int, start: int = 0) -> Iterator[tuple[int, bytes]]:
        """The stored nodes of one level from `start` on, in order."""
        rows = self.conn.execute(
            select(_N.c.number, _N.c.hash)
            .where(and_(_N.c.level == level, _N.c.number >= start))
            .order_by(_N.c.number)
        )
        return ((r.number, bytes(r.hash)) for r in rows)

    def clear(self) -> None:
        self.conn.execute(delete(_N))


class Heads:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def latest(self) -> HeadRow | None:
        r = self.conn.execute(_LATEST).one_or_none()
        return None if r is None else _head(r)

    def get(self, size: int) -> HeadRow | None:
        r = self.conn.execute(_HEAD, {"size": size}).one_or_none()
        return None if r is None else _head(r)

    def all(self) -> list[HeadRow]:
        return [_head(r) for r in self.conn.execute(_HEADS)]

    def add(self, head: HeadRow) -> None:
        self.conn.execute(
            _ADD_HEAD,
            {
                "size": head.size,
                "root": head.root,
                "timestamp": head.timestamp,
                "signature": head.signature,
                "public_key": head.public_key,
            },
        )


@contextmanager
def entry_cursor(
    conn: Connection, start: int = 0, end: int | None = None, batch: int = 20_000
) -> Iterator[Iterable[tuple[Any, ...]]]:
    """The record's rows from `start` (to `end`), as plain tuples in `ENTRY_COLUMNS` order.

    Read through the driver's own cursor, in the caller's transaction: row objects cost
    more than hashing the entry does, and `verify` reads every row. (A SQLite row whose
    `seq` is not an integer sorts after all the others and is included when `end` is None.)
    """
    sql = f"SELECT {ENTRY_COLUMNS} FROM record_entries WHERE seq >= {int(start)}"
    if end is not None:
        sql += f" AND seq < {int(end)}"
    sql += " ORDER BY seq"
    raw: Any = conn.connection.dbapi_connection
    if conn.dialect.name == "postgresql":
        cursor = raw.cursor(name=f"tandem_entries_{id(conn):x}_{start}")
        cursor.itersize = batch
    else:
        cursor = raw.cursor()
    try:
        cursor.execute(sql)
        yield cursor
    finally:
        cursor.close()


def entry_rows(
    conn: Connection, start: int = 0, end: int | None = None
) -> Iterator[tuple[Any, ...]]:
    """`entry_cursor` as a generator."""
    with entry_cursor(conn, start, end) as rows:
        yield from rows


def count_entries(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(_E)).scalar_one())
