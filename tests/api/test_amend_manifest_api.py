"""POST /api/v1/measures/{id}/amend with a `manifest`: a new version screened when its
window opens, the answer saying what changed; refusals write nothing (both databases)."""

from __future__ import annotations

from datetime import date
from importlib import resources

from api_support import Api, assert_unchanged, check_problem, state

from tandem.api.schemas import AmendedOut
from tandem.services import measures
from tandem.services.context import App


def example(name: str) -> str:
    return resources.files("tandem.data").joinpath("manifests", name).read_text("utf-8")


def test_a_new_manifest_over_the_api(app: App, api: Api) -> None:
    mid = int(
        measures.propose_measure(
            app,
            "kim",
            "Joint railway field survey",
            planned=date(2018, 11, 30),
            manifest=example("medicines.csv"),
        )["id"]
    )
    measures.notify_measure(app, mid, "kor")
    before = state(app)
    check_problem(
        api.post(
            "kim",
            f"/measures/{mid}/amend",
            {"manifest": example("rail-survey-2018.csv"), "minor": True, "reason": "typo"},
        ),
        422,
        "a new manifest is a substantial change",
    )
    bad = "description,hs_code,direction\nCoach,8605,to_dprk\nRails,7302,sideways\n"
    check_problem(
        api.post("kim", f"/measures/{mid}/amend", {"title": "Survey", "manifest": bad}),
        422,
        "row 2, column direction",
    )
    check_problem(api.post("smith", f"/measures/{mid}/amend", {"manifest": bad}), 403, "smith")
    assert_unchanged(before, state(app), "refused amendments")

    body = {"manifest": example("rail-survey-2018.csv"), "reason": "rolling stock added"}
    out = api.ok(api.post("kim", f"/measures/{mid}/amend", body))
    AmendedOut.model_validate(out)
    assert out["version"] == 2 and out["status"] == "in_consultation"
    assert out["amendment"] == {
        "version": 2,
        "minor": False,
        "changed": ["manifest"],
        "window_reopened": True,
        "manifest": {"version": 2, "lines": 6},
        "new_manifest": True,
        "screening": out["amendment"]["screening"],
    }
    s = out["amendment"]["screening"]
    assert set(s) == {"id", "version", "on", "rulebook", "verdict"}
    assert (s["version"], s["on"], s["verdict"]) == (2, "2018-11-30", "requires_exemption")
    seen = api.ok(api.get("smith", f"/measures/{mid}/screening"))
    assert [x["version"] for x in seen["screenings"]] == [1, 2]
    assert seen["verdict"] == "requires_exemption" and seen["manifest"]["version"] == 2
