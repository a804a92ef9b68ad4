"""The dashboard's read model on both databases: what is open, what each party owes, and
that windows the clock has closed drop out before anyone records their closing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from service_support import at

from tandem.domain.measures import Stance
from tandem.services import measures as svc
from tandem.services.context import App
from tandem.services.dashboard import dashboard


def _open(app: App, title: str) -> int:
    mid = int(svc.propose_measure(app, "kim", title)["id"])
    svc.notify_measure(app, mid, "kor")
    return mid


def test_each_party_sees_what_it_owes(app: App) -> None:
    a, b, c = (_open(app, t) for t in ("Railway survey", "Family reunions", "Forest pests"))
    svc.acknowledge_measure(app, a, "smith")
    svc.record_position(app, b, "smith", Stance.COMMENT, reason="Which families?")
    svc.record_position(app, c, "smith", Stance.NO_OBJECTION)
    usa = dashboard(app, "smith")
    owed = {m["id"]: m["owed"] for m in usa["awaiting"]}
    assert owed == {a: ["position"]}  # b: a position counts as an acknowledgement
    assert [m["id"] for m in usa["open"]] == [a, b]  # c was cleared by consensus
    assert usa["open_total"] == 2
    kor = dashboard(app, "kim")
    assert kor["awaiting"] == []
    assert {m["id"] for m in kor["open"]} == {a, b}
    admin = dashboard(app, "admin")
    assert admin["awaiting"] == [] and len(admin["open"]) == 2


def test_windows_the_clock_closed_leave_the_dashboard_unrecorded(
    new_url: Callable[[], str], make_app: Callable[..., App]
) -> None:
    """On the real clock nothing is written when a deadline passes; reads see it anyway."""
    now = [at("2018-11-19T01:00:00+00:00")]
    app = make_app(new_url(), clock=lambda: now[0])
    a = _open(app, "Railway survey")
    shown = dashboard(app, "smith")
    assert [m["id"] for m in shown["open"]] == [a]
    entries = len(svc.measure_history(app, a))
    now[0] = at(shown["open"][0]["deadline"]) + timedelta(hours=1)
    after = dashboard(app, "smith")
    assert len(svc.measure_history(app, a)) == entries  # nothing recorded yet
    assert after["open"] == [] and after["awaiting"] == [] and after["open_total"] == 0
    assert "unacknowledged" in {x["kind"] for x in after["alerts"]}


def test_an_amendment_reopens_what_a_party_owes(app: App) -> None:
    a = _open(app, "Railway survey")
    svc.record_position(app, a, "smith", Stance.COMMENT, reason="Which sections?")
    assert dashboard(app, "smith")["awaiting"] == []
    svc.amend_measure(app, a, "kim", title="Railway survey, both lines")
    owed = {m["id"]: m["owed"] for m in dashboard(app, "smith")["awaiting"]}
    assert owed == {a: ["acknowledgement", "position"]}
