"""A measure's whole file for one reader, read in one transaction: the measure as of the
clock, its record entries, the redlines between versions, the alerts about it, the
reader's own party's internal notes and the actions the rules would accept from them now."""

from __future__ import annotations

from tandem.domain.choices import available
from tandem.domain.events import iso
from tandem.services.context import App, reading
from tandem.services.redline import redline
from tandem.services.views import JSONDict, alert_view, entry_view, measure_view, note_view


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
