"""/api/v1/articles and /api/v1/reports: news sent over the API, the reports read from it,
with their PLOVER category (docs/monitoring.md, docs/api.md)."""

from __future__ import annotations

from typing import Any

from api_support import Api, assert_unchanged, check_problem, state

from tandem.api.monitoring import MAX_ARTICLES, MAX_BODY
from tandem.services.context import App

SURVEY = {
    "url": "https://wire.invalid/railway",
    "title": "Railway survey",
    "outlet": "Tandem Test Wire",
    "published": "2018-11-16",
    "text": "South Korea began a joint survey of the railway to the north on Thursday.",
}
WARNING = {
    "title": "Warning",
    "published": "2018-11-16",
    "text": "Seoul warned Pyongyang on Tuesday against further missile launches.",
}


def test_articles_sent_over_the_api_are_read_like_the_cli(app: App, api: Api) -> None:
    one = api.ok(api.post("smith", "/articles", SURVEY))
    assert one == {"read": 1, "skipped": [], "duplicates": 0, "reports": 1}
    undated = {"title": "No date", "text": "South Korea met Japan on Tuesday."}
    many = api.ok(api.post("kim", "/articles", [SURVEY, WARNING, undated, {"text": " "}]))
    assert many["read"] == 1 and many["duplicates"] == 1 and many["reports"] == 1
    assert [s["input"] for s in many["skipped"]] == ["body[2]", "body[3]"]
    assert "no date" in many["skipped"][0]["why"] and "no article text" in many["skipped"][1]["why"]

    reports = api.ok(api.get("lee", "/reports"))
    survey, warning = reports
    assert (survey["action"], survey["plover"], survey["article"]) == (
        "061", "COOPERATE", SURVEY["url"],
    )  # fmt: skip
    assert (warning["action"], warning["plover"], warning["article"]) == (
        "130",
        "THREATEN",
        "Warning",
    )
    detail = api.ok(api.get("lee", f"/reports/{survey['id']}"))
    assert detail["plover"] == "COOPERATE" and detail["outlet"] == "Tandem Test Wire"

    article = api.ok(api.get("lee", f"/articles/{detail['article_id']}"))
    assert article["url"] == SURVEY["url"] and article["text"] == SURVEY["text"]
    assert article["published"] == "2018-11-16" and article["read_at"]
    assert [r["id"] for r in article["reports"]] == [survey["id"]]
    check_problem(api.get("lee", "/articles/999"), 404, "no article 999")


def test_only_officers_and_envoys_send_articles(app: App, api: Api) -> None:
    before = state(app)
    for user in ("lee", "admin"):
        check_problem(api.post(user, "/articles", SURVEY), 403)
    check_problem(api.post(None, "/articles", SURVEY), 401)
    assert_unchanged(before, state(app), "refused ingest")


def _bad(api: Api, body: Any, *needles: str, raw: bytes | None = None) -> dict[str, Any]:
    if raw is not None:
        response = api.client.post("/api/v1/articles", content=raw, headers=api.headers("smith"))
    else:
        response = api.post("smith", "/articles", body)
    return check_problem(response, 422, *needles)


def test_a_bad_batch_is_refused_whole_and_writes_nothing(app: App, api: Api) -> None:
    before = state(app)
    _bad(api, None, "not JSON", raw=b"{not json")
    _bad(api, None, "nested too deeply", raw=b"[" * 100_000 + b"]" * 100_000)
    _bad(api, [], "list of 1 to")
    _bad(api, "an article", "an article (a JSON object")
    _bad(api, [SURVEY] * (MAX_ARTICLES + 1), f"list of 1 to {MAX_ARTICLES}")
    wrong = _bad(api, [SURVEY, WARNING | {"text": 42}], "1.text")
    assert wrong["errors"][0]["where"] == "1.text"
    _bad(api, SURVEY | {"author": "Kim"}, "author")  # unknown fields are refused
    _bad(api, {"title": "No text"}, "text")
    too_big = api.client.post(
        "/api/v1/articles",
        content=b"[" + b" " * MAX_BODY + b"]",
        headers=api.headers("smith", {"Content-Type": "application/json"}),
    )
    check_problem(too_big, 413, "larger than 5 MB")
    assert_unchanged(before, state(app), "a refused batch")


def test_a_retry_with_the_same_key_reads_nothing_twice(app: App, api: Api) -> None:
    key = {"Idempotency-Key": "wire-2018-11-16"}
    first = api.ok(api.post("smith", "/articles", [SURVEY], key))
    again = api.post("smith", "/articles", [SURVEY], key)
    assert again.json() == first and again.headers["Idempotent-Replayed"] == "true"
    assert len(api.ok(api.get("lee", "/reports"))) == 1


def test_the_schema_describes_the_articles_route(app: App, api: Api) -> None:
    schema = api.client.get("/openapi.json").json()
    post = schema["paths"]["/api/v1/articles"]["post"]
    body = post["requestBody"]["content"]["application/json"]["schema"]
    assert body["oneOf"][1]["maxItems"] == MAX_ARTICLES
    assert "plover" in schema["components"]["schemas"]["ReportOut"]["properties"]
