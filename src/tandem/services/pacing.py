"""Pacing use cases: tracks, tandem rules, weights, the pace of the tracks and what-ifs.

The rules themselves (the index, the states, what a contradiction is) are in
domain/pacing.py; here they meet the database and the record. docs/pacing.md is the guide.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any
from weakref import WeakKeyDictionary

from tandem.domain.alerts import AlertKind, raise_alert
from tandem.domain.consultation import may_change_effects
from tandem.domain.errors import Conflict, InvalidInput, InvalidTransition, NotFound
from tandem.domain.events import Event, iso
from tandem.domain.measures import Measure, Status
from tandem.domain.pacing import (
    Effect,
    Rule,
    Series,
    Track,
    check_effects,
    check_half_life,
    check_rule,
    check_track_id,
    check_track_name,
    crossed,
    gaps,
    known_track,
    parse_effect,
    parse_tolerance,
    tenths,
    weight_text,
)
from tandem.services.context import SYSTEM, App, Context, reading, writing
from tandem.services.views import JSONDict
from tandem.store.hooks import Hooked
from tandem.store.pacing import Pacing

DEFAULT_TRACKS = (
    Track("denuclearization", "Denuclearization and peace steps"),
    Track("inter-korean", "Inter-Korean exchanges and projects"),
)
DEFAULT_RULE = ("inter-korean", "denuclearization", 100)
"""Inter-Korean exchanges may not lead denuclearization by more than 10."""
HALF_LIFE = "pace_half_life_days"


# Events ----------------------------------------------------------------------------------


def _track_added(track: Track) -> Event:
    return Event("pace.track_added", f"track:{track.id}", {"id": track.id, "name": track.name})


def _rule_added(rule: Rule) -> Event:
    return Event(
        "pace.rule_added",
        f"rule:{rule.id}",
        {
            "id": rule.id,
            "ahead": rule.ahead,
            "behind": rule.behind,
            "tolerance": weight_text(rule.tolerance),
            "band": rule.band,
        },
    )


def default_events(ctx: Context) -> list[Event]:
    """What `tandem init` adds unless told otherwise: the two demo tracks and their rule."""
    ahead, behind, tolerance = DEFAULT_RULE
    rule = Rule(ctx.next_id("rule"), ahead, behind, tolerance)
    return [*(_track_added(t) for t in DEFAULT_TRACKS), _rule_added(rule)]


# What a context knows about pacing ----------------------------------------------------------


@dataclass
class Book:
    """The tracks, rules, half-life and history of steps, read in one transaction."""

    tracks: list[Track]
    rules: list[Rule]
    half_life: int | None
    series: dict[str, Series]

    def indices(self, at: date, extra: Iterable[Effect] = ()) -> dict[str, float]:
        out = {
            t.id: self.series[t.id].at(at, self.half_life) if t.id in self.series else 0.0
            for t in self.tracks
        }
        for e in extra:
            out[e.track] = out.get(e.track, 0.0) + e.weight / 10
        return {k: round(v, 6) for k, v in out.items()}

    def view(self, at: str, indices: dict[str, float]) -> JSONDict:
        return {
            "at": at,
            "tracks": [
                {"id": t.id, "name": t.name, "index": _num(indices[t.id])} for t in self.tracks
            ],
            "rules": [
                {
                    "id": r.id,
                    "ahead": r.ahead,
                    "behind": r.behind,
                    "tolerance": _num(r.tolerance / 10),
                    "gap": _num(gap),
                    "state": state.value,
                }
                for r, gap, state, _ in gaps(self.rules, indices)
            ],
        }


def _num(value: float) -> float:
    return round(value, 2) + 0.0


def half_life(ctx: Context) -> int | None:
    text = ctx.uow.settings.get(HALF_LIFE)
    return int(text) if text else None


_BOOKS: WeakKeyDictionary[Any, tuple[int, Book]] = WeakKeyDictionary()
"""The last book read through each engine (one per open database), with the size of the
record it was read at; it goes with its engine."""
_CATCH_UP = 1000
"""Past this many new record entries, a book is read afresh rather than brought up to date."""


def book(ctx: Context, *, cached: bool = False) -> Book:
    """What pacing knows, read from the day sums (`track_days`, kept up to date by each
    step), so it costs one row per track and day however many steps there are.

    With `cached` (reads only: a write's own uncommitted entries must never be cached), the
    book read last is used again: as it was if the record has the same size (every change
    to pacing appends to the record, which only grows), or brought up to date with the
    steps appended since (entries are numbered without gaps, writers one at a time).
    """
    key = ctx.uow.conn.engine
    size = ctx.uow.counters.peek("record") if cached else -1
    hit = _BOOKS.get(key)
    b: Book | None = None
    if hit is not None and hit[0] == size:
        return hit[1]
    if hit is not None and cached and hit[0] < size <= hit[0] + _CATCH_UP:
        b = _caught_up(ctx, hit[1], hit[0], size)
    if b is None:
        store = Pacing(ctx.uow.conn)
        b = Book(
            store.tracks(),
            store.rules(),
            half_life(ctx),
            {track: Series.of(days) for track, days in store.daily().items()},
        )
    if cached and ctx.uow.counters.peek("record") == size:  # nothing committed meanwhile
        _BOOKS[key] = (size, b)
    return b


def _caught_up(ctx: Context, old: Book, start: int, end: int) -> Book | None:
    """`old` with the steps of entries `start` to `end - 1`; None when one of them changes
    the tracks, the rules or the half-life (then the book is read afresh)."""
    added: dict[str, list[tuple[date, int]]] = {}
    for entry in ctx.uow.record.all(start):
        if entry.seq >= end:
            break
        if entry.kind in ("pace.track_added", "pace.rule_added", "pace.configured"):
            return None
        if entry.kind == "pace.counted":
            on = date.fromisoformat(entry.payload["on"])
            for e in entry.payload["effects"]:
                added.setdefault(e["track"], []).append((on, tenths(e["weight"])))
    series = dict(old.series)
    for track, steps in added.items():
        before = series.get(track, Series())
        series[track] = Series.of([*zip(before.days, before.sums, strict=True), *steps])
    return Book(old.tracks, old.rules, old.half_life, series)


def _today(ctx: Context) -> date:
    return ctx.now.astimezone(UTC).date()


# Tracks, rules, defaults, the half-life ----------------------------------------------------


def track_view(t: Track, defaults: dict[str, list[Effect]] | None = None) -> JSONDict:
    out: JSONDict = {"id": t.id, "name": t.name}
    if defaults is not None:
        out["defaults"] = {
            kind: weight_text(e.weight)
            for kind, effects in sorted(defaults.items())
            for e in effects
            if e.track == t.id
        }
    return out


def rule_view(r: Rule) -> JSONDict:
    return {
        "id": r.id,
        "ahead": r.ahead,
        "behind": r.behind,
        "tolerance": _num(r.tolerance / 10),
        "band": r.band,
        "says": r.says(),
    }


def add_track(app: App, track_id: str, name: str, *, at: datetime | None = None) -> JSONDict:
    with writing(app, at) as ctx:
        track = Track(check_track_id(track_id), check_track_name(name))
        if any(t.id == track.id for t in Pacing(ctx.uow.conn).tracks()):
            raise Conflict(f"there is already a track '{track.id}'; `tandem track list` shows them")
        ctx.record([_track_added(track)], SYSTEM)
        return track_view(track)


def list_tracks(app: App) -> list[JSONDict]:
    with reading(app) as ctx:
        store = Pacing(ctx.uow.conn)
        defaults = store.defaults()
        return [track_view(t, defaults) for t in store.tracks()]


def add_rule(
    app: App,
    ahead: str,
    behind: str,
    tolerance: str,
    *,
    band: bool = False,
    at: datetime | None = None,
) -> JSONDict:
    """A tandem rule: AHEAD may not lead BEHIND by more than TOLERANCE (both ways: a band)."""
    with writing(app, at) as ctx:
        store = Pacing(ctx.uow.conn)
        rules = store.rules()
        rule = Rule(
            max((r.id for r in rules), default=0) + 1,
            ahead.strip().lower(),
            behind.strip().lower(),
            parse_tolerance(tolerance),
            band,
        )
        check_rule(rule, rules, [t.id for t in store.tracks()])
        rule = Rule(ctx.next_id("rule"), rule.ahead, rule.behind, rule.tolerance, rule.band)
        ctx.record([_rule_added(rule)], SYSTEM)
        return rule_view(rule)


def list_rules(app: App) -> list[JSONDict]:
    with reading(app) as ctx:
        return [rule_view(r) for r in Pacing(ctx.uow.conn).rules()]


def set_default(
    app: App, measure_type: str, effect: str, *, at: datetime | None = None
) -> JSONDict:
    """The weight a measure of a type has on a track unless its proposer says otherwise."""
    from tandem.services.measures import check_type

    measure_type = check_type(measure_type)
    track, weight = parse_effect(effect)
    if weight is None:
        raise InvalidInput(f"give the default weight as TRACK:WEIGHT, e.g. {track}:+3")
    with writing(app, at) as ctx:
        known_track(track, [t.id for t in Pacing(ctx.uow.conn).tracks()])
        payload = {"type": measure_type, "track": track, "weight": weight_text(weight)}
        ctx.record([Event("pace.default_set", "group", payload)], SYSTEM)
        return payload


def configure(app: App, *, half_life_days: int | None, at: datetime | None = None) -> JSONDict:
    """Set or remove the half-life after which a step counts half (None: steps never fade)."""
    check_half_life(half_life_days)
    with writing(app, at) as ctx:
        if half_life(ctx) == half_life_days:
            raise InvalidInput("nothing to change: pacing already uses that half-life")
        ctx.record([Event("pace.configured", "group", {"half_life_days": half_life_days})], SYSTEM)
        return {"half_life_days": half_life_days}


# Weights of measures and observed actions ---------------------------------------------------


@cache
def goldstein() -> dict[str, tuple[str, int]]:
    """CAMEO code -> (name, Goldstein weight in tenths), from data/cameo-goldstein.csv."""
    text = resources.files("tandem.data").joinpath("cameo-goldstein.csv").read_text("utf-8")
    out = {}
    for row in csv.DictReader(text.splitlines()):
        out[row["code"]] = (row["name"], round(float(row["goldstein"]) * 10))
    return out


def cameo_weight(code: str) -> tuple[str, int]:
    code = code.strip()
    found = goldstein().get(code)
    if found is None:
        raise NotFound(
            f"'{code}' is not a CAMEO event code; codes are 2 to 4 digits with their leading "
            "zeros, e.g. 036 or 0874 (docs/pacing.md)"
        )
    return found


def _reason(text: str | None) -> str | None:
    from tandem.domain.measures import check_text

    text = check_text((text or "").strip(), "reason")
    return text or None


def declared(
    ctx: Context,
    measure_id: int,
    measure_type: str,
    effects: Sequence[str] | None,
    reason: str | None = None,
) -> list[Event]:
    """A new measure's effects: its type's defaults, each overridden by `effects`.

    A weight that differs from its type's default needs a reason, kept in the record.
    """
    store = Pacing(ctx.uow.conn)
    defaults = store.defaults(measure_type).get(measure_type, [])
    if not defaults and not effects:
        return []  # the common case costs one query
    final = _chosen(store, measure_type, defaults, defaults, effects or (), reason)
    if not final:
        return []
    return [_effects_set(measure_id, final)]


def _effects_set(measure_id: int, effects: list[Effect], party: str | None = None) -> Event:
    return Event(
        "pace.effects_set",
        f"measure:{measure_id}",
        {"measure": measure_id, "effects": [e.to_json() for e in effects]},
        party,
    )


def _chosen(
    store: Pacing,
    measure_type: str,
    defaults: list[Effect],
    start: list[Effect],
    effects: Iterable[str],
    reason: str | None,
) -> list[Effect]:
    """`start`, each track given in `effects` set to its weight (`TRACK` alone: the type's
    default); a weight that differs from the type's default needs a reason."""
    tracks = [t.id for t in store.tracks()]
    by_track = {e.track: e for e in defaults}
    chosen = {e.track: e for e in start}
    given: set[str] = set()
    for text in effects:
        track, weight = parse_effect(text)
        known_track(track, tracks)
        if track in given:
            raise InvalidInput(f"the track {track} is given twice; give each track once")
        given.add(track)
        default = by_track.get(track)
        if weight is None:
            if default is None:
                raise InvalidInput(
                    f"a '{measure_type}' measure has no default weight on {track}; "
                    f"give one as {track}:WEIGHT"
                )
            chosen[track] = default
            continue
        if default is not None and default.weight != weight and not _reason(reason):
            raise InvalidInput(
                f"the default weight of a '{measure_type}' measure on {track} is "
                f"{weight_text(default.weight)}; say why this one differs with --effect-reason"
            )
        chosen[track] = Effect(track, weight, "declared", _reason(reason))
    return check_effects(list(chosen.values()), tracks)


def amended_effects(
    ctx: Context, m: Measure, effects: Sequence[str], reason: str | None
) -> list[Event]:
    """The record entry of track effects given with an amendment of `m` (as at proposal: a
    weight that differs from the type's default needs a reason; a track not given keeps its
    weight), or none if they are the effects `m` has (no change)."""
    store = Pacing(ctx.uow.conn)
    before = store.effects([m.id]).get(m.id, [])
    defaults = store.defaults(m.type).get(m.type, [])
    final = _chosen(store, m.type, defaults, before, effects, reason)
    kept = {(e.track, e.weight): e for e in before}
    final = [kept.get((e.track, e.weight), e) for e in final]
    if [(e.track, e.weight) for e in final] == [(e.track, e.weight) for e in before]:
        return []
    return [_effects_set(m.id, final, m.proposer)]


def change_effects(
    app: App,
    measure_id: int,
    user_name: str,
    effects: Sequence[str],
    reason: str | None,
    *,
    at: datetime | None = None,
) -> JSONDict:
    """New weights for a draft, by its party, always with a reason. Once notified, the
    partners are consulted on them: a change is an amendment (`amend_measure(effects=…)`)."""
    from tandem.domain.parties import Action

    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = ctx.measure(measure_id)
        user.require(Action.AMEND, m.proposer)
        if m.status in (Status.EXECUTED, Status.WITHDRAWN):
            raise InvalidTransition(
                f"{_label(m)} is {m.status.value}; its weights no longer change (an executed "
                "measure was counted on its date: record a correction as a step)"
            )
        may_change_effects(m)
        if not effects:
            raise InvalidInput("give the new weights with --effect TRACK:WEIGHT")
        if not _reason(reason):
            raise InvalidInput(
                "say why the weights change with --effect-reason; the reason is kept in the record"
            )
        store = Pacing(ctx.uow.conn)
        tracks = [t.id for t in store.tracks()]
        before = store.effects([m.id]).get(m.id, [])
        chosen = {e.track: e for e in before}
        given: set[str] = set()
        for text in effects:
            track, weight = parse_effect(text)
            known_track(track, tracks)
            if weight is None:
                raise InvalidInput(f"give the new weight on {track} as {track}:WEIGHT")
            if track in given:
                raise InvalidInput(f"the track {track} is given twice; give each track once")
            given.add(track)
            chosen[track] = Effect(track, weight, "declared", _reason(reason))
        final = check_effects(list(chosen.values()), tracks)
        if [(e.track, e.weight) for e in final] == [(e.track, e.weight) for e in before]:
            raise InvalidInput(f"nothing to change: {_label(m)} already has these weights")
        payload = {"measure": m.id, "effects": [e.to_json() for e in final]}
        ctx.record([Event("pace.effects_set", m.subject, payload, m.proposer)], user.name)
        return payload


def _label(m: Measure) -> str:
    return f"measure {m.id} ({m.title})"


def _effects_text(effects: Iterable[Effect]) -> str:
    return ", ".join(
        f"{e.track} {'+' if e.weight > 0 else ''}{weight_text(e.weight)}" for e in effects
    )


def _counted(
    ctx: Context,
    subject: str,
    on: date,
    effects: list[Effect],
    actor: str,
    what: str,
    measure: int | None,
) -> list[Event]:
    """A step on the tracks, and an outpacing alert for each rule it takes out of tolerance."""
    if not effects:
        return []
    b = book(ctx)
    before = b.indices(on)
    after = b.indices(on, effects)
    events = [
        Event(
            "pace.counted",
            subject,
            {"on": on.isoformat(), "effects": [e.to_json() for e in effects]},
            party=actor,
        )
    ]
    for rule, gap in crossed(b.rules, before, after):
        lead = f"{rule.ahead} leads {rule.behind} by {weight_text(round(gap * 10))}"
        if gap < 0:
            lead = f"{rule.ahead} trails {rule.behind} by {weight_text(round(-gap * 10))}"
        events.append(
            raise_alert(
                ctx.next_id("alert"),
                AlertKind.OUTPACING,
                actor,
                [p.code for p in ctx.group.parties],
                f"after {what} on {on} ({_effects_text(effects)}), {lead}: out of rule "
                f"{rule.id}, {rule.says()}",
                measure=measure,
            )
        )
    return events


def on_execute(
    ctx: Context, m: Measure, events: list[Event], hooked: Hooked | None = None
) -> list[Event]:
    """An execution counts the measure's effects on its date and may raise outpacing alerts.

    `hooked`, when given, was read in this transaction: a measure without effects reads
    nothing more."""
    executed = next((e for e in events if e.kind == "measure.executed"), None)
    if executed is None or (hooked is not None and not hooked.paced):
        return events
    effects = Pacing(ctx.uow.conn).effects([m.id]).get(m.id, [])
    on = date.fromisoformat(executed.payload["on"])
    return events + _counted(
        ctx, m.subject, on, effects, m.proposer, f"{m.proposer} executed {_label(m)}", m.id
    )


def on_observe(
    ctx: Context,
    events: list[Event],
    effects: Sequence[str] | None,
    cameo: str | None,
    reason: str | None,
) -> list[Event]:
    """An observed action moves the tracks it names: by its CAMEO code's Goldstein weight,
    or by the weight given (which, when it differs from the CAMEO weight, needs a reason)."""
    if not effects and cameo is None:
        return events
    observed = events[0]
    p = observed.payload
    if effects is None:
        effects = []
    tracks = [t.id for t in Pacing(ctx.uow.conn).tracks()]
    scale = cameo_weight(cameo) if cameo is not None else None
    if not effects:
        raise InvalidInput(
            "--cameo gives the weight; name the track it moves with --effect TRACK, "
            "e.g. --effect denuclearization"
        )
    chosen: list[Effect] = []
    for text in effects:
        track, weight = parse_effect(text)
        known_track(track, tracks)
        if weight is None:
            if scale is None:
                raise InvalidInput(
                    f"give the weight on {track} as {track}:WEIGHT, or a --cameo code"
                )
            chosen.append(Effect(track, scale[1], f"cameo {cameo}"))
        elif scale is not None and weight != scale[1]:
            if not _reason(reason):
                raise InvalidInput(
                    f"CAMEO {cameo} ({scale[0]}) weighs {weight_text(scale[1])} on the Goldstein "
                    f"scale; say why this action weighs {weight_text(weight)} with --effect-reason"
                )
            chosen.append(Effect(track, weight, "declared", _reason(reason)))
        else:
            chosen.append(
                Effect(track, weight, f"cameo {cameo}" if scale else "declared", _reason(reason))
            )
    chosen = check_effects(chosen, tracks)
    on = date.fromisoformat(p["on"])
    if observed.kind == "pace.counted":
        what = f"{p['actor']}: {p['action']} (step {p['id']})"
    else:
        seen = f"seen by {observed.party} (observed {p['id']}: {p['action']})"
        what = f"an action of {p['actor']} {seen}"
    return events + _counted(ctx, observed.subject, on, chosen, p["actor"], what, None)


def record_step(
    app: App,
    user_name: str,
    *,
    actor: str,
    action: str,
    on: date,
    effects: Sequence[str],
    cameo: str | None = None,
    effect_reason: str | None = None,
    source: str | None = None,
    at: datetime | None = None,
) -> JSONDict:
    """A step on the tracks by anyone, from a public source: the counterpart's actions, a
    summit, a sanctions decision, or history replayed. It raises no `unnotified` alert (a
    party's own unnotified action is `tandem observe`), only `outpacing` when it crosses."""
    import re

    from tandem.domain.measures import check_text
    from tandem.domain.parties import Action

    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        user.require(Action.OBSERVE)
        actor = actor.strip().upper()
        if not re.fullmatch(r"[A-Z]{2,4}(\+[A-Z]{2,4})?", actor):
            raise InvalidInput(
                "an actor is a code such as PRK, or two joined by '+' such as KOR+PRK, "
                f"not '{actor}'"
            )
        action = check_text(action.strip(), "action")
        if not action:
            raise InvalidInput("say what happened with --action")
        source = check_text((source or "").strip(), "source") or None
        if on > _today(ctx):
            raise InvalidInput(f"a step happened on or before today ({_today(ctx)}), not {on}")
        step_id = ctx.next_id("step")
        event = Event(
            "pace.counted",
            f"step:{step_id}",
            {
                "id": step_id,
                "actor": actor,
                "action": action,
                "on": on.isoformat(),
                "source": source,
            },
            party=user.party,
        )
        events = on_observe(ctx, [event], effects, cameo, effect_reason)
        if len(events) == 1:
            raise InvalidInput("a step moves at least one track: give --effect TRACK:WEIGHT")
        counted = events[1]
        merged = Event(
            "pace.counted",
            event.subject,
            {**event.payload, "effects": counted.payload["effects"]},
            party=user.party,
        )
        ctx.record([merged, *events[2:]], user.name)
        return {**merged.payload, "alerts": [e.payload["id"] for e in events[2:]]}


# What-if --------------------------------------------------------------------------------------


def _pending(ctx: Context, store: Pacing) -> list[int]:
    """Measures cleared but not executed, as of the clock (a window may have closed unrecorded)."""
    ids = set(store.cleared_ids())
    stale = ctx.uow.measures.stale(ctx.now)
    if stale:
        for m in ctx.uow.measures.find(ids=stale):
            if ctx.as_of_clock(m).status is Status.CLEARED:
                ids.add(m.id)
    return sorted(ids)


def _what_if(ctx: Context, m: Measure, b: Book) -> JSONDict:
    if m.status is Status.WITHDRAWN:
        raise InvalidTransition(
            f"{_label(m)} was withdrawn and will not be executed, so it has no what-if; "
            "propose it again to ask"
        )
    store = Pacing(ctx.uow.conn)
    ids = [i for i in _pending(ctx, store) if i != m.id]
    if m.status is not Status.EXECUTED:
        ids = sorted([*ids, m.id])
    by_measure = store.effects(ids)
    on = m.planned or _today(ctx)
    extra = [e for i in ids for e in by_measure.get(i, [])]
    after = b.indices(on, extra)
    out = b.view(on.isoformat(), after)
    out["breach"] = any(breached for *_, breached in gaps(b.rules, after))
    out["measure"] = m.id
    out["counted"] = [i for i in ids if i in by_measure]
    return out


def what_if(app: App, measure_id: int) -> JSONDict:
    """The rules on the measure's planned date (today when it has none) if it and every
    cleared measure not yet executed were executed; reads only."""
    with reading(app) as ctx:
        m = ctx.as_of_clock(ctx.measure(measure_id))
        out = _what_if(ctx, m, book(ctx, cached=True))
        out["notes"] = [
            {"id": i, "at": iso(at), "text": text}
            for i, at, text in Pacing(ctx.uow.conn).notes(m.id)
        ]
        return out


def on_amend(ctx: Context, m: Measure, events: list[Event]) -> list[Event]:
    """An amendment that opens a new window is a new notification: once it is recorded (`m`
    is the new version, with any effects given with it recorded), the same note if the
    what-if of the new version (on its planned date, with its effects) breaches a rule."""
    amended = next((e for e in events if e.kind == "measure.amended"), None)
    if amended is None or amended.payload.get("deadline") is None:
        return []
    assert m.version == amended.payload["version"], "noted after the amendment is recorded"
    return on_notify(ctx, m)


def on_notify(ctx: Context, m: Measure, hooked: Hooked | None = None) -> list[Event]:
    """A note in the consultation, read by every party, when the what-if of a measure that
    moves a track breaches a rule (a measure that moves none leaves the pace as it is).

    `hooked`, when given, was read in this transaction and says whether it moves one."""
    if hooked is not None and not hooked.paced:
        return []
    if hooked is None and not Pacing(ctx.uow.conn).effects([m.id]):
        return []
    b = book(ctx)
    if not b.rules:
        return []
    result = _what_if(ctx, m, b)
    if not result["breach"]:
        return []
    out = [r for r in result["rules"] if r["state"] != "in_step"]
    rules = {r.id: r for r in b.rules}
    said = "; ".join(
        f"{r['ahead']} would be {r['state']} {r['behind']} with a gap of {r['gap']:g} "
        f"(rule {r['id']}: {rules[r['id']].says()})"
        for r in out
        if rules[r["id"]].breached(r["gap"])
    )
    others = [i for i in result["counted"] if i != m.id]
    pending = f" and the cleared measures {', '.join(map(str, others))}" if others else ""
    text = (
        f"Pacing: if {_label(m)}{pending} were executed on {result['at']}, {said}. "
        "See `tandem pace --what-if " + str(m.id) + "`."
    )
    note_id = ctx.next_id("pace_note")
    return [Event("pace.noted", m.subject, {"id": note_id, "measure": m.id, "text": text}, None)]


# The pace now and over time -------------------------------------------------------------------


def pace(app: App, *, as_of: datetime | None = None) -> JSONDict:
    """Each track's index and each rule's gap and state at the clock (or `as_of`)."""
    with reading(app) as ctx:
        when = as_of or ctx.now
        b = book(ctx, cached=True)
        return b.view(iso(when), b.indices(when.astimezone(UTC).date()))


def _days(first: date, last: date, points: int) -> list[date]:
    if last <= first:
        return [last]
    span = (last - first).days
    n = min(points, span + 1)
    return sorted({first + timedelta(days=round(i * span / (n - 1))) for i in range(n)})


def history(app: App, *, as_of: datetime | None = None, points: int = 32) -> JSONDict:
    """The indices and gaps from the first step to `as_of`, at up to `points` dates, and the
    steps themselves: what sparklines and the chart draw."""
    if not 2 <= points <= 5000:
        raise InvalidInput(f"a history has 2 to 5000 points, not {points}")
    with reading(app) as ctx:
        when = (as_of or ctx.now).astimezone(UTC).date()
        b = book(ctx, cached=True)
        steps = Pacing(ctx.uow.conn).steps()
        first = min((s[2] for s in steps), default=when) - timedelta(days=1)
        days = _days(min(first, when - timedelta(days=30)), when, points)
        rows = [b.indices(d) for d in days]
        return {
            "days": [d.isoformat() for d in days],
            "tracks": [
                {"id": t.id, "name": t.name, "index": [_num(r[t.id]) for r in rows]}
                for t in b.tracks
            ],
            "rules": [
                {
                    **rule_view(rule),
                    "gap": [_num(g) for g in (gaps([rule], r)[0][1] for r in rows)],
                }
                for rule in b.rules
            ],
            "steps": [
                {"subject": s, "track": tr, "on": on.isoformat(), "weight": _num(w / 10)}
                for s, tr, on, w in steps
                if on <= when
            ],
        }


def chart(app: App, fmt: str = "svg", *, as_of: datetime | None = None) -> bytes:
    """Both tracks over time with each rule's tolerance band and the steps marked."""
    from tandem.services.pace_chart import render

    if fmt not in ("svg", "png"):
        raise InvalidInput(f"a chart is an .svg or a .png file, not .{fmt}")
    return render(history(app, as_of=as_of, points=400), fmt)


def chart_svg(app: App, *, as_of: datetime | None = None) -> str:
    """The chart as SVG text, for pages that embed it (the web UI, briefings)."""
    return chart(app, "svg", as_of=as_of).decode("utf-8")


__all__ = [
    "DEFAULT_TRACKS",
    "add_rule",
    "add_track",
    "change_effects",
    "chart",
    "chart_svg",
    "configure",
    "history",
    "list_rules",
    "list_tracks",
    "pace",
    "set_default",
    "what_if",
]
