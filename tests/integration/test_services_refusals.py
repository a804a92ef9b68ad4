"""Bad input: every refused action raises the right error, says why, and writes nothing.

One working group per database serves every case (refusals write nothing, and each case
checks exactly that). Its clock stands past a window's deadline and an acknowledgement's
due time that no write has recorded yet, as a real clock would after time passed: so each
refused write also proves that what its settling step recorded was rolled back with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from service_support import at, refused, snapshot

from tandem.domain.errors import (
    ClockError,
    Conflict,
    InvalidInput,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    TandemError,
)
from tandem.domain.measures import Stance, parse_stance
from tandem.domain.parties import Party, Role, parse_role
from tandem.services import clock, group, measures, observations
from tandem.services.context import App
from tandem.store.unit_of_work import unit_of_work


@dataclass(frozen=True)
class World:
    app: App
    draft: int
    open: int  # in consultation, USA acknowledged and extended its window
    cleared: int
    executed: int
    withdrawn: int
    late: int  # its window closed at 2018-11-21 18:00 KST; nothing has recorded that yet


def _build(app: App) -> World:
    group.configure_windows(app, measure_type="short", window_days=1, at=at("2018-11-19T00:30Z"))

    def propose(title: str, measure_type: str = "general") -> int:
        return int(
            measures.propose_measure(
                app, "kim", title, measure_type=measure_type, at=at("2018-11-19T01:00Z")
            )["id"]
        )

    draft = propose("A draft")
    open_, cleared, executed, withdrawn = (propose(t) for t in ("Open", "Cleared", "Done", "Off"))
    late = propose("Late", "short")
    for mid in (open_, cleared, executed, late):
        measures.notify_measure(app, mid, "kor", at=at("2018-11-20T01:00Z"))
    measures.record_position(app, open_, "smith", Stance.EXTENSION, reason="Need time.")
    for mid in (cleared, executed):
        measures.record_position(app, mid, "smith", Stance.SUPPORT, at=at("2018-11-20T03:00Z"))
    measures.execute_measure(app, executed, "kor", at=at("2018-11-20T04:00Z"))
    measures.withdraw_measure(app, withdrawn, "kor")
    # Time passes, as on a real clock: nothing records the closing of `late` or its
    # overdue acknowledgement until the next write.
    with unit_of_work(app.db, write=True) as uow:
        uow.settings.set("clock_now", "2018-11-23T00:00:00Z")
    assert measures.show_measure(app, late)["status"] == "cleared"
    assert len(observations.list_alerts(app, kind="unacknowledged")) == 1
    return World(app, draft, open_, cleared, executed, withdrawn, late)


@pytest.fixture(
    scope="module",
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ],
)
def world(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    group_builder: Callable[..., App],
) -> Iterator[World]:
    if request.param == "postgres":
        url = request.getfixturevalue("module_pg_schemas").new_url()
    else:
        folder: Path = tmp_path_factory.mktemp("refusals")
        url = f"sqlite:///{folder / 'world.sqlite'}"
    app = group_builder(url)
    built = _build(app)
    yield built
    app.db.dispose()


Case = tuple[type[TandemError], Callable[[World], object], tuple[str, ...]]

CASES: dict[str, Case] = {
    # unknown user / party / measure
    "unknown user proposes": (
        NotFound,
        lambda w: measures.propose_measure(w.app, "nobody", "A title"),
        ("nobody", "kim"),
    ),
    "unknown user acknowledges": (
        NotFound,
        lambda w: measures.acknowledge_measure(w.app, w.open, "ghost"),
        ("ghost",),
    ),
    "unknown measure notified": (
        NotFound,
        lambda w: measures.notify_measure(w.app, 999, "kor"),
        ("999", "measure list"),
    ),
    "unknown measure shown": (
        NotFound,
        lambda w: measures.show_measure(w.app, 998),
        ("998",),
    ),
    "unknown measure's history": (
        NotFound,
        lambda w: measures.measure_history(w.app, 997),
        ("997",),
    ),
    "unknown party for a user": (
        NotFound,
        lambda w: group.add_user(w.app, "tanaka", "JPN", Role.OFFICER),
        ("JPN", "USA"),
    ),
    "unknown party observed": (
        NotFound,
        lambda w: observations.observe_action(
            w.app, "kim", actor="JPN", action="A visit", on=date(2018, 11, 20)
        ),
        ("JPN",),
    ),
    "unknown proposer listed": (
        NotFound,
        lambda w: measures.list_measures(w.app, proposer="prk"),
        ("PRK",),
    ),
    "unknown version diffed": (
        NotFound,
        lambda w: measures.diff_measure(w.app, w.open, 1, 3),
        ("version 3", "1 to 1"),
    ),
    # roles and parties
    "viewer proposes": (
        PermissionDenied,
        lambda w: measures.propose_measure(w.app, "lee", "A title"),
        ("lee", "viewer"),
    ),
    "viewer acknowledges": (
        PermissionDenied,
        lambda w: measures.acknowledge_measure(w.app, w.open, "lee"),
        ("lee", "viewer"),
    ),
    "officer notifies": (
        PermissionDenied,
        lambda w: measures.notify_measure(w.app, w.draft, "kim"),
        ("kim", "envoy"),
    ),
    "officer executes": (
        PermissionDenied,
        lambda w: measures.execute_measure(w.app, w.cleared, "kim"),
        ("kim", "envoy"),
    ),
    "admin proposes": (
        PermissionDenied,
        lambda w: measures.propose_measure(w.app, "admin", "A title"),
        ("admin", "no party"),
    ),
    "other party amends": (
        PermissionDenied,
        lambda w: measures.amend_measure(w.app, w.draft, "smith", title="Mine now"),
        ("smith", "KOR"),
    ),
    "other party executes": (
        PermissionDenied,
        lambda w: measures.execute_measure(w.app, w.cleared, "usa"),
        ("usa", "KOR"),
    ),
    "other party withdraws": (
        PermissionDenied,
        lambda w: measures.withdraw_measure(w.app, w.open, "usa"),
        ("usa", "KOR"),
    ),
    "position on own measure": (
        PermissionDenied,
        lambda w: measures.record_position(w.app, w.open, "kim", Stance.SUPPORT),
        ("own measure", "USA"),
    ),
    "acknowledging own measure": (
        PermissionDenied,
        lambda w: measures.acknowledge_measure(w.app, w.open, "kor"),
        ("own measure",),
    ),
    # the state of the measure
    "position on a closed window": (
        InvalidTransition,
        lambda w: measures.record_position(w.app, w.cleared, "smith", Stance.COMMENT, reason="x"),
        ("closed", "cleared", "amend"),
    ),
    "position on a window the clock closed": (
        InvalidTransition,
        lambda w: measures.record_position(w.app, w.late, "smith", Stance.OBJECTION, reason="x"),
        ("closed on 21 Nov 2018 18:00 KST", "amend"),
    ),
    "acknowledging a closed window": (
        InvalidTransition,
        lambda w: measures.acknowledge_measure(w.app, w.cleared, "smith"),
        ("closed",),
    ),
    "position on a draft": (
        InvalidTransition,
        lambda w: measures.record_position(w.app, w.draft, "smith", Stance.SUPPORT),
        ("draft", "notify"),
    ),
    "acknowledging twice": (
        InvalidTransition,
        lambda w: measures.acknowledge_measure(w.app, w.open, "smith"),
        ("already acknowledged",),
    ),
    "second extension": (
        InvalidTransition,
        lambda w: measures.record_position(
            w.app, w.open, "smith", Stance.EXTENSION, reason="More."
        ),
        ("already extended",),
    ),
    "executing a withdrawn measure": (
        InvalidTransition,
        lambda w: measures.execute_measure(w.app, w.withdrawn, "kor"),
        ("withdrawn", "propose"),
    ),
    "executing twice": (
        InvalidTransition,
        lambda w: measures.execute_measure(w.app, w.executed, "kor"),
        ("already executed", "2018-11-20"),
    ),
    "notifying twice": (
        InvalidTransition,
        lambda w: measures.notify_measure(w.app, w.open, "kor"),
        ("not a draft", "amended"),
    ),
    "amending an executed measure": (
        InvalidTransition,
        lambda w: measures.amend_measure(w.app, w.executed, "kim", title="Other"),
        ("executed", "propose a new measure"),
    ),
    "withdrawing an executed measure": (
        InvalidTransition,
        lambda w: measures.withdraw_measure(w.app, w.executed, "kor"),
        ("already executed",),
    ),
    # the clock
    "--at going backwards": (
        ClockError,
        lambda w: measures.propose_measure(w.app, "kim", "Late", at=at("2018-11-22T00:00Z")),
        ("2018-11-23T00:00:00Z", "only moves forward"),
    ),
    "clock set backwards": (
        ClockError,
        lambda w: clock.set_clock(w.app, at("2018-11-22T23:59+00:00")),
        ("only moves forward",),
    ),
    # malformed values
    "empty title": (
        InvalidInput,
        lambda w: measures.propose_measure(w.app, "kim", "   "),
        ("needs a title",),
    ),
    "title too long": (
        InvalidInput,
        lambda w: measures.propose_measure(w.app, "kim", "x" * 201),
        ("200", "201"),
    ),
    "measure type not a slug": (
        InvalidInput,
        lambda w: measures.propose_measure(w.app, "kim", "T", measure_type="Big thing!"),
        ("big thing!", "slug"),
    ),
    "objection without reason": (
        InvalidInput,
        lambda w: measures.record_position(w.app, w.open, "smith", Stance.OBJECTION),
        ("objection", "--reason"),
    ),
    "urgent without justification": (
        InvalidInput,
        lambda w: measures.notify_measure(w.app, w.draft, "kor", urgent=True),
        ("justification",),
    ),
    "justification without urgent": (
        InvalidInput,
        lambda w: measures.notify_measure(w.app, w.draft, "kor", justification="Because."),
        ("only with an urgent",),
    ),
    "execution in the future": (
        InvalidInput,
        lambda w: measures.execute_measure(w.app, w.cleared, "kor", on=date(2019, 1, 1)),
        ("2019-01-01", "after today"),
    ),
    "amending nothing": (
        InvalidInput,
        lambda w: measures.amend_measure(w.app, w.open, "kim", title="Open"),
        ("nothing to amend",),
    ),
    "observing one's own party": (
        InvalidInput,
        lambda w: observations.observe_action(
            w.app, "kim", actor="KOR", action="A visit", on=date(2018, 11, 20)
        ),
        ("your own party",),
    ),
    "observing the future": (
        InvalidInput,
        lambda w: observations.observe_action(
            w.app, "kim", actor="USA", action="A visit", on=date(2018, 12, 24)
        ),
        ("2018-12-24",),
    ),
    "observing nothing": (
        InvalidInput,
        lambda w: observations.observe_action(
            w.app, "kim", actor="USA", action="  ", on=date(2018, 11, 20)
        ),
        ("--action",),
    ),
    "user name malformed": (
        InvalidInput,
        lambda w: group.add_user(w.app, "Kim Jong", "KOR", Role.OFFICER),
        ("Kim Jong", "lower-case"),
    ),
    "user added twice": (
        Conflict,
        lambda w: group.add_user(w.app, "kim", "KOR", Role.OFFICER),
        ("already a user", "kim"),
    ),
    "window of zero days": (
        InvalidInput,
        lambda w: group.configure_windows(w.app, window_days=0),
        ("--window-days", "1 to 60"),
    ),
    "alert kind unknown": (
        InvalidInput,
        lambda w: observations.list_alerts(w.app, kind="scary"),
        ("scary", "unilateral"),
    ),
    "position word unknown": (InvalidInput, lambda w: parse_stance("maybe"), ("maybe",)),
    "role unknown": (InvalidInput, lambda w: parse_role("king"), ("king", "officer")),
    "time zone that does not exist": (
        InvalidInput,
        lambda w: Party.parse("KOR:Asia/Pyongyang-Seoul:KR"),
        ("Asia/Pyongyang-Seoul", "IANA"),
    ),
    "group created twice": (
        Conflict,
        lambda w: group.init_group(
            w.app, [Party.parse("USA:America/New_York:US"), Party.parse("KOR:Asia/Seoul:KR")]
        ),
        ("already holds a working group",),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_and_nothing_written(world: World, case: str) -> None:
    error, action, needles = CASES[case]
    refused(world.app, error, lambda: action(world), *needles)


def test_the_world_still_has_its_pending_decisions(world: World) -> None:
    """Runs after the refusals (in file order): none of them recorded the closing of `late`."""
    with unit_of_work(world.app.db, write=False) as uow:
        m = uow.measures.get(world.late)
        assert m is not None and m.status.value == "in_consultation"
        assert uow.alerts.find() == []
    assert measures.show_measure(world.app, world.late)["status"] == "cleared"
    assert snapshot(world.app).entries[-1].kind == "measure.withdrawn"
