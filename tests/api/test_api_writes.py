"""What every write goes through: ETag and If-Match, Idempotency-Key, conflicts, rate limits."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from api_support import Api, MakeApi, Response, check_problem, record_size, state

from tandem.services import measures
from tandem.services.context import App


def _notified(app: App, title: str = "A measure", by: str = "kor") -> int:
    mid = int(measures.propose_measure(app, by, title)["id"])
    measures.notify_measure(app, mid, by)
    return mid


# ETag and If-Match ----------------------------------------------------------------------


def test_measures_carry_an_etag_that_changes_with_every_change(app: App, api: Api) -> None:
    created = api.post("kim", "/measures", {"title": "Rail study"})
    mid = api.ok(created, 201)["id"]
    first = created.headers["etag"]
    assert first.startswith('"') and first.endswith('"')
    assert api.get("smith", f"/measures/{mid}").headers["etag"] == first
    notified = api.post("kor", f"/measures/{mid}/notify", headers={"If-Match": first})
    api.ok(notified)
    second = notified.headers["etag"]
    assert second != first
    assert api.get("lee", f"/measures/{mid}").headers["etag"] == second
    acked = api.post("smith", f"/measures/{mid}/ack", headers={"If-Match": second})
    assert api.ok(acked)["acknowledgements"][0]["party"] == "USA"
    assert acked.headers["etag"] not in (first, second)
    # `*` and weak forms of the current tag are accepted.
    third = acked.headers["etag"]
    api.ok(api.post("kim", f"/measures/{mid}/amend", {"title": "R"}, {"If-Match": f"W/{third}"}))
    api.ok(api.post("kim", f"/measures/{mid}/amend", {"title": "Rail"}, {"If-Match": "*"}))


@pytest.mark.parametrize(
    ("path", "body", "user"),
    [
        ("notify", None, "kor"),
        ("amend", {"title": "Changed"}, "kim"),
        ("withdraw", None, "kor"),
        ("execute", None, "kor"),
    ],
)
def test_a_stale_if_match_gets_412_and_writes_nothing(
    app: App, api: Api, path: str, body: dict[str, str] | None, user: str
) -> None:
    mid = int(measures.propose_measure(app, "kor", "A draft")["id"])
    stale = api.get("lee", f"/measures/{mid}").headers["etag"]
    measures.amend_measure(app, mid, "kor", description="Changed elsewhere")
    before = state(app)
    refused = api.post(user, f"/measures/{mid}/{path}", body, {"If-Match": stale})
    check_problem(refused, 412, f"measure {mid} changed")
    assert state(app) == before
    assert "etag" not in refused.headers


def test_a_stale_if_match_on_a_position_gets_412(app: App, api: Api) -> None:
    mid = _notified(app)
    stale = api.get("smith", f"/measures/{mid}").headers["etag"]
    api.ok(api.post("kim", f"/measures/{mid}/amend", {"title": "Version two"}))
    size = record_size(app)
    response = api.post("smith", f"/measures/{mid}/positions", {"position": "support"}, {
        "If-Match": stale
    })  # fmt: skip
    check_problem(response, 412, "read it again")
    assert record_size(app) == size
    fresh = api.get("smith", f"/measures/{mid}").headers["etag"]
    ok = api.post("smith", f"/measures/{mid}/positions", {"position": "support"}, {
        "If-Match": fresh
    })  # fmt: skip
    assert api.ok(ok)["positions"][0]["version"] == 2


# Idempotency-Key -------------------------------------------------------------------------


def test_a_retried_proposal_returns_the_same_answer_and_acts_once(app: App, api: Api) -> None:
    key = {"Idempotency-Key": "propose-rail-1"}
    body = {"title": "Rail study", "description": "Once."}
    before = record_size(app)
    first = api.post("kim", "/measures", body, key)
    assert first.status_code == 201
    grown = record_size(app)
    assert grown == before + 1
    again = api.post("kim", "/measures", body, key)
    assert again.status_code == 201 and again.json() == first.json()
    assert again.headers["location"] == first.headers["location"]
    assert again.headers["etag"] == first.headers["etag"]
    assert again.headers.get("idempotent-replayed") == "true"
    assert record_size(app) == grown
    assert len(api.ok(api.get("kim", "/measures"))) == 1
    # The same key of another user is another key.
    other = api.post("kor", "/measures", body, key)
    assert other.status_code == 201 and other.json()["id"] != first.json()["id"]
    assert record_size(app) == grown + 1


def test_a_retried_transition_is_not_applied_twice(app: App, api: Api) -> None:
    mid = _notified(app)
    key = {"Idempotency-Key": "pos-1"}
    body = {"position": "comment", "reason": "Needs a map"}
    first = api.ok(api.post("smith", f"/measures/{mid}/positions", body, key))
    size = record_size(app)
    for _ in range(3):
        again = api.post("smith", f"/measures/{mid}/positions", body, key)
        assert again.status_code == 200 and again.json() == first
    assert record_size(app) == size
    assert len(api.ok(api.get("lee", f"/measures/{mid}"))["positions"]) == 1
    # A retried execution of an already executed measure replays, it is no 409.
    key = {"Idempotency-Key": "exec-1"}
    executed = api.ok(api.post("kor", f"/measures/{mid}/execute", None, key))
    size = record_size(app)
    assert api.ok(api.post("kor", f"/measures/{mid}/execute", None, key)) == executed
    assert record_size(app) == size


def test_the_same_key_with_another_request_gets_422_and_writes_nothing(app: App, api: Api) -> None:
    key = {"Idempotency-Key": "k-1"}
    api.ok(api.post("kim", "/measures", {"title": "First"}, key), 201)
    before = state(app)
    check_problem(api.post("kim", "/measures", {"title": "Second"}, key), 422, "Idempotency-Key")
    mid = api.ok(api.get("kim", "/measures"))[0]["id"]
    check_problem(api.post("kim", f"/measures/{mid}/amend", {"title": "First"}, key), 422, "key")
    assert state(app) == before


def test_a_failed_request_frees_its_key(app: App, api: Api) -> None:
    mid = _notified(app)
    key = {"Idempotency-Key": "retry-me"}
    before = state(app)
    check_problem(
        api.post("smith", f"/measures/{mid}/positions", {"position": "objection"}, key),
        422,
        "reason",
    )
    assert state(app) == before
    fixed = {"position": "objection", "reason": "Too early"}
    assert api.ok(api.post("smith", f"/measures/{mid}/positions", fixed, key))["positions"]


@pytest.mark.parametrize("key", ["", "x" * 256])
def test_an_idempotency_key_has_1_to_255_characters(app: App, api: Api, key: str) -> None:
    before = state(app)
    check_problem(api.post("kim", "/measures", {"title": "x"}, {"Idempotency-Key": key}), 422)
    assert state(app) == before


# Concurrent conflicting transitions --------------------------------------------------------


def _together(calls: list[Callable[[], Response]]) -> list[Response]:
    """Run the calls on threads released at the same moment; return their responses in order."""
    barrier = threading.Barrier(len(calls))
    out: list[Response | BaseException | None] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        try:
            out[i] = calls[i]()
        except BaseException as exc:
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    done: list[Response] = []
    for r in out:
        assert isinstance(r, Response), r
        done.append(r)
    return done


@pytest.mark.parametrize("first", ["withdraw", "execute"])
def test_concurrent_withdraw_and_execute_one_wins_the_other_gets_409(
    app: App, make_api: MakeApi, first: str
) -> None:
    a, b = make_api(), make_api()
    entries = {"withdraw": 1, "execute": 2}  # an unilateral execution also raises an alert
    second = "execute" if first == "withdraw" else "withdraw"
    for n in range(4):
        mid = _notified(app, f"Contested {n}")
        before = record_size(app)
        ra, rb = _together(
            [
                lambda mid=mid: a.post("kor", f"/measures/{mid}/{first}"),
                lambda mid=mid: b.post("kor", f"/measures/{mid}/{second}"),
            ]
        )
        assert sorted([ra.status_code, rb.status_code]) == [200, 409], (ra.text, rb.text)
        winner, loser = (first, rb) if ra.status_code == 200 else (second, ra)
        check_problem(loser, 409)
        shown = a.ok(a.get("lee", f"/measures/{mid}"))
        assert shown["status"] == ("withdrawn" if winner == "withdraw" else "executed")
        assert record_size(app) == before + entries[winner], "the refused transition wrote"
        kinds = [e["kind"] for e in a.ok(a.get("lee", f"/measures/{mid}/history"))]
        assert ("measure.withdrawn" in kinds) != ("measure.executed" in kinds)


def test_concurrent_executions_of_one_measure_execute_it_once(app: App, make_api: MakeApi) -> None:
    clients = [make_api() for _ in range(3)]
    mid = _notified(app)
    before = record_size(app)
    responses = _together([lambda c=c: c.post("kor", f"/measures/{mid}/execute") for c in clients])
    assert sorted(r.status_code for r in responses) == [200, 409, 409]
    for r in responses:
        if r.status_code == 409:
            check_problem(r, 409, "already executed")
    assert record_size(app) == before + 2  # executed, and the unilateral alert


def test_concurrent_notifications_of_one_draft_notify_it_once(app: App, make_api: MakeApi) -> None:
    a, b = make_api(), make_api()
    mid = int(measures.propose_measure(app, "usa", "Draft")["id"])
    before = record_size(app)
    responses = _together(
        [
            lambda: a.post("usa", f"/measures/{mid}/notify"),
            lambda: b.post("usa", f"/measures/{mid}/notify"),
        ]
    )
    assert sorted(r.status_code for r in responses) == [200, 409]
    assert record_size(app) == before + 1


# Rate limits ------------------------------------------------------------------------------


def test_writes_over_the_limit_get_429_with_retry_after_and_reads_go_on(
    app: App, make_api: MakeApi
) -> None:
    # 3 an hour rather than 3 a minute: no bucket refills while the test runs, however slow.
    api = make_api("3/hour")
    for n in range(3):
        api.ok(api.post("kim", "/measures", {"title": f"Measure {n}"}), 201)
    before = state(app)
    limited = api.post("kim", "/measures", {"title": "One too many"})
    body = check_problem(limited, 429, "try again")
    assert body["type"] == "urn:tandem:problem:too-many-requests"
    assert int(limited.headers["retry-after"]) > 0
    # Every write counts, refused or not; the limit is per token's user, not per route.
    check_problem(api.post("kim", "/measures/1/notify"), 429)
    check_problem(api.post("kim", "/measures/1/notes", {"text": "n"}), 429)
    assert state(app) == before
    # Reads are not limited; another user has a bucket of their own.
    for _ in range(10):
        assert api.get("kim", "/measures").status_code == 200
    assert api.get("kim", "/measures/1").status_code == 200
    api.ok(api.post("kor", "/measures/1/notify"))


def test_write_limit_off_allows_any_number_of_writes(app: App, make_api: MakeApi) -> None:
    api = make_api("off")
    mid = int(measures.propose_measure(app, "kor", "Notes")["id"])
    for n in range(30):
        api.ok(api.post("kim", f"/measures/{mid}/notes", {"text": f"note {n}"}), 201)


# A server's threads ----------------------------------------------------------------------


def test_more_transactions_at_once_than_a_small_pool_holds(app: App, api: Api) -> None:
    """A server runs each request on one of its threads (40 by default): 20 transactions
    open at once must all get a connection, none may wait for another to end (the bug:
    the pool held 15 on SQLite, 10 on PostgreSQL; the next waited 30 s and failed)."""
    from tandem.services.context import reading

    mid = int(measures.propose_measure(app, "kor", "Read by many")["id"])
    threads = 20
    barrier = threading.Barrier(threads)
    errors: list[BaseException] = []

    def read() -> None:
        try:
            with reading(app) as ctx:
                assert ctx.measure(mid).title == "Read by many"
                barrier.wait(60)  # every transaction open, on a connection of its own
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()

    started = [threading.Thread(target=read) for _ in range(threads)]
    for th in started:
        th.start()
    for th in started:
        th.join(120)
    assert not errors, errors[0]
