"""Pacing's tables: tracks, rules, default weights, measures' effects, steps and notes.

`project_pacing` applies one `pace.*` record entry to them; the services and a rebuild
from the record both go through it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from tandem.domain.events import Event
from tandem.domain.pacing import Effect, Rule, Track, tenths
from tandem.store import schema as t
from tandem.store.database import Prepared

# Built once; those on the write path of a measure's lifecycle are `Prepared`.
_d, _e = t.track_defaults.c, t.measure_effects.c
_DEFAULTS_OF = Prepared(
    select(_d.measure_type, _d.track, _d.weight)
    .where(_d.measure_type == bindparam("type"))
    .order_by(_d.track)
)
_EFFECTS_OF = Prepared(
    select(_e.track, _e.weight, _e.source, _e.reason)
    .where(_e.measure_id == bindparam("id"))
    .order_by(_e.track)
)


class Pacing:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def tracks(self) -> list[Track]:
        rows = self.conn.execute(select(t.tracks).order_by(t.tracks.c.ordinal))
        return [Track(r.id, r.name) for r in rows]

    def rules(self) -> list[Rule]:
        rows = self.conn.execute(select(t.tandem_rules).order_by(t.tandem_rules.c.id))
        return [Rule(r.id, r.ahead, r.behind, r.tolerance, r.band) for r in rows]

    def defaults(self, measure_type: str | None = None) -> dict[str, list[Effect]]:
        if measure_type is not None:
            rows = _DEFAULTS_OF.run(self.conn, {"type": measure_type}).fetchall()
            found = [Effect(track, weight, "default") for _, track, weight in rows]
            return {measure_type: found} if found else {}
        query = select(t.track_defaults).order_by(
            t.track_defaults.c.measure_type, t.track_defaults.c.track
        )
        out: dict[str, list[Effect]] = defaultdict(list)
        for r in self.conn.execute(query):
            out[r.measure_type].append(Effect(r.track, r.weight, "default"))
        return dict(out)

    def effects(self, measure_ids: list[int]) -> dict[int, list[Effect]]:
        out: dict[int, list[Effect]] = defaultdict(list)
        if not measure_ids:
            return {}
        if len(measure_ids) == 1:
            rows = _EFFECTS_OF.run(self.conn, {"id": measure_ids[0]}).fetchall()
            found = [Effect(*r) for r in rows]
            return {measure_ids[0]: found} if found else {}
        c = t.measure_effects.c
        query = (
            select(t.measure_effects)
            .where(c.measure_id.in_(measure_ids))
            .order_by(c.measure_id, c.track)
        )
        for r in self.conn.execute(query):
            out[r.measure_id].append(Effect(r.track, r.weight, r.source, r.reason))
        return dict(out)

    def cleared_ids(self) -> list[int]:
        """Measures cleared but not executed, that have an effect on some track."""
        m = t.measures.c
        query = (
            select(m.id)
            .where(m.status == "cleared")
            .where(m.id.in_(select(t.measure_effects.c.measure_id)))
            .order_by(m.id)
        )
        return [r.id for r in self.conn.execute(query)]

    def daily(self) -> dict[str, list[tuple[date, int]]]:
        """Each track's steps summed per day, in date order: all an index needs."""
        d = t.track_days.c
        query = select(d.track, d.on_date, d.weight).order_by(d.track, d.on_date)
        out: dict[str, list[tuple[date, int]]] = defaultdict(list)
        for r in self.conn.execute(query):
            out[r.track].append((r.on_date, int(r.weight)))
        return dict(out)

    def steps(self) -> list[tuple[str, str, date, int]]:
        """Every step (subject, track, date, weight), by date: what the chart marks."""
        s = t.track_steps.c
        rows = self.conn.execute(select(t.track_steps).order_by(s.on_date, s.subject, s.track))
        return [(r.subject, r.track, r.on_date, r.weight) for r in rows]

    def notes(self, measure_id: int) -> list[tuple[int, datetime, str]]:
        n = t.pacing_notes.c
        rows = self.conn.execute(
            select(t.pacing_notes).where(n.measure_id == measure_id).order_by(n.id)
        )
        return [(r.id, r.at, r.text) for r in rows]


def project_pacing(conn: Connection, event: Event, at: datetime) -> None:
    """Apply one `pace.*` entry to the pacing tables."""
    p = event.payload
    kind = event.kind
    if kind == "pace.track_added":
        ordinal = conn.execute(select(func.count()).select_from(t.tracks)).scalar_one()
        conn.execute(insert(t.tracks).values(id=p["id"], name=p["name"], ordinal=ordinal))
    elif kind == "pace.rule_added":
        conn.execute(
            insert(t.tandem_rules).values(
                id=p["id"],
                ahead=p["ahead"],
                behind=p["behind"],
                tolerance=tenths(p["tolerance"]),
                band=p["band"],
            )
        )
    elif kind == "pace.default_set":
        d = t.track_defaults.c
        conn.execute(
            delete(t.track_defaults).where(d.measure_type == p["type"]).where(d.track == p["track"])
        )
        if p["weight"] is not None:
            conn.execute(
                insert(t.track_defaults).values(
                    measure_type=p["type"], track=p["track"], weight=tenths(p["weight"])
                )
            )
    elif kind == "pace.effects_set":
        conn.execute(
            delete(t.measure_effects).where(t.measure_effects.c.measure_id == p["measure"])
        )
        rows = [
            {
                "measure_id": p["measure"],
                "track": e.track,
                "weight": e.weight,
                "source": e.source,
                "reason": e.reason,
            }
            for e in (Effect.from_json(x) for x in p["effects"])
        ]
        if rows:
            conn.execute(insert(t.measure_effects), rows)
    elif kind == "pace.counted":
        on = date.fromisoformat(p["on"])
        rows = [
            {
                "subject": event.subject,
                "track": e["track"],
                "on_date": on,
                "weight": tenths(e["weight"]),
            }
            for e in p["effects"]
        ]
        if rows:
            conn.execute(insert(t.track_steps), rows)
        d = t.track_days.c
        for r in rows:
            key = (d.track == r["track"]) & (d.on_date == on)
            done = conn.execute(
                update(t.track_days).where(key).values(weight=d.weight + r["weight"])
            )
            if done.rowcount == 0:
                conn.execute(
                    insert(t.track_days).values(track=r["track"], on_date=on, weight=r["weight"])
                )
    elif kind == "pace.noted":
        conn.execute(
            insert(t.pacing_notes).values(
                id=p["id"], measure_id=p["measure"], at=at, text=p["text"]
            )
        )
    elif kind == "pace.configured":
        from tandem.store.repositories import Settings

        value = p["half_life_days"]
        Settings(conn).set("pace_half_life_days", "" if value is None else str(value))
    else:
        raise ValueError(f"no projection for record entries of kind {kind}")
