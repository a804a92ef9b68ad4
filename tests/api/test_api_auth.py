"""Bearer tokens (401 with WWW-Authenticate) and RFC 9457 problem details on every error."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from api_support import API, Api, MakeApi, check_problem, record_size, state

from tandem.domain.accounts import compose_token
from tandem.services import accounts, clock, measures
from tandem.services.context import App

START = datetime(2018, 11, 19, tzinfo=UTC)


def _unauthorised(api: Api, headers: dict[str, str]) -> None:
    for method, path in (("GET", "/measures"), ("POST", "/measures"), ("GET", "/measures/1")):
        response = api.client.request(
            method, API + path, headers=headers, json={"title": "x"} if method == "POST" else None
        )
        body = check_problem(response, 401)
        assert response.headers["www-authenticate"].startswith("Bearer"), response.headers
        assert body["type"] == "urn:tandem:problem:unauthenticated"
        assert "tandem token create" in body["detail"] or "unknown" in body["detail"]


@pytest.mark.parametrize(
    "header",
    [
        pytest.param({}, id="missing"),
        pytest.param({"Authorization": ""}, id="empty"),
        pytest.param({"Authorization": "Bearer"}, id="bearer-alone"),
        pytest.param({"Authorization": "Bearer    "}, id="bearer-blank"),
        pytest.param({"Authorization": "Basic a2ltOnNlY3JldA=="}, id="basic"),
        pytest.param({"Authorization": "Bearer not-a-token"}, id="malformed"),
        pytest.param({"Authorization": "Token tdm_0123456789ab_" + "x" * 43}, id="wrong-scheme"),
        pytest.param(
            {"Authorization": "Bearer " + compose_token("0123456789ab", "x" * 43)}, id="unknown"
        ),
    ],
)
def test_missing_malformed_or_unknown_token_gets_401(
    app: App, api: Api, header: dict[str, str]
) -> None:
    before = state(app)
    _unauthorised(api, header)
    assert state(app) == before


def test_wrong_secret_for_a_known_token_id_gets_401(app: App, api: Api) -> None:
    real = api.tokens["kim"]
    token_id = real.split("_")[1]
    forged = compose_token(token_id, "y" * 43)
    assert forged != real
    _unauthorised(api, {"Authorization": f"Bearer {forged}"})


def test_expired_token_gets_401(app: App, make_api: MakeApi) -> None:
    api = make_api()
    token = accounts.create_token(app, "smith", START + timedelta(hours=1))["token"]
    header = {"Authorization": f"Bearer {token}"}
    assert api.client.get(API + "/clock", headers=header).status_code == 200
    clock.set_clock(app, START + timedelta(hours=2))
    # A new server (the running one may remember a token for up to 5 s: docs/api.md).
    _unauthorised(make_api(), header)


def test_revoked_token_gets_401(app: App, make_api: MakeApi) -> None:
    api = make_api()
    created = accounts.create_token(app, "kim")
    header = {"Authorization": f"Bearer {created['token']}"}
    assert api.client.get(API + "/measures", headers=header).status_code == 200
    accounts.revoke_token(app, created["id"])
    _unauthorised(make_api(), header)
    # A token revoked before a server ever saw it fails at once on that server too.
    fresh = accounts.create_token(app, "kim")
    accounts.revoke_token(app, fresh["id"])
    _unauthorised(api, {"Authorization": f"Bearer {fresh['token']}"})


def test_other_tokens_of_the_user_keep_working_after_a_revocation(app: App, api: Api) -> None:
    spare = accounts.create_token(app, "kim")
    accounts.revoke_token(app, spare["id"])
    assert api.get("kim", "/measures").status_code == 200


def test_a_valid_token_without_the_right_gets_403_not_401(app: App, api: Api) -> None:
    mid = api.ok(api.post("kim", "/measures", {"title": "A draft"}), 201)["id"]
    response = api.post("kim", f"/measures/{mid}/notify")
    body = check_problem(response, 403, "kim", "envoy")
    assert "www-authenticate" not in response.headers
    assert body["type"] == "urn:tandem:problem:permission-denied"
    assert body["instance"] == f"/api/v1/measures/{mid}/notify"


def test_every_kind_of_error_is_problem_json(app: App, make_api: MakeApi) -> None:
    api = make_api()
    mid = api.ok(api.post("kor", "/measures", {"title": "A measure"}), 201)["id"]
    etag = api.get("kor", f"/measures/{mid}").headers["etag"]
    api.ok(api.post("kor", f"/measures/{mid}/withdraw"))
    cases = [
        # 404: an unknown measure, an unknown route, an unknown party
        (api.get("kim", "/measures/999"), 404, "measure 999"),
        (api.post("kor", "/measures/999/notify"), 404, "measure 999"),
        (api.get("kim", "/no-such-thing"), 404, "not found"),
        (api.get("kim", "/measures", {"party": "FRA"}), 404, "FRA"),
        # 405: a method the route does not have
        (api.client.delete(f"{API}/measures/{mid}", headers=api.headers("kor")), 405, "method"),
        # 409: not possible in this state
        (api.post("kor", f"/measures/{mid}/execute"), 409, "withdrawn"),
        # 412: a stale If-Match
        (api.post("kor", f"/measures/{mid}/amend", {"title": "B"}, {"If-Match": etag}), 412, ""),
        (api.post("kor", f"/measures/{mid}/amend", {"title": "B"}, {"If-Match": "nope"}), 412, ""),
        # 422: bodies and parameters the schema refuses, and input the rules refuse
        (api.post("kim", "/measures", {}), 422, "title"),
        (api.post("kim", "/measures", {"title": "x", "colour": "red"}), 422, "colour"),
        (api.post("kim", "/measures", {"title": "x", "planned": "soon"}), 422, "planned"),
        (api.post("kim", "/measures", {"title": "x", "type": "Not A Slug!"}), 422, "type"),
        (api.get("kim", "/measures", {"status": "lost"}), 422, "status"),
        (api.get("kim", "/measures", {"limit": 0}), 422, "limit"),
        (api.get("kim", "/measures/abc"), 422, "measure_id"),
        (api.get("kim", "/search", {"q": ""}), 422, "q"),
        (api.get("kim", "/alerts", {"kind": "gossip"}), 422, "gossip"),
        (api.get("kim", "/calendar/deadline", {"from": "2018-11-19", "days": 3}), 422, ""),
        (
            api.client.post(
                f"{API}/measures",
                content=b"{not json",
                headers=api.headers("kim", {"Content-Type": "application/json"}),
            ),
            422,
            "",
        ),
    ]
    for response, status, needle in cases:
        body = check_problem(response, status, *([needle] if needle else []))
        assert body.get("instance", "").startswith("/"), body
    # 429: over the rate limit
    limited = make_api("1/hour")
    limited.post("kim", "/measures", {"title": "one"})
    check_problem(limited.post("kim", "/measures", {"title": "two"}), 429, "try again")


def test_errors_are_refused_before_anything_is_written(app: App, api: Api) -> None:
    mid = measures.propose_measure(app, "kor", "A measure")["id"]
    before = record_size(app)
    for response in (
        api.post("kim", f"/measures/{mid}/notify"),
        api.post("smith", f"/measures/{mid}/positions", {"position": "objection"}),
        api.post("kim", "/measures", {"title": "x", "type": "Not A Slug!"}),
        api.post("kim", "/measures", {"title": "nul \x00 byte"}),
        api.get("kim", "/search", {"q": "nul \x00 byte"}),
    ):
        assert 400 <= response.status_code < 500, response.text
    assert record_size(app) == before
