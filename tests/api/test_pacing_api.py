"""/api/v1/pace: the pace, what-ifs and the chart, read by every party (docs/pacing.md)."""

from __future__ import annotations

from datetime import date

from api_support import Api, check_problem

from tandem.domain.measures import Stance
from tandem.services import measures
from tandem.services.context import App


def _cleared(app: App, title: str, effect: str) -> int:
    mid = int(measures.propose_measure(app, "kim", title, effects=[effect])["id"])
    measures.notify_measure(app, mid, "kor")
    measures.record_position(app, mid, "smith", Stance.SUPPORT)
    return mid


def test_pace_what_if_and_chart(app: App, api: Api) -> None:
    p = api.ok(api.get("lee", "/pace"))
    assert set(p) == {"at", "tracks", "rules"}
    assert p["rules"][0]["state"] == "in_step"
    first = _cleared(app, "Railway survey", "inter-korean:+7")
    measures.execute_measure(app, first, "kor", on=date(2018, 11, 19))
    second = int(measures.propose_measure(app, "kim", "Tourism", effects=["inter-korean:+4"])["id"])
    w = api.ok(api.get("smith", f"/pace/what-if/{second}"))
    assert w["breach"] is True and w["rules"][0]["gap"] == 11.0 and w["counted"] == [second]
    p = api.ok(api.get("smith", "/pace", {"as_of": "2018-11-18T00:00:00Z"}))
    assert p["tracks"][1]["index"] == 0.0
    chart = api.get("kim", "/pace/chart.svg")
    assert chart.status_code == 200 and chart.headers["content-type"].startswith("image/svg+xml")
    assert "<svg" in chart.text


def test_bad_requests_are_problems(app: App, api: Api) -> None:
    check_problem(api.get("kim", "/pace/what-if/4242"), 404, "no measure 4242")
    check_problem(api.get("kim", "/pace", {"as_of": "yesterday"}), 422, "ISO-8601")
    mid = int(measures.propose_measure(app, "kim", "Gone")["id"])
    measures.withdraw_measure(app, mid, "kor")
    check_problem(api.get("kim", f"/pace/what-if/{mid}"), 409, "withdrawn")


def test_propose_with_effects_over_the_api(app: App, api: Api) -> None:
    m = api.ok(
        api.post("kim", "/measures", {"title": "Survey", "effects": ["inter-korean:+4"]}), 201
    )
    w = api.ok(api.get("kim", f"/pace/what-if/{m['id']}"))
    assert w["tracks"][1]["index"] == 4.0
    check_problem(
        api.post("kim", "/measures", {"title": "X", "effects": ["inter-korean:+12"]}),
        422,
        "between -10 and +10",
    )
    check_problem(
        api.post("kim", "/measures", {"title": "X", "effects": ["nowhere:+1"]}), 404, "no track"
    )


def test_observe_with_a_cameo_code_over_the_api(app: App, api: Api) -> None:
    body = {
        "actor": "KOR",
        "action": "Economic cooperation agreed",
        "on": "2018-11-18",
        "cameo": "061",
        "effects": ["inter-korean"],
    }
    api.ok(api.post("smith", "/observed", body), 201)
    assert api.ok(api.get("smith", "/pace"))["tracks"][1]["index"] == 6.4
    check_problem(api.post("smith", "/observed", {**body, "effects": []}), 422, "--effect")
