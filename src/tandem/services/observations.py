"""Observed actions that were never notified, and the alerts of the working group."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from tandem.domain import consultation as rules
from tandem.domain.alerts import Alert, alert_from_event
from tandem.domain.measures import Measure
from tandem.services import pacing
from tandem.services.context import App, Context, reading, writing
from tandem.services.views import JSONDict, alert_view, observed_view


def observe_action(
    app: App,
    user_name: str,
    *,
    actor: str,
    action: str,
    on: date,
    at: datetime | None = None,
    effects: Sequence[str] | None = None,
    cameo: str | None = None,
    effect_reason: str | None = None,
) -> JSONDict:
    """Record it, raise `unnotified`; with effects (or a CAMEO code) it moves the tracks too."""
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        events = rules.observe(
            user, ctx.group, ctx.now, ctx.next_id, actor=actor, action=action, on=on
        )
        events = pacing.on_observe(ctx, events, effects, cameo, effect_reason)
        ctx.record(events, user.name)
        observed = next(o for o in ctx.uow.observed.find() if o.id == events[0].payload["id"])
        out = observed_view(observed)
        out["alert"] = events[1].payload["id"]
        return out


def list_observed(app: App) -> list[JSONDict]:
    with reading(app) as ctx:
        return [observed_view(o) for o in ctx.uow.observed.find()]


def list_alerts(app: App, *, party: str | None = None, kind: str | None = None) -> list[JSONDict]:
    """Alerts recorded so far, and those the clock has already decided but nobody recorded."""
    with reading(app) as ctx:
        if party:
            party = ctx.group.party(party.upper()).code
        if kind:
            from tandem.domain.alerts import AlertKind
            from tandem.domain.errors import InvalidInput

            if kind not in {k.value for k in AlertKind}:
                raise InvalidInput(
                    f"'{kind}' is not an alert kind; use one of "
                    + ", ".join(k.value for k in AlertKind)
                )
        found = ctx.uow.alerts.find(party=party, kind=kind)
        found += [
            a
            for a in decided_alerts(ctx)
            if (not party or party in a.to) and (not kind or a.kind.value == kind)
        ]
        return [alert_view(a) for a in found]


def decided_alerts(ctx: Context, due: list[Measure] | None = None) -> list[Alert]:
    """Alerts the clock has raised that no write has recorded yet, with the ids they will get.

    The next write records them first (`Context.settle`), numbering them in this same order:
    measures by id, then each measure's decisions in turn. Only measures with something
    due can raise one (`due`: those measures, if the caller has them already).
    """
    last = ctx.uow.counters.peek("alert")

    def ids(_: str) -> int:
        nonlocal last
        last += 1
        return last

    out = []
    for m in ctx.uow.measures.due(ctx.now) if due is None else due:
        for _, event in rules.due(m, ctx.group, ctx.now, ids):
            if event.kind == "alert.raised":
                out.append(alert_from_event(event, ctx.now))
    return out
