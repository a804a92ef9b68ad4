"""POST /api/v1/measures/{id}/amend with `effects`: a new version and window whose pacing
note weighs them, the answer naming `effects` among what changed; refusals write nothing
(both databases)."""

from __future__ import annotations

from api_support import Api, assert_unchanged, check_problem, state

from tandem.api.schemas import AmendedOut
from tandem.services import measures, pacing
from tandem.services.context import App


def test_new_effects_over_the_api(app: App, api: Api) -> None:
    pacing.set_default(app, "project", "inter-korean:+3")
    mid = int(measures.propose_measure(app, "kim", "Survey", measure_type="project")["id"])
    measures.notify_measure(app, mid, "kor")
    before = state(app)
    url = f"/measures/{mid}/amend"
    check_problem(
        api.post("kim", url, {"effects": ["inter-korean:+5"], "minor": True, "reason": "typo"}),
        422,
        "effects is a substantial change",
    )
    check_problem(api.post("kim", url, {"effects": ["inter-korean:+5"]}), 422, "default weight")
    check_problem(api.post("kim", url, {"effects": ["inter-korean:+3"]}), 422, "nothing to amend")
    check_problem(api.post("kim", url, {"effects": ["nowhere:+1"]}), 404, "no track")
    check_problem(api.post("smith", url, {"effects": ["inter-korean:+5"]}), 403, "smith")
    assert_unchanged(before, state(app), "refused amendments")

    body = {"effects": ["inter-korean:+5"], "effect_reason": "Both lines"}
    out = api.ok(api.post("kim", url, body))
    AmendedOut.model_validate(out)
    assert out["version"] == 2 and out["status"] == "in_consultation"
    a = out["amendment"]
    assert a["changed"] == ["effects"] and a["window_reopened"] and not a["minor"]
    w = api.ok(api.get("smith", f"/pace/what-if/{mid}"))
    assert w["tracks"][1]["index"] == 5.0
