"""The inbox, email preferences, webhooks and dead letters over HTTP, on SQLite and
PostgreSQL: what each caller gets, every refusal, and that no party sees another's."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from api_support import Api, MakeApi, check_problem, dead_letter, deliver, state
from notification_support import receiver

from tandem.services import measures, webhooks
from tandem.services.context import App

SECRET = "a-shared-secret-of-some-length"


def _kor_notifies(app: App, title: str = "Joint railway field study") -> int:
    mid = int(measures.propose_measure(app, "kim", title)["id"])
    measures.notify_measure(app, mid, "kor")
    return mid


def _same_but_numbers(a: str, b: str) -> bool:
    return re.sub(r"\d+", "N", a) == re.sub(r"\d+", "N", b)


# The inbox ------------------------------------------------------------------------------


def test_the_inbox_holds_what_concerns_the_callers_party_only(app: App, api: Api) -> None:
    mid = _kor_notifies(app)
    deliver(app)
    for user in ("smith", "usa"):
        (item,) = api.ok(api.get(user, "/inbox"))
        assert item["event"] == "measure.notified" and item["measure"] == mid
        assert item["read"] is False and item["deadline"] is not None
        assert item["key"].endswith(f":{user}:inapp")
    # KOR acted: its own users are not told of it.
    for user in ("kim", "lee", "kor"):
        assert api.ok(api.get(user, "/inbox")) == []


def test_mark_read_by_id_and_all_and_the_unread_filter(app: App, api: Api) -> None:
    for n in range(3):
        _kor_notifies(app, f"Measure {n}")
    deliver(app)
    items = api.ok(api.get("smith", "/inbox"))
    assert len(items) == 3
    assert len(api.ok(api.get("smith", "/inbox", {"limit": 2}))) == 2
    done = api.ok(api.post("smith", "/inbox/read", {"ids": [items[0]["id"]]}))
    assert done == {"user": "smith", "marked_read": 1}
    unread = api.ok(api.get("smith", "/inbox", {"unread": "true"}))
    assert [i["id"] for i in unread] == [i["id"] for i in items[1:]]
    assert api.ok(api.post("smith", "/inbox/read", {"all": True}))["marked_read"] == 2
    assert api.ok(api.get("smith", "/inbox", {"unread": "true"})) == []
    # USA's envoy has an inbox of their own, untouched by smith's reading.
    assert len(api.ok(api.get("usa", "/inbox", {"unread": "true"}))) == 3


def test_no_one_reads_or_marks_another_users_items(app: App, api: Api) -> None:
    _kor_notifies(app)
    deliver(app)
    (item,) = api.ok(api.get("smith", "/inbox"))
    before = state(app)
    for user in ("usa", "kim"):
        refused = api.post(user, "/inbox/read", {"ids": [item["id"]]})
        body = check_problem(refused, 404, f"{user}'s inbox has no item {item['id']}")
        assert "smith" not in body["detail"]
    assert state(app) == before
    assert api.ok(api.get("smith", "/inbox", {"unread": "true"})) == [item]


def test_an_admin_with_no_party_has_no_inbox(app: App, api: Api) -> None:
    check_problem(api.get("admin", "/inbox"), 403, "belongs to no party")
    check_problem(api.post("admin", "/inbox/read", {"all": True}), 403, "belongs to no party")


@pytest.mark.parametrize(
    ("params", "where"),
    [({"limit": 0}, "limit"), ({"limit": 1001}, "limit"), ({"unread": "perhaps"}, "unread")],
)
def test_bad_inbox_parameters_get_422(api: Api, params: dict[str, object], where: str) -> None:
    body = check_problem(api.get("smith", "/inbox", params), 422)
    assert any(e["where"].endswith(where) for e in body["errors"]), body


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({}, "either `ids`"),
        ({"all": False}, "either `ids`"),
        ({"ids": [1], "all": True}, "either `ids`"),
        ({"ids": []}, "at least 1"),
        ({"ids": [0]}, "greater than or equal to 1"),
        ({"ids": ["one"]}, "integer"),
        ({"all": True, "also": 1}, "extra"),
    ],
)
def test_bad_mark_read_bodies_get_422_and_mark_nothing(
    app: App, api: Api, body: dict[str, object], says: str
) -> None:
    _kor_notifies(app)
    deliver(app)
    before = state(app)
    check_problem(api.post("smith", "/inbox/read", body), 422, says)
    assert state(app) == before


# Email preferences ----------------------------------------------------------------------


def test_each_user_sets_and_reads_their_own_preferences(api: Api) -> None:
    fresh = api.ok(api.get("smith", "/notifications/preferences"))
    assert fresh == {
        "user": "smith",
        "email": None,
        "inapp": "always",
        "email_by_event": {},
        "email_default": "off (no address)",
    }
    set_email = api.put("smith", "/notifications/preferences", {"email": "smith@state.example"})
    assert api.ok(set_email)["email_default"] == "now"
    digest = {"event": "*", "mode": "digest"}
    api.ok(api.put("smith", "/notifications/preferences", digest))
    now = {"event": "alert.unilateral", "mode": "now"}
    shown = api.ok(api.put("smith", "/notifications/preferences", now))
    assert shown["email"] == "smith@state.example"
    assert shown["email_by_event"] == {"*": "digest", "alert.unilateral": "now"}
    assert api.ok(api.get("smith", "/notifications/preferences")) == shown
    # Another user's are their own, untouched.
    assert api.ok(api.get("kim", "/notifications/preferences"))["email"] is None
    # `email: null` forgets the address and keeps the choices.
    forgot = api.ok(api.put("smith", "/notifications/preferences", {"email": None}))
    assert forgot["email"] is None and forgot["email_by_event"] == shown["email_by_event"]


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({}, "nothing to set"),
        ({"event": "*"}, "both `event`"),
        ({"mode": "now"}, "both `event`"),
        ({"event": "*", "mode": "weekly"}, "off"),
        ({"event": "measure.gossip", "mode": "now"}, "not an event type"),
        ({"email": "not an address"}, "not an email address"),
        ({"email": "a@" + "b" * 260 + ".example"}, "at most 254"),
        ({"email": "kim@example.org", "phone": "1"}, "extra"),
    ],
)
def test_bad_preferences_get_422_and_change_nothing(
    app: App, api: Api, body: dict[str, object], says: str
) -> None:
    before = state(app)
    check_problem(api.put("kim", "/notifications/preferences", body), 422, says)
    assert state(app) == before


def test_an_admin_with_no_party_has_no_preferences(app: App, api: Api) -> None:
    check_problem(api.get("admin", "/notifications/preferences"), 403, "belongs to no party")
    body = {"email": "admin@wg.example"}
    before = state(app)
    check_problem(api.put("admin", "/notifications/preferences", body), 403, "no party")
    assert state(app) == before


# Webhooks -------------------------------------------------------------------------------


def test_an_envoy_adds_a_webhook_for_their_party_and_sees_the_secret_once(
    app: App, api: Api
) -> None:
    body = {"url": "https://partner.example/hook", "events": "measure.notified,alert.unilateral"}
    created = api.ok(api.post("usa", "/webhooks", body), 201)
    assert created["party"] == "USA" and created["active"] is True
    assert created["events"] == "alert.unilateral,measure.notified"
    assert created["secret"].startswith("whsec_") and len(created["secret"]) > 30
    listed = api.get("usa", "/webhooks")
    assert [h["id"] for h in api.ok(listed)] == [created["id"]]
    assert created["secret"] not in listed.text and "secret" not in api.ok(listed)[0]
    admin = api.get("admin", "/webhooks")
    assert created["secret"] not in admin.text
    # A secret of one's own is taken as given.
    mine = api.post("usa", "/webhooks", {"url": "https://p.example/h", "secret": SECRET})
    assert api.ok(mine, 201)["secret"] == SECRET


def test_no_party_sees_another_partys_webhooks(app: App, api: Api) -> None:
    usa = api.ok(api.post("usa", "/webhooks", {"url": "https://usa.example/h"}), 201)
    kor = api.ok(api.post("kor", "/webhooks", {"url": "https://kor.example/h"}), 201)
    assert [h["id"] for h in api.ok(api.get("usa", "/webhooks"))] == [usa["id"]]
    kor_list = api.get("kor", "/webhooks")
    assert [h["id"] for h in api.ok(kor_list)] == [kor["id"]]
    assert "usa.example" not in kor_list.text
    check_problem(api.get("usa", "/webhooks", {"party": "KOR"}), 403, "manages USA's")
    assert api.ok(api.get("usa", "/webhooks", {"party": "usa"})) == api.ok(
        api.get("usa", "/webhooks")
    )
    # The admin sees every party's, or one party's.
    assert [h["id"] for h in api.ok(api.get("admin", "/webhooks"))] == [usa["id"], kor["id"]]
    only = api.ok(api.get("admin", "/webhooks", {"party": "KOR"}))
    assert [h["id"] for h in only] == [kor["id"]]
    check_problem(api.get("admin", "/webhooks", {"party": "XYZ"}), 404, "no party 'XYZ'")


def test_the_admin_adds_a_webhook_for_a_party_it_names(app: App, api: Api) -> None:
    before = state(app)
    check_problem(api.post("admin", "/webhooks", {"url": "https://p.example/h"}), 422, "party")
    assert state(app) == before
    made = api.post("admin", "/webhooks", {"url": "https://p.example/h", "party": "kor"})
    assert api.ok(made, 201)["party"] == "KOR"
    assert [h["party"] for h in api.ok(api.get("kor", "/webhooks"))] == ["KOR"]


@pytest.mark.parametrize("user", ["smith", "kim", "lee"])
def test_officers_and_viewers_may_not_manage_webhooks(app: App, api: Api, user: str) -> None:
    hook = webhooks.add_webhook(app, "KOR", "https://kor.example/h")
    job = dead_letter(app, "KOR", int(hook["id"]), "entry:1:KOR:webhook:1")
    before = state(app)
    calls = [
        api.get(user, "/webhooks"),
        api.post(user, "/webhooks", {"url": "https://p.example/h"}),
        api.post(user, f"/webhooks/{hook['id']}/test"),
        api.get(user, "/webhooks/dead-letters"),
        api.post(user, f"/webhooks/dead-letters/{job}/redeliver"),
    ]
    for response in calls:
        check_problem(response, 403, "managed by its envoys and by admins")
        assert "kor.example" not in response.text
    assert state(app) == before


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        ({}, 422, "url"),
        ({"url": "ftp://x.example/h"}, 422, "not an http(s) URL"),
        ({"url": "partner"}, 422, "not an http(s) URL"),
        # Addresses no delivery could ever reach are refused at once, not retried for a day.
        ({"url": "http://a..b/"}, 422, "not an http(s) URL"),
        ({"url": "http://partner.example:99999/"}, 422, "not an http(s) URL"),
        ({"url": "http://partner example/"}, 422, "not an http(s) URL"),
        ({"url": "http://" + "a" * 70 + ".example/"}, 422, "not an http(s) URL"),
        ({"url": "https://p.example/h", "events": "nope"}, 422, "'nope' is not an event type"),
        ({"url": "https://p.example/h", "events": ","}, 422, "at least one event type"),
        ({"url": "https://p.example/h", "secret": "short"}, 422, "at least 16 characters"),
        ({"url": "https://p.example/h", "secret": "s" * 129}, 422, "at most 128"),
        ({"url": "https://p.example/h", "secret_key": "x" * 20}, 422, "extra"),
        ({"url": "https://p.example/h", "party": "XYZ"}, 404, "no party 'XYZ'"),
        ({"url": "https://p.example/h", "party": "KOR"}, 403, "manages USA's"),
        # A user's webhook may not point inside the network Tandem runs in.
        ({"url": "http://127.0.0.1:5432/"}, 422, "inside the network"),
        ({"url": "http://localhost:8000/admin"}, 422, "inside the network"),
        ({"url": "http://10.1.2.3/h"}, 422, "inside the network"),
        ({"url": "http://169.254.169.254/latest/meta-data"}, 422, "inside the network"),
        ({"url": "http://[::1]:8000/"}, 422, "inside the network"),
        ({"url": "http://0.0.0.0/"}, 422, "inside the network"),
    ],
)
def test_bad_webhooks_are_refused_and_nothing_is_stored(
    app: App, api: Api, body: dict[str, object], status: int, says: str
) -> None:
    before = state(app)
    check_problem(api.post("usa", "/webhooks", body), status, says)
    assert state(app) == before


def test_a_test_ping_reaches_the_partner_signed(
    app: App, api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(webhooks.ALLOW_INTERNAL_ENV, "1")  # the receiver is on loopback
    with receiver(SECRET, lambda: datetime.now(UTC)) as got:
        hook = api.ok(api.post("usa", "/webhooks", {"url": got.url, "secret": SECRET}), 201)
        answer = api.ok(api.post("usa", f"/webhooks/{hook['id']}/test"))
        assert answer["ok"] is True and answer["status"] == 204
        (ping,) = got.deliveries
        assert ping.verified and ping.body["event"] == "ping" and ping.body["to_party"] == "USA"
        got.failures_left = 1
        failed = api.ok(api.post("admin", f"/webhooks/{hook['id']}/test"))
        assert failed["ok"] is False and "HTTP 500" in failed["error"]
        assert "stack trace" not in failed["error"]  # the receiver's answer is not echoed


def test_another_partys_webhook_is_as_unknown_as_one_that_does_not_exist(
    app: App, api: Api
) -> None:
    kor = webhooks.add_webhook(app, "KOR", "https://kor.example/h")
    foreign = api.post("usa", f"/webhooks/{kor['id']}/test")
    missing = api.post("usa", "/webhooks/999/test")
    a, b = check_problem(foreign, 404), check_problem(missing, 404, "there is no webhook 999")
    assert _same_but_numbers(a["detail"], b["detail"]) and a["title"] == b["title"]
    assert "kor.example" not in foreign.text
    check_problem(api.post("usa", "/webhooks/99999999999/test"), 404, "no webhook")


# Dead letters ---------------------------------------------------------------------------


def _dead_letters(app: App) -> dict[str, int]:
    usa = webhooks.add_webhook(app, "USA", "https://usa.example/h")
    kor = webhooks.add_webhook(app, "KOR", "https://kor.example/h")
    return {
        "USA": dead_letter(app, "USA", int(usa["id"]), f"entry:1:USA:webhook:{usa['id']}"),
        "KOR": dead_letter(app, "KOR", int(kor["id"]), f"entry:1:KOR:webhook:{kor['id']}"),
    }


def test_each_envoy_sees_and_redelivers_their_own_partys_dead_letters(app: App, api: Api) -> None:
    dead = _dead_letters(app)
    (usa,) = api.ok(api.get("usa", "/webhooks/dead-letters"))
    assert usa["id"] == dead["USA"] and usa["party"] == "USA" and usa["dead_at"]
    assert "partner system is down" in usa["last_error"]
    (kor,) = api.ok(api.get("kor", "/webhooks/dead-letters"))
    assert kor["id"] == dead["KOR"]
    check_problem(api.get("usa", "/webhooks/dead-letters", {"party": "KOR"}), 403, "not KOR's")
    again = api.ok(api.post("usa", f"/webhooks/dead-letters/{dead['USA']}/redeliver"))
    assert again["id"] == dead["USA"] and again["dead_at"] is None and again["attempts"] == 0
    assert api.ok(api.get("usa", "/webhooks/dead-letters")) == []
    # Once queued again it is no dead letter: a second redelivery is refused.
    again_twice = api.post("usa", f"/webhooks/dead-letters/{dead['USA']}/redeliver")
    check_problem(again_twice, 422, "is not a dead letter")


def test_another_partys_dead_letter_is_as_unknown_as_one_that_does_not_exist(
    app: App, api: Api
) -> None:
    dead = _dead_letters(app)
    before = state(app)
    foreign = api.post("usa", f"/webhooks/dead-letters/{dead['KOR']}/redeliver")
    missing = api.post("usa", "/webhooks/dead-letters/999/redeliver")
    a = check_problem(foreign, 404)
    b = check_problem(missing, 404, "there is no webhook delivery 999")
    assert _same_but_numbers(a["detail"], b["detail"])
    assert state(app) == before
    assert [j["id"] for j in api.ok(api.get("kor", "/webhooks/dead-letters"))] == [dead["KOR"]]


def test_the_admin_sees_and_redelivers_every_partys_dead_letters(app: App, api: Api) -> None:
    dead = _dead_letters(app)
    every = api.ok(api.get("admin", "/webhooks/dead-letters"))
    assert sorted(j["id"] for j in every) == sorted(dead.values())
    only = api.ok(api.get("admin", "/webhooks/dead-letters", {"party": "KOR"}))
    assert [j["id"] for j in only] == [dead["KOR"]]
    api.ok(api.post("admin", f"/webhooks/dead-letters/{dead['KOR']}/redeliver"))
    assert [j["id"] for j in api.ok(api.get("admin", "/webhooks/dead-letters"))] == [dead["USA"]]


# The queue, sign-in and retries ---------------------------------------------------------


def test_only_an_admin_sees_the_queue(app: App, api: Api) -> None:
    _kor_notifies(app)
    deliver(app)
    status = api.ok(api.get("admin", "/notifications/status"))
    assert status["record_read_up_to"] == status["record_size"] > 0
    assert set(status["jobs"]) == {"waiting", "due", "leased", "done", "dead"}
    for user in ("usa", "smith", "lee"):
        check_problem(api.get(user, "/notifications/status"), 403, "not an admin")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/inbox"),
        ("POST", "/inbox/read"),
        ("GET", "/notifications/preferences"),
        ("PUT", "/notifications/preferences"),
        ("GET", "/notifications/status"),
        ("GET", "/webhooks"),
        ("POST", "/webhooks"),
        ("POST", "/webhooks/1/test"),
        ("GET", "/webhooks/dead-letters"),
        ("POST", "/webhooks/dead-letters/1/redeliver"),
    ],
)
def test_every_route_wants_a_token(app: App, api: Api, method: str, path: str) -> None:
    for headers in ({}, {"Authorization": "Bearer tdm_nonsense"}):
        response = api.client.request(method, "/api/v1" + path, headers=headers, json={})
        check_problem(response, 401)
        assert response.headers["www-authenticate"] == 'Bearer realm="tandem"'


def test_adding_a_webhook_with_an_idempotency_key_adds_it_once(app: App, api: Api) -> None:
    key = {"Idempotency-Key": "add-partner-hook-1"}
    body = {"url": "https://partner.example/hook"}
    first = api.post("usa", "/webhooks", body, key)
    second = api.post("usa", "/webhooks", body, key)
    assert api.ok(first, 201) == api.ok(second, 201)
    assert second.headers["idempotent-replayed"] == "true"
    assert len(api.ok(api.get("usa", "/webhooks"))) == 1


def test_writes_are_rate_limited(app: App, make_api: MakeApi) -> None:
    limited = make_api(write_limit="2/minute")
    for _ in range(2):
        limited.ok(limited.post("smith", "/inbox/read", {"all": True}))
    refused = limited.post("smith", "/inbox/read", {"all": True})
    check_problem(refused, 429)
    assert int(refused.headers["retry-after"]) > 0
