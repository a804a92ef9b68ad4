"""Prior consultation end to end over HTTP, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from api_support import Api, check_problem, record_size

from tandem.services import clock
from tandem.services.context import App


def _kinds(api: Api, mid: int, user: str = "lee") -> list[str]:
    return [e["kind"] for e in api.ok(api.get(user, f"/measures/{mid}/history"))]


def test_lifecycle_cleared_by_consensus_then_executed(app: App, api: Api) -> None:
    created = api.post(
        "kim",
        "/measures",
        {
            "title": "Joint railway field study",
            "description": "A survey train runs the lines.",
            "type": "project",
            "planned": "2018-11-30",
        },
    )
    m = api.ok(created, 201)
    mid = m["id"]
    assert created.headers["location"] == f"/api/v1/measures/{mid}"
    assert m["status"] == "draft" and m["proposer"] == "KOR" and m["version"] == 1
    assert m["type"] == "project" and m["planned"] == "2018-11-30" and m["deadline"] is None

    m = api.ok(api.post("kor", f"/measures/{mid}/notify"))
    assert m["status"] == "in_consultation" and m["notified_at"] == "2018-11-19T00:00:00Z"
    # The window the calendar endpoint computes is the one the measure got.
    deadline = api.ok(
        api.get(
            "smith",
            "/calendar/deadline",
            {"from": "2018-11-19T00:00:00Z", "days": 10, "parties": "USA,KOR", "notifier": "KOR"},
        )
    )
    assert m["deadline"] == deadline["deadline"]
    assert {s["party"] for s in deadline["skipped"]} >= {"USA"}  # Thanksgiving, 22 Nov
    assert set(m["deadline_local"]) == {"USA", "KOR"}

    m = api.ok(api.post("smith", f"/measures/{mid}/ack"))
    assert [a["party"] for a in m["acknowledgements"]] == ["USA"]
    m = api.ok(api.post("smith", f"/measures/{mid}/positions", {"position": "support"}))
    assert m["status"] == "cleared" and m["cleared_by"] == "consensus"
    assert m["positions"][0] | {"at": None} == {
        "party": "USA",
        "position": "support",
        "reason": None,
        "at": None,
        "version": 1,
        "user": "smith",
    }
    m = api.ok(api.post("kor", f"/measures/{mid}/execute", {"on": "2018-11-19"}))
    assert m["status"] == "executed" and m["unilateral"] is False
    assert m["executed_on"] == "2018-11-19"

    shown = api.get("lee", f"/measures/{mid}")
    assert api.ok(shown) | {"notes": None} == m | {"notes": None}
    assert shown.headers["etag"]

    history = api.ok(api.get("smith", f"/measures/{mid}/history"))
    assert [e["seq"] for e in history] == sorted(e["seq"] for e in history)
    assert [e["kind"] for e in history] == [
        "measure.proposed",
        "measure.notified",
        "measure.acknowledged",
        "measure.position",
        "measure.cleared",
        "measure.executed",
    ]
    assert {e["actor"] for e in history} == {"kim", "kor", "smith"}
    assert all(len(e["leaf_hash"]) == 64 for e in history)
    assert api.ok(api.get("smith", "/alerts", {"kind": "unilateral"})) == []


def test_objection_window_close_and_withdrawn_objection(app: App, api: Api) -> None:
    mid = api.ok(api.post("kim", "/measures", {"title": "Easing step"}), 201)["id"]
    m = api.ok(api.post("kor", f"/measures/{mid}/notify"))
    refused = api.post("smith", f"/measures/{mid}/positions", {"position": "objection"})
    check_problem(refused, 422, "reason")
    m = api.ok(
        api.post(
            "smith", f"/measures/{mid}/positions", {"position": "objection", "reason": "Too early"}
        )
    )
    assert m["status"] == "in_consultation"
    # The window closes; reads show the outcome before any write records it.
    clock.set_clock(app, datetime(2018, 12, 20, tzinfo=UTC))
    assert api.ok(api.get("lee", f"/measures/{mid}"))["status"] == "objected"
    listed = api.ok(api.get("lee", "/measures", {"status": "objected"}))
    assert [x["id"] for x in listed] == [mid]
    # The objecting party withdraws its objection: the one change allowed after the window.
    m = api.ok(api.post("usa", f"/measures/{mid}/positions", {"position": "no-objection"}))
    assert m["status"] == "cleared"
    assert [p["position"] for p in m["positions"]] == ["objection", "no-objection"]
    late = api.post("smith", f"/measures/{mid}/positions", {"position": "support"})
    check_problem(late, 409, "closed")
    assert "measure.objected" in _kinds(api, mid)


def test_silence_amendment_minor_edit_and_diff(app: App, api: Api) -> None:
    mid = api.ok(api.post("kim", "/measures", {"title": "Statement", "description": "One."}), 201)[
        "id"
    ]
    api.ok(api.post("kor", f"/measures/{mid}/notify"))
    m = api.ok(
        api.post(
            "kim",
            f"/measures/{mid}/amend",
            {"title": "Joint statement", "description": "One.\nTwo."},
        )
    )
    assert m["version"] == 2 and m["status"] == "in_consultation"
    m = api.ok(
        api.post(
            "kim",
            f"/measures/{mid}/amend",
            {"description": "One.\nTwo!", "minor": True, "reason": "typo"},
        )
    )
    assert m["version"] == 2 and m["minor_edits"][0]["reason"] == "typo"
    diff = api.ok(api.get("smith", f"/measures/{mid}/diff", {"from": 1, "to": 2}))
    assert diff["measure"] == mid and diff["from"] == 1 and diff["to"] == 2
    assert {c["field"] for c in diff["changes"]} == {"title", "description"}
    check_problem(api.get("smith", f"/measures/{mid}/diff", {"from": 1, "to": 9}), 404, "version")
    # Silence: nobody objects, the window closes, the measure is cleared.
    clock.set_clock(app, datetime(2018, 12, 31, tzinfo=UTC))
    m = api.ok(api.get("usa", f"/measures/{mid}"))
    assert m["status"] == "cleared" and m["cleared_by"] == "silence"


def test_unilateral_execution_raises_an_alert_and_withdrawn_cannot_execute(
    app: App, api: Api
) -> None:
    mid = api.ok(api.post("kor", "/measures", {"title": "Sudden step"}), 201)["id"]
    m = api.ok(api.post("kor", f"/measures/{mid}/execute"))
    assert m["status"] == "executed" and m["unilateral"] is True
    alerts = api.ok(api.get("smith", "/alerts", {"party": "USA"}))
    assert [(a["kind"], a["actor"], a["measure"], a["to"]) for a in alerts] == [
        ("unilateral", "KOR", mid, ["USA"])
    ]
    assert api.ok(api.get("smith", "/alerts", {"party": "KOR"})) == []

    other = api.ok(api.post("usa", "/measures", {"title": "Withdrawn idea"}), 201)["id"]
    api.ok(api.post("usa", f"/measures/{other}/notify"))
    assert api.ok(api.post("usa", f"/measures/{other}/withdraw"))["status"] == "withdrawn"
    size = record_size(app)
    check_problem(api.post("usa", f"/measures/{other}/execute"), 409, "withdrawn")
    check_problem(api.post("usa", f"/measures/{other}/withdraw"), 409, "withdrawn")
    assert record_size(app) == size


def test_observed_actions_users_group_and_clock(app: App, api: Api) -> None:
    seen = api.ok(
        api.post(
            "smith",
            "/observed",
            {"actor": "KOR", "action": "Opened a liaison office", "on": "2018-11-18"},
        ),
        201,
    )
    assert seen["actor"] == "KOR" and seen["recorded_by"] == "USA" and seen["user"] == "smith"
    assert api.ok(api.get("lee", "/observed")) == [seen | {"alert": None}]
    alerts = api.ok(api.get("kim", "/alerts", {"kind": "unnotified"}))
    assert [(a["id"], a["actor"], a["to"]) for a in alerts] == [(seen["alert"], "KOR", ["USA"])]
    check_problem(
        api.post("smith", "/observed", {"actor": "USA", "action": "x", "on": "2018-11-18"}),
        422,
        "own party",
    )

    added = api.ok(
        api.post("admin", "/users", {"name": "park", "party": "KOR", "role": "envoy"}), 201
    )
    assert added == {"name": "park", "party": "KOR", "role": "envoy"}
    users = api.ok(api.get("lee", "/users"))
    assert {"name": "park", "party": "KOR", "role": "envoy"} in users
    assert {"name": "admin", "party": None, "role": "admin"} in users
    check_problem(
        api.post("admin", "/users", {"name": "park", "party": "KOR", "role": "envoy"}),
        409,
        "park",
    )

    group = api.ok(api.get("lee", "/group"))
    assert [p["code"] for p in group["parties"]] == ["USA", "KOR"]
    assert group["simulated_clock"] is True and group["rules"]["window_days"] == 10
    assert api.ok(api.get("lee", "/clock")) == {"now": "2018-11-19T00:00:00Z", "simulated": True}


def test_openapi_and_docs_are_served(api: Api) -> None:
    doc = api.client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    for path in (
        "/api/v1/measures",
        "/api/v1/measures/{measure_id}",
        "/api/v1/measures/{measure_id}/notify",
        "/api/v1/measures/{measure_id}/ack",
        "/api/v1/measures/{measure_id}/positions",
        "/api/v1/measures/{measure_id}/execute",
        "/api/v1/measures/{measure_id}/amend",
        "/api/v1/measures/{measure_id}/withdraw",
        "/api/v1/measures/{measure_id}/history",
        "/api/v1/alerts",
    ):
        assert path in doc["paths"], path
    docs = api.client.get("/docs")
    assert docs.status_code == 200 and "/static/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert api.client.get("/static/swagger-ui/swagger-ui-bundle.js").status_code == 200
