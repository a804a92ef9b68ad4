"""The pacing formula and rules (docs/pacing.md), on cases computed by hand and properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tandem.domain.errors import Conflict, InvalidInput, NotFound
from tandem.domain.pacing import (
    Effect,
    PaceState,
    Rule,
    Series,
    State,
    check_rule,
    crossed,
    gaps,
    index,
    parse_effect,
    parse_tolerance,
    parse_weight,
    sparkline,
    weight_text,
)

D0 = date(2018, 4, 27)
TRACKS = ("denuclearization", "inter-korean", "sanctions")


# Hand-computed cases ----------------------------------------------------------------------


def test_index_without_half_life_is_the_sum_up_to_the_date() -> None:
    # The worked example of docs/pacing.md: +8 on 27 Apr, +3 on 1 Jun, -2.5 on 4 Jul.
    steps = [(D0, 80), (date(2018, 6, 1), 30), (date(2018, 7, 4), -25)]
    assert index(steps, date(2018, 4, 26)) == 0.0
    assert index(steps, D0) == 8.0
    assert index(steps, date(2018, 6, 30)) == 11.0
    assert index(steps, date(2018, 12, 31)) == 8.5


def test_index_with_half_life_fades_each_step() -> None:
    # Half-life 30 days. On 26 Jun: +8 is 60 days old (a quarter left: 2), +3 is 25 days
    # old (3 * 2^(-25/30) = 1.6837...). Sum 3.6837...
    steps = [(D0, 80), (date(2018, 6, 1), 30)]
    assert index(steps, date(2018, 6, 26), half_life=30) == pytest.approx(2 + 3 * 2 ** (-25 / 30))
    assert index(steps, D0 + timedelta(days=30), half_life=30) == pytest.approx(4.0)
    assert index(steps, D0, half_life=30) == 8.0
    third = [*steps, (date(2018, 7, 4), -25)]
    expected = 8 * 2 ** (-248 / 30) + 3 * 2 ** (-213 / 30) - 2.5 * 2 ** (-180 / 30)
    assert index(third, date(2018, 12, 31), half_life=30) == pytest.approx(expected)
    assert round(expected, 3) == 0.009


def test_gap_and_state_of_a_rule() -> None:
    rule = Rule(1, "inter-korean", "denuclearization", 100)
    assert rule.state(10.0) is State.IN_STEP and not rule.breached(10.0)
    assert rule.state(10.5) is State.OUTPACING and rule.breached(10.5)
    assert rule.state(-11) is State.LAGGING and not rule.breached(-11)
    band = Rule(2, "inter-korean", "denuclearization", 50, band=True)
    assert band.breached(-5.5) and band.breached(5.5) and not band.breached(-5)
    [(_, gap, state, breached)] = gaps([rule], {"inter-korean": 14.0, "denuclearization": 3.5})
    assert (gap, state, breached) == (10.5, State.OUTPACING, True)


def test_crossing_is_reported_once() -> None:
    rule = Rule(1, "inter-korean", "denuclearization", 100)
    assert crossed([rule], {"inter-korean": 9}, {"inter-korean": 11}) == [(rule, 11)]
    assert crossed([rule], {"inter-korean": 11}, {"inter-korean": 12}) == []


def test_weights_are_tenths_and_kept_in_range() -> None:
    assert parse_weight("+3") == 30 and parse_weight("-2.5") == -25 and parse_weight("10") == 100
    assert weight_text(34) == "3.4" and weight_text(-5) == "-0.5" and weight_text(100) == "10"
    assert parse_effect("Inter-Korean:+3") == ("inter-korean", 30)
    assert parse_effect("inter-korean") == ("inter-korean", None)
    for bad in ("10.1", "-11", "1.25", "x", "nan", "inf"):
        with pytest.raises(InvalidInput):
            parse_weight(bad)
    assert parse_tolerance("-3") == -30


def test_rules_on_themselves_duplicates_and_contradictions_are_refused() -> None:
    existing = [Rule(1, "inter-korean", "denuclearization", 100)]
    with pytest.raises(InvalidInput, match="against itself"):
        check_rule(Rule(2, "inter-korean", "inter-korean", 10), existing, TRACKS)
    with pytest.raises(NotFound, match="no track"):
        check_rule(Rule(2, "inter-korean", "nowhere", 10), existing, TRACKS)
    with pytest.raises(Conflict, match="rule 1"):
        check_rule(Rule(2, "inter-korean", "denuclearization", 50), existing, TRACKS)
    with pytest.raises(Conflict, match="rule 1"):
        check_rule(Rule(2, "denuclearization", "inter-korean", 50, band=True), existing, TRACKS)
    # The other way round is a separate bound, and fine while the pair of tolerances is >= 0.
    check_rule(Rule(2, "denuclearization", "inter-korean", -100), existing, TRACKS)
    with pytest.raises(InvalidInput, match="contradicts"):
        check_rule(Rule(2, "denuclearization", "inter-korean", -101), existing, TRACKS)
    # A cycle over three tracks whose tolerances sum below zero.
    chain = [*existing, Rule(2, "denuclearization", "sanctions", -40)]
    with pytest.raises(InvalidInput, match="contradicts"):
        check_rule(Rule(3, "sanctions", "inter-korean", -70), chain, TRACKS)
    with pytest.raises(InvalidInput, match="band"):
        check_rule(Rule(3, "sanctions", "inter-korean", -1, band=True), chain, TRACKS)


def test_sparkline() -> None:
    assert sparkline([0, 5, 10]) == "▁▅█"
    assert sparkline([3, 3]) == "▁▁"


# Properties -------------------------------------------------------------------------------

days = st.integers(min_value=0, max_value=800).map(lambda n: D0 + timedelta(days=n))
weights = st.integers(min_value=-100, max_value=100)
steps = st.lists(st.tuples(days, weights), max_size=40)
half_lives = st.one_of(st.none(), st.integers(min_value=1, max_value=400))


@given(steps, steps, days, half_lives)
def test_the_index_is_additive_in_events(
    a: list[tuple[date, int]], b: list[tuple[date, int]], at: date, half_life: int | None
) -> None:
    whole = index(a + b, at, half_life)
    assert whole == pytest.approx(index(a, at, half_life) + index(b, at, half_life), abs=1e-9)


@given(steps, days, days, half_lives)
def test_a_weight_0_event_changes_nothing(
    a: list[tuple[date, int]], on: date, at: date, half_life: int | None
) -> None:
    assert index([*a, (on, 0)], at, half_life) == index(a, at, half_life)
    assert Series.of([*a, (on, 0)]).at(at, half_life) == pytest.approx(
        Series.of(a).at(at, half_life), abs=1e-9
    )


@given(steps, half_lives, st.integers(min_value=0, max_value=60))
def test_incremental_state_agrees_with_the_formula(
    a: list[tuple[date, int]], half_life: int | None, later: int
) -> None:
    state = PaceState(half_life)
    for on, w in a:
        state.add("t", on, w)
    last = max((on for on, _ in a), default=D0)
    at = last + timedelta(days=later)
    assert state.index("t", at) == pytest.approx(index(a, at, half_life), abs=1e-9)
    assert Series.of(a).at(at, half_life) == pytest.approx(index(a, at, half_life), abs=1e-9)


@given(steps, st.lists(st.tuples(st.sampled_from(TRACKS), weights), max_size=5))
def test_a_what_if_never_changes_the_state(
    a: list[tuple[date, int]], extra: list[tuple[str, int]]
) -> None:
    state = PaceState(None)
    for on, w in a:
        state.add("inter-korean", on, w)
    at = max((on for on, _ in a), default=D0)
    before = state.indices(TRACKS, at)
    effects = [Effect(t, w) for t, w in extra]
    after = state.what_if(TRACKS, at, effects)
    assert state.indices(TRACKS, at) == before
    for t in TRACKS:
        assert after[t] == pytest.approx(before[t] + sum(w for x, w in extra if x == t) / 10)
