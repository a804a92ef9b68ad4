"""Queries behind the dashboard: which open measures to load, without loading them all.

A working group may have thousands of windows open at once; the dashboard shows the
soonest to close and those the reader's party still owes something on, so it asks the
database for their ids and loads only those.
"""

from __future__ import annotations

from sqlalchemy import Connection, and_, bindparam, exists, func, not_, or_, select

from tandem.domain.measures import Status
from tandem.store import schema as t

_OPEN = t.measures.c.status == Status.IN_CONSULTATION.value
_M, _A, _P = t.measures.c, t.acknowledgements.c, t.positions.c

_COUNT_OPEN = select(func.count()).where(_OPEN)
_SOONEST = select(_M.id).where(_OPEN).order_by(_M.deadline, _M.id).limit(bindparam("n"))
_ACKNOWLEDGED = exists().where(
    and_(_A.measure_id == _M.id, _A.version == _M.version, _A.party == bindparam("party"))
)
_POSITIONED = exists().where(
    and_(_P.measure_id == _M.id, _P.version == _M.version, _P.party == bindparam("party"))
)
_OWED = (
    select(_M.id)
    .where(
        and_(
            _OPEN,
            _M.proposer != bindparam("party"),
            or_(not_(_ACKNOWLEDGED), not_(_POSITIONED)),
        )
    )
    .order_by(_M.deadline, _M.id)
    .limit(bindparam("n"))
)


def count_open(conn: Connection) -> int:
    return int(conn.execute(_COUNT_OPEN).scalar_one())


def soonest_open(conn: Connection, limit: int) -> list[int]:
    return [r.id for r in conn.execute(_SOONEST, {"n": limit})]


def owed_by(conn: Connection, party: str, limit: int) -> list[int]:
    """Open measures of other parties that `party` has not acknowledged, or taken a
    position on, in their current version: soonest deadline first."""
    return [r.id for r in conn.execute(_OWED, {"party": party, "n": limit})]
