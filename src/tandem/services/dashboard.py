"""What a signed-in user sees first: open windows, what their party owes, and alerts."""

from __future__ import annotations

from tandem.domain.events import iso
from tandem.domain.measures import Measure, Status
from tandem.domain.parties import User
from tandem.services.context import App, Context, reading
from tandem.services.observations import decided_alerts
from tandem.services.views import JSONDict, alert_view, measure_summary

ALERTS_SHOWN = 20
OPEN_SHOWN = 100


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
    them, and the latest alerts addressed to that party (to every party, for an admin)."""
    with reading(app) as ctx:
        user: User = ctx.user(viewer)
        open_now = [
            seen
            for m in ctx.uow.measures.find(status=[Status.IN_CONSULTATION])
            if (seen := ctx.as_of_clock(m)).status is Status.IN_CONSULTATION
        ]
        open_now.sort(key=lambda m: (m.deadline is None, m.deadline, m.id))
        consultations = []
        awaiting = []
        for m in open_now[:OPEN_SHOWN]:
            item = measure_summary(m, ctx.group)
            item["owed"] = _owed(m, user.party, ctx)
            item["acknowledged"] = sorted(m.acknowledged_by())
            item["positions"] = {p: pos.stance.value for p, pos in m.standing().items()}
            consultations.append(item)
            if item["owed"]:
                awaiting.append(item)
        party = user.party
        alerts = ctx.uow.alerts.find(party=party)
        alerts += [a for a in decided_alerts(ctx) if party is None or party in a.to]
        alerts.sort(key=lambda a: (a.at, a.id), reverse=True)
        return {
            "now": iso(ctx.now),
            "simulated": ctx.simulated,
            "open": consultations,
            "open_total": len(open_now),
            "awaiting": awaiting,
            "alerts": [alert_view(a) for a in alerts[:ALERTS_SHOWN]],
            "alerts_total": len(alerts),
        }
