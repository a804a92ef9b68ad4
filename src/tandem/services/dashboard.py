"""What a signed-in user sees first: open windows, what their party owes, and alerts."""

from __future__ import annotations

from tandem.domain.events import iso
from tandem.domain.measures import Measure, Status
from tandem.domain.parties import User
from tandem.services.context import App, Context, reading
from tandem.services.observations import decided_alerts
from tandem.services.views import JSONDict, alert_view, measure_summary
from tandem.store import overview

ALERTS_SHOWN = 20
OPEN_SHOWN = 50


def _owed(m: Measure, party: str | None, ctx: Context) -> list[str]:
    """What `party` still owes on an open window: an acknowledgement, a position."""
    if party is None or party == m.proposer or party not in ctx.group.others(m.proposer):
        return []
    owed = []
    if party not in m.acknowledged_by():
        owed.append("acknowledgement")
    if party not in m.standing():
        owed.append("position")
    return owed


def dashboard(app: App, viewer: str) -> JSONDict:
    """Open consultations by deadline (soonest first), what the viewer's party owes on
    them, and the latest alerts addressed to that party (to every party, for an admin).

    Only the measures shown are loaded: the soonest OPEN_SHOWN to close and the soonest
    OPEN_SHOWN the party owes something on (a window the clock closed unrecorded is
    left out, as every read sees it closed)."""
    with reading(app) as ctx:
        user: User = ctx.user(viewer)
        party = user.party
        conn = ctx.uow.conn
        soonest = overview.soonest_open(conn, OPEN_SHOWN)
        owed_ids = overview.owed_by(conn, party, OPEN_SHOWN) if party else []
        # One by one through the process's measure cache: a dashboard shows the same
        # few dozen measures load after load, and a cached one costs a revision check.
        loaded = {
            m.id: seen
            for m in (ctx.measure(i) for i in sorted(set(soonest) | set(owed_ids)))
            if (seen := ctx.as_of_clock(m)).status is Status.IN_CONSULTATION
        }
        items = {}
        for m in sorted(loaded.values(), key=lambda m: (m.deadline is None, m.deadline, m.id)):
            item = measure_summary(m)  # the page writes deadlines in its reader's zones
            item["owed"] = _owed(m, party, ctx)
            item["acknowledged"] = sorted(m.acknowledged_by())
            item["positions"] = {p: pos.stance.value for p, pos in m.standing().items()}
            items[m.id] = item
        due = ctx.uow.measures.due(ctx.now)
        alerts = ctx.uow.alerts.find(party=party)
        alerts += [a for a in decided_alerts(ctx, due) if party is None or party in a.to]
        alerts.sort(key=lambda a: (a.at, a.id), reverse=True)
        closed_unrecorded = sum(
            1 for m in due if ctx.as_of_clock(m).status is not Status.IN_CONSULTATION
        )
        return {
            "now": iso(ctx.now),
            "simulated": ctx.simulated,
            "open": [items[i] for i in soonest if i in items],
            "open_total": overview.count_open(conn) - closed_unrecorded,
            "awaiting": [items[i] for i in owed_ids if i in items and items[i]["owed"]],
            "alerts": [alert_view(a) for a in alerts[:ALERTS_SHOWN]],
            "alerts_total": len(alerts),
        }
