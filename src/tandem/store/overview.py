"""Queries behind the dashboard: which open measures to load, without loading them all.

A working group may have thousands of windows open at once; the dashboard shows the
soonest to close and those the reader's party still owes something on, so it asks the
database for their ids and loads only those.
"""

from __future__ import annotations

from sqlalchemy import Connection, and_, exists, func, not_, or_, select

from tandem.domain.measures import Status
from tandem.store import schema as t

_OPEN = t.measures.c.status == Status.IN_CONSULTATION.value


def count_open(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).where(_OPEN)).scalar_one())


def soonest_open(conn: Connection, limit: int) -> list[int]:
    m = t.measures.c
    query = select(m.id).where(_OPEN).order_by(m.deadline, m.id).limit(limit)
    return [r.id for r in conn.execute(query)]


def owed_by(conn: Connection, party: str, limit: int) -> list[int]:
    """Open measures of other parties that `party` has not acknowledged, or taken a
    position on, in their current version: soonest deadline first."""
    m, a, p = t.measures.c, t.acknowledgements.c, t.positions.c
    acknowledged = exists().where(
        and_(a.measure_id == m.id, a.version == m.version, a.party == party)
    )
    positioned = exists().where(
        and_(p.measure_id == m.id, p.version == m.version, p.party == party)
    )
    query = (
        select(m.id)
        .where(and_(_OPEN, m.proposer != party, or_(not_(acknowledged), not_(positioned))))
        .order_by(m.deadline, m.id)
        .limit(limit)
    )
    return [r.id for r in conn.execute(query)]
