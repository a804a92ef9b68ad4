"""Use cases on measures: one transaction each, state and record together."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime

from tandem.domain import consultation as rules
from tandem.domain.errors import InvalidInput, NotFound, PreconditionFailed
from tandem.domain.events import Event
from tandem.domain.measures import Measure, Stance, Status, proposed
from tandem.domain.parties import Action, User
from tandem.services import pacing, sanctions
from tandem.services.context import MAX_ID, App, Context, reading, writing
from tandem.services.redline import redline
from tandem.services.views import (
    JSONDict,
    encode,
    entry_view,
    measure_summary,
    measure_view,
    note_view,
)
from tandem.store.hooks import Hooked

_TYPE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def _done(ctx: Context, m: Measure, viewer: User | None = None) -> JSONDict:
    out = measure_view(m, ctx.group)
    if viewer is not None and viewer.party is not None:
        out["notes"] = [note_view(n) for n in ctx.uow.notes.for_party(m.id, viewer.party)]
    return out


def _load(
    ctx: Context, measure_id: int, user_name: str, if_revision: int | None
) -> tuple[User, Measure]:
    """The acting user and the measure, locked; `if_revision` guards against stale copies."""
    user = ctx.user(user_name)
    m = ctx.measure(measure_id, for_update=True)
    if if_revision is not None:
        current = ctx.uow.measures.revision(measure_id)
        if current != if_revision:
            raise PreconditionFailed(
                f"measure {measure_id} changed since you read it (revision {if_revision}, now "
                f"{current}); read it again and decide on the current version"
            )
    return user, m


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
    effects: Sequence[str] | None = None,
    effect_reason: str | None = None,
    manifest: str | None = None,
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
        mid, kind = event.payload["id"], event.payload["type"]
        ctx.record(pacing.declared(ctx, mid, kind, effects, effect_reason), user.name)
        if manifest is not None:
            ctx.record(sanctions.manifest_events(mid, 1, user.party, manifest), user.name)
        return _done(ctx, ctx.measure(event.payload["id"]))


Decide = Callable[[Context, User, Measure], list[Event]]


def _change(
    app: App,
    measure_id: int,
    user_name: str,
    at: datetime | None,
    if_revision: int | None,
    decide: Decide,
) -> JSONDict:
    """One change to a measure: load it locked, let the rules decide, record what they said."""
    with writing(app, at) as ctx:
        user, m = _load(ctx, measure_id, user_name, if_revision)
        ctx.record(decide(ctx, user, m), user.name)
        return _done(ctx, m)


def notify_measure(
    app: App,
    measure_id: int,
    user_name: str,
    *,
    urgent: bool = False,
    justification: str | None = None,
    at: datetime | None = None,
    if_revision: int | None = None,
) -> JSONDict:
    return _change(
        app,
        measure_id,
        user_name,
        at,
        if_revision,
        lambda ctx, user, m: _notified(
            ctx,
            m,
            rules.notify(m, user, ctx.group, ctx.now, urgent=urgent, justification=justification),
        ),
    )


def _notified(ctx: Context, m: Measure, events: list[Event]) -> list[Event]:
    """A notification's events, then those of pacing and screening, which first read in
    one query whether they have anything to do with this measure (`Hooked`)."""
    hooked = Hooked.of(ctx.uow.conn, m.id, m.version)
    return events + pacing.on_notify(ctx, m, hooked) + sanctions.on_notify(ctx, m, hooked)


def acknowledge_measure(
    app: App,
    measure_id: int,
    user_name: str,
    *,
    at: datetime | None = None,
    if_revision: int | None = None,
) -> JSONDict:
    return _change(
        app,
        measure_id,
        user_name,
        at,
        if_revision,
        lambda ctx, user, m: rules.acknowledge(m, user, ctx.group, ctx.now),
    )


def record_position(
    app: App,
    measure_id: int,
    user_name: str,
    position: Stance,
    *,
    reason: str | None = None,
    at: datetime | None = None,
    if_revision: int | None = None,
) -> JSONDict:
    return _change(
        app,
        measure_id,
        user_name,
        at,
        if_revision,
        lambda ctx, user, m: rules.take_position(m, user, ctx.group, ctx.now, position, reason),
    )


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
    manifest: str | None = None,
    effects: Sequence[str] | None = None,
    effect_reason: str | None = None,
    at: datetime | None = None,
    if_revision: int | None = None,
) -> JSONDict:
    """A new version (and, once notified, a full window), or a minor edit: the measure, with
    `amendment` saying what changed (docs/consultation-windows.md).

    A `manifest` (CSV or JSON text) is a substantial change, never a minor edit: it is
    recorded for the new version, and a version that reopens a window is screened as a
    notification screens, with the manifest in force for it (the one given, else the one
    carried from an earlier version). A bad manifest refuses the whole amendment.

    So are `effects` (`TRACK:WEIGHT`, as at proposal, with `effect_reason` for a weight
    that differs from the type's default): recorded (`pace.effects_set`) right after the
    amendment, so that the pacing note of a reopened window weighs the new ones. Effects
    and a manifest identical to the measure's change nothing."""
    with writing(app, at) as ctx:
        user, m = _load(ctx, measure_id, user_name, if_revision)
        given: list[Event] = []
        new: bool | None = None
        if manifest is not None:
            rules.may_amend(m, user, minor=minor, manifest=True)
            given, new = sanctions.amended_manifest(ctx, m, manifest)
        effected: list[Event] = []
        if effects:
            rules.may_amend(m, user, minor=minor, effects=True)
            effected = pacing.amended_effects(ctx, m, effects, effect_reason)
        elif effect_reason is not None and effect_reason.strip():
            raise InvalidInput("--effect-reason goes with --effect TRACK:WEIGHT; give the effects")
        before = (m.title, m.description, m.planned)
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
            manifest=new,
            effects=bool(effected) if effects else None,
        )
        ctx.record(events, user.name)
        ctx.record(effected, user.name)
        noted = pacing.on_amend(ctx, m, events)
        ctx.record(noted, user.name)
        if new:
            assert given[0].payload["version"] == m.version
            ctx.record(given, user.name)
        screened = sanctions.on_amend(ctx, m, events)
        ctx.record(screened, user.name)
        out = _done(ctx, m)
        out["amendment"] = _amendment(ctx, m, events, before, bool(new), bool(effected), screened)
        return out


def _amendment(
    ctx: Context,
    m: Measure,
    events: list[Event],
    before: tuple[str, str, date | None],
    new_manifest: bool,
    new_effects: bool,
    screened: list[Event],
) -> JSONDict:
    """What an amendment changed: the fields, whether it reopened the window, the manifest
    the (new) version carries and the screening of the new version."""
    edited = next((e for e in events if e.kind == "measure.edited"), None)
    if edited is not None:
        changed = list(edited.payload["changes"])
    else:
        after = (m.title, m.description, m.planned)
        changed = [
            n
            for n, a, b in zip(("title", "description", "planned"), before, after, strict=True)
            if a != b
        ]
        changed += ["manifest"] if new_manifest else []
        changed += ["effects"] if new_effects else []
    amended = next((e for e in events if e.kind == "measure.amended"), None)
    s = screened[0].payload if screened else None
    return {
        "version": m.version,
        "minor": edited is not None,
        "changed": changed,
        "window_reopened": amended is not None and amended.payload.get("deadline") is not None,
        "manifest": sanctions.manifest_in_force(ctx, m),
        "new_manifest": new_manifest,
        "screening": None
        if s is None
        else {k: s[k] for k in ("id", "version", "on", "rulebook", "verdict")},
    }


def withdraw_measure(
    app: App,
    measure_id: int,
    user_name: str,
    *,
    at: datetime | None = None,
    if_revision: int | None = None,
) -> JSONDict:
    return _change(
        app,
        measure_id,
        user_name,
        at,
        if_revision,
        lambda ctx, user, m: rules.withdraw(m, user, ctx.group, ctx.now),
    )


def execute_measure(
    app: App,
    measure_id: int,
    user_name: str,
    *,
    on: date | None = None,
    at: datetime | None = None,
    if_revision: int | None = None,
) -> JSONDict:
    return _change(
        app,
        measure_id,
        user_name,
        at,
        if_revision,
        lambda ctx, user, m: _executed(
            ctx, m, rules.execute(m, user, ctx.group, ctx.now, ctx.next_id, on)
        ),
    )


def _executed(ctx: Context, m: Measure, events: list[Event]) -> list[Event]:
    """An execution's events, then those of pacing and screening (see `_notified`)."""
    if not any(e.kind == "measure.executed" for e in events):
        return events
    hooked = Hooked.of(ctx.uow.conn, m.id, m.version)
    return sanctions.on_execute(ctx, m, pacing.on_execute(ctx, m, events, hooked), hooked)


def show_measure(app: App, measure_id: int, *, viewer: str | None = None) -> JSONDict:
    """A measure as of the clock; with a `viewer`, also their own party's internal notes."""
    with reading(app) as ctx:
        seen = ctx.user(viewer) if viewer else None
        return _done(ctx, ctx.as_of_clock(ctx.measure(measure_id)), seen)


def show_measure_with_revision(
    app: App, measure_id: int, *, viewer: str | None = None
) -> tuple[JSONDict, int]:
    """`show_measure` and the revision it shows (the API's ETag), read together."""
    with reading(app) as ctx:
        seen = ctx.user(viewer) if viewer else None
        m = ctx.measure(measure_id)
        return _done(ctx, ctx.as_of_clock(m), seen), ctx.uow.measures.loaded_revision(m.id)


def measure_revision(app: App, measure_id: int) -> int:
    """The stored revision of a measure: it changes with every change (the API's ETag)."""
    with reading(app) as ctx:
        revision = ctx.uow.measures.revision(measure_id)
        if revision is None:
            raise NotFound(f"there is no measure {measure_id}")
        return revision


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


def page_measures(
    app: App,
    *,
    status: Status | None = None,
    proposer: str | None = None,
    deadline_before: datetime | None = None,
    deadline_after: datetime | None = None,
    limit: int = 50,
    offset: int = 0,
    summary: bool = False,
) -> tuple[int, list[JSONDict]]:
    """One page of measures (newest first) as of the clock, and how many match in all.

    With `summary`, each is `measure_summary` (what a list shows), read from its row
    alone unless the clock closed its window unrecorded.

    Counting and paging happen in SQL; only measures whose window the clock has closed
    without anyone recording it are loaded to decide their status.
    """
    _check_page(limit, offset, deadline_before, deadline_after)
    with reading(app) as ctx:
        total, rows, unrecorded = _page(
            ctx, status, proposer, deadline_before, deadline_after, limit, offset
        )
        page = [i for i, _ in rows]
        if summary:
            closing = [i for i in page if i in unrecorded]
            shown = {
                m.id: m for m in ctx.uow.measures.heads([i for i in page if i not in unrecorded])
            }
            if closing:
                found = ctx.uow.measures.find(ids=closing)
                shown.update({m.id: ctx.as_of_clock(m) for m in found})
            return total, [measure_summary(shown[i], ctx.group) for i in page]
        loaded = {m.id: m for m in ctx.uow.measures.find(ids=page)} if page else {}
        return total, [_done(ctx, ctx.as_of_clock(loaded[i])) for i in page]


def page_summaries_json(
    app: App,
    *,
    status: Status | None = None,
    proposer: str | None = None,
    deadline_before: datetime | None = None,
    deadline_after: datetime | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[int, bytes]:
    """`page_measures(summary=True)` as the JSON array the API answers with.

    The summary of a row is encoded once per revision and kept (`SummaryCache`), so a
    page of unchanged measures costs its two queries; a summary the clock decides
    (see `page_measures`) is made afresh every time.
    """
    _check_page(limit, offset, deadline_before, deadline_after)
    cache = app.db.summary_cache
    with reading(app) as ctx:
        total, rows, unrecorded = _page(
            ctx, status, proposer, deadline_before, deadline_after, limit, offset
        )
        texts = {i: cache.get(i, revision) for i, revision in rows if i not in unrecorded}
        missing = [i for i, text in texts.items() if text is None]
        for revision, m in ctx.uow.measures.revised_heads(missing):
            texts[m.id] = text = encode(measure_summary(m, ctx.group))
            cache.put(m.id, revision, text)
        closing = [i for i, _ in rows if i in unrecorded]
        for m in ctx.uow.measures.find(ids=closing) if closing else []:
            texts[m.id] = encode(measure_summary(ctx.as_of_clock(m), ctx.group))
    parts = [texts[i] for i, _ in rows]
    assert all(parts), "every measure of a page has a summary"
    return total, b"[" + b",".join(p for p in parts if p) + b"]"


def _check_page(
    limit: int, offset: int, deadline_before: datetime | None, deadline_after: datetime | None
) -> None:
    if not 1 <= limit <= 500:
        raise InvalidInput(f"a page holds 1 to 500 measures, not {limit}")
    if not 0 <= offset <= MAX_ID:
        raise InvalidInput(f"an offset is from 0 to {MAX_ID}")
    for bound in (deadline_before, deadline_after):
        if bound is not None and not 1900 <= bound.year <= 2999:  # nor overflows UTC
            raise InvalidInput(f"a deadline falls between the years 1900 and 2999, not {bound}")


def _page(
    ctx: Context,
    status: Status | None,
    proposer: str | None,
    deadline_before: datetime | None,
    deadline_after: datetime | None,
    limit: int,
    offset: int,
) -> tuple[int, list[tuple[int, int]], set[int]]:
    """How many match, the page's ids with their revisions, and which measures the clock
    has closed without it being recorded (their stored status is not what they show)."""
    if proposer:
        proposer = ctx.group.party(proposer.upper()).code
    stale = ctx.uow.measures.stale(ctx.now)
    include: list[int] = []
    if status is not None and stale:
        include = [
            m.id for m in ctx.uow.measures.find(ids=stale) if ctx.as_of_clock(m).status is status
        ]
    total, rows = ctx.uow.measures.page_revisions(
        proposer=proposer,
        deadline_before=deadline_before,
        deadline_after=deadline_after,
        status=status.value if status is not None else None,
        exclude=stale,
        include=include,
        limit=limit,
        offset=offset,
    )
    return total, rows, set(stale)


def measure_history(app: App, measure_id: int) -> list[JSONDict]:
    with reading(app) as ctx:
        m = ctx.measure(measure_id)
        return [entry_view(e) for e in ctx.uow.record.for_subject(m.subject)]


def diff_measure(
    app: App, measure_id: int, first: int | None = None, second: int | None = None
) -> JSONDict:
    """A redline between two versions (by default the previous and the current one)."""
    with reading(app) as ctx:
        return redline(ctx.measure(measure_id), first, second)
