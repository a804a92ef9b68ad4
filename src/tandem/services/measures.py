"""Use cases on measures: one transaction each, state and record together."""

from __future__ import annotations

import difflib
import re
from datetime import date, datetime

from tandem.domain import consultation as rules
from tandem.domain.errors import InvalidInput, NotFound
from tandem.domain.measures import Measure, Stance, Status, proposed
from tandem.domain.parties import Action
from tandem.services.context import App, Context, reading, writing
from tandem.services.views import JSONDict, entry_view, measure_view

_TYPE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def _done(ctx: Context, m: Measure) -> JSONDict:
    return measure_view(m, ctx.group)


def check_type(measure_type: str) -> str:
    measure_type = measure_type.strip().lower()
    if not _TYPE.match(measure_type):
        raise InvalidInput(
            f"measure type '{measure_type}' should be a short slug such as 'statement' or "
            "'easing-step' (lower-case letters, digits, '-' or '_')"
        )
    return measure_type


def propose_measure(
    app: App,
    user_name: str,
    title: str,
    *,
    description: str = "",
    planned: date | None = None,
    measure_type: str = "general",
    at: datetime | None = None,
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        user.require(Action.PROPOSE)
        assert user.party is not None
        event = proposed(
            ctx.next_id("measure"),
            user.party,
            title,
            description,
            planned,
            check_type(measure_type),
        )
        ctx.record([event], user.name)
        return _done(ctx, ctx.measure(event.payload["id"]))


def notify_measure(
    app: App,
    measure_id: int,
    user_name: str,
    *,
    urgent: bool = False,
    justification: str | None = None,
    at: datetime | None = None,
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = ctx.measure(measure_id, for_update=True)
        events = rules.notify(
            m, user, ctx.group, ctx.now, urgent=urgent, justification=justification
        )
        ctx.record(events, user.name)
        return _done(ctx, m)


def acknowledge_measure(
    app: App, measure_id: int, user_name: str, *, at: datetime | None = None
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = ctx.measure(measure_id, for_update=True)
        ctx.record(rules.acknowledge(m, user, ctx.group, ctx.now), user.name)
        return _done(ctx, m)


def record_position(
    app: App,
    measure_id: int,
    user_name: str,
    position: Stance,
    *,
    reason: str | None = None,
    at: datetime | None = None,
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = ctx.measure(measure_id, for_update=True)
        events = rules.take_position(m, user, ctx.group, ctx.now, position, reason)
        ctx.record(events, user.name)
        return _done(ctx, m)


def amend_measure(
    app: App,
    measure_id: int,
    user_name: str,
    *,
    title: str | None = None,
    description: str | None = None,
    planned: date | None = None,
    minor: bool = False,
    reason: str | None = None,
    at: datetime | None = None,
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = ctx.measure(measure_id, for_update=True)
        events = rules.amend(
            m,
            user,
            ctx.group,
            ctx.now,
            title=title,
            description=description,
            planned=planned,
            minor=minor,
            reason=reason,
        )
        ctx.record(events, user.name)
        return _done(ctx, m)


def withdraw_measure(
    app: App, measure_id: int, user_name: str, *, at: datetime | None = None
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = ctx.measure(measure_id, for_update=True)
        ctx.record(rules.withdraw(m, user, ctx.group, ctx.now), user.name)
        return _done(ctx, m)


def execute_measure(
    app: App,
    measure_id: int,
    user_name: str,
    *,
    on: date | None = None,
    at: datetime | None = None,
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = ctx.measure(measure_id, for_update=True)
        events = rules.execute(m, user, ctx.group, ctx.now, ctx.next_id, on)
        ctx.record(events, user.name)
        return _done(ctx, m)


def show_measure(app: App, measure_id: int) -> JSONDict:
    with reading(app) as ctx:
        return _done(ctx, ctx.as_of_clock(ctx.measure(measure_id)))


def list_measures(
    app: App, *, status: Status | None = None, proposer: str | None = None
) -> list[JSONDict]:
    """Measures as of the clock; a status filter applies to that view, not the stored row."""
    with reading(app) as ctx:
        if proposer:
            ctx.group.party(proposer.upper())
        found = ctx.uow.measures.find(proposer=proposer.upper() if proposer else None)
        out = []
        for m in found:
            seen = ctx.as_of_clock(m)
            if status is None or seen.status is status:
                out.append(_done(ctx, seen))
        return out


def measure_history(app: App, measure_id: int) -> list[JSONDict]:
    with reading(app) as ctx:
        m = ctx.measure(measure_id)
        return [entry_view(e) for e in ctx.uow.record.for_subject(m.subject)]


def diff_measure(
    app: App, measure_id: int, first: int | None = None, second: int | None = None
) -> JSONDict:
    """A redline between two versions (by default the previous and the current one)."""
    with reading(app) as ctx:
        m = ctx.measure(measure_id)
        versions = {v.number: v for v in m.versions}
        b = second if second is not None else m.version
        a = first if first is not None else max(1, b - 1)
        for n in (a, b):
            if n not in versions:
                raise NotFound(
                    f"measure {m.id} has no version {n}; its versions are 1 to {m.version}"
                )
        va, vb = versions[a], versions[b]
        fields = []
        for name, old, new in (
            ("title", va.title, vb.title),
            ("planned", str(va.planned or ""), str(vb.planned or "")),
            ("description", va.description, vb.description),
        ):
            if old != new:
                lines = list(
                    difflib.unified_diff(
                        old.splitlines(),
                        new.splitlines(),
                        f"version {a}",
                        f"version {b}",
                        lineterm="",
                    )
                )
                fields.append({"field": name, "before": old, "after": new, "diff": lines})
        return {"measure": m.id, "from": a, "to": b, "changes": fields}
