"""/api/v1/rules, /api/v1/screen and a measure's screening, on both databases."""

from __future__ import annotations

from datetime import date
from importlib import resources

from api_support import Api, check_problem

from tandem.services import measures, sanctions
from tandem.services.context import App


def example(name: str) -> str:
    return resources.files("tandem.data").joinpath("manifests", name).read_text("utf-8")


def test_rules_are_read_by_every_party(api: Api) -> None:
    rules = api.ok(api.get("lee", "/rules"))
    assert {r["id"] for r in rules} >= {"2397-5", "2397-7-vehicles", "2270-18"}
    rule = api.ok(api.get("smith", "/rules/2397-5"))
    assert rule["replaces"] == ["2375-14"] and rule["cap"]["unit"] == "bbl"
    check_problem(api.get("smith", "/rules/9999-1"), 404, "no rule '9999-1'")


def test_screen_a_manifest_writes_nothing(app: App, api: Api) -> None:
    body = {"manifest": example("rail-survey-2018.csv"), "on": "2018-11-30"}
    s = api.ok(api.post("smith", "/screen", body))
    assert s["verdict"] == "requires_exemption"
    assert {f["rule"] for f in s["findings"]} >= {"2397-5", "2397-7-vehicles", "2270-18"}
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
