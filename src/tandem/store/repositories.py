"""Repositories: domain objects in, domain objects out; the only code that writes SQL."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update

from tandem.domain.alerts import Alert, AlertKind
from tandem.domain.ledger import Entry
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


class Settings:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self.conn.execute(select(t.settings.c.value).where(t.settings.c.key == key))
        found = value.scalar_one_or_none()
        return default if found is None else found

    def all(self) -> dict[str, str]:
        return {r.key: r.value for r in self.conn.execute(select(t.settings))}

    def set(self, key: str, value: str) -> None:
        done = self.conn.execute(
            update(t.settings).where(t.settings.c.key == key).values(value=value)
        )
        if done.rowcount == 0:
            self.conn.execute(insert(t.settings).values(key=key, value=value))


class Counters:
    """Ids handed out under a row lock, so that concurrent writers never share one."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def next(self, name: str) -> int:
        row = self.conn.execute(
            update(t.counters)
            .where(t.counters.c.name == name)
            .values(value=t.counters.c.value + 1)
            .returning(t.counters.c.value)
        ).scalar_one_or_none()
        if row is None:
            self.conn.execute(insert(t.counters).values(name=name, value=1))
            return 1
        return int(row)

    def peek(self, name: str) -> int:
        value = self.conn.execute(select(t.counters.c.value).where(t.counters.c.name == name))
        found = value.scalar_one_or_none()
        return int(found) if found is not None else 0


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
        r = self.conn.execute(select(t.users).where(t.users.c.name == name)).one_or_none()
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

    def set_role(self, name: str, role: Role) -> None:
        self.conn.execute(update(t.users).where(t.users.c.name == name).values(role=role.value))


class Record:
    """The append-only record. There is no update and no delete here, on purpose."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def append(self, entry: Entry) -> None:
        self.conn.execute(
            insert(t.record_entries).values(
                seq=entry.seq,
                at=entry.at,
                actor=entry.actor,
                party=entry.party,
                kind=entry.kind,
                subject=entry.subject,
                payload=json.dumps(entry.payload, ensure_ascii=False, sort_keys=True),
                leaf_hash=entry.leaf_hash(),
            )
        )

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


class Measures:
    """Measures with their versions, acknowledgements and positions.

    Children are append-only lists in the domain; `save` inserts what was appended since
    the measure was loaded, tracked in `_loaded`.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._loaded: dict[int, tuple[int, int, int, int]] = {}

    def get(self, measure_id: int, *, for_update: bool = False) -> Measure | None:
        query = select(t.measures).where(t.measures.c.id == measure_id)
        if for_update:
            query = query.with_for_update()
        row = self.conn.execute(query).one_or_none()
        if row is None:
            return None
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
        open_ = t.measures.c.status == Status.IN_CONSULTATION.value
        query = (
            select(t.measures)
            .where(
                and_(
                    open_,
                    or_(t.measures.c.deadline <= now, t.measures.c.ack_due <= now),
                )
            )
            .order_by(t.measures.c.id)
            .with_for_update()
        )
        return self._hydrate(list(self.conn.execute(query)))

    def _hydrate(self, rows: Sequence[Any]) -> list[Measure]:
        if not rows:
            return []
        ids = [r.id for r in rows]
        versions: dict[int, list[Version]] = defaultdict(list)
        edits: dict[int, list[MinorEdit]] = defaultdict(list)
        acks: dict[int, list[Acknowledgement]] = defaultdict(list)
        positions: dict[int, list[Position]] = defaultdict(list)
        for chunk in _chunks(ids, 500):
            for v in self.conn.execute(
                select(t.measure_versions)
                .where(t.measure_versions.c.measure_id.in_(chunk))
                .order_by(t.measure_versions.c.measure_id, t.measure_versions.c.number)
            ):
                versions[v.measure_id].append(
                    Version(v.number, v.title, v.description, v.planned, v.at, v.reason)
                )
            for e in self.conn.execute(
                select(t.minor_edits)
                .where(t.minor_edits.c.measure_id.in_(chunk))
                .order_by(t.minor_edits.c.measure_id, t.minor_edits.c.ordinal)
            ):
                edits[e.measure_id].append(
                    MinorEdit(e.version, json.loads(e.changes), e.reason, e.at)
                )
            for a in self.conn.execute(
                select(t.acknowledgements)
                .where(t.acknowledgements.c.measure_id.in_(chunk))
                .order_by(t.acknowledgements.c.at, t.acknowledgements.c.party)
            ):
                acks[a.measure_id].append(Acknowledgement(a.party, a.version, a.at))
            for p in self.conn.execute(
                select(t.positions)
                .where(t.positions.c.measure_id.in_(chunk))
                .order_by(t.positions.c.measure_id, t.positions.c.ordinal)
            ):
                positions[p.measure_id].append(
                    Position(p.party, Stance(p.position), p.reason, p.version, p.at, p.user_name)
                )
        out = []
        for r in rows:
            m = Measure(
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
                versions=versions[r.id],
                minor_edits=edits[r.id],
                acknowledgements=acks[r.id],
                positions=positions[r.id],
                extended_by=set(json.loads(r.extended_by)),
            )
            self._loaded[m.id] = _sizes(m)
            out.append(m)
        return out

    def save(self, m: Measure) -> None:
        values = {
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
            "extended_by": json.dumps(sorted(m.extended_by)),
            "created_at": m.created_at,
            "updated_at": m.updated_at or m.created_at,
        }
        before = self._loaded.get(m.id)
        if before is None:
            self.conn.execute(insert(t.measures).values(id=m.id, **values))
            before = (0, 0, 0, 0)
        else:
            self.conn.execute(update(t.measures).where(t.measures.c.id == m.id).values(**values))
        nv, ne, na, np_ = before
        if len(m.versions) > nv:
            self.conn.execute(
                insert(t.measure_versions),
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
            self.conn.execute(
                insert(t.minor_edits),
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
            self.conn.execute(
                insert(t.acknowledgements),
                [
                    {"measure_id": m.id, "version": a.version, "party": a.party, "at": a.at}
                    for a in m.acknowledgements[na:]
                ],
            )
        if len(m.positions) > np_:
            self.conn.execute(
                insert(t.positions),
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
        self._loaded[m.id] = _sizes(m)


def _sizes(m: Measure) -> tuple[int, int, int, int]:
    return (len(m.versions), len(m.minor_edits), len(m.acknowledgements), len(m.positions))


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Alerts:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, alert: Alert) -> None:
        self.conn.execute(
            insert(t.alerts).values(
                id=alert.id,
                kind=alert.kind.value,
                actor=alert.actor,
                measure_id=alert.measure,
                at=alert.at,
                text=alert.text,
            )
        )
        if alert.to:
            self.conn.execute(
                insert(t.alert_recipients),
                [{"alert_id": alert.id, "party": p} for p in alert.to],
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


def wipe_projections(conn: Connection) -> None:
    for table in reversed(t.PROJECTIONS):
        conn.execute(delete(table))
