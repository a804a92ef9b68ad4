"""Pacing: an index per track, tandem rules between tracks, and what-ifs (docs/pacing.md).

Weights are exact: a weight or a tolerance is held as an integer number of tenths (the
Goldstein scale has one decimal), and the record stores it as decimal text, never as a
floating-point number. Only a half-life makes an index inexact: old steps then fade by
2^(-age/half-life), computed in floating point.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from tandem.domain.errors import Conflict, InvalidInput, NotFound

MAX_WEIGHT = 100
"""The largest weight, in tenths: the Goldstein scale runs from -10 to +10."""
MAX_TOLERANCE = 1000
"""The largest tolerance of a rule, in tenths (100 points of index)."""
MAX_HALF_LIFE = 36_500
"""A half-life of up to a hundred years, in days."""
_NUMBER = re.compile(r"^[+-]?[0-9]{1,6}(\.[0-9]{1,12})?$")
"""A weight or tolerance as people write it: +3, -2.5, 10 (no exponent, no thousands)."""
TRACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
MAX_TRACK_NAME = 200


class State(StrEnum):
    IN_STEP = "in_step"
    OUTPACING = "outpacing"
    LAGGING = "lagging"


@dataclass(frozen=True)
class Track:
    id: str
    name: str


@dataclass(frozen=True)
class Rule:
    """`ahead` may not lead `behind` by more than `tolerance` (tenths); a band also bounds
    the other way round."""

    id: int
    ahead: str
    behind: str
    tolerance: int
    band: bool = False

    def state(self, gap: float) -> State:
        """Outpacing above the tolerance; lagging when behind by more than its size."""
        t = self.tolerance / 10
        if gap > t + 1e-9:
            return State.OUTPACING
        if gap < -abs(t) - 1e-9:
            return State.LAGGING
        return State.IN_STEP

    def breached(self, gap: float) -> bool:
        """Out of tolerance: outpacing always, lagging only for a band."""
        s = self.state(gap)
        return s is State.OUTPACING or (self.band and s is State.LAGGING)

    def says(self) -> str:
        t = weight_text(self.tolerance)
        if self.band:
            return f"{self.ahead} and {self.behind} stay within {t} of each other"
        return f"{self.ahead} may not lead {self.behind} by more than {t}"

    def bounds(self) -> list[tuple[str, str, int]]:
        """The difference constraints the rule sets: index(a) - index(b) <= t."""
        out = [(self.ahead, self.behind, self.tolerance)]
        if self.band:
            out.append((self.behind, self.ahead, self.tolerance))
        return out


@dataclass(frozen=True)
class Effect:
    """A measure's or an observed action's expected move of one track."""

    track: str
    weight: int
    """Tenths, from -100 to +100."""
    source: str = "declared"
    """`declared` (by a person), `default` (of the measure type) or `cameo CODE`."""
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "track": self.track,
            "weight": weight_text(self.weight),
            "source": self.source,
            "reason": self.reason,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Effect:
        return cls(data["track"], tenths(data["weight"]), data["source"], data.get("reason"))


# Parsing and checking --------------------------------------------------------------------


def tenths(text: str | int | float | Decimal) -> int:
    """A number with at most one decimal, as tenths: '3.4' -> 34, '+3' -> 30."""
    shown = str(text)[:40]
    plain = str(text).strip()
    if not _NUMBER.match(plain):
        raise InvalidInput(f"'{shown}' is not a number; write a weight such as +3, -2.5 or 0")
    scaled = Decimal(plain) * 10
    if scaled != scaled.to_integral_value():
        raise InvalidInput(f"'{shown}' has more than one decimal; weights are kept to tenths")
    return int(scaled)


def weight_text(value: int) -> str:
    """Tenths as the shortest decimal text: 34 -> '3.4', 30 -> '3', -5 -> '-0.5'."""
    sign = "-" if value < 0 else ""
    whole, tenth = divmod(abs(value), 10)
    return f"{sign}{whole}" + (f".{tenth}" if tenth else "")


def parse_weight(text: str | int | float, what: str = "a weight") -> int:
    value = tenths(text)
    if not -MAX_WEIGHT <= value <= MAX_WEIGHT:
        raise InvalidInput(
            f"{what} is between -10 and +10 (the Goldstein scale), not {text}; "
            "scale it down to that range"
        )
    return value


def parse_tolerance(text: str | int | float) -> int:
    value = tenths(text)
    if not -MAX_TOLERANCE <= value <= MAX_TOLERANCE:
        raise InvalidInput(f"a tolerance is between -100 and 100, not {text}")
    return value


def parse_effect(text: str) -> tuple[str, int | None]:
    """`TRACK:WEIGHT` (e.g. `inter-korean:+3`), or `TRACK` alone to take a default weight."""
    track, sep, weight = text.strip().partition(":")
    track = track.strip().lower()
    if not track:
        raise InvalidInput(f"'{text}' names no track; write TRACK:WEIGHT, e.g. inter-korean:+3")
    if not sep:
        return track, None
    return track, parse_weight(weight, f"the weight of {track}")


def check_track_id(track_id: str) -> str:
    track_id = track_id.strip().lower()
    if not TRACK_ID.match(track_id):
        raise InvalidInput(
            f"a track is named by a short slug such as 'inter-korean' (lower-case letters, "
            f"digits and '-', at most 40), not '{track_id}'"
        )
    return track_id


def check_track_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidInput("a track needs a name (--name), e.g. 'Inter-Korean exchanges'")
    if len(name) > MAX_TRACK_NAME or "\x00" in name:
        raise InvalidInput(f"a track's name has at most {MAX_TRACK_NAME} characters and no NUL")
    return name


def known_track(track_id: str, tracks: Iterable[str]) -> str:
    ids = list(tracks)
    if track_id not in ids:
        listed = ", ".join(ids) if ids else "none yet (add one with `tandem track add`)"
        raise NotFound(f"there is no track '{track_id}'; the tracks are {listed}")
    return track_id


def check_effects(effects: Sequence[Effect], tracks: Iterable[str]) -> list[Effect]:
    """Each effect on a known track, each track once, each weight in range."""
    ids = list(tracks)
    seen: set[str] = set()
    for e in effects:
        known_track(e.track, ids)
        if e.track in seen:
            raise InvalidInput(f"the track {e.track} is given twice; give each track once")
        seen.add(e.track)
        if not -MAX_WEIGHT <= e.weight <= MAX_WEIGHT:
            raise InvalidInput(f"the weight of {e.track} is between -10 and +10")
    return sorted(effects, key=lambda e: e.track)


def check_half_life(days: int | None) -> int | None:
    if days is not None and not 1 <= days <= MAX_HALF_LIFE:
        raise InvalidInput(
            f"a half-life is from 1 to {MAX_HALF_LIFE} days, not {days}; "
            "give none for steps that never fade"
        )
    return days


def check_rule(rule: Rule, rules: Sequence[Rule], tracks: Iterable[str]) -> None:
    """Refuse a rule on itself, on an unknown track, on a bound already set, or one that no
    indices could satisfy together with the rules there are."""
    ids = list(tracks)
    known_track(rule.ahead, ids)
    known_track(rule.behind, ids)
    if rule.ahead == rule.behind:
        raise InvalidInput(
            f"a rule compares two tracks; '{rule.ahead}' against itself says nothing"
        )
    if rule.band and rule.tolerance < 0:
        raise InvalidInput("a band's tolerance is 0 or more: two tracks cannot each lead the other")
    for old in rules:
        for a, b, _ in old.bounds():
            for na, nb, _ in rule.bounds():
                if (a, b) == (na, nb):
                    raise Conflict(
                        f"rule {old.id} already says how far {a} may lead {b} ({old.says()}); "
                        "one bound per pair of tracks"
                    )
    cycle = negative_cycle([*rules, rule])
    if cycle:
        raise InvalidInput(
            "this rule contradicts the others: no indices could satisfy "
            + " and ".join(r.says() for r in cycle)
            + " at once; loosen a tolerance"
        )


def negative_cycle(rules: Sequence[Rule]) -> list[Rule]:
    """The rules of a cycle of bounds whose tolerances sum below 0, if any (Bellman-Ford).

    Each bound index(a) - index(b) <= t is an edge b -> a of length t; the bounds can hold
    together exactly when no cycle has a negative length.
    """
    edges = [(b, a, t, r) for r in rules for a, b, t in r.bounds()]
    nodes = sorted({n for e in edges for n in e[:2]})
    dist = dict.fromkeys(nodes, 0)
    via: dict[str, tuple[str, Rule]] = {}
    last = None
    for _ in range(len(nodes)):
        last = None
        for b, a, t, r in edges:
            if dist[b] + t < dist[a]:
                dist[a] = dist[b] + t
                via[a] = (b, r)
                last = a
        if last is None:
            return []
    assert last is not None
    node = last
    for _ in range(len(nodes)):
        node = via[node][0]
    cycle: list[Rule] = []
    start = node
    while True:
        prev, r = via[node]
        if r not in cycle:
            cycle.append(r)
        node = prev
        if node == start:
            break
    return sorted(cycle, key=lambda r: r.id)


# The index -------------------------------------------------------------------------------


def fade(days: int, half_life: int | None) -> float:
    """How much of a step is left after `days`: 1 without a half-life."""
    if half_life is None or days <= 0:
        return 1.0
    return float(2.0 ** (-days / half_life))


def index(steps: Iterable[tuple[date, int]], at: date, half_life: int | None = None) -> float:
    """The index of one track at `at`: the sum of the weights of its steps dated on or
    before `at`, each faded by 2^(-age in days / half-life) when there is a half-life."""
    if half_life is None:
        return sum(w for on, w in steps if on <= at) / 10
    return math.fsum(w * fade((at - on).days, half_life) for on, w in steps if on <= at) / 10


def gaps(
    rules: Sequence[Rule], indices: Mapping[str, float]
) -> list[tuple[Rule, float, State, bool]]:
    """Each rule with its gap (ahead minus behind), its state and whether it is breached."""
    out = []
    for r in rules:
        gap = round(indices.get(r.ahead, 0.0) - indices.get(r.behind, 0.0), 6)
        out.append((r, gap, r.state(gap), r.breached(gap)))
    return out


def crossed(
    rules: Sequence[Rule], before: Mapping[str, float], after: Mapping[str, float]
) -> list[tuple[Rule, float]]:
    """The rules that a change takes out of tolerance (in tolerance before, not after)."""
    was = {r.id: breached for r, _, _, breached in gaps(rules, before)}
    return [(r, gap) for r, gap, _, breached in gaps(rules, after) if breached and not was[r.id]]


@dataclass
class Series:
    """One track's steps as daily sums in date order, with running totals: the index at any
    date is one binary search (no half-life) or one pass over the days (a half-life)."""

    days: list[date] = field(default_factory=list)
    sums: list[int] = field(default_factory=list)
    running: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, daily: Iterable[tuple[date, int]]) -> Series:
        s = cls()
        merged: dict[date, int] = {}
        for on, w in daily:
            merged[on] = merged.get(on, 0) + w
        total = 0
        for on in sorted(merged):
            total += merged[on]
            s.days.append(on)
            s.sums.append(merged[on])
            s.running.append(total)
        return s

    def at(self, when: date, half_life: int | None = None) -> float:
        n = bisect_right(self.days, when)
        if half_life is None:
            return (self.running[n - 1] if n else 0) / 10
        return index(zip(self.days[:n], self.sums[:n], strict=True), when, half_life)


class PaceState:
    """The index of every track kept up to date one step at a time.

    Per track it holds the faded sum at a reference day (the latest step's), so adding a
    step and reading the index on or after that day are O(1) whatever the history's length;
    a what-if adds the measures' weights on its date to that. Reading a date before the
    latest step needs the history (`Series`).
    """

    def __init__(self, half_life: int | None = None) -> None:
        self.half_life = half_life
        self.total: dict[str, float] = {}
        self.exact: dict[str, int] = {}
        self.ref: dict[str, date] = {}

    def add(self, track: str, on: date, weight: int) -> None:
        if self.half_life is None:
            self.exact[track] = self.exact.get(track, 0) + weight
            ref = self.ref.get(track)
            if ref is None or on > ref:
                self.ref[track] = on
            return
        ref = self.ref.get(track)
        if ref is None:
            self.total[track], self.ref[track] = float(weight), on
        elif on >= ref:
            self.total[track] = self.total[track] * fade((on - ref).days, self.half_life) + weight
            self.ref[track] = on
        else:
            self.total[track] += weight * fade((ref - on).days, self.half_life)

    def index(self, track: str, at: date) -> float:
        ref = self.ref.get(track)
        if ref is None:
            return 0.0
        if at < ref:
            raise ValueError("PaceState reads the index on or after its latest step only")
        if self.half_life is None:
            return self.exact[track] / 10
        return self.total[track] * fade((at - ref).days, self.half_life) / 10

    def indices(self, tracks: Iterable[str], at: date) -> dict[str, float]:
        return {t: self.index(t, at) for t in tracks}

    def what_if(
        self, tracks: Iterable[str], at: date, effects: Iterable[Effect]
    ) -> dict[str, float]:
        """The indices on `at` if the effects were counted on that day; nothing changes."""
        out = self.indices(tracks, at)
        for e in effects:
            out[e.track] = out.get(e.track, 0.0) + e.weight / 10
        return out


def sparkline(values: Sequence[float]) -> str:
    """A compact line of block characters for the terminal."""
    bars = "▁▂▃▄▅▆▇█"
    if not values:
        return ""
    low, high = min(values), max(values)
    if high - low < 1e-9:
        return bars[0] * len(values)
    return "".join(bars[round((v - low) / (high - low) * (len(bars) - 1))] for v in values)
