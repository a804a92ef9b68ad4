"""What the hooks of a measure's notification and execution read first, in one query.

Pacing (a note when the what-if breaches a rule, steps counted at execution) and screening
(a manifest screened at notification, an alert at execution) each have something to do
only for some measures; `Hooked` tells which in one round trip, so that a measure with
nothing to pace or screen costs one small query and no more.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Integer, bindparam, exists, select
from sqlalchemy import type_coerce as as_type

from tandem.store import schema as t
from tandem.store.database import Prepared

_e, _m, _s = t.measure_effects.c, t.manifests.c, t.screenings.c
_HOOKED = Prepared(
    select(
        as_type(exists().where(_e.measure_id == bindparam("id")), Integer).label("paced"),
        as_type(
            exists().where(_m.measure_id == bindparam("id"), _m.version <= bindparam("version")),
            Integer,
        ).label("manifest"),
        select(_s.verdict)
        .where(_s.measure_id == bindparam("id"))
        .order_by(_s.id.desc())
        .limit(1)
        .scalar_subquery()
        .label("verdict"),
    )
)


@dataclass(frozen=True)
class Hooked:
    """Of one measure, as the transaction sees it: whether it has effects on some track,
    whether a manifest is in force for `version`, and the verdict of its last screening."""

    paced: bool
    manifest: bool
    verdict: str | None

    @classmethod
    def of(cls, conn: Connection, measure_id: int, version: int) -> Hooked:
        row = _HOOKED.run(conn, {"id": measure_id, "version": version}).fetchone()
        assert row is not None
        paced, manifest, verdict = row
        return cls(bool(paced), bool(manifest), verdict)
