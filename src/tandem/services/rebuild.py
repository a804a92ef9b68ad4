"""Rebuilding the current state from the record alone.

The record is the source of truth; a rebuild into an empty database must give exactly the
projections the live database holds. Tests and `tandem verify` rely on it.
"""

from __future__ import annotations

from typing import Any

from tandem.domain.consultation import Group
from tandem.domain.events import Event, from_iso
from tandem.services.context import App, Context, project
from tandem.store import schema as t
from tandem.store.database import Database
from tandem.store.migrate import upgrade
from tandem.store.repositories import dump
from tandem.store.unit_of_work import unit_of_work


def rebuild(source: App, target: Database) -> int:
    """Replay every entry of `source`'s record into `target` (an empty database)."""
    upgrade(target)
    with unit_of_work(source.db, write=False) as src, unit_of_work(target, write=True) as dst:
        ctx = Context(dst, from_iso("1970-01-01T00:00:00Z"), Group(()), False)
        count = 0
        for entry in src.record.all():
            at = from_iso(entry.at)
            ctx.now = at
            project(
                ctx, Event(entry.kind, entry.subject, entry.payload, entry.party), at, entry.actor
            )
            ctx.flush()
            dst.record.append(entry)
            count += 1
        return count


def projections(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every projection table, minus three caches: the id counters, the next due time and
    each measure's row revision (it counts saves, and a write saves a measure once however
    many entries it records, while a rebuild saves it once per entry)."""
    with unit_of_work(db, write=False) as uow:
        tables = dump(uow.conn)
    tables.pop(t.counters.name, None)
    tables[t.settings.name] = [r for r in tables[t.settings.name] if r[0] != "next_due"]
    rev = list(t.measures.c.keys()).index("revision")
    tables[t.measures.name] = sorted(
        (r[:rev] + r[rev + 1 :] for r in tables[t.measures.name]), key=repr
    )
    return tables
