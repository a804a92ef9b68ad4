"""A measure's whole file for one reader, read in one transaction: the measure as of the
clock, its record entries, the redlines between versions, the alerts about it, the
reader's own party's internal notes and the actions the rules would accept from them now."""

from __future__ import annotations

import threading
from weakref import WeakKeyDictionary

from tandem.domain.choices import available
from tandem.domain.errors import NotFound
from tandem.domain.events import iso
from tandem.domain.measures import Measure
from tandem.services.context import MAX_ID, App, reading
from tandem.services.redline import redline
from tandem.services.views import (
    JSONDict,
    alert_view,
    encode,
    entry_view,
    measure_view,
    note_view,
)
from tandem.store.database import Database


def dossier(app: App, measure_id: int, viewer: str) -> JSONDict:
    with reading(app) as ctx:
        user = ctx.user(viewer)
        m = ctx.as_of_clock(ctx.measure(measure_id))
        out = measure_view(m, ctx.group)
        out["now"] = iso(ctx.now)
        out["revision"] = ctx.uow.measures.loaded_revision(m.id)
        out["notes"] = (
            [note_view(n) for n in ctx.uow.notes.for_party(m.id, user.party)]
            if user.party is not None
            else []
        )
        out["entries"] = [entry_view(e) for e in ctx.uow.record.for_subject(m.subject)]
        out["redlines"] = [redline(m, n - 1, n) for n in range(2, m.version + 1)]
        out["alerts"] = [alert_view(a) for a in ctx.uow.alerts.find(measure=m.id)]
        out["actions"] = available(m, user, ctx.group, ctx.now)
        out["others"] = ctx.group.others(m.proposer)
        return out


class ViewCache:
    """Measures as shown (`measure_view`, encoded), by id, with the row revision and the
    stored measure each was made from.

    Shared by the reads of one process, like the store's `MeasureCache`: a view is used
    only while the row still holds that revision (every saved change moves it), and only
    while the clock has decided nothing on the measure (`as_of_clock` gives it back as is).
    The measure kept is never changed: `as_of_clock` copies before applying anything.
    """

    def __init__(self, size: int = 8192) -> None:
        self.size = size
        self._items: dict[int, tuple[int, Measure, bytes]] = {}
        self._lock = threading.Lock()

    def get(self, measure_id: int, revision: int) -> tuple[Measure, bytes] | None:
        found = self._items.get(measure_id)
        return (found[1], found[2]) if found is not None and found[0] == revision else None

    def put(self, measure_id: int, revision: int, m: Measure, text: bytes) -> None:
        with self._lock:
            if measure_id not in self._items and len(self._items) >= self.size:
                del self._items[next(iter(self._items))]
            self._items[measure_id] = (revision, m, text)


_VIEWS: WeakKeyDictionary[Database, ViewCache] = WeakKeyDictionary()
_VIEWS_LOCK = threading.Lock()


def view_cache(db: Database) -> ViewCache:
    """The cache of shown measures of one database (one per process and database)."""
    found = _VIEWS.get(db)
    if found is None:
        with _VIEWS_LOCK:
            found = _VIEWS.setdefault(db, ViewCache())
    return found


def measure_json(app: App, measure_id: int, viewer: str) -> tuple[int, bytes]:
    """`show_measure_with_revision` as the JSON text the API answers with, and the revision.

    The view of an unchanged measure is encoded once and kept (`ViewCache`), so showing
    it again costs the row's revision and the reader's notes: two small queries.
    """
    cache = view_cache(app.db)
    with reading(app) as ctx:
        user = ctx.user(viewer)
        revision = ctx.uow.measures.revision(measure_id) if 0 < measure_id <= MAX_ID else None
        if revision is None:
            raise NotFound(
                f"there is no measure {measure_id}; `tandem measure list` shows the measures"
            )
        found = cache.get(measure_id, revision)
        if found is None:
            m = ctx.measure(measure_id)
            revision = ctx.uow.measures.loaded_revision(m.id)
            text = encode(measure_view(m, ctx.group))
            cache.put(m.id, revision, m, text)
        else:
            m, text = found
        seen = ctx.as_of_clock(m)
        if seen is not m:
            text = encode(measure_view(seen, ctx.group))
        if user.party is not None:
            notes = [note_view(n) for n in ctx.uow.notes.for_party(m.id, user.party)]
            text = text[:-1] + b',"notes":' + encode(notes) + b"}"
    return revision, text
