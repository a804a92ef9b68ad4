"""Repositories: domain objects in, domain objects out; the only code that writes SQL."""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import MISSING, fields
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Integer,
    Table,
    Text,
    and_,
    bindparam,
    cast,
    func,
    insert,
    literal,
    null,
    or_,
    select,
    union_all,
    update,
)

from tandem.domain.alerts import Alert, AlertKind
from tandem.domain.ledger import Entry, canonical_json, entry_bytes
from tandem.domain.measures import (
    Acknowledgement,
    ClearedBy,
    Measure,
    MinorEdit,
    Position,
    Stance,
    Status,
    Version,
)
from tandem.domain.observed import ObservedAction
from tandem.domain.parties import Party, Role, User
from tandem.store import schema as t
from tandem.store.database import Prepared

# Statements are built once: building one costs more than running it on SQLite. Those
# every write runs are `Prepared`: they skip SQLAlchemy's execution path.
_SETTING = select(t.settings.c.value).where(t.settings.c.key == bindparam("k"))
_SETTINGS = Prepared(select(t.settings.c.key, t.settings.c.value))
_SETTINGS_LOCKED = Prepared(select(t.settings.c.key, t.settings.c.value).with_for_update())
_SET_SETTING = Prepared(update(t.settings).where(t.settings.c.key == bindparam("k")))
_NEXT = Prepared(
    update(t.counters)
    .where(t.counters.c.name == bindparam("n"))
    .values(value=t.counters.c.value + bindparam("step"))
    .returning(t.counters.c.value)
)
_PEEK = select(t.counters.c.value).where(t.counters.c.name == bindparam("n"))
_USER = select(t.users).where(t.users.c.name == bindparam("n"))
_ADD_ENTRY = Prepared(insert(t.record_entries))
_MEASURE = select(t.measures).where(t.measures.c.id == bindparam("id"))
_REVISION = select(t.measures.c.revision).where(t.measures.c.id == bindparam("id"))
_GET_REVISION = Prepared(_REVISION)
_GET_REVISION_LOCKED = Prepared(_REVISION.with_for_update())
_ADD_MEASURE = Prepared(insert(t.measures))
_SAVE_MEASURE = Prepared(update(t.measures).where(t.measures.c.id == bindparam("_id")))
_DUE = (
    select(t.measures)
    .where(
        and_(
            t.measures.c.status == Status.IN_CONSULTATION.value,
            or_(
                t.measures.c.deadline <= bindparam("now"), t.measures.c.ack_due <= bindparam("now")
            ),
        )
    )
    .order_by(t.measures.c.id)
    .with_for_update()
)
_NEXT_DUE = select(func.min(t.measures.c.deadline), func.min(t.measures.c.ack_due)).where(
    t.measures.c.status == Status.IN_CONSULTATION.value
)


def _children_query(one: bool) -> Any:
    """All four kinds of children of some measures (or `one`) in one round trip, tagged 0–3.

    Columns: tag, measure_id, n1, n2, s1, s2, s3, s4, day, at (see `_hydrate`).
    """
    v, e, a, p = t.measure_versions, t.minor_edits, t.acknowledgements, t.positions
    no_int, no_text = cast(null(), Integer), cast(null(), Text)
    no_day = cast(null(), Date)
    ids: Any = bindparam("ids", expanding=True)
    if one:
        ids = [bindparam("id")]
    parts = [
        select(
            literal(0, Integer).label("tag"),
            v.c.measure_id,
            v.c.number.label("n1"),
            no_int.label("n2"),
            cast(v.c.title, Text).label("s1"),
            v.c.description.label("s2"),
            v.c.reason.label("s3"),
            no_text.label("s4"),
            v.c.planned.label("day"),
            v.c.at,
        ).where(v.c.measure_id.in_(ids)),
        select(
            literal(1, Integer),
            e.c.measure_id,
            e.c.ordinal,
            e.c.version,
            e.c.changes,
            e.c.reason,
            no_text,
            no_text,
            no_day,
            e.c.at,
        ).where(e.c.measure_id.in_(ids)),
        select(
            literal(2, Integer),
            a.c.measure_id,
            a.c.version,
            no_int,
            cast(a.c.party, Text),
            no_text,
            no_text,
            no_text,
            no_day,
            a.c.at,
        ).where(a.c.measure_id.in_(ids)),
        select(
            literal(3, Integer),
            p.c.measure_id,
            p.c.ordinal,
            p.c.version,
            cast(p.c.party, Text),
            cast(p.c.position, Text),
            p.c.reason,
            cast(p.c.user_name, Text),
            no_day,
            p.c.at,
        ).where(p.c.measure_id.in_(ids)),
    ]
    u = union_all(*parts).subquery()
    return select(u).order_by(u.c.tag, u.c.measure_id, u.c.n1, u.c.at, u.c.s1)


_CHILDREN = _children_query(one=False)
_CHILDREN_OF_ONE = _children_query(one=True)


_INSERT = {table.name: Prepared(insert(table)) for table in t.metadata.sorted_tables}


class Settings:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, key: str, default: str | None = None) -> str | None:
        found = self.conn.execute(_SETTING, {"k": key}).scalar_one_or_none()
        return default if found is None else found

    def all(self, *, lock: bool = False) -> dict[str, str]:
        """Every setting; `lock` holds them until commit, so writers take turns (PostgreSQL;
        SQLite writers already do, by BEGIN IMMEDIATE)."""
        return dict((_SETTINGS_LOCKED if lock else _SETTINGS).run(self.conn).fetchall())

    def set(self, key: str, value: str) -> None:
        done = _SET_SETTING.run(self.conn, {"k": key, "value": value})
        if done.rowcount == 0 and not _insert_missing(
            self.conn, t.settings, {"key": key, "value": value}
        ):
            _SET_SETTING.run(self.conn, {"k": key, "value": value})


class Counters:
    """Ids handed out under a row lock, so that concurrent writers never share one."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def next(self, name: str, count: int = 1) -> int:
        """Reserve `count` ids; returns the last (so the first is `last - count + 1`)."""
        rows = _NEXT.run(self.conn, {"n": name, "step": count}).fetchall()
        if not rows:
            _insert_missing(self.conn, t.counters, {"name": name, "value": 0})
            rows = _NEXT.run(self.conn, {"n": name, "step": count}).fetchall()
        (value,) = rows[0]
        return int(value)

    def peek(self, name: str) -> int:
        found = self.conn.execute(_PEEK, {"n": name}).scalar_one_or_none()
        return int(found) if found is not None else 0


def _insert_missing(conn: Connection, table: Table, values: dict[str, Any]) -> int:
    """INSERT … ON CONFLICT DO NOTHING; returns the number of rows inserted.

    Two writers may both find a key missing (PostgreSQL runs them side by side): the
    second waits for the first to commit, inserts nothing, and updates the row instead.
    """
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        done = conn.execute(pg_insert(table).values(**values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        done = conn.execute(sqlite_insert(table).values(**values).on_conflict_do_nothing())
    return int(done.rowcount)


class Parties:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def all(self) -> list[Party]:
        rows = self.conn.execute(select(t.parties).order_by(t.parties.c.ordinal))
        return [Party(r.code, r.time_zone, r.country, r.subdivision) for r in rows]

    def add(self, party: Party, ordinal: int) -> None:
        self.conn.execute(
            insert(t.parties).values(
                code=party.code,
                ordinal=ordinal,
                time_zone=party.time_zone,
                country=party.country,
                subdivision=party.subdivision,
            )
        )


class Users:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, name: str) -> User | None:
        r = self.conn.execute(_USER, {"n": name}).one_or_none()
        return None if r is None else User(r.name, r.party, Role(r.role))

    def all(self) -> list[User]:
        rows = self.conn.execute(select(t.users).order_by(t.users.c.party, t.users.c.name))
        return [User(r.name, r.party, Role(r.role)) for r in rows]

    def add(self, user: User, at: datetime) -> None:
        self.conn.execute(
            insert(t.users).values(
                name=user.name, party=user.party, role=user.role.value, created_at=at
            )
        )
        self._changed()

    def _changed(self) -> None:
        """Count changes to users in the setting `users_rev`, which caches of users follow.

        Every write to the users table goes through here."""
        settings = Settings(self.conn)
        settings.set(USERS_REVISION, str(int(settings.get(USERS_REVISION) or 0) + 1))


USERS_REVISION = "users_rev"


class Record:
    """The append-only record. There is no update and no delete here, on purpose."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def append(self, *entries: Entry) -> None:
        """Store entries with their payload in canonical form, hashed from the same text."""
        rows = []
        for e in entries:
            payload = canonical_json(e.payload).decode("utf-8")
            fields = (e.seq, e.at, e.actor, e.party, e.kind, e.subject, payload)
            rows.append(
                {
                    "seq": e.seq,
                    "at": e.at,
                    "actor": e.actor,
                    "party": e.party,
                    "kind": e.kind,
                    "subject": e.subject,
                    "payload": payload,
                    "leaf_hash": hashlib.sha256(b"\x00" + entry_bytes(*fields)).hexdigest(),
                }
            )
        _ADD_ENTRY.run_many(self.conn, rows)

    def size(self) -> int:
        return self.conn.execute(select(func.count()).select_from(t.record_entries)).scalar_one()

    def for_subject(self, subject: str) -> list[Entry]:
        rows = self.conn.execute(
            select(t.record_entries)
            .where(t.record_entries.c.subject == subject)
            .order_by(t.record_entries.c.seq)
        )
        return [_entry(r) for r in rows]

    def all(self, start: int = 0) -> Iterable[Entry]:
        rows = self.conn.execute(
            select(t.record_entries)
            .where(t.record_entries.c.seq >= start)
            .order_by(t.record_entries.c.seq)
        )
        return (_entry(r) for r in rows)

    def hashes(self) -> list[tuple[int, str]]:
        rows = self.conn.execute(
            select(t.record_entries.c.seq, t.record_entries.c.leaf_hash).order_by(
                t.record_entries.c.seq
            )
        )
        return [(r.seq, r.leaf_hash) for r in rows]


def _entry(r: Any) -> Entry:
    return Entry(r.seq, r.at, r.actor, r.party, r.kind, r.subject, json.loads(r.payload))


class MeasureCache:
    """Measures as last saved or loaded, by id, with the row revision they had then.

    Shared by the transactions of one process. A cached copy is used only when the
    database still holds the same revision, so a change made elsewhere, or a transaction
    that rolled back after saving, simply means a fresh load.
    """

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._items: OrderedDict[int, tuple[int, Measure]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, measure_id: int, revision: int) -> Measure | None:
        with self._lock:
            found = self._items.get(measure_id)
            if found is None or found[0] != revision:
                return None
            self._items.move_to_end(measure_id)
            return _copy(found[1])

    def put(self, m: Measure, revision: int) -> None:
        """Keep `m` as it is: the caller hands over a copy nobody else holds."""
        with self._lock:
            self._items[m.id] = (revision, m)
            self._items.move_to_end(m.id)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


class SummaryCache:
    """Measure summaries as JSON text, by id, with the row revision each one shows.

    Shared by the transactions of one process, like `MeasureCache`: a summary is used
    only while the row still holds that revision (every saved change moves it).
    """

    def __init__(self, size: int = 8192) -> None:
        self.size = size
        self._items: dict[int, tuple[int, bytes]] = {}
        self._lock = threading.Lock()

    def get(self, measure_id: int, revision: int) -> bytes | None:
        found = self._items.get(measure_id)
        return found[1] if found is not None and found[0] == revision else None

    def put(self, measure_id: int, revision: int, text: bytes) -> None:
        with self._lock:
            if measure_id not in self._items and len(self._items) >= self.size:
                del self._items[next(iter(self._items))]
            self._items[measure_id] = (revision, text)


class Measures:
    """Measures with their versions, acknowledgements and positions.

    Children are append-only lists in the domain; `save` inserts what was appended since
    the measure was loaded, tracked in `_loaded` with the row's revision.
    """

    def __init__(self, conn: Connection, cache: MeasureCache | None = None) -> None:
        self.conn = conn
        self.cache = cache or MeasureCache(0)
        self._loaded: dict[int, tuple[int, int, int, int, int]] = {}
        self._seen: dict[int, tuple[int, Measure]] = {}
        self._rows: dict[int, dict[str, Any]] = {}

    def publish(self) -> None:
        """After commit: what this transaction loaded and saved may now serve others."""
        for revision, m in self._seen.values():
            self.cache.put(m, revision)
        self._seen.clear()

    def get(self, measure_id: int, *, for_update: bool = False) -> Measure | None:
        query = _GET_REVISION_LOCKED if for_update else _GET_REVISION
        found = query.run(self.conn, {"id": measure_id}).fetchone()
        if found is None:
            return None
        revision = found[0]
        m = self.cache.get(measure_id, revision)
        if m is not None:
            self._loaded[m.id] = (*_sizes(m), revision)
            self._rows[m.id] = _row(m)
            return m
        row = self.conn.execute(_MEASURE, {"id": measure_id}).one()
        hydrated: list[Measure] = self._hydrate([row])
        return hydrated[0]

    def find(
        self,
        *,
        status: Sequence[Status] | None = None,
        proposer: str | None = None,
        ids: Sequence[int] | None = None,
    ) -> list[Measure]:
        query = select(t.measures).order_by(t.measures.c.id)
        if status:
            query = query.where(t.measures.c.status.in_([s.value for s in status]))
        if proposer:
            query = query.where(t.measures.c.proposer == proposer)
        if ids is not None:
            query = query.where(t.measures.c.id.in_(list(ids)))
        return self._hydrate(list(self.conn.execute(query)))

    def due(self, now: datetime) -> list[Measure]:
        """Measures on which time has decided something: an acknowledgement or window due."""
        return self._hydrate(list(self.conn.execute(_DUE, {"now": now})))

    def next_due(self) -> datetime | None:
        """The earliest acknowledgement or window deadline among open measures."""
        row = self.conn.execute(_NEXT_DUE).one()
        found = [d for d in row if d is not None]
        return min(found) if found else None

    def _hydrate(self, rows: Sequence[Any]) -> list[Measure]:
        if not rows:
            return []
        ids = [r.id for r in rows]
        versions: dict[int, list[Version]] = defaultdict(list)
        edits: dict[int, list[MinorEdit]] = defaultdict(list)
        acks: dict[int, list[Acknowledgement]] = defaultdict(list)
        positions: dict[int, list[Position]] = defaultdict(list)
        if len(ids) == 1:
            batches: Iterable[Any] = [self.conn.execute(_CHILDREN_OF_ONE, {"id": ids[0]})]
        else:
            batches = (self.conn.execute(_CHILDREN, {"ids": c}) for c in _chunks(ids, 500))
        for batch in batches:
            for c in batch:
                if c.tag == 0:
                    versions[c.measure_id].append(Version(c.n1, c.s1, c.s2, c.day, c.at, c.s3))
                elif c.tag == 1:
                    edits[c.measure_id].append(MinorEdit(c.n2, json.loads(c.s1), c.s2, c.at))
                elif c.tag == 2:
                    acks[c.measure_id].append(Acknowledgement(c.s1, c.n1, c.at))
                else:
                    positions[c.measure_id].append(
                        Position(c.s1, Stance(c.s2), c.s3, c.n2, c.at, c.s4)
                    )
        out = []
        for r in rows:
            m = _bare(r)
            m.versions = versions[r.id]
            m.minor_edits = edits[r.id]
            m.acknowledgements = acks[r.id]
            m.positions = positions[r.id]
            self._loaded[m.id] = (*_sizes(m), r.revision)
            self._rows[m.id] = _row(m)
            if len(rows) == 1:
                self._seen[m.id] = (r.revision, _copy(m))
            out.append(m)
        return out

    def save(self, m: Measure) -> None:
        values = _row(m)
        before = self._loaded.get(m.id)
        if before is None:
            revision = 1
            _ADD_MEASURE.run(self.conn, {"id": m.id, "revision": revision, **values})
            before = (0, 0, 0, 0, 0)
        else:
            revision = before[4] + 1
            stored = self._rows.get(m.id, {})
            changed = {k: v for k, v in values.items() if stored.get(k, _UNSET) != v}
            _SAVE_MEASURE.run(self.conn, {"_id": m.id, "revision": revision, **changed})
        self._rows[m.id] = values
        nv, ne, na, np_, _ = before
        if len(m.versions) > nv:
            _INSERT[t.measure_versions.name].run_many(
                self.conn,
                [
                    {
                        "measure_id": m.id,
                        "number": v.number,
                        "title": v.title,
                        "description": v.description,
                        "planned": v.planned,
                        "at": v.at,
                        "reason": v.reason,
                    }
                    for v in m.versions[nv:]
                ],
            )
        if len(m.minor_edits) > ne:
            _INSERT[t.minor_edits.name].run_many(
                self.conn,
                [
                    {
                        "measure_id": m.id,
                        "ordinal": ne + i,
                        "version": e.version,
                        "changes": json.dumps(e.changes, sort_keys=True, ensure_ascii=False),
                        "reason": e.reason,
                        "at": e.at,
                    }
                    for i, e in enumerate(m.minor_edits[ne:])
                ],
            )
        if len(m.acknowledgements) > na:
            _INSERT[t.acknowledgements.name].run_many(
                self.conn,
                [
                    {"measure_id": m.id, "version": a.version, "party": a.party, "at": a.at}
                    for a in m.acknowledgements[na:]
                ],
            )
        if len(m.positions) > np_:
            _INSERT[t.positions.name].run_many(
                self.conn,
                [
                    {
                        "measure_id": m.id,
                        "ordinal": np_ + i,
                        "version": p.version,
                        "party": p.party,
                        "position": p.stance.value,
                        "reason": p.reason,
                        "at": p.at,
                        "user_name": p.user,
                    }
                    for i, p in enumerate(m.positions[np_:])
                ],
            )
        self._loaded[m.id] = (*_sizes(m), revision)
        self._seen[m.id] = (revision, _copy(m))

    def heads(self, ids: Sequence[int]) -> list[Measure]:
        """Measures from their rows alone, without versions, acknowledgements or positions:
        enough for a summary, never for a change (they are not tracked for `save`)."""
        return [m for _, m in self.revised_heads(ids)]

    def revised_heads(self, ids: Sequence[int]) -> list[tuple[int, Measure]]:
        """`heads`, each with the revision of the row it was read from."""
        if not ids:
            return []
        rows = self.conn.execute(select(t.measures).where(t.measures.c.id.in_(list(ids))))
        return [(r.revision, _bare(r)) for r in rows]

    def stale(self, now: datetime) -> list[int]:
        """Open measures whose deadline has passed but whose closing nobody recorded yet."""
        return [i for (i,) in _STALE.run(self.conn, {"now": now}).fetchall()]

    def page(
        self,
        *,
        proposer: str | None = None,
        deadline_before: datetime | None = None,
        deadline_after: datetime | None = None,
        status: str | None = None,
        exclude: Sequence[int] = (),
        include: Sequence[int] = (),
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[int]]:
        """How many measures match, and the ids of one page of them, newest first.

        With `status`, rows stored with it match except those in `exclude`, and the rows
        in `include` match whatever is stored (the caller knows better: see `stale`).
        """
        total, rows = self.page_revisions(
            proposer=proposer,
            deadline_before=deadline_before,
            deadline_after=deadline_after,
            status=status,
            exclude=exclude,
            include=include,
            limit=limit,
            offset=offset,
        )
        return total, [i for i, _ in rows]

    def page_revisions(
        self,
        *,
        proposer: str | None = None,
        deadline_before: datetime | None = None,
        deadline_after: datetime | None = None,
        status: str | None = None,
        exclude: Sequence[int] = (),
        include: Sequence[int] = (),
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[tuple[int, int]]]:
        """`page`, each id with its row's revision (what a cached view of it is keyed by)."""
        params: dict[str, Any] = {"limit": limit, "offset": offset}
        for key, value in (
            ("proposer", proposer or None),
            ("before", deadline_before),
            ("after", deadline_after),
            ("status", status),
        ):
            if value is not None:
                params[key] = value
        if status is None or not (exclude or include):
            count, rows = _page_statements(frozenset(params))
            ((total,),) = count.run(self.conn, params).fetchall()
            return int(total), [(i, r) for i, r in rows.run(self.conn, params).fetchall()]
        m = t.measures.c
        where = _page_where(frozenset(params))
        stored: Any = where.pop()
        if exclude:
            stored = and_(stored, m.id.not_in(list(exclude)))
        where.append(or_(stored, m.id.in_(list(include))) if include else stored)
        del params["limit"], params["offset"]
        total = self.conn.execute(
            select(func.count()).select_from(t.measures).where(*where), params
        ).scalar_one()
        found = self.conn.execute(
            select(m.id, m.revision)
            .where(*where)
            .order_by(m.id.desc())
            .limit(limit)
            .offset(offset),
            params,
        )
        return int(total), [(r.id, r.revision) for r in found]

    def loaded_revision(self, measure_id: int) -> int:
        """The revision of a measure as this transaction loaded or saved it."""
        return self._loaded[measure_id][4]

    def revision(self, measure_id: int) -> int | None:
        """The row's revision: it changes with every saved change (an ETag for the API)."""
        found = _GET_REVISION.run(self.conn, {"id": measure_id}).fetchone()
        return None if found is None else int(found[0])


_CONTAINERS = tuple(f.name for f in fields(Measure) if f.default_factory is not MISSING)


def _copy(m: Measure) -> Measure:
    """`m.copy()` in a fifth of the time (it goes through `dataclasses.replace`)."""
    new = object.__new__(Measure)
    state = m.__dict__.copy()
    for name in _CONTAINERS:
        state[name] = state[name].copy()
    new.__dict__ = state
    return new


_STALE = Prepared(
    select(t.measures.c.id).where(
        and_(
            t.measures.c.status == Status.IN_CONSULTATION.value,
            t.measures.c.deadline <= bindparam("now"),
        )
    )
)


def _page_where(given: frozenset[str]) -> list[Any]:
    """The filters of a page for the parameters given (`status` last)."""
    m = t.measures.c
    where: list[Any] = []
    if "proposer" in given:
        where.append(m.proposer == bindparam("proposer"))
    if "before" in given:
        where.append(m.deadline < bindparam("before"))
    if "after" in given:
        where.append(m.deadline >= bindparam("after"))
    if "status" in given:
        where.append(m.status == bindparam("status"))
    return where


@cache
def _page_statements(given: frozenset[str]) -> tuple[Prepared, Prepared]:
    """The count and the page of rows for one combination of filters, built once."""
    m = t.measures.c
    where = _page_where(given)
    return (
        Prepared(select(func.count()).select_from(t.measures).where(*where)),
        Prepared(
            select(m.id, m.revision)
            .where(*where)
            .order_by(m.id.desc())
            .limit(bindparam("limit"))
            .offset(bindparam("offset"))
        ),
    )


def _bare(r: Any) -> Measure:
    return Measure(
        id=r.id,
        proposer=r.proposer,
        type=r.type,
        title=r.title,
        description=r.description,
        planned=r.planned,
        created_at=r.created_at,
        status=Status(r.status),
        version=r.version,
        notified_at=r.notified_at,
        deadline=r.deadline,
        ack_due=r.ack_due,
        urgent=r.urgent,
        justification=r.justification,
        cleared_by=ClearedBy(r.cleared_by) if r.cleared_by else None,
        closed_at=r.closed_at,
        unilateral=r.unilateral,
        executed_on=r.executed_on,
        updated_at=r.updated_at,
        extended_by=set(json.loads(r.extended_by)),
    )


_UNSET = object()


def _row(m: Measure) -> dict[str, Any]:
    """The measures row of `m`, less id and revision; saves send only what changed."""
    return {
        "proposer": m.proposer,
        "type": m.type,
        "title": m.title,
        "description": m.description,
        "planned": m.planned,
        "status": m.status.value,
        "version": m.version,
        "notified_at": m.notified_at,
        "deadline": m.deadline,
        "ack_due": m.ack_due,
        "urgent": m.urgent,
        "justification": m.justification,
        "cleared_by": m.cleared_by.value if m.cleared_by else None,
        "closed_at": m.closed_at,
        "unilateral": m.unilateral,
        "executed_on": m.executed_on,
        "extended_by": json.dumps(sorted(m.extended_by)) if m.extended_by else "[]",
        "created_at": m.created_at,
        "updated_at": m.updated_at or m.created_at,
    }


def _sizes(m: Measure) -> tuple[int, int, int, int]:
    return (len(m.versions), len(m.minor_edits), len(m.acknowledgements), len(m.positions))


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Alerts:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, alert: Alert) -> None:
        _INSERT[t.alerts.name].run(
            self.conn,
            {
                "id": alert.id,
                "kind": alert.kind.value,
                "actor": alert.actor,
                "measure_id": alert.measure,
                "at": alert.at,
                "text": alert.text,
            },
        )
        if alert.to:
            _INSERT[t.alert_recipients.name].run_many(
                self.conn, [{"alert_id": alert.id, "party": p} for p in alert.to]
            )

    def find(
        self, *, party: str | None = None, measure: int | None = None, kind: str | None = None
    ) -> list[Alert]:
        query = select(t.alerts).order_by(t.alerts.c.id)
        if party:
            query = query.where(
                t.alerts.c.id.in_(
                    select(t.alert_recipients.c.alert_id).where(t.alert_recipients.c.party == party)
                )
            )
        if measure is not None:
            query = query.where(t.alerts.c.measure_id == measure)
        if kind:
            query = query.where(t.alerts.c.kind == kind)
        rows = list(self.conn.execute(query))
        to: dict[int, list[str]] = defaultdict(list)
        for chunk in _chunks([r.id for r in rows], 500):
            for r in self.conn.execute(
                select(t.alert_recipients)
                .where(t.alert_recipients.c.alert_id.in_(chunk))
                .order_by(t.alert_recipients.c.party)
            ):
                to[r.alert_id].append(r.party)
        return [
            Alert(r.id, AlertKind(r.kind), r.actor, tuple(to[r.id]), r.measure_id, r.at, r.text)
            for r in rows
        ]


class Observed:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, o: ObservedAction) -> None:
        self.conn.execute(
            insert(t.observed_actions).values(
                id=o.id,
                actor=o.actor,
                action=o.action,
                on_date=o.on,
                recorded_by=o.recorded_by,
                at=o.at,
                user_name=o.user,
            )
        )

    def find(self, actor: str | None = None) -> list[ObservedAction]:
        query = select(t.observed_actions).order_by(t.observed_actions.c.id)
        if actor:
            query = query.where(t.observed_actions.c.actor == actor)
        return [
            ObservedAction(r.id, r.actor, r.action, r.on_date, r.recorded_by, r.at, r.user_name)
            for r in self.conn.execute(query)
        ]


def dump(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every projection table as sorted rows, to compare a database with its rebuild."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table in t.PROJECTIONS:
        rows = [tuple(_plain(v) for v in r) for r in conn.execute(select(table))]
        out[table.name] = sorted(rows, key=repr)
    return out


def _plain(v: Any) -> Any:
    if isinstance(v, datetime | date):
        return v.isoformat()
    return v
