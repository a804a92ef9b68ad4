"""/api/v1/meetings: a meeting from scheduling to its brief, and bad requests as problems."""

from __future__ import annotations

from api_support import Api, check_problem

from tandem.domain.measures import Stance
from tandem.services import measures
from tandem.services.context import App


def test_a_meeting_from_schedule_to_brief(app: App, api: Api) -> None:
    mid = int(measures.propose_measure(app, "kim", "Kumgang tourism")["id"])
    measures.notify_measure(app, mid, "kor")
    measures.record_position(app, mid, "smith", Stance.OBJECTION, reason="Fees.")
    m = api.ok(
        api.post(
            "kim",
            "/meetings",
            {
                "starts": "2018-12-21T10:00",
                "zone": "Asia/Seoul",
                "place": "Seoul",
                "chairs": ["KOR:이도훈"],
            },
        ),
        201,
    )
    assert m["starts_at"] == "2018-12-21T01:00:00Z" and m["chairs"] == {"KOR": "이도훈"}
    assert api.ok(api.get("lee", "/meetings")) == [
        {
            "id": m["id"],
            "starts_at": "2018-12-21T01:00:00Z",
            "place": "Seoul",
            "status": "scheduled",
        }
    ]
    agenda = api.ok(api.post("smith", f"/meetings/{m['id']}/agenda"))
    assert [(i["kind"], i["measure"]) for i in agenda["agenda"]] == [("objected", mid)]
    out = api.ok(
        api.post(
            "smith",
            f"/meetings/{m['id']}/outcomes",
            {"item": 1, "outcome": "objection-withdrawn", "decision": "Lifted."},
        )
    )
    assert out["measure"]["status"] == "cleared"
    f = api.ok(
        api.post(
            "kim",
            f"/meetings/{m['id']}/followups",
            {"owner": "USA", "text": "Ask the Committee.", "due": "2019-01-04"},
        ),
        201,
    )
    assert api.ok(api.post("smith", f"/followups/{f['id']}/status", {"status": "done"}))["on_time"]
    s = api.ok(api.post("kim", f"/meetings/{m['id']}/statements", {"text": "Together."}), 201)
    api.ok(api.post("kor", f"/meetings/{m['id']}/statements/{s['number']}/approve"))
    final = api.ok(api.post("usa", f"/meetings/{m['id']}/statements/{s['number']}/approve"))
    assert final["final"] is True
    md = api.get("lee", f"/meetings/{m['id']}/brief")
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert "## Agenda" in md.text and "data:image/svg+xml;base64," in md.text
    pdf = api.get("lee", f"/meetings/{m['id']}/brief", {"format": "pdf"})
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content[:5] == b"%PDF-"
    stats = api.ok(api.get("admin", "/stats"))
    assert [r["party"] for r in stats] == ["USA", "KOR"] and stats[0]["objections"] == 1


def test_bad_requests_are_problems(app: App, api: Api) -> None:
    check_problem(api.get("kim", "/meetings/7"), 404, "no meeting 7")
    check_problem(
        api.post("kim", "/meetings", {"starts": "soon", "zone": "Asia/Seoul", "place": "S"}),
        422,
        "not a date and time",
    )
    m = api.ok(
        api.post("kim", "/meetings", {"starts": "2018-12-21T10:00", "zone": "UTC", "place": "S"}),
        201,
    )
    check_problem(
        api.post(
            "kim",
            f"/meetings/{m['id']}/outcomes",
            {"item": 3, "outcome": "decision", "decision": "x"},
        ),
        422,
        "no agenda item 3",
    )
    check_problem(
        api.post("kim", f"/meetings/{m['id']}/followups", {"text": "x", "due": "2019-01-04"}),
        422,
        "owner",
    )
    check_problem(api.post("kim", f"/meetings/{m['id']}/agenda", {"move": 1}), 422, "`to`")
    s = api.ok(api.post("kim", f"/meetings/{m['id']}/statements", {"text": "Words."}), 201)
    api.ok(api.post("kor", f"/meetings/{m['id']}/statements/{s['number']}/approve"))
    check_problem(
        api.post("kor", f"/meetings/{m['id']}/statements/{s['number']}/approve"),
        409,
        "already approved",
    )
