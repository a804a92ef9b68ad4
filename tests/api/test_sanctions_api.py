"""/api/v1/rules, /api/v1/screen, a measure's screening and the exemption requests' writes,
on both databases."""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import Any

from api_support import Api, assert_unchanged, check_problem, state

from tandem.services import measures, sanctions
from tandem.services.context import App


def example(name: str) -> str:
    return resources.files("tandem.data").joinpath("manifests", name).read_text("utf-8")


def test_rules_are_read_by_every_party(api: Api) -> None:
    rules = api.ok(api.get("lee", "/rules"))
    assert {r["id"] for r in rules} >= {"2397-5", "2397-vehicles", "2270-18"}
    listed = {r["id"]: r for r in rules}
    assert listed["2397-vehicles"]["paragraph"] is None
    assert listed["2397-vehicles"]["paragraph_checked"] is False
    assert listed["2397-5"]["paragraph"] == "5" and listed["2397-5"]["verified"] is True
    rule = api.ok(api.get("smith", "/rules/2397-5"))
    assert rule["replaces"] == ["2375-refined-petroleum"] and rule["cap"]["unit"] == "bbl"
    unchecked = api.ok(api.get("smith", "/rules/2375-refined-petroleum"))
    assert unchecked["paragraph"] is None and unchecked["hs_checked"] is True
    check_problem(api.get("smith", "/rules/9999-1"), 404, "no rule '9999-1'")


def test_screen_a_manifest_writes_nothing(app: App, api: Api) -> None:
    body = {"manifest": example("rail-survey-2018.csv"), "on": "2018-11-30"}
    s = api.ok(api.post("smith", "/screen", body))
    assert s["verdict"] == "requires_exemption"
    assert {f["rule"] for f in s["findings"]} >= {"2397-5", "2397-vehicles", "2270-18"}
    for f in s["findings"]:
        assert (f["paragraph"] is None) is (f["rule"] in ("2397-vehicles", "2397-machinery"))
    clear = api.ok(api.post("lee", "/screen", {"manifest": example("medicines.csv")}))
    assert clear["verdict"] == "clear"
    named = (
        "description,service,direction,counterparties\n"
        "Fees,financial,to_dprk,Korea Ryonpong General Corp.\n"
    )
    s = api.ok(api.post("kim", "/screen", {"manifest": named, "on": "2018-11-30"}))
    assert s["names"][0]["reference"] == "KPe.002" and s["names"][0]["alias"] is None
    bad = "description,hs_code,direction\nCoach,865,to_dprk\n"
    check_problem(api.post("kim", "/screen", {"manifest": bad}), 422, "row 1, column hs_code")
    check_problem(
        api.post("kim", "/screen", {"manifest": example("medicines.csv"), "threshold": 10}),
        422,
        "threshold",
    )


def test_a_measure_screening_is_shared(app: App, api: Api) -> None:
    mid = int(
        measures.propose_measure(
            app,
            "kim",
            "Joint railway field survey",
            planned=date(2018, 11, 30),
            manifest=example("rail-survey-2018.csv"),
        )["id"]
    )
    measures.notify_measure(app, mid, "kor")
    s = api.ok(api.get("smith", f"/measures/{mid}/screening"))
    assert s["verdict"] == "requires_exemption" and len(s["manifest"]["lines"]) == 6
    sanctions.draft_exemption(app, mid, "kim", nature="Survey", recipients="DPRK railways")
    (e,) = api.ok(api.get("smith", "/exemptions", {"measure": mid}))
    assert e["status"] == "drafted" and e["party"] == "KOR"
    check_problem(api.get("smith", "/measures/4242/screening"), 404, "no measure 4242")


# Exemption requests written over the API ----------------------------------------------------


def screened_measure(app: App, envoy: str = "kor") -> int:
    """A notified measure of the envoy's party whose rail-survey manifest needs an exemption."""
    mid = int(
        measures.propose_measure(
            app,
            envoy,
            "Joint railway field survey",
            planned=date(2018, 11, 30),
            manifest=example("rail-survey-2018.csv"),
        )["id"]
    )
    measures.notify_measure(app, mid, envoy)
    return mid


DRAFT = {"nature": "Railway survey", "recipients": "DPRK Ministry of Railways"}


def test_an_exemption_request_lives_its_life_over_the_api(app: App, api: Api) -> None:
    mid = screened_measure(app)
    e = api.ok(api.post("kim", f"/measures/{mid}/exemptions", DRAFT), 201)
    assert (e["status"], e["party"], e["measure"]) == ("drafted", "KOR", mid)
    assert {i["line"] for i in e["request"]["items"]} >= {1, 2} and e["request"]["why"]
    s = api.ok(api.post("kor", f"/exemptions/{e['id']}/submit"))
    assert s["status"] == "submitted"
    grant = {"valid_from": "2018-11-23", "valid_until": "2018-12-31", "shipments": 2}
    g = api.ok(api.post("kor", f"/exemptions/{e['id']}/grant", grant | {"decision": "No. 1"}))
    assert (g["status"], g["valid_from"], g["valid_until"]) == (
        "granted",
        "2018-11-23",
        "2018-12-31",
    )
    assert (g["shipments"], g["decision"]) == (2, "No. 1")
    # A second request is denied, a third withdrawn while a draft.
    second = api.ok(api.post("kor", f"/measures/{mid}/exemptions", DRAFT), 201)["id"]
    api.ok(api.post("kor", f"/exemptions/{second}/submit"))
    d = api.ok(api.post("kor", f"/exemptions/{second}/deny", {"decision": "Not consistent"}))
    assert (d["status"], d["decision"]) == ("denied", "Not consistent")
    third = api.ok(api.post("kim", f"/measures/{mid}/exemptions", DRAFT), 201)["id"]
    assert api.ok(api.post("kor", f"/exemptions/{third}/withdraw"))["status"] == "withdrawn"
    document = api.get("lee", f"/exemptions/{e['id']}/document")
    assert document.status_code == 200 and document.headers["content-type"].startswith(
        "text/markdown"
    )
    assert document.text.startswith("# Request for an exemption")
    assert "| 2397 (paragraph not yet checked) |" in document.text
    assert "OP7" not in document.text and "OPNone" not in document.text
    check_problem(api.get("lee", "/exemptions/4242/document"), 404, "no exemption request 4242")
    listed = api.ok(api.get("smith", "/exemptions", {"measure": mid}))
    assert [(x["id"], x["status"]) for x in listed] == [
        (e["id"], "granted"),
        (second, "denied"),
        (third, "withdrawn"),
    ]


def test_a_repeated_draft_with_its_idempotency_key_is_recorded_once(app: App, api: Api) -> None:
    mid = screened_measure(app)
    key = {"Idempotency-Key": "draft-once"}
    first = api.post("kim", f"/measures/{mid}/exemptions", DRAFT, key)
    before = state(app)
    again = api.post("kim", f"/measures/{mid}/exemptions", DRAFT, key)
    assert again.status_code == 201 and again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()
    assert_unchanged(before, state(app), "a replayed draft")


def test_refused_exemption_writes_write_nothing(app: App, api: Api) -> None:
    mid = screened_measure(app)
    bare = int(measures.propose_measure(app, "kor", "No manifest")["id"])
    measures.notify_measure(app, bare, "kor")
    drafted = api.ok(api.post("kim", f"/measures/{mid}/exemptions", DRAFT), 201)["id"]
    submitted = api.ok(api.post("kim", f"/measures/{mid}/exemptions", DRAFT), 201)["id"]
    api.ok(api.post("kor", f"/exemptions/{submitted}/submit"))
    grant = {"valid_from": "2018-11-23", "valid_until": "2018-12-31"}
    refusals: list[tuple[str | None, str, Any, int, str]] = [
        ("lee", f"/measures/{mid}/exemptions", DRAFT, 403, ""),  # a viewer
        ("smith", f"/measures/{mid}/exemptions", DRAFT, 403, ""),  # another party's measure
        ("kim", f"/measures/{bare}/exemptions", DRAFT, 422, "has not been screened"),
        ("kim", "/measures/4242/exemptions", DRAFT, 404, "no measure 4242"),
        ("kim", f"/measures/{mid}/exemptions", {"nature": "Survey"}, 422, "recipients"),
        ("kim", f"/measures/{mid}/exemptions", DRAFT | {"nature": "  "}, 422, "nature"),
        ("kim", f"/measures/{mid}/exemptions", DRAFT | {"party": "USA"}, 422, "party"),
        ("kim", f"/exemptions/{drafted}/submit", None, 403, ""),  # an officer, not an envoy
        ("usa", f"/exemptions/{drafted}/submit", None, 403, ""),  # another party's envoy
        ("kor", "/exemptions/4242/submit", None, 404, "no exemption request 4242"),
        ("kor", f"/exemptions/{drafted}/grant", grant, 409, "can now be submit or withdraw"),
        ("kor", f"/exemptions/{submitted}/submit", None, 409, "is submitted"),
        (
            "kor",
            f"/exemptions/{submitted}/grant",
            {"valid_from": "2018-12-31", "valid_until": "2018-11-23"},
            422,
            "ends on or after it starts",
        ),
        ("kor", f"/exemptions/{submitted}/grant", grant | {"shipments": 0}, 422, "shipments"),
        ("kor", f"/exemptions/{submitted}/grant", {"valid_from": "2018-11-23"}, 422, "valid_until"),
        (
            "kor",
            f"/exemptions/{submitted}/grant",
            grant | {"valid_from": "soon"},
            422,
            "valid_from",
        ),
        ("kor", f"/exemptions/{submitted}/deny", {}, 422, "decision"),
        ("kor", f"/exemptions/{submitted}/deny", {"decision": " "}, 422, "answer (the decision)"),
        (None, f"/exemptions/{submitted}/withdraw", None, 401, ""),
    ]
    for user, path, body, status, needle in refusals:
        before = state(app)
        response = api.post(user, path, body)
        what = f"POST {path} as {user} with {body}"
        check_problem(response, status, *([needle] if needle else []))
        assert "(--" not in response.text, what  # no command-line flag in an API answer
        assert_unchanged(before, state(app), what)
    assert api.ok(api.get("lee", "/exemptions", {"measure": bare})) == []
