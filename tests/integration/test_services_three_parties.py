"""Nothing assumes two parties: a working group of three, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest
from service_support import at, refused

from tandem.domain.errors import InvalidTransition
from tandem.domain.measures import Stance
from tandem.domain.parties import Party, Role
from tandem.services import clock, group, measures, observations
from tandem.services.context import App


@pytest.fixture
def trio(new_url: Callable[[], str]) -> Iterator[App]:
    app = App.open(new_url())
    group.init_group(
        app,
        [
            Party.parse("USA:America/New_York:US"),
            Party.parse("KOR:Asia/Seoul:KR"),
            Party.parse("JPN:Asia/Tokyo:JP"),
        ],
        simulated=True,
        start=datetime(2018, 11, 19, tzinfo=UTC),
    )
    for name, party in (("kim", "KOR"), ("smith", "USA"), ("sato", "JPN")):
        group.add_user(app, name, party, Role.OFFICER)
    yield app
    app.db.dispose()


def _notified(app: App) -> int:
    mid = int(measures.propose_measure(app, "kim", "Railway study")["id"])
    measures.notify_measure(app, mid, "kor", at=at("2018-11-20T01:00Z"))
    return mid


def test_consensus_needs_every_other_party(trio: App) -> None:
    mid = _notified(trio)
    m = measures.record_position(trio, mid, "smith", Stance.SUPPORT, at=at("2018-11-21T00:00Z"))
    assert m["status"] == "in_consultation"  # JPN has not spoken
    m = measures.record_position(trio, mid, "sato", Stance.NO_OBJECTION)
    assert m["status"] == "cleared" and m["cleared_by"] == "consensus"


def test_silence_clears_when_one_party_only_commented(trio: App) -> None:
    mid = _notified(trio)
    measures.record_position(trio, mid, "smith", Stance.SUPPORT, at=at("2018-11-21T00:00Z"))
    measures.record_position(trio, mid, "sato", Stance.COMMENT, reason="Timing?")
    deadline = measures.show_measure(trio, mid)["deadline"]
    clock.set_clock(trio, datetime.fromisoformat(deadline))
    m = measures.show_measure(trio, mid)
    assert m["status"] == "cleared" and m["cleared_by"] == "silence"


def test_one_objection_withdrawn_of_two_leaves_the_measure_objected(trio: App) -> None:
    mid = _notified(trio)
    measures.record_position(trio, mid, "smith", Stance.OBJECTION, reason="Cash.")
    measures.record_position(trio, mid, "sato", Stance.OBJECTION, reason="Abductees first.")
    clock.set_clock(trio, at("2018-12-10T00:00Z"))
    m = measures.show_measure(trio, mid)
    assert m["status"] == "objected"
    objected = measures.measure_history(trio, mid)[-1]
    assert objected["kind"] == "measure.objected"
    assert sorted(objected["payload"]["objectors"]) == ["JPN", "USA"]

    m = measures.record_position(trio, mid, "smith", Stance.NO_OBJECTION)
    assert m["status"] == "objected", "JPN's objection still stands"
    assert measures.measure_history(trio, mid)[-1]["kind"] == "measure.position"
    refused(
        trio,
        InvalidTransition,
        lambda: measures.record_position(trio, mid, "smith", Stance.SUPPORT),
        "closed with an objection",
        "JPN",
    )
    m = measures.record_position(trio, mid, "sato", Stance.SUPPORT)
    assert m["status"] == "cleared" and m["cleared_by"] == "consensus"
    assert measures.measure_history(trio, mid)[-1]["kind"] == "measure.cleared"


def test_alerts_go_to_every_other_party(trio: App) -> None:
    mid = _notified(trio)
    measures.acknowledge_measure(trio, mid, "smith", at=at("2018-11-20T12:00Z"))
    clock.set_clock(trio, at("2018-11-22T00:00Z"))
    late = observations.list_alerts(trio, kind="unacknowledged")
    assert [(a["actor"], a["to"]) for a in late] == [("JPN", ["JPN", "KOR", "USA"])]

    measures.execute_measure(trio, mid, "kor")
    unilateral = observations.list_alerts(trio, kind="unilateral")
    assert [(a["actor"], a["to"]) for a in unilateral] == [("KOR", ["JPN", "USA"])]
    observations.observe_action(
        trio, "sato", actor="USA", action="A designation", on=date(2018, 11, 21)
    )
    seen = observations.list_alerts(trio, kind="unnotified")
    assert [(a["actor"], a["to"]) for a in seen] == [("USA", ["JPN", "KOR"])]
    assert len(observations.list_alerts(trio, party="JPN")) == 3
    assert len(observations.list_alerts(trio, party="USA")) == 2
